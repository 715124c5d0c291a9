import * as fs from 'fs';
import * as path from 'path';
import { PageFacts, UPSTREAM_PAGES } from '../../src/upstream';

// Twilio's pages as stored for development (TWILIO_PAGES_DIR to point elsewhere). CI clones don't have them, so the test skips there.
const STORED = process.env.TWILIO_PAGES_DIR ?? '/work/shared/twilio/pages';
const available = fs.existsSync(STORED);
if (!available) console.log(`SKIPPED stored Twilio pages test: ${STORED} does not exist (only development machines have it)`);
const liveTest = available ? test : test.skip;

describe('parsers on the stored Twilio pages', () => {
  const parsed = (): Record<string, PageFacts['facts']> => Object.fromEntries(UPSTREAM_PAGES.map((p) =>
    [p.path, p.parse(fs.readFileSync(path.join(STORED, `${p.path}.md`), 'utf8')).facts]));

  liveTest('GIVEN every stored page WHEN parsed THEN the catalog\'s facts (docs/catalog.md) come out', () => {
    const f = parsed();
    const voice = f['voice/sdks/network-connectivity-requirements'];
    expect(voice['media.cidrs']).toEqual(['168.86.128.0/18']);
    expect(voice['media.udp-ports']).toEqual(['10000-60000']);
    expect(voice['interconnect.signaling.london-ix']).toEqual(['185.187.132.0/25', '185.187.133.0/24']);
    expect(voice['interconnect.signaling.sao-paulo-ix']).toEqual(['159.183.255.0/25']);
    expect(voice['edges.legacy-ids']).toEqual(expect.arrayContaining(['sydney=au1', 'umatilla=us2', 'roaming=gll', 'san-jose-ix=us2-ix']));
    expect(voice['signaling.js.hosts']).toEqual(expect.arrayContaining(['voice-js.roaming.twilio.com', 'voice-js.sao-paulo.twilio.com']));
    expect(voice['signaling.mobile.legacy-ports']).toEqual(['tcp/10194']);

    const nts = f['stun-turn/regions'];
    expect(nts['nts.cidrs.sydney']).toEqual(['3.25.42.128/25', '13.210.2.128/27', '54.252.254.64/26']);
    expect(nts['nts.cidrs.mumbai']).toEqual(['3.7.35.128/25', '52.66.193.96/27', '52.66.194.0/26']);
    expect(nts['nts.ports']).toEqual(['tcp/443', 'tcp/3478', 'tcp/5349', 'udp/3478']);

    const ix = f.interconnect;
    expect(ix['interconnect.bgp.sao-paulo-ix']).toEqual(['159.183.255.0/24', '159.183.255.64/26', '168.86.175.0/24 le 24']);
    expect(ix['interconnect.vpn.ashburn-ix']).toEqual(['168.86.160.0/21', '208.78.112.0/25']);
    expect(ix['interconnect.bgp.singapore-ix']).toEqual(['103.75.151.0/25', '168.86.128.0/18 le 24']);
    expect(Object.keys(ix).filter((k) => k.startsWith('interconnect.bgp.')).length).toBe(8);

    const edges = f['global-infrastructure/edge-locations'];
    expect(edges['edges.public']).toEqual(['ashburn', 'dublin', 'frankfurt', 'roaming', 'sao-paulo', 'singapore', 'sydney', 'tokyo', 'umatilla']);
    expect(edges['edges.interconnect']).toEqual(['ashburn-ix', 'frankfurt-ix', 'london-ix', 'san-jose-ix', 'sao-paulo-ix', 'singapore-ix', 'sydney-ix', 'tokyo-ix']);

    const sip = f['sip-trunking/ip-addresses'];
    expect(sip['sip.signaling.cidrs']).toEqual([
      '35.156.191.128/30', '54.65.63.192/30', '54.169.127.128/30', '54.171.127.192/30',
      '54.172.60.0/30', '54.244.51.0/30', '54.252.254.64/30', '177.71.206.192/30',
    ]);
    expect(sip['sip.ports']).toEqual(['tcp/5060', 'tcp/5061', 'udp/5060']);

    const sipIx = f['sip-trunking/configure-with-interconnect'];
    expect(sipIx['sip.interconnect-gateways.ashburn-ix']).toEqual(['208.78.112.64', '208.78.112.65', '208.78.112.66']);
    expect(sipIx['sip.interconnect-gateways.london-ix']).toEqual(['185.187.132.68', '185.187.132.69', '185.187.132.70']);
    expect(Object.keys(sipIx).filter((k) => k.startsWith('sip.interconnect-gateways.')).length).toBe(8);
  });
});
