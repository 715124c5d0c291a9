/**
 * How sure the catalog is of a fact.
 */
export enum TwilioFactConfidence {
  /** Stated in a Twilio document or Twilio's own SDK source. */
  HIGH = 'high',
  /** Seen only in an older or partial Twilio copy, or several independent third-party copies agree. */
  MEDIUM = 'medium',
  /** One third-party source, or inferred. */
  LOW = 'low',
}

/**
 * The Twilio Voice SDKs a client uses; each needs its own signalling destinations.
 */
export enum VoiceSdk {
  /** Twilio Voice JavaScript SDK (browsers, Electron, headless Node clients). */
  JAVASCRIPT = 'javascript',
  /** Twilio Voice iOS and Android SDKs (and wrappers such as React Native). */
  MOBILE = 'mobile',
}

/** An inclusive range of ports. */
export interface PortRange {
  /** First port. */
  readonly fromPort: number;
  /** Last port. */
  readonly toPort: number;
}

/** IP protocol of a flow or rule. */
export enum NetworkProtocol {
  /** TCP (IP protocol 6). */
  TCP = 'tcp',
  /** UDP (IP protocol 17). */
  UDP = 'udp',
}

/**
 * How a Private Interconnect connection reaches Twilio; it decides which prefixes Twilio announces or encrypts.
 *
 * @see https://www.twilio.com/docs/interconnect
 */
export enum InterconnectConnection {
  /** Cross Connect or Third-Party Exchange: Twilio announces the edge's prefixes over BGP. */
  BGP = 'bgp',
  /** Twilio's policy-based VPN: only the edge's encryption domain is reachable through the tunnel. */
  VPN = 'vpn',
}

/**
 * SIP transports between a SIP endpoint and Twilio.
 *
 * @see https://www.twilio.com/docs/sip-trunking/ip-addresses
 */
export enum SipTransport {
  /** SIP over UDP (port 5060 at Twilio). */
  UDP = 'udp',
  /** SIP over TCP (port 5060 at Twilio). */
  TCP = 'tcp',
  /** SIP over TLS (port 5061 at Twilio); alone, the secure trunking profile. */
  TLS = 'tls',
}

/**
 * A Twilio page the catalog's facts come from, and when we last compared the catalog with it.
 */
export interface TwilioSourceDefinition {
  /** The page's URL. */
  readonly url: string;
  /** The page's title. */
  readonly title: string;
  /**
   * The page's `dateModified` as published in its Markdown twin when we last checked (YYYY-MM-DD).
   * @default - not published on the page, or not a Twilio docs page
   */
  readonly dateModified?: string;
  /** When the catalog was last compared with the page (YYYY-MM-DD). */
  readonly checked: string;
  /**
   * The docs path whose Markdown twin `check-upstream` compares (`https://www.twilio.com/docs/<path>.md`).
   * @default - not compared automatically
   */
  readonly docsPath?: string;
}

/**
 * Everything the catalog knows about one Twilio edge. Also the input for registering or replacing an edge.
 */
export interface TwilioEdgeDefinition {
  /** Edge name as Twilio writes it, e.g. `ashburn` or `london-ix`. */
  readonly name: string;
  /** Legacy region id, e.g. `us1`, `gll`, `ie1-ix`. */
  readonly legacyRegionId: string;
  /**
   * Other ids the SDKs accept for this edge, e.g. `us1-tnx` for ashburn-ix.
   * @default - none
   */
  readonly aliases?: string[];
  /**
   * Whether the edge is reached over Twilio Private Interconnect.
   * @default false
   */
  readonly isPrivateInterconnect?: boolean;
  /**
   * Where the edge is, in Twilio's words.
   * @default - not recorded
   */
  readonly location?: string;
  /**
   * AWS region that hosts a public edge (every CIDR Twilio publishes for it falls in that region's AWS prefixes).
   * @default - none (GLL, Interconnect edges)
   */
  readonly awsRegion?: string;
  /**
   * For an Interconnect edge, the public edge it serves.
   * @default - none
   */
  readonly servesPublicEdge?: string;
  /**
   * For an Interconnect edge, the Voice SDK signalling destinations (TCP 443).
   * @default - none
   */
  readonly signalingCidrs?: string[];
  /**
   * For an Interconnect edge, the prefixes Twilio announces over BGP, in Twilio's notation (`168.86.128.0/18 le 24`
   * means the /18 and any more specific prefix up to /24).
   * @default - none
   */
  readonly bgpPrefixes?: string[];
  /**
   * For an Interconnect edge, the encryption domain of Twilio's policy-based VPN.
   * @default - none
   */
  readonly vpnEncryptionDomain?: string[];
  /**
   * URL of the Twilio page the BGP prefixes and VPN encryption domain come from.
   * @default - `sourceUrl`
   */
  readonly routingSourceUrl?: string;
  /**
   * For an Interconnect edge, the SIP gateway addresses (5060 UDP/TCP, 5061 TLS) as /32 CIDRs.
   * @default - none
   */
  readonly sipGatewayCidrs?: string[];
  /**
   * For a public edge, the SIP signalling gateways of its region (5060 UDP/TCP, 5061 TLS).
   * @default - none
   */
  readonly sipSignalingCidrs?: string[];
  /**
   * URL of the Twilio page the SIP gateways come from.
   * @default - `sourceUrl`
   */
  readonly sipSourceUrl?: string;
  /**
   * For a public edge, its Network Traversal Service (STUN/TURN) CIDRs.
   * @default - none
   */
  readonly ntsCidrs?: string[];
  /** URL of the Twilio page the facts come from. */
  readonly sourceUrl: string;
  /**
   * How sure the facts are.
   * @default TwilioFactConfidence.HIGH
   */
  readonly confidence?: TwilioFactConfidence;
  /**
   * What is uncertain or unusual about this entry.
   * @default - nothing
   */
  readonly note?: string;
}

/**
 * The Voice media destination every edge uses.
 */
export interface TwilioMediaDefinition {
  /** Destination CIDRs of SRTP/ICE media. */
  readonly cidrs: string[];
  /** First UDP destination port. */
  readonly fromPort: number;
  /** Last UDP destination port. */
  readonly toPort: number;
  /** URL of the Twilio page the facts come from. */
  readonly sourceUrl: string;
  /**
   * How sure the facts are.
   * @default TwilioFactConfidence.HIGH
   */
  readonly confidence?: TwilioFactConfidence;
}

/**
 * A Twilio service reached by hostname over TLS on one TCP port.
 */
export interface TwilioServiceDefinition {
  /** Hostnames of the service. */
  readonly hostnames: string[];
  /** TCP port. */
  readonly port: number;
  /** What the service is for. */
  readonly purpose: string;
  /** URL of the Twilio page or source the facts come from. */
  readonly sourceUrl: string;
}

/**
 * One port of a Twilio service, with its protocol and what it carries.
 */
export interface TwilioPortDefinition {
  /**
   * The SIP transport the port carries, for Twilio's SIP signalling ports.
   * @default - not a SIP port
   */
  readonly transport?: SipTransport;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** The port. */
  readonly port: number;
  /** What it carries. */
  readonly purpose: string;
  /** URL of the Twilio page the facts come from. */
  readonly sourceUrl: string;
}

/**
 * A Network Traversal Service (STUN/TURN) region and its address ranges.
 */
export interface TwilioNtsRegion {
  /** The region's name on Twilio's page: an edge name, or an NTS-only region such as `mumbai`. */
  readonly name: string;
  /** Its legacy region id, e.g. `in1`. */
  readonly legacyRegionId: string;
  /** Its CIDRs. */
  readonly cidrs: string[];
}

/**
 * A media range Twilio has decommissioned. Audit data: the library never opens traffic to it.
 */
export interface TwilioLegacyMediaRange {
  /** Edge that used the range (`roaming` for the Voice SDK table's GLL row, which covered every range). */
  readonly edgeName: string;
  /** CIDRs of the range. */
  readonly cidrs: string[];
  /** First UDP port it used. */
  readonly fromPort: number;
  /** Last UDP port it used. */
  readonly toPort: number;
  /** Date (YYYY-MM-DD) the Voice SDK page gives for the decommissioning. */
  readonly decommissioned: string;
  /** Later date given by the SIP Interface over Interconnect page. */
  readonly decommissionedSipInterconnect: string;
  /** How sure the CIDRs and ports are (the seed page lost these cells; see the note). */
  readonly confidence: TwilioFactConfidence;
  /**
   * What is uncertain.
   * @default - nothing
   */
  readonly note?: string;
  /** URL of the Twilio page announcing the change. */
  readonly sourceUrl: string;
}

/**
 * The network quality Twilio asks for.
 */
export interface TwilioQualityThresholds {
  /** Opus bandwidth per direction, kbps. */
  readonly opusKbps: number;
  /** PCMU (G.711) bandwidth per direction, kbps. */
  readonly pcmuKbps: number;
  /** Round-trip time must stay below this, ms. */
  readonly rttMsMax: number;
  /** Jitter must stay below this, ms. */
  readonly jitterMsMax: number;
  /** Packet loss must stay below this, percent. */
  readonly packetLossPercentMax: number;
  /** URL of the Twilio page. */
  readonly sourceUrl: string;
}
