import { bindingRequest, parseBindingResponse, transactionId } from '../../src/probe/runtime/private/stun';

// RFC 5769 section 2.2: a sample IPv4 Binding response (XOR-MAPPED-ADDRESS 192.0.2.1:32853, with
// SOFTWARE, MESSAGE-INTEGRITY and FINGERPRINT, which the probe skips).
const RFC5769_ID = Buffer.from('b7e7a701bc34d686fa87dfae', 'hex');
const RFC5769_RESPONSE = Buffer.from(
  '0101003c2112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563746f7220'
  + '002000080001a147e112a643000800142b91f599fd9e90c38c7489f92af9ba53f06be7d7'
  + '80280004c07d4c96', 'hex');

function response(type: number, id: Buffer, attributes: Buffer, cookie = 0x2112a442): Buffer {
  const header = Buffer.alloc(20);
  header.writeUInt16BE(type, 0);
  header.writeUInt16BE(attributes.length, 2);
  header.writeUInt32BE(cookie, 4);
  id.copy(header, 8);
  return Buffer.concat([header, attributes]);
}

describe('STUN codec', () => {
  test('a Binding request is the 20-byte header: type 0x0001, no attributes, magic cookie, transaction ID', () => {
    const id = transactionId();
    const msg = bindingRequest(id);
    expect(msg.toString('hex')).toBe(`000100002112a442${id.toString('hex')}`);
    expect(transactionId().equals(id)).toBe(false);
  });

  test('decodes the RFC 5769 sample response', () => {
    expect(parseBindingResponse(RFC5769_RESPONSE, RFC5769_ID)).toEqual({ kind: 'success', mapped: '192.0.2.1:32853' });
  });

  test('ignores other transactions, other cookies, requests, truncated and short messages', () => {
    const other = transactionId();
    expect(parseBindingResponse(RFC5769_RESPONSE, other)).toBeUndefined();
    expect(parseBindingResponse(response(0x0101, other, Buffer.alloc(0), 0x12345678), other)).toBeUndefined();
    expect(parseBindingResponse(response(0x0001, other, Buffer.alloc(0)), other)).toBeUndefined();
    expect(parseBindingResponse(RFC5769_RESPONSE.subarray(0, 40), RFC5769_ID)).toBeUndefined();
    expect(parseBindingResponse(Buffer.alloc(8), other)).toBeUndefined();
  });

  test('an IPv6 mapped address is not decoded, and the answer still counts', () => {
    const id = transactionId();
    const ipv6 = Buffer.concat([Buffer.from([0x00, 0x20, 0, 20, 0, 0x02, 0, 0]), Buffer.alloc(16)]);
    expect(parseBindingResponse(response(0x0101, id, ipv6), id)).toEqual({ kind: 'success', mapped: undefined });
  });

  test('an error response carries its code and reason', () => {
    const id = transactionId();
    const errorCode = Buffer.concat([Buffer.from([0x00, 0x09, 0, 12, 0, 0, 4, 20]), Buffer.from('Bad.')]);
    expect(parseBindingResponse(response(0x0111, id, errorCode), id)).toEqual({ kind: 'error', code: 420, reason: 'Bad.' });
  });
});
