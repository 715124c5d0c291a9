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

/**
 * Everything the catalog knows about one Twilio edge. Also the input for registering or replacing an edge.
 */
export interface TwilioEdgeDefinition {
  /** Edge name as Twilio writes it, e.g. `ashburn` or `london-ix`. */
  readonly name: string;
  /** Legacy region id, e.g. `us1`, `gll`, `ie1-ix`. */
  readonly legacyRegionId: string;
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
   * For a public edge, its Network Traversal Service (STUN/TURN) CIDRs.
   * @default - none
   */
  readonly ntsCidrs?: string[];
  /** URL of the Twilio page the facts come from. */
  readonly source: string;
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
  readonly source: string;
  /**
   * How sure the facts are.
   * @default TwilioFactConfidence.HIGH
   */
  readonly confidence?: TwilioFactConfidence;
}

/**
 * A media range Twilio has decommissioned. Audit data: the library never opens traffic to it.
 */
export interface TwilioLegacyMediaRange {
  /** Edge that used the range. */
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
  /** How sure the CIDRs are (the seed page lost these cells; see the note). */
  readonly confidence: TwilioFactConfidence;
  /**
   * What is uncertain.
   * @default - nothing
   */
  readonly note?: string;
  /** URL of the Twilio page announcing the change. */
  readonly source: string;
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
  readonly source: string;
}
