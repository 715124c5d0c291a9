import { Route } from '@cdktn/provider-aws/lib/route';
import { Construct } from 'constructs';
import { ITwilioNetwork, TwilioInterconnectRoutingOptions } from './options';
import { CDKTN } from './private/framework';
import { TwilioPlacementProps } from './private/placement';
import { ConstructKind } from '../common/construct-plan';
import { TerraformNetworkBase, terraformPlanFor } from '../terraform/network-base';
import { SipEndpointPropsBase } from '../terraform/props';

/**
 * Props of the CDK Terrain `TwilioSipEndpoint`.
 */
export interface TwilioSipEndpointProps extends SipEndpointPropsBase, TwilioPlacementProps {
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
 * Twilio Elastic SIP Trunking or Programmable Voice SIP, for CDK Terrain (cdktn): a security group (separate
 * `aws_vpc_security_group_ingress_rule`/`_egress_rule` resources) that admits SIP and media from Twilio's
 * published sources only (every region's signalling gateways, every Interconnect exchange's gateways when a `*-ix`
 * edge is chosen, and the media range), both ways where SIP needs it (RTP and SIP over UDP always, TCP and TLS as the
 * calls go), with optional routes for `*-ix` edges; optionally a network ACL with
 * the return traffic both ways, and a DNS Firewall for the termination URIs (and, with `sipDomains`, the SIP Domain
 * names). Nothing is opened to 0.0.0.0/0.
 *
 * @example
 * new cdktn.TwilioSipEndpoint(this, 'sbc', {
 *   vpcId: 'vpc-0123456789abcdef0',
 *   edges: [TwilioEdge.ASHBURN],
 *   mediaPorts: { fromPort: 10000, toPort: 20000 },
 *   transports: [SipTransport.TLS],
 * });
 */
export class TwilioSipEndpoint extends TerraformNetworkBase implements ITwilioNetwork {
  /** The routes created for `routing`. */
  public readonly routes: Route[];

  /**
   * Checks the props, plans the SIP traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioSipEndpoint's props
   */
  constructor(scope: Construct, id: string, props: TwilioSipEndpointProps) {
    super(scope, id, props, terraformPlanFor(CDKTN, scope, id, 'TwilioSipEndpoint', ConstructKind.SIP_ENDPOINT, props), CDKTN);
    this.routes = this._routes as Route[];
  }
}
