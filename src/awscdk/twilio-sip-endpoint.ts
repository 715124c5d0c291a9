import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { TwilioInterconnectRoutingOptions } from './options';
import { TwilioNetworkBase } from './private/network-base';
import { TwilioPlacementProps } from './private/placement';
import { commonProblems, routingProblems, withLookupPlaceholders } from './private/plan-props';
import { addRoutes } from './private/render';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection } from '../catalog/types';
import { ConstructKind, planFor } from '../common/construct-plan';
import { TwilioRuleOptions, TwilioSipOptions } from '../plan/options';

/**
 * Props of `TwilioSipEndpoint`.
 */
export interface TwilioSipEndpointProps extends TwilioPlacementProps, TwilioRuleOptions, TwilioSipOptions {
  /**
   * The edges in the termination URIs the endpoint uses (`{trunk}.pstn.{edge}.twilio.com`). Public and Interconnect
   * edges may be mixed; `roaming` is refused (Twilio offers no Global Low Latency for SIP).
   */
  readonly edges: TwilioEdge[];
  /**
   * With Interconnect edges: the globally unique CIDRs the endpoint's traffic leaves from over the Interconnect (after
   * any NAT). A special-purpose range (RFC 6890: RFC 1918, 100.64.0.0/10 shared address space, ...) is refused.
   * @default - not checked
   */
  readonly publicSourceCidrs?: string[];
  /**
   * With Interconnect edges: how they are connected, which decides the routed prefixes (BGP: what Twilio announces;
   * Twilio's policy-based VPN: the encryption domain).
   * @default InterconnectConnection.BGP
   */
  readonly interconnectConnection?: InterconnectConnection;
  /**
   * With Interconnect edges: route the chosen `*-ix` edges' prefixes (their SIP gateways, signalling and media) to a
   * transit gateway, virtual private gateway or private NAT gateway, so SIP and RTP cross the Interconnect instead of
   * leaving through a NAT or internet gateway.
   * @default - no routes
   */
  readonly routing?: TwilioInterconnectRoutingOptions;
}

/**
 * Network rules for a SIP endpoint (an SBC or PBX such as Asterisk, FreeSWITCH, Kamailio or a commercial SBC) on
 * Twilio Elastic SIP Trunking or Programmable Voice SIP: a security group that admits SIP and media from Twilio's
 * published sources only (every region's signalling gateways, every Interconnect exchange's gateways when a `*-ix`
 * edge is chosen, and the media range), both ways where SIP needs it (RTP and SIP over UDP always, TCP and TLS as the
 * calls go), with optional routes for `*-ix` edges; optionally a network ACL with the return traffic both ways, and a
 * DNS Firewall for the termination URIs (and, with `sipDomains`, the SIP Domain
 * names). Nothing is opened to 0.0.0.0/0.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * declare const sbc: ec2.Instance;
 * const sip = new awscdk.TwilioSipEndpoint(this, 'Sbc', {
 *   vpc,
 *   edges: [TwilioEdge.ASHBURN],
 *   mediaPorts: { fromPort: 10000, toPort: 20000 },
 *   transports: [SipTransport.TLS],
 * });
 * sbc.addSecurityGroup(sip.securityGroup);
 */
export class TwilioSipEndpoint extends TwilioNetworkBase {
  /** The routes created for `routing`. */
  public readonly routes: ec2.CfnRoute[];

  /**
   * Checks the props, plans the SIP traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioSipEndpoint's props
   */
  constructor(scope: Construct, id: string, props: TwilioSipEndpointProps) {
    super(scope, id, props, planFor(scope, id, 'TwilioSipEndpoint', ConstructKind.SIP_ENDPOINT, withLookupPlaceholders(props),
      (p) => [...commonProblems(p), ...routingProblems(p.routing)]));
    this.routes = props.routing
      ? addRoutes(this, props.vpc.selectSubnets(props.routing.subnets).subnets, this.plan.routes, props.routing.target)
      : [];
  }
}
