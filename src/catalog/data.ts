// Raw Twilio network facts, transcribed from the researched catalog (FACTS.md / catalog.json).
// Pure data: no logic, no framework imports. The typed facade is `TwilioCatalog`.
import { TWILIO_SOURCES as S } from './sources';

/** How sure we are of a fact: high = Twilio doc or SDK source; medium = older/partial Twilio copy or agreeing third parties; low = one third party or inferred. */
export type RawConfidence = 'high' | 'medium' | 'low';

export interface RawPortRange {
  readonly fromPort: number;
  readonly toPort: number;
}

export interface RawLegacyMedia {
  readonly cidrs: readonly string[];
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
  readonly legacyMedia?: RawLegacyMedia;
  readonly source: string;
}

export interface RawInterconnectEdge {
  readonly id: string;
  readonly legacyRegionId: string;
  readonly exchange: string;
  readonly servesPublicEdge: string;
  /** Voice SDK signalling (TCP 443) destinations over the Interconnect. */
  readonly signalingCidrs: readonly string[];
  readonly source: string;
  readonly note?: string;
}

/** Current Voice media range, used by every edge (public, GLL and Interconnect). */
export const MEDIA = {
  cidrs: ['168.86.128.0/18'],
  udpPorts: { fromPort: 10000, toPort: 60000 },
  /** "The SDK will select any available port from the ephemeral range. On most machines, this means 1,024 to 65,535." */
  clientPorts: { fromPort: 1024, toPort: 65535 },
  source: S.VOICE_SDK_NETWORK,
  confidence: 'high' as RawConfidence,
} as const;

/** Dates the legacy per-edge media ranges stopped carrying traffic. Twilio's pages disagree; both are kept. */
export const LEGACY_MEDIA_DECOMMISSIONED = {
  /** Voice SDK page: migration completed 23 January 2024. */
  voiceSdk: '2024-01-23',
  /** SIP Interface over Interconnect page gives 21 February 2024. */
  sipInterconnect: '2024-02-21',
  /** The pre-migration media port range (SIP and most Voice SDK rows). */
  udpPorts: { fromPort: 10000, toPort: 20000 },
  sources: [S.VOICE_SDK_NETWORK, S.MEDIA_MIGRATION, S.SIP_INTERCONNECT],
} as const;

const LEGACY_10K_20K = { fromPort: 10000, toPort: 20000 };
const LEGACY_SECOND_BLOCK_NOTE = 'second block known only from third-party copies of the old table (no Twilio copy found)';

export const PUBLIC_EDGES: readonly RawPublicEdge[] = [
  {
    id: 'ashburn',
    legacyRegionId: 'us1',
    location: 'US East Coast (Virginia)',
    awsRegion: 'us-east-1',
    ntsCidrs: ['3.235.111.128/25', '34.203.250.0/23', '34.203.254.0/24', '54.172.60.0/23'],
    legacyMedia: { cidrs: ['54.172.60.0/23', '34.203.250.0/23'], udpPorts: LEGACY_10K_20K, confidence: 'medium' },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'umatilla',
    legacyRegionId: 'us2',
    location: 'US West Coast (Oregon)',
    awsRegion: 'us-west-2',
    ntsCidrs: ['34.216.110.128/27', '44.234.69.0/25', '54.244.51.0/24'],
    legacyMedia: {
      cidrs: ['54.244.51.0/24'],
      udpPorts: LEGACY_10K_20K,
      confidence: 'medium',
      note: 'the Voice SDK table\'s single-range row (label lost) showed UDP 1024-65535; SIP used 10000-20000',
    },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'dublin',
    legacyRegionId: 'ie1',
    location: 'Ireland',
    awsRegion: 'eu-west-1',
    ntsCidrs: ['3.249.63.128/25', '54.171.127.192/26', '52.215.127.0/24', '52.215.253.0/26'],
    legacyMedia: { cidrs: ['54.171.127.192/26', '52.215.127.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium' },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'frankfurt',
    legacyRegionId: 'de1',
    location: 'Frankfurt, Germany',
    awsRegion: 'eu-central-1',
    ntsCidrs: ['18.156.18.128/25', '18.195.48.224/27', '52.59.186.0/27'],
    legacyMedia: {
      cidrs: ['35.156.191.128/25', '3.122.181.0/24'],
      udpPorts: LEGACY_10K_20K,
      confidence: 'medium',
      note: 'both blocks known only from third-party copies of the old table',
    },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'sao-paulo',
    legacyRegionId: 'br1',
    location: 'Brazil',
    awsRegion: 'sa-east-1',
    ntsCidrs: ['18.230.125.0/25', '18.231.105.32/27', '177.71.206.192/26'],
    legacyMedia: { cidrs: ['177.71.206.192/26', '18.228.249.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'singapore',
    legacyRegionId: 'sg1',
    location: 'Singapore',
    awsRegion: 'ap-southeast-1',
    ntsCidrs: ['13.229.255.0/27', '18.141.157.128/25', '54.169.127.128/26'],
    legacyMedia: { cidrs: ['54.169.127.128/26', '3.1.77.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'sydney',
    legacyRegionId: 'au1',
    location: 'Australia',
    awsRegion: 'ap-southeast-2',
    ntsCidrs: ['3.25.42.128/25', '13.210.2.128/27', '54.252.254.64/26'],
    legacyMedia: { cidrs: ['54.252.254.64/26', '3.104.90.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'tokyo',
    legacyRegionId: 'jp1',
    location: 'Japan',
    awsRegion: 'ap-northeast-1',
    ntsCidrs: ['13.115.244.0/27', '18.180.220.128/25', '54.65.63.192/26'],
    legacyMedia: { cidrs: ['54.65.63.192/26', '3.112.80.0/24'], udpPorts: LEGACY_10K_20K, confidence: 'medium', note: LEGACY_SECOND_BLOCK_NOTE },
    source: S.EDGE_LOCATIONS,
  },
  {
    id: 'roaming',
    legacyRegionId: 'gll',
    location: 'Global Low Latency (Route 53 latency routing)',
    source: S.EDGE_LOCATIONS,
  },
];

/** Network Traversal Service regions that are not Voice edges; GLL TURN (global.turn.twilio.com) may pick them. */
export const NTS_ONLY_REGIONS = [
  { id: 'mumbai', legacyRegionId: 'in1', awsRegion: 'ap-south-1', ntsCidrs: ['3.7.35.128/25', '52.66.193.96/27', '52.66.194.0/26'], source: S.NTS_REGIONS },
] as const;

export const INTERCONNECT_EDGES: readonly RawInterconnectEdge[] = [
  { id: 'ashburn-ix', legacyRegionId: 'us1-ix', exchange: 'Equinix DC1, Ashburn VA', servesPublicEdge: 'ashburn', signalingCidrs: ['208.78.112.0/25'], source: S.VOICE_SDK_NETWORK },
  { id: 'san-jose-ix', legacyRegionId: 'us2-ix', exchange: 'Equinix SV1, San Jose CA', servesPublicEdge: 'umatilla', signalingCidrs: ['67.213.136.0/25'], source: S.VOICE_SDK_NETWORK },
  { id: 'london-ix', legacyRegionId: 'ie1-ix', exchange: 'Equinix LD8, London', servesPublicEdge: 'dublin', signalingCidrs: ['185.187.132.0/25', '185.187.133.0/24'], source: S.VOICE_SDK_NETWORK },
  { id: 'frankfurt-ix', legacyRegionId: 'de1-ix', exchange: 'Equinix FR4, Frankfurt', servesPublicEdge: 'frankfurt', signalingCidrs: ['185.194.136.0/25'], source: S.VOICE_SDK_NETWORK },
  { id: 'singapore-ix', legacyRegionId: 'sg1-ix', exchange: 'Equinix SG3, Singapore', servesPublicEdge: 'singapore', signalingCidrs: ['103.75.151.0/25'], source: S.VOICE_SDK_NETWORK },
  { id: 'tokyo-ix', legacyRegionId: 'jp1-ix', exchange: 'Equinix TY6, Tokyo', servesPublicEdge: 'tokyo', signalingCidrs: ['103.144.142.0/25'], source: S.VOICE_SDK_NETWORK },
  { id: 'sydney-ix', legacyRegionId: 'au1-ix', exchange: 'Equinix SY3, Sydney', servesPublicEdge: 'sydney', signalingCidrs: ['103.146.214.0/25'], source: S.VOICE_SDK_NETWORK },
  {
    id: 'sao-paulo-ix',
    legacyRegionId: 'br1-ix',
    exchange: 'Equinix SP4, Barueri',
    servesPublicEdge: 'sao-paulo',
    signalingCidrs: ['159.183.255.0/25'],
    source: S.VOICE_SDK_NETWORK,
    note: 'newer than the January 2024 copy of the Voice SDK page; the Interconnect overview misspells it sau-paulo-ix',
  },
];

/** Hostname templates. `{edge}` is the edge name, `{region}` its legacy id. */
export const HOSTS = {
  voiceJs: {
    gll: 'voice-js.roaming.twilio.com',
    edgeTemplate: 'voice-js.{edge}.twilio.com',
    since: '2.3.0 (2023-01-23)',
    /** Only JS SDKs older than 2.3.0 (1.x reached end of life 2025-04-01). Audit data; never emitted. */
    legacy: ['chunderw-gll.twilio.com', 'chunderw-vpc-gll.twilio.com', 'chunderw-vpc-gll-{region}.twilio.com'],
    source: S.VOICE_JS_SOURCE,
  },
  mobile: {
    gll: 'chunderm.gll.twilio.com',
    /** Documented by Twilio. */
    regionTemplate: 'chunderm.{region}.gll.twilio.com',
    /** Seen in a decompiled Android SDK and in iOS certificate names, not documented (low/medium). */
    observedRegionTemplates: ['chunderm.{region}.twilio.com', 'chunderm-{region}.twilio.com'],
    port: 443,
    /** Mobile SDKs before 3.x use TCP 10194 instead of 443. */
    legacyPort: 10194,
    source: S.VOICE_SDK_NETWORK,
  },
  insights: { host: 'eventgw.twilio.com', port: 443, source: S.VOICE_SDK_NETWORK },
  registration: { host: 'ers.twilio.com', port: 443, source: S.VOICE_SDK_NETWORK },
  /** The JS SDK loads its sounds from these (its README's Content-Security-Policy). */
  jsAssets: { hosts: ['sdk.twilio.com', 'media.twiliocdn.com'], port: 443, source: S.VOICE_JS_SOURCE },
} as const;

/** Network Traversal Service (STUN/TURN). */
export const NTS = {
  globalHosts: ['global.stun.twilio.com', 'global.turn.twilio.com'],
  edgeHostTemplates: ['{edge}.stun.twilio.com', '{edge}.turn.twilio.com'],
  wildcards: ['*.stun.twilio.com', '*.turn.twilio.com'],
  ports: [
    { protocol: 'udp', port: 3478, purpose: 'STUN/TURN over UDP' },
    { protocol: 'tcp', port: 3478, purpose: 'TURN over TCP' },
    { protocol: 'tcp', port: 443, purpose: 'TURN over TLS on 443' },
    { protocol: 'tcp', port: 5349, purpose: 'TURN over TLS on 5349' },
  ],
  source: S.NTS_REGIONS,
} as const;

/** Network quality Twilio asks for (Voice SDK page, unchanged since the seed copy). */
export const QUALITY = {
  opusKbps: 40,
  pcmuKbps: 100,
  rttMsMax: 200,
  jitterMsMax: 30,
  packetLossPercentMax: 3,
  source: S.VOICE_SDK_NETWORK,
} as const;
