import * as fs from 'fs';
import * as path from 'path';
import { COSMETIC_EDITS, reverseTableRows, withoutTable } from './markdown-edits';
import {
  parseEdgeLocationsPage, parseInterconnectPage, parseNtsRegionsPage, parseSipInterconnectPage,
  parseSipIpAddressesPage, parseVoiceSdkNetworkPage, PageFacts, UPSTREAM_PAGES, UpstreamParseError,
} from '../../src/upstream';

function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

const LAYOUT_CHANGED = (page: string) => `The page layout may have changed: read https://www.twilio.com/docs/${page}.md and update its parser in src/upstream.`;

/** Each page's fixture, parser and the facts the fixture carries. */
const PAGES: Array<{ fixture: string; parse: (md: string) => PageFacts; rowsReorderable: boolean; expected: PageFacts }> = [
  {
    fixture: 'voice-sdk-network.md',
    parse: parseVoiceSdkNetworkPage,
    rowsReorderable: false, // an empty edge cell continues the row above; the variant fixture reorders by edge
    expected: {
      page: 'voice/sdks/network-connectivity-requirements',
      facts: {
        'edges.legacy-ids': ['ashburn-ix=us1-ix', 'ashburn=us1', 'london-ix=ie1-ix', 'roaming=gll', 'sydney=au1'],
        'interconnect.media.cidrs': ['168.86.128.0/18'],
        'interconnect.media.udp-ports': ['10000-60000'],
        'interconnect.signaling-ports': ['tcp/443'],
        'interconnect.signaling.ashburn-ix': ['208.78.112.0/25'],
        'interconnect.signaling.london-ix': ['185.187.132.0/25', '185.187.133.0/24'],
        'media.cidrs': ['168.86.128.0/18'],
        'media.udp-ports': ['10000-60000'],
        'signaling.js.hosts': ['voice-js.ashburn.twilio.com', 'voice-js.roaming.twilio.com', 'voice-js.sydney.twilio.com'],
        'signaling.js.legacy-hosts': ['chunderw-vpc-gll.twilio.com'],
        'signaling.js.ports': ['tcp/443'],
        'signaling.mobile.hosts': ['chunderm.gll.twilio.com', 'eventgw.twilio.com'],
        'signaling.mobile.legacy-ports': ['tcp/10194'],
        'signaling.mobile.ports': ['tcp/443'],
      },
    },
  },
  {
    fixture: 'nts-regions.md',
    parse: parseNtsRegionsPage,
    rowsReorderable: true,
    expected: {
      page: 'stun-turn/regions',
      facts: {
        'nts.cidrs.sao-paulo': ['18.230.125.0/25', '177.71.206.192/26'],
        'nts.cidrs.sydney': ['3.25.42.128/25', '13.210.2.128/27', '54.252.254.64/26'],
        'nts.ports': ['tcp/443', 'tcp/3478', 'tcp/5349', 'udp/3478'],
        'nts.relay-udp-ports': ['10000-60000'],
      },
    },
  },
  {
    fixture: 'interconnect.md',
    parse: parseInterconnectPage,
    rowsReorderable: false, // its facts are list items, not table rows; the variant fixture reorders them
    expected: {
      page: 'interconnect',
      facts: {
        'edges.legacy-ids': ['ashburn-ix=us1-ix', 'sao-paulo-ix=br1-ix', 'singapore-ix=sg1-ix', 'sydney-ix=au1-ix'],
        'interconnect.bgp.ashburn-ix': ['168.86.128.0/18 le 24', '208.78.112.0/25'],
        'interconnect.bgp.sao-paulo-ix': ['159.183.255.0/24', '159.183.255.64/26', '168.86.175.0/24 le 24'],
        'interconnect.bgp.singapore-ix': ['103.75.151.0/25', '168.86.128.0/18 le 24'],
        'interconnect.bgp.sydney-ix': ['103.146.214.0/25', '168.86.128.0/18 le 24'],
        'interconnect.vpn.ashburn-ix': ['168.86.160.0/21', '208.78.112.0/25'],
        'interconnect.vpn.sao-paulo-ix': ['159.183.255.0/24', '168.86.175.0/24'],
        'interconnect.vpn.singapore-ix': ['103.75.151.0/25', '168.86.176.0/24'],
        'interconnect.vpn.sydney-ix': ['103.146.214.0/25', '168.86.172.0/24'],
      },
    },
  },
  {
    fixture: 'edge-locations.md',
    parse: parseEdgeLocationsPage,
    rowsReorderable: true,
    expected: {
      page: 'global-infrastructure/edge-locations',
      facts: {
        'edges.interconnect': ['ashburn-ix', 'sao-paulo-ix', 'tokyo-ix'],
        'edges.public': ['ashburn', 'roaming', 'sydney', 'umatilla'],
      },
    },
  },
  {
    fixture: 'sip-ip-addresses.md',
    parse: parseSipIpAddressesPage,
    rowsReorderable: false, // one table row; the regions are code blocks, reordered in their own test
    expected: {
      page: 'sip-trunking/ip-addresses',
      facts: {
        'edges.legacy-ids': ['ashburn=us1', 'roaming=gll', 'sydney=au1'],
        'sip.media.cidrs': ['168.86.128.0/18'],
        'sip.media.udp-ports': ['10000-60000'],
        'sip.ports': ['tcp/5060', 'tcp/5061', 'udp/5060'],
        'sip.signaling.cidrs': ['54.172.60.0/30', '54.252.254.64/30'],
      },
    },
  },
  {
    fixture: 'sip-interconnect.md',
    parse: parseSipInterconnectPage,
    rowsReorderable: true,
    expected: {
      page: 'sip-trunking/configure-with-interconnect',
      facts: {
        'edges.interconnect': ['ashburn-ix', 'sao-paulo-ix'],
        'edges.legacy-ids': ['ashburn-ix=us1-ix', 'roaming=gll-ix', 'sao-paulo-ix=br1-ix'],
        'interconnect.media.cidrs': ['168.86.128.0/18'],
        'interconnect.media.udp-ports': ['10000-60000'],
        'sip.interconnect-gateways.ashburn-ix': ['208.78.112.64', '208.78.112.65', '208.78.112.66'],
        'sip.interconnect-gateways.sao-paulo-ix': ['159.183.255.68', '159.183.255.69', '159.183.255.70'],
        'sip.ports': ['tcp/5060', 'tcp/5061', 'udp/5060'],
      },
    },
  },
];

describe('page parsers', () => {
  test.each(PAGES.map((p) => [p.expected.page, p] as const))('%s: GIVEN its fixture WHEN parsed THEN every fact comes out normalized and sorted', (_, p) => {
    expect(p.parse(fixture(p.fixture))).toEqual(p.expected);
  });

  const cases = PAGES.flatMap((p) => Object.entries(COSMETIC_EDITS).map(([edit, apply]) => [p.expected.page, edit, p, apply] as const));
  test.each(cases)('%s: GIVEN the fixture with %s WHEN parsed THEN the facts are the same', (_, __, p, apply) => {
    expect(p.parse(apply(fixture(p.fixture)))).toEqual(p.expected);
  });

  test.each(PAGES.filter((p) => p.rowsReorderable).map((p) => [p.expected.page, p] as const))(
    '%s: GIVEN the fixture with every table\'s rows reversed WHEN parsed THEN the facts are the same', (_, p) => {
      const md = reverseTableRows(fixture(p.fixture));
      expect(md).not.toEqual(fixture(p.fixture));
      expect(p.parse(md)).toEqual(p.expected);
    });

  test('GIVEN the Voice SDK page reordered, re-flowed (<br>, a cell broken over two lines, no thousands separators, "Signaling") WHEN parsed THEN the facts are the same', () => {
    expect(parseVoiceSdkNetworkPage(fixture('voice-sdk-network.variant.md'))).toEqual(PAGES[0].expected);
  });

  test('GIVEN the Interconnect page with edges reordered, plain labels and a prefix list wrapped onto the next line WHEN parsed THEN the facts are the same', () => {
    expect(parseInterconnectPage(fixture('interconnect.variant.md'))).toEqual(PAGES[2].expected);
  });

  test('GIVEN the SIP page with its regions in the opposite order WHEN parsed THEN the facts are the same', () => {
    const md = fixture('sip-ip-addresses.md');
    const [head, virginia, sydney] = md.split(/(?=### )/);
    expect(parseSipIpAddressesPage(head + sydney.trimEnd() + '\n\n' + virginia)).toEqual(PAGES[4].expected);
  });

  test('GIVEN a region heading without a code span WHEN parsed THEN the edge comes from a name, legacy id or place in the heading', () => {
    const md = fixture('nts-regions.md')
      .replace('Australia `sydney` IP ranges', 'Australia (au1) IP ranges')
      .replace('Brazil `sao-paulo` IP ranges', 'Sao Paulo, Brazil');
    expect(Object.keys(parseNtsRegionsPage(md).facts)).toEqual(expect.arrayContaining(['nts.cidrs.sydney', 'nts.cidrs.sao-paulo']));
  });

  test('GIVEN a region or gateway heading naming an edge we do not know WHEN parsed THEN its values are kept under its own words, so they report as new', () => {
    const nts = fixture('nts-regions.md').replace('Brazil `sao-paulo` IP ranges', 'Canada `montreal` IP ranges');
    expect(parseNtsRegionsPage(nts).facts['nts.cidrs.montreal']).toEqual(['18.230.125.0/25', '177.71.206.192/26']);
    const sip = fixture('sip-interconnect.md').replace('South America São Paulo Interconnect Gateways', 'Canada Montreal Interconnect Gateways');
    expect(parseSipInterconnectPage(sip).facts['sip.interconnect-gateways.canada-montreal']).toEqual(['159.183.255.68', '159.183.255.69', '159.183.255.70']);
  });

  test('GIVEN gateways written as /32s WHEN parsed THEN they read as bare addresses', () => {
    const md = fixture('sip-interconnect.md').replace(/(208\.78\.112\.6\d)/g, '$1/32');
    expect(parseSipInterconnectPage(md).facts['sip.interconnect-gateways.ashburn-ix']).toEqual(['208.78.112.64', '208.78.112.65', '208.78.112.66']);
  });

  test('GIVEN the relay-port sentence is gone WHEN the STUN/TURN page is parsed THEN only that prose fact is absent', () => {
    const facts = parseNtsRegionsPage(fixture('nts-regions.md').replace(/^Peer relay.*$/m, '')).facts;
    expect(facts['nts.relay-udp-ports']).toBeUndefined();
    expect(facts['nts.ports']).toEqual(PAGES[1].expected.facts['nts.ports']);
  });
});

describe('UpstreamParseError', () => {
  test('GIVEN the STUN/TURN page without its port table WHEN parsed THEN the error names the page, the table and the fix', () => {
    const md = withoutTable(fixture('nts-regions.md'), /\bPort\b/);
    expect(() => parseNtsRegionsPage(md)).toThrow(
      "Twilio docs page 'stun-turn/regions': no table with columns 'Port' and 'Protocol' under a heading about ports. " +
      'The page layout may have changed: read https://www.twilio.com/docs/stun-turn/regions.md and update its parser in src/upstream.');
  });

  const missing: Array<[string, string, (md: string) => PageFacts, string]> = [
    ['voice-sdk-network.md', 'Destination IP Ranges', parseVoiceSdkNetworkPage,
      "no media table with columns 'Edge Locations', 'Protocol', 'Destination IP Ranges' and 'Destination Port Range'"],
    ['voice-sdk-network.md', 'Allowed destinations', parseVoiceSdkNetworkPage,
      "no table with columns 'Protocol', 'Destination' and 'Destination Port' under 'Signalling connectivity requirements'"],
    ['voice-sdk-network.md', 'Edge Location\\*\\* ', parseVoiceSdkNetworkPage,
      "no table with columns 'Edge Location', 'Protocol', 'Destination' and 'Destination Port' under an Interconnect heading"],
    ['edge-locations.md', 'Edge ID .*Location +\\|$', parseEdgeLocationsPage,
      "no table with an 'Edge ID' column under a heading matching /interconnect/i"],
    ['sip-ip-addresses.md', 'Destination IP Ranges', parseSipIpAddressesPage,
      "no media table with columns 'Edge Locations', 'Protocol', 'Destination IP Ranges' and 'Destination Port Range'"],
    ['sip-interconnect.md', 'Termination SIP URI', parseSipInterconnectPage, "no table with a 'Termination SIP URI' column"],
  ];
  test.each(missing)('GIVEN %s without the table headed %s WHEN parsed THEN it throws naming that table', (file, header, parse, what) => {
    const md = file === 'edge-locations.md'
      ? fixture(file).replace(/## Private Interconnect[\s\S]*$/, '## Private Interconnect\n\nMoved elsewhere.\n')
      : withoutTable(fixture(file), new RegExp(header));
    const page = parse(fixture(file)).page;
    expect(() => parse(md)).toThrow(new UpstreamParseError(page, what));
  });

  test('GIVEN the STUN/TURN page without any CIDR table WHEN parsed THEN it throws rather than returning no regions', () => {
    const md = withoutTable(withoutTable(fixture('nts-regions.md'), /CIDR block/), /CIDR block/);
    expect(() => parseNtsRegionsPage(md)).toThrow(new UpstreamParseError('stun-turn/regions', "no heading with a table of 'CIDR block' rows (the per-edge IP ranges)"));
  });

  test('GIVEN the Interconnect page without its BGP items WHEN parsed THEN it throws', () => {
    const md = fixture('interconnect.md').replace(/^.*BGP Prefix.*$/gm, '');
    expect(() => parseInterconnectPage(md)).toThrow(new UpstreamParseError('interconnect',
      "no 'BGP Prefix' or no 'VPN (Policy Based) Encryption Domain' items under 'Interconnect region's IP details'"));
  });

  test('GIVEN the SIP page without its signalling code blocks WHEN parsed THEN it throws', () => {
    const md = fixture('sip-ip-addresses.md').replace(/```bash[\s\S]*?```/g, '');
    expect(() => parseSipIpAddressesPage(md)).toThrow(new UpstreamParseError('sip-trunking/ip-addresses', "no CIDRs under 'Regional signaling IP gateways'"));
  });

  test.each(UPSTREAM_PAGES.map((p) => [p.path, p] as const))('%s: GIVEN an unrelated page WHEN parsed THEN it throws an UpstreamParseError for that page', (pagePath, p) => {
    const parse = () => p.parse('# Moved\n\nThis page has moved.\n');
    expect(parse).toThrow(UpstreamParseError);
    expect(parse).toThrow(LAYOUT_CHANGED(pagePath));
  });
});

describe('UPSTREAM_PAGES', () => {
  test('GIVEN the registry THEN it lists the six docs pages, each with its Markdown URL and a parser for it', () => {
    expect(UPSTREAM_PAGES.map((p) => [p.path, p.markdownUrl])).toEqual([
      ['voice/sdks/network-connectivity-requirements', 'https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements.md'],
      ['stun-turn/regions', 'https://www.twilio.com/docs/stun-turn/regions.md'],
      ['interconnect', 'https://www.twilio.com/docs/interconnect.md'],
      ['global-infrastructure/edge-locations', 'https://www.twilio.com/docs/global-infrastructure/edge-locations.md'],
      ['sip-trunking/ip-addresses', 'https://www.twilio.com/docs/sip-trunking/ip-addresses.md'],
      ['sip-trunking/configure-with-interconnect', 'https://www.twilio.com/docs/sip-trunking/configure-with-interconnect.md'],
    ]);
    for (const p of PAGES) {
      const entry = UPSTREAM_PAGES.find((u) => u.path === p.expected.page)!;
      expect(entry.parse(fixture(p.fixture))).toEqual(p.expected);
    }
  });
});
