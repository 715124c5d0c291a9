// The shape of the published feed (docs/feed.md), as TypeScript types. The JSON Schema in schema.ts says the same
// for everyone else; a test checks that the feed built from these types passes it.

/** The version of the feed's shape. It changes only when a consumer would have to change: see docs/feed.md. */
export const SCHEMA_VERSION = 1;

/** Where the feed is published (GitHub Pages of the project); every file of the feed lies under this folder. */
export const FEED_BASE_URL = 'https://twilio-voice-network.github.io/twilio-voice-network/feed/';

/** The project that publishes the feed. */
export const PROJECT_URL = 'https://github.com/twilio-voice-network/twilio-voice-network';

/** The file names of the feed, relative to its folder. */
export const FEED_FILES = {
  json: 'twilio-network.json',
  schema: 'twilio-network.schema.json',
  changelog: 'CHANGELOG.md',
  atom: 'feed.atom',
  html: 'index.html',
  ipv4Folder: 'ipv4',
} as const;

/** How many changes the feed keeps, newest first; older ones drop off the end. */
export const MAX_CHANGES = 50;

/** What an entry is for. The order is the order of the tables in index.html. */
export const PURPOSES = [
  'media',
  'signalling',
  'insights',
  'registration',
  'sdk-assets',
  'stun-turn',
  'interconnect-signalling',
  'interconnect-route',
  'sip-signalling',
  'sip-interconnect-gateway',
] as const;

/** One of `PURPOSES`. */
export type FeedPurpose = typeof PURPOSES[number];

/** Who opens the connections of an entry, seen from the customer's network. */
export const DIRECTIONS = ['egress', 'ingress', 'both'] as const;

/** The software on the customer's side that an entry is for. */
export const CLIENTS = ['javascript', 'mobile', 'sip'] as const;

/** How an Interconnect connection reaches Twilio, for `interconnect-route` entries. */
export const CONNECTIONS = ['bgp', 'vpn'] as const;

/** An inclusive range of ports. */
export interface FeedPortRange {
  /** First port. */
  readonly fromPort: number;
  /** Last port. */
  readonly toPort: number;
}

/** One flow (or, for `interconnect-route`, one set of routed prefixes) Twilio's pages require. */
export interface FeedEntry {
  /** Stable identifier, e.g. `stun-turn:frankfurt:udp`; never reused for something else. */
  readonly id: string;
  /** What the entry is for. */
  readonly purpose: FeedPurpose;
  /** One sentence for people. */
  readonly description: string;
  /** The software the entry is for. */
  readonly clients: string[];
  /** The Twilio edges the entry applies to, sorted. */
  readonly edges: string[];
  /** Who opens the connections, from the customer's side; absent for `interconnect-route`. */
  readonly direction?: string;
  /** IP protocol; absent for `interconnect-route`. */
  readonly protocol?: string;
  /** The ports Twilio publishes for the service (where Twilio listens); absent for `interconnect-route`. */
  readonly ports?: FeedPortRange[];
  /** Twilio's address blocks, exactly as published (never aggregated), sorted. */
  readonly cidrs?: string[];
  /** Twilio's host names (a leading `*.` is a wildcard), sorted. */
  readonly hosts?: string[];
  /** For `interconnect-route`: the connection type the prefixes are routed over. */
  readonly connection?: string;
  /** For `interconnect-route` over BGP: the announcements in Twilio's notation (`CIDR le N`). */
  readonly announcements?: string[];
  /** The page the facts come from. */
  readonly source: string;
  /** What a reader must know to use the entry right. */
  readonly note?: string;
}

/** A page the feed's facts come from. */
export interface FeedSource {
  /** The page's address. */
  readonly url: string;
  /** The page's title. */
  readonly title: string;
  /** The page's own date (YYYY-MM-DD), where the page publishes one. */
  readonly dateModified?: string;
  /** When the catalog was last compared with the page (YYYY-MM-DD). */
  readonly checked: string;
}

/** One added, removed or changed thing in a change. */
export interface FeedChangeItem {
  /** What happened to it. */
  readonly action: 'added' | 'removed' | 'changed';
  /** What it is. */
  readonly kind: 'cidr' | 'host' | 'entry' | 'source';
  /** The CIDR, host, entry id or source URL. */
  readonly value: string;
  /** The purpose of the CIDR, host or entry. */
  readonly purpose?: string;
  /** The edges the CIDR or host was added to or removed from, sorted. */
  readonly edges?: string[];
  /** For `interconnect-route`: the connection type. */
  readonly connection?: string;
  /** For `changed`: what changed, `field: before -> after`. */
  readonly detail?: string;
}

/** One publication whose content differed from the one before. */
export interface FeedChange {
  /** 1 for the first change of a history, one more for each change after it: tells apart changes to the same content. */
  readonly sequence: number;
  /** The sync token of the content after the change. */
  readonly syncToken: string;
  /** The sync token before the change; absent for the first feed. */
  readonly previousSyncToken?: string;
  /** The catalog's last-checked date when the change was published (YYYY-MM-DD). */
  readonly date: string;
  /** One line for people. */
  readonly title: string;
  /** Every CIDR and host added or removed, per purpose and edge, and entries or sources added, removed or changed. */
  readonly items: FeedChangeItem[];
}

/** The whole of `twilio-network.json`. */
export interface FeedDocument {
  /** The address of the JSON Schema the document follows. */
  readonly $schema: string;
  /** The version of the document's shape. */
  readonly schemaVersion: number;
  /** sha256 of the content (entries and sources without their checked dates): changes exactly when the content does. */
  readonly syncToken: string;
  /** When the catalog was last compared with Twilio's pages (YYYY-MM-DD). */
  readonly catalogChecked: string;
  /** That the feed is unofficial, and where it comes from. */
  readonly notice: string;
  /** The pages the entries come from, sorted by address. */
  readonly sources: FeedSource[];
  /** The requirements, sorted by id. */
  readonly entries: FeedEntry[];
  /** The changes, newest first, at most `MAX_CHANGES`. */
  readonly changes: FeedChange[];
}
