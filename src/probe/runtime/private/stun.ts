/* eslint-disable no-bitwise */ // STUN's wire format is bit fields and XOR masks.
// RFC 5389 Binding requests and responses: just enough to learn the reflexive address and time the round trip.
import { randomBytes } from 'crypto';

const MAGIC_COOKIE = 0x2112a442;
const BINDING_REQUEST = 0x0001;
const BINDING_SUCCESS = 0x0101;
const BINDING_ERROR = 0x0111;
const MAPPED_ADDRESS = 0x0001;
const ERROR_CODE = 0x0009;
const XOR_MAPPED_ADDRESS = 0x0020;
const HEADER_BYTES = 20;

/** A parsed answer to one of our requests. */
export type StunAnswer =
  | { readonly kind: 'success'; readonly mapped?: string }
  | { readonly kind: 'error'; readonly code: number; readonly reason: string };

/** A fresh random 96-bit transaction ID. */
export function transactionId(): Buffer {
  return randomBytes(12);
}

/** A Binding request: the 20-byte header and no attributes. */
export function bindingRequest(id: Buffer): Buffer {
  const msg = Buffer.alloc(HEADER_BYTES);
  msg.writeUInt16BE(BINDING_REQUEST, 0);
  msg.writeUInt16BE(0, 2);
  msg.writeUInt32BE(MAGIC_COOKIE, 4);
  id.copy(msg, 8);
  return msg;
}

/**
 * Parses a Binding response to the request with `id`; undefined for anything else (junk, other requests, late
 * answers to an earlier sample), which the caller ignores as RFC 5389 section 7.3 asks.
 */
export function parseBindingResponse(msg: Buffer, id: Buffer): StunAnswer | undefined {
  if (msg.length < HEADER_BYTES) return undefined;
  const type = msg.readUInt16BE(0);
  const end = HEADER_BYTES + msg.readUInt16BE(2);
  if ((type !== BINDING_SUCCESS && type !== BINDING_ERROR) || msg.readUInt32BE(4) !== MAGIC_COOKIE) return undefined;
  if (!msg.subarray(8, HEADER_BYTES).equals(id) || end > msg.length) return undefined;
  let xorMapped: string | undefined;
  let mapped: string | undefined;
  let error = { code: 0, reason: '' };
  for (let offset = HEADER_BYTES; offset + 4 <= end;) {
    const attribute = msg.readUInt16BE(offset);
    const length = msg.readUInt16BE(offset + 2);
    const value = msg.subarray(offset + 4, Math.min(offset + 4 + length, end));
    if (attribute === XOR_MAPPED_ADDRESS) xorMapped = decodeAddress(value, true);
    if (attribute === MAPPED_ADDRESS) mapped = decodeAddress(value, false);
    if (attribute === ERROR_CODE && value.length >= 4) {
      error = { code: (value[2] & 0x07) * 100 + value[3], reason: value.subarray(4).toString('utf8') };
    }
    offset += 4 + Math.ceil(length / 4) * 4; // values are padded to a 32-bit boundary
  }
  if (type === BINDING_ERROR) return { kind: 'error', ...error };
  // Old servers (RFC 3489) send only MAPPED-ADDRESS; XOR-MAPPED-ADDRESS survives NATs that rewrite payloads.
  return { kind: 'success', mapped: xorMapped ?? mapped };
}

/** `ip:port` of an IPv4 (XOR-)MAPPED-ADDRESS value; IPv6 is not decoded since the probe speaks udp4 only. */
function decodeAddress(value: Buffer, xor: boolean): string | undefined {
  if (value.length < 8 || value[1] !== 0x01) return undefined;
  const port = value.readUInt16BE(2) ^ (xor ? MAGIC_COOKIE >>> 16 : 0);
  const ip = (value.readUInt32BE(4) ^ (xor ? MAGIC_COOKIE : 0)) >>> 0;
  return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}:${port}`;
}
