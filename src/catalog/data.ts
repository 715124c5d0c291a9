// Raw Twilio network facts, transcribed from Twilio's pages and SDK source (see sources.ts).
// Pure data: no logic, no framework imports. Only the catalog reads it; everything else goes through
// `TwilioCatalog` and `TwilioEdge`, so that registered overrides reach every consumer.
import { AWS_SOURCES as A, TWILIO_SOURCES as S } from './sources';

/** How sure we are of a fact: high = Twilio doc or SDK source; medium = older/partial Twilio copy or agreeing third parties; low = one third party or inferred. */
export type RawConfidence = 'high' | 'medium' | 'low';

export interface RawPortRange {
  readonly fromPort: number;
  readonly toPort: number;
}

export interface RawLegacyMedia {
  /** The media CIDRs; the GLL row has none of its own and covers every other row's ranges. */
  readonly cidrs?: readonly string[];
  readonly allRanges?: boolean;
  readonly udpPorts: RawPortRange;
  readonly confidence: RawConfidence;
  readonly note?: string;
}

export interface RawPublicEdge {
  readonly id: string;
  readonly legacyRegionId: string;
  readonly location: string;
  /** AWS region whose ip-ranges.json prefixes contain every CIDR Twilio publishes for the edge; undefined for GLL. */
  readonly awsRegion?: string;
  /** Network Traversal Service (STUN/TURN) CIDRs; undefined for GLL, which uses every region's. */
  readonly ntsCidrs?: readonly string[];
  /** The SIP signalling gateways of the edge's region; GLL is not offered for SIP. */
  readonly sipSignalingCidrs?: readonly string[];
  readonly legacyMedia?: RawLegacyMedia;
  readonly source: string;
}

export interface RawInterconnectEdge {
  readonly id: string;
  readonly legacyRegionId: string;
  /** Ids the JavaScript SDK maps to this edge (its `-tnx` region ids). */
  readonly aliases?: readonly string[];
  readonly exchange: string;
  readonly servesPublicEdge: string;
  /** Voice SDK signalling (TCP 443) destinations over the Interconnect. */
  readonly signalingCidrs: readonly string[];
  /** Prefixes Twilio announces over BGP (cross connect, third-party exchange), in Twilio's `le` notation. */
  readonly bgpPrefixes: readonly string[];
  /** Encryption domain of Twilio's policy-based VPN. */
  readonly vpnEncryptionDomain: readonly string[];
  /** SIP gateways (5060 UDP/TCP, 5061 TLS), one address each. */
  readonly sipGatewayCidrs: readonly string[];
  readonly source: string;
  /** Where the BGP prefixes and VPN encryption domain come from. */
  readonly routingSource: string;
  readonly note?: string;
}

/** Current Voice media range, used by every edge (public, GLL and Interconnect) and by SIP. */
export const MEDIA = {
  cidrs: ['168.86.128.0/18'],
  udpPorts: { fromPort: 10000, toPort: 60000 },
  source: S.VOICE_SDK_NETWORK.url,
  confidence: 'high' as RawConfidence,
} as const;

/** "The SDK will select any available port from the ephemeral range. On most machines, this means 1,024 to 65,535." */
export const CLIENT_EPHEMERAL_PORTS = { fromPort: 1024, toPort: 65535, source: S.VOICE_SDK_NETWORK.url } as const;

/** Dates the legacy per-edge media ranges stopped carrying traffic. Twilio's pages disagree; both are kept. */
export const LEGACY_MEDIA_DECOMMISSIONED = {
  /** Voice SDK page: migration completed 23 January 2024. */
  voiceSdk: '2024-01-23',
  /** SIP Interface over Interconnect page gives 21 February 2024. */
  sipInterconnect: '2024-02-21',
  sources: [S.VOICE_SDK_NETWORK.url, S.MEDIA_MIGRATION.url, S.SIP_INTERCONNECT.url],
} as const;

/** The pre-migration media port range (SIP and most Voice SDK rows). */
const LEGACY_10K_20K = { fromPort: 10000, toPort: 20000 };
const LEGACY_SECOND_BLOCK_NOTE = 'second block known only from third-party copies of the old table (no Twilio copy found)';

export const PUBLIC_EDGES: readonly RawPublicEdge[] = [
  {
    id: 'ashburn',
    legacyRegionId: 'us1',
    location: 'US East Coast (Virginia)',
    awsRegion: 'us-east-1',
    ntsCidrs: ['3.235.111.128/25', '34.203.250.0/23', '34.203.254.0/24', '54.172.60.0/23'],
    sipSignalingCidrs: ['54.172.60.0/30'],
    legacyMedia: { cidrs: ['54.172.60.0/23', '34.203.250.0/23'], udpPorts: LEGACY_10K_20K, confidence: 'medium' },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'umatilla',
    legacyRegionId: 'us2',
    location: 'US West Coast (Oregon)',
    awsRegion: 'us-west-2',
    ntsCidrs: ['34.216.110.128/27', '44.234.69.0/25', '54.244.51.0/24'],
    sipSignalingCidrs: ['54.244.51.0/30'],
    legacyMedia: {
      cidrs: ['54.244.51.0/24'],
      udpPorts: { fromPort: 1024, toPort: 65535 },
      confidence: 'low',
      note: 'the Voice SDK table\'s single-range row (its edge label was lost) used UDP 1024-65535; the range is known with medium '
        + 'confidence, the row\'s edge and ports with low; SIP used 10000-20000, inside it',
    },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'dublin',
    legacyRegionId: 'ie1',
    location: 'Ireland',
    awsRegion: 'eu-west-1',
    ntsCidrs: ['3.249.63.128/25', '54.171.127.192/26', '52.215.127.0/24', '52.215.253.0/26'],
    sipSignalingCidrs: ['54.171.127.192/30'],
    legacyMedia: { cidrs: ['54.171.127.192/26', '52.215.127.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium' },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'frankfurt',
    legacyRegionId: 'de1',
    location: 'Frankfurt, Germany',
    awsRegion: 'eu-central-1',
    ntsCidrs: ['18.156.18.128/25', '18.195.48.224/27', '52.59.186.0/27'],
    sipSignalingCidrs: ['35.156.191.128/30'],
    legacyMedia: {
      cidrs: ['35.156.191.128/25', '3.122.181.0/24'],
      udpPorts: LEGACY_10K_20K,
      confidence: 'medium',
      note: 'both blocks known only from third-party copies of the old table',
    },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'sao-paulo',
    legacyRegionId: 'br1',
    location: 'Brazil',
    awsRegion: 'sa-east-1',
    ntsCidrs: ['18.230.125.0/25', '18.231.105.32/27', '177.71.206.192/26'],
    sipSignalingCidrs: ['177.71.206.192/30'],
    legacyMedia: { cidrs: ['177.71.206.192/26', '18.228.249.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'singapore',
    legacyRegionId: 'sg1',
    location: 'Singapore',
    awsRegion: 'ap-southeast-1',
    ntsCidrs: ['13.229.255.0/27', '18.141.157.128/25', '54.169.127.128/26'],
    sipSignalingCidrs: ['54.169.127.128/30'],
    legacyMedia: { cidrs: ['54.169.127.128/26', '3.1.77.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'sydney',
    legacyRegionId: 'au1',
    location: 'Australia',
    awsRegion: 'ap-southeast-2',
    ntsCidrs: ['3.25.42.128/25', '13.210.2.128/27', '54.252.254.64/26'],
    sipSignalingCidrs: ['54.252.254.64/30'],
    legacyMedia: { cidrs: ['54.252.254.64/26', '3.104.90.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'tokyo',
    legacyRegionId: 'jp1',
    location: 'Japan',
    awsRegion: 'ap-northeast-1',
    ntsCidrs: ['13.115.244.0/27', '18.180.220.128/25', '54.65.63.192/26'],
    sipSignalingCidrs: ['54.65.63.192/30'],
    legacyMedia: { cidrs: ['54.65.63.192/26', '3.112.80.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS.url,
  },
  {
    id: 'roaming',
    legacyRegionId: 'gll',
    location: 'Global Low Latency (Route 53 latency routing)',
    legacyMedia: {
      allRanges: true,
      udpPorts: { fromPort: 1024, toPort: 65535 },
      confidence: 'high',
      note: 'the Voice SDK table\'s roaming row: "all IP addresses listed above" on UDP 1024-65535',
    },
    source: S.EDGE_LOCATIONS.url,
  },
];

/** Network Traversal Service regions that are not Voice edges; GLL TURN (global.turn.twilio.com) may pick them. */
export const NTS_ONLY_REGIONS = [
  { id: 'mumbai', legacyRegionId: 'in1', awsRegion: 'ap-south-1', ntsCidrs: ['3.7.35.128/25', '52.66.193.96/27', '52.66.194.0/26'], source: S.NTS_REGIONS.url },
] as const;

const IX_MEDIA_BGP = '168.86.128.0/18 le 24';

export const INTERCONNECT_EDGES: readonly RawInterconnectEdge[] = [
  {
    id: 'ashburn-ix',
    legacyRegionId: 'us1-ix',
    aliases: ['us1-tnx', 'us2-tnx'],
    exchange: 'Equinix DC1, Ashburn VA',
    servesPublicEdge: 'ashburn',
    signalingCidrs: ['208.78.112.0/25'],
    bgpPrefixes: ['208.78.112.0/25', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['208.78.112.0/25', '168.86.160.0/21'],
    sipGatewayCidrs: ['208.78.112.64/32', '208.78.112.65/32', '208.78.112.66/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'san-jose-ix',
    legacyRegionId: 'us2-ix',
    exchange: 'Equinix SV1, San Jose CA',
    servesPublicEdge: 'umatilla',
    signalingCidrs: ['67.213.136.0/25'],
    bgpPrefixes: ['67.213.136.0/25', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['67.213.136.0/25', '168.86.168.0/22'],
    sipGatewayCidrs: ['67.213.136.64/32', '67.213.136.65/32', '67.213.136.66/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'london-ix',
    legacyRegionId: 'ie1-ix',
    aliases: ['ie1-tnx'],
    exchange: 'Equinix LD8, London',
    servesPublicEdge: 'dublin',
    signalingCidrs: ['185.187.132.0/25', '185.187.133.0/24'],
    bgpPrefixes: ['185.187.132.0/25', '185.187.133.0/24', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['185.187.132.0/25', '185.187.133.0/24', '168.86.173.0/24'],
    sipGatewayCidrs: ['185.187.132.68/32', '185.187.132.69/32', '185.187.132.70/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'frankfurt-ix',
    legacyRegionId: 'de1-ix',
    exchange: 'Equinix FR4, Frankfurt',
    servesPublicEdge: 'frankfurt',
    signalingCidrs: ['185.194.136.0/25'],
    bgpPrefixes: ['185.194.136.0/25', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['185.194.136.0/25', '168.86.174.0/24'],
    sipGatewayCidrs: ['185.194.136.64/32', '185.194.136.65/32', '185.194.136.66/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'singapore-ix',
    legacyRegionId: 'sg1-ix',
    aliases: ['sg1-tnx'],
    exchange: 'Equinix SG3, Singapore',
    servesPublicEdge: 'singapore',
    signalingCidrs: ['103.75.151.0/25'],
    bgpPrefixes: ['103.75.151.0/25', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['103.75.151.0/25', '168.86.176.0/24'],
    sipGatewayCidrs: ['103.75.151.68/32', '103.75.151.69/32', '103.75.151.70/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'tokyo-ix',
    legacyRegionId: 'jp1-ix',
    exchange: 'Equinix TY6, Tokyo',
    servesPublicEdge: 'tokyo',
    signalingCidrs: ['103.144.142.0/25'],
    bgpPrefixes: ['103.144.142.0/25', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['103.144.142.0/25', '168.86.177.0/24'],
    sipGatewayCidrs: ['103.144.142.68/32', '103.144.142.69/32', '103.144.142.70/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'sydney-ix',
    legacyRegionId: 'au1-ix',
    exchange: 'Equinix SY3, Sydney',
    servesPublicEdge: 'sydney',
    signalingCidrs: ['103.146.214.0/25'],
    bgpPrefixes: ['103.146.214.0/25', IX_MEDIA_BGP],
    vpnEncryptionDomain: ['103.146.214.0/25', '168.86.172.0/24'],
    sipGatewayCidrs: ['103.146.214.68/32', '103.146.214.69/32', '103.146.214.70/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  {
    id: 'sao-paulo-ix',
    legacyRegionId: 'br1-ix',
    exchange: 'Equinix SP4, Barueri',
    servesPublicEdge: 'sao-paulo',
    signalingCidrs: ['159.183.255.0/25'],
    // Unlike the other exchanges, Twilio announces only one /24 of the media range here.
    bgpPrefixes: ['159.183.255.0/24', '159.183.255.64/26', '168.86.175.0/24 le 24'],
    vpnEncryptionDomain: ['159.183.255.0/24', '168.86.175.0/24'],
    sipGatewayCidrs: ['159.183.255.68/32', '159.183.255.69/32', '159.183.255.70/32'],
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
    note: 'newer than the January 2024 copy of the Voice SDK page; the Interconnect overview misspells it sau-paulo-ix',
  },
];

/** Hostname templates. `{edge}` is the edge name, `{region}` its legacy id, `{home}` a Twilio Region. */
export const HOSTS = {
  voiceJs: {
    gll: 'voice-js.roaming.twilio.com',
    edgeTemplate: 'voice-js.{edge}.twilio.com',
    port: 443,
    /** Twilio's page lists `voice-js.roaming` and `voice-js.{edge}` for the public edges. */
    source: S.VOICE_SDK_NETWORK.url,
    /** For `*-ix` edges the name comes from the SDK, which builds the same template for any edge. */
    interconnectSource: S.VOICE_JS_SOURCE.url,
  },
  mobile: {
    gll: 'chunderm.gll.twilio.com',
    /** Documented by Twilio. */
    regionTemplate: 'chunderm.{region}.gll.twilio.com',
    /** Seen in a decompiled Android SDK and in iOS certificate names, not documented (low/medium). */
    observedRegionTemplates: ['chunderm.{region}.twilio.com', 'chunderm-{region}.twilio.com'],
    observedSource: S.IOS_SDK_CERT_NAMES.url,
    port: 443,
    /** Mobile SDKs before 3.x use TCP 10194 instead of 443. */
    legacyPort: 10194,
    source: S.VOICE_SDK_NETWORK.url,
    routingSource: S.INTERCONNECT.url,
  },
  insights: {
    host: 'eventgw.twilio.com',
    /**
     * The JavaScript SDK posts Insights to `eventgw.{home}.twilio.com`, `home` being the Twilio Region the signalling
     * server names in its `connected` message (device.ts); `us1` for most accounts.
     */
    homeRegionTemplate: 'eventgw.{home}.twilio.com',
    defaultHomeRegion: 'us1',
    port: 443,
    source: S.VOICE_SDK_NETWORK.url,
    homeRegionSource: S.VOICE_JS_DEVICE.url,
  },
  registration: { host: 'ers.twilio.com', port: 443, source: S.VOICE_SDK_NETWORK.url },
  /** The JS SDK loads its sounds from these (its README's Content-Security-Policy). */
  jsAssets: { hosts: ['sdk.twilio.com', 'media.twiliocdn.com'], port: 443, source: S.VOICE_JS_README.url },
} as const;

/** Twilio Regions (where data is processed), distinct from edges. */
export const TWILIO_REGIONS = { ids: ['us1', 'ie1', 'au1'], source: S.REGIONS.url } as const;

/** Network Traversal Service (STUN/TURN). */
export const NTS = {
  /** What NTS tokens return; a client pinned to an edge replaces `global` with the edge name. */
  globalHosts: ['global.stun.twilio.com', 'global.turn.twilio.com'],
  edgeHostTemplates: ['{edge}.stun.twilio.com', '{edge}.turn.twilio.com'],
  hostsSource: S.NTS_API.url,
  ports: [
    { protocol: 'udp', port: 3478, purpose: 'STUN/TURN over UDP' },
    { protocol: 'tcp', port: 3478, purpose: 'TURN over TCP' },
    { protocol: 'tcp', port: 443, purpose: 'TURN over TLS on 443' },
    { protocol: 'tcp', port: 5349, purpose: 'TURN over TLS on 5349' },
  ],
  source: S.NTS_REGIONS.url,
} as const;

/** Elastic SIP Trunking and Programmable Voice SIP. */
export const SIP = {
  ports: [
    { transport: 'udp', protocol: 'udp', port: 5060 },
    { transport: 'tcp', protocol: 'tcp', port: 5060 },
    { transport: 'tls', protocol: 'tcp', port: 5061 },
  ],
  /**
   * Termination URIs: `{trunk}.pstn.twilio.com` by default (Twilio routes it to its default edge); localized
   * `{trunk}.pstn.{edge}.twilio.com`, and the legacy region id forms the pages still list (`{trunk}.pstn.us1.twilio.com`,
   * `{trunk}.pstn.ie1-ix.twilio.com`). A DNS allow list names them with a leading `*.`.
   */
  defaultTerminationDomain: '*.pstn.twilio.com',
  terminationDomainTemplates: [
    { template: '*.pstn.{edge}.twilio.com', source: S.TERMINATION_URIS.url },
    { template: '*.pstn.{region}.twilio.com', source: S.TERMINATION_URIS.url, interconnectSource: S.INTERCONNECT_TRUNK.url },
  ],
  terminationSource: S.TERMINATION_URIS.url,
  /** SIP Domains: global `{domain}.sip.twilio.com` (registered endpoints are dialled by it), localized, legacy forms. */
  defaultDomain: { template: '*.sip.twilio.com', source: S.SIP_DOMAIN_RESOURCE.url },
  domainTemplates: [
    { template: '*.sip.{edge}.twilio.com', source: S.SIP_DOMAIN_URIS.url, interconnectSource: S.INTERCONNECT_SIP_DOMAIN_URIS.url },
    { template: '*.sip.{region}.twilio.com', source: S.SIP_DOMAIN_URIS.url, interconnectSource: S.INTERCONNECT_SIP_DOMAIN_URIS.url },
  ],
  domainSource: S.SIP_DOMAIN_EDGES.url,
  source: S.SIP_TRUNKING_IPS.url,
  interconnectSource: S.INTERCONNECT_TRUNK.url,
} as const;

/** Network quality Twilio asks for (Voice SDK page, unchanged since the seed copy). */
export const QUALITY = {
  opusKbps: 40,
  pcmuKbps: 100,
  rttMsMax: 200,
  jitterMsMax: 30,
  packetLossPercentMax: 3,
  source: S.VOICE_SDK_NETWORK.url,
} as const;

/** Where the AWS-side facts come from. */
export const AWS_FACT_SOURCES = { edgeRegions: A.IP_RANGES.url, regionLocations: A.REGIONS.url } as const;
