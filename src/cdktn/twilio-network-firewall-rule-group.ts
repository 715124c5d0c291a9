import { Construct } from 'constructs';
import { CDKTN } from './private/framework';
import { TwilioNetworkFirewallProps } from '../plan/enterprise-types';
import { TerraformNetworkFirewallBase } from '../terraform/network-firewall';

/**
 * AWS Network Firewall stateful rule groups (`aws_networkfirewall_rule_group`) for a central egress firewall in
 * front of Twilio Voice SDK clients: a group of 5-tuple PASS rules for the flows to Twilio's published CIDRs (UDP
 * media, NTS, Interconnect signalling), and a domain allow list (TLS SNI and HTTP Host) of the hostnames Twilio
 * publishes no addresses for. Each group's capacity is what its rules use plus headroom, checked against Network
 * Firewall's limit at synth.
 *
 * Add the groups to your firewall policy (`policyReferences`). The policy also needs a TCP idle timeout of at least
 * 300 s, and Twilio traffic must be left out of TLS inspection: see `plan.notes`.
 *
 * @example
 * const rules = new cdktn.TwilioNetworkFirewallRuleGroup(this, 'TwilioFirewall', {
 *   edges: [TwilioEdge.DUBLIN],
 *   homeNet: ['10.0.0.0/8'],
 * });
 * const arns = rules.ruleGroupArns; // for the policy's stateful_rule_group_reference blocks
 */
export class TwilioNetworkFirewallRuleGroup extends TerraformNetworkFirewallBase {
  /**
   * Checks the props, plans the rule groups and creates them; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the choices
   */
  constructor(scope: Construct, id: string, props: TwilioNetworkFirewallProps = {}) {
    super(scope, id, props, CDKTN);
  }
}
