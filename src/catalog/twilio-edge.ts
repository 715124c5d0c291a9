import { AWS_REGION_LOCATIONS, distanceKm } from './private/aws-regions';
import { edgeDefinition, edgeDefinitions } from './private/store';
import { TwilioValidationError } from '../util/errors';
import { closest, show } from '../util/text';

const AWS_REGION_SHAPE = /^[a-z]{2,4}(-[a-z]+)?-[a-z]+-\d{1,2}$/;

/** One instance per edge name, so static members and of() return the same object. */
const INSTANCES = new Map<string, TwilioEdge>();

/**
 * A Twilio edge location: a public edge, Global Low Latency (`roaming`) or a Private Interconnect edge.
 *
 * An enum-like class: use the static members, or `TwilioEdge.of()` for a name or legacy id.
 *
 * @see https://www.twilio.com/docs/global-infrastructure/edge-locations
 */
export class TwilioEdge {
  /** US East Coast (Virginia), legacy `us1`, hosted in AWS us-east-1. */
  public static readonly ASHBURN = TwilioEdge.named('ashburn');
  /** US West Coast (Oregon), legacy `us2`, hosted in AWS us-west-2. */
  public static readonly UMATILLA = TwilioEdge.named('umatilla');
  /** Ireland, legacy `ie1`, hosted in AWS eu-west-1. */
  public static readonly DUBLIN = TwilioEdge.named('dublin');
  /** Frankfurt, legacy `de1`, hosted in AWS eu-central-1. */
  public static readonly FRANKFURT = TwilioEdge.named('frankfurt');
  /** Brazil, legacy `br1`, hosted in AWS sa-east-1. */
  public static readonly SAO_PAULO = TwilioEdge.named('sao-paulo');
  /** Singapore, legacy `sg1`, hosted in AWS ap-southeast-1. */
  public static readonly SINGAPORE = TwilioEdge.named('singapore');
  /** Australia, legacy `au1`, hosted in AWS ap-southeast-2. */
  public static readonly SYDNEY = TwilioEdge.named('sydney');
  /** Japan, legacy `jp1`, hosted in AWS ap-northeast-1. */
  public static readonly TOKYO = TwilioEdge.named('tokyo');
  /** Global Low Latency, legacy `gll`: DNS picks the edge with the lowest latency. */
  public static readonly ROAMING = TwilioEdge.named('roaming');
  /** Private Interconnect at Equinix DC1 Ashburn, legacy `us1-ix`; serves ashburn. */
  public static readonly ASHBURN_IX = TwilioEdge.named('ashburn-ix');
  /** Private Interconnect at Equinix SV1 San Jose, legacy `us2-ix`; serves umatilla. */
  public static readonly SAN_JOSE_IX = TwilioEdge.named('san-jose-ix');
  /** Private Interconnect at Equinix LD8 London, legacy `ie1-ix`; serves dublin. */
  public static readonly LONDON_IX = TwilioEdge.named('london-ix');
  /** Private Interconnect at Equinix FR4 Frankfurt, legacy `de1-ix`; serves frankfurt. */
  public static readonly FRANKFURT_IX = TwilioEdge.named('frankfurt-ix');
  /** Private Interconnect at Equinix SG3 Singapore, legacy `sg1-ix`; serves singapore. */
  public static readonly SINGAPORE_IX = TwilioEdge.named('singapore-ix');
  /** Private Interconnect at Equinix TY6 Tokyo, legacy `jp1-ix`; serves tokyo. */
  public static readonly TOKYO_IX = TwilioEdge.named('tokyo-ix');
  /** Private Interconnect at Equinix SY3 Sydney, legacy `au1-ix`; serves sydney. */
  public static readonly SYDNEY_IX = TwilioEdge.named('sydney-ix');
  /** Private Interconnect at Equinix SP4 Barueri, legacy `br1-ix`; serves sao-paulo. */
  public static readonly SAO_PAULO_IX = TwilioEdge.named('sao-paulo-ix');

  /**
   * The edge with this name, legacy id or SDK alias, in any case (`'Frankfurt'`, `'de1'`, `'GLL'`, `'us1-tnx'`).
   *
   * Includes edges added with `TwilioCatalog.registerEdge()`. The JavaScript SDK's `-tnx` ids map as the SDK maps
   * them: `us1-tnx` and `us2-tnx` to ashburn-ix, `ie1-tnx` to london-ix, `sg1-tnx` to singapore-ix.
   * @param name an edge name, legacy id or alias
   * @throws an error naming the closest valid edge when the name is unknown
   */
  public static of(name: string): TwilioEdge {
    const wanted = typeof name === 'string' ? name.trim().toLowerCase() : '';
    const defs = edgeDefinitions();
    const def = defs.find((d) => d.name === wanted)
      ?? defs.find((d) => d.legacyRegionId === wanted)
      ?? defs.find((d) => (d.aliases ?? []).includes(wanted));
    if (!def) {
      const names = defs.map((d) => d.name);
      const byId = new Map(defs.flatMap((d) => [d.name, d.legacyRegionId, ...(d.aliases ?? [])].map((id) => [id, d.name] as const)));
      // no suggestion for text far longer than any name: the edit distance would cost O(length) per candidate for nothing
      const suggestion = wanted && wanted.length <= 64 ? closest(wanted, [...byId.keys()]) : undefined;
      const hint = suggestion ? ` Did you mean '${byId.get(suggestion)}'?` : '';
      throw new TwilioValidationError([`Unknown Twilio edge: ${show(name)}.${hint} Valid edges: ${names.join(', ')}.`]);
    }
    return TwilioEdge.named(def.name);
  }

  /**
   * The public edge for an AWS region: the edge hosted in that region, or else the geographically nearest one.
   *
   * Use it to pin clients to one edge instead of GLL (Twilio recommends pinning in restrictive networks).
   * @param awsRegion an AWS region code such as `eu-central-1`
   */
  public static nearestTo(awsRegion: string): TwilioEdge {
    const region = typeof awsRegion === 'string' ? awsRegion.trim().toLowerCase() : '';
    const candidates = edgeDefinitions().filter((d) => !d.isPrivateInterconnect && d.awsRegion);
    const hosted = candidates.find((d) => d.awsRegion === region);
    if (hosted) return TwilioEdge.named(hosted.name);
    // own keys only: 'constructor' or '__proto__' must not find Object.prototype's members
    const here = Object.prototype.hasOwnProperty.call(AWS_REGION_LOCATIONS, region) ? AWS_REGION_LOCATIONS[region] : undefined;
    if (!here) {
      const fix = AWS_REGION_SHAPE.test(region)
        ? 'It looks like a region code but is not one this library knows the location of (a region newer than this library, GovCloud or '
          + 'an isolated partition). Pin an edge instead, e.g. TwilioEdge.of(\'ashburn\'), choosing the edge nearest your clients.'
        : 'Pass an AWS region code such as \'eu-central-1\' (an unresolved token cannot be used here), or pin an edge with TwilioEdge.of().';
      throw new TwilioValidationError([`awsRegion must be an AWS region, got: ${show(awsRegion)}. ${fix}`]);
    }
    let best = candidates[0];
    let bestKm = Infinity;
    for (const c of candidates) {
      const there = Object.prototype.hasOwnProperty.call(AWS_REGION_LOCATIONS, c.awsRegion!) ? AWS_REGION_LOCATIONS[c.awsRegion!] : undefined;
      if (!there) continue;
      const km = distanceKm(here, there);
      if (km < bestKm) {
        best = c;
        bestKm = km;
      }
    }
    return TwilioEdge.named(best.name);
  }

  /** Every edge the catalog knows, public edges first, each group in catalog order. */
  public static all(): TwilioEdge[] {
    const defs = edgeDefinitions();
    return [...defs.filter((d) => !d.isPrivateInterconnect), ...defs.filter((d) => d.isPrivateInterconnect)]
      .map((d) => TwilioEdge.named(d.name));
  }

  /**
   * The catalog's edge for a value that should be an edge, matched by name so that an edge from another copy of
   * this library (two versions in node_modules, or compiled and source code mixed) still works.
   * @internal
   */
  public static _resolve(value: unknown): TwilioEdge | undefined {
    const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
    return typeof name === 'string' && edgeDefinition(name) ? TwilioEdge.named(name) : undefined;
  }

  private static named(name: string): TwilioEdge {
    let edge = INSTANCES.get(name);
    if (!edge) {
      const def = edgeDefinition(name);
      if (!def) throw new TwilioValidationError([`Unknown Twilio edge: ${show(name)}. Use a static member such as TwilioEdge.ASHBURN or TwilioEdge.of('ashburn').`]);
      edge = new TwilioEdge(def.name, def.legacyRegionId, def.isPrivateInterconnect ?? false);
      INSTANCES.set(name, edge);
    }
    return edge;
  }

  /** Edge name as Twilio writes it, e.g. `sao-paulo-ix`. */
  public readonly name: string;
  /** Legacy region id, e.g. `br1`, `gll`, `ie1-ix`. */
  public readonly legacyRegionId: string;
  /** Whether the edge is reached over Twilio Private Interconnect. */
  public readonly isPrivateInterconnect: boolean;

  private constructor(name: string, legacyRegionId: string, isPrivateInterconnect: boolean) {
    this.name = name;
    this.legacyRegionId = legacyRegionId;
    this.isPrivateInterconnect = isPrivateInterconnect;
  }

  /** The edge name. */
  public toString(): string {
    return this.name;
  }
}
