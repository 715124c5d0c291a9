import { NetworkfirewallRuleGroup } from '@cdktf/provider-aws/lib/networkfirewall-rule-group';
import { Construct } from 'constructs';
import { makeCdktnCompatible } from './private/render';
import { networkFirewallPlanFor } from '../common/enterprise-props';
import {
  TwilioNetworkFirewallPlan, TwilioNetworkFirewallRuleGroupPlan, TwilioNetworkFirewallProps, TwilioNetworkFirewallRuleGroupReference,
} from '../plan/enterprise-types';

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
 * const rules = new cdktf.TwilioNetworkFirewallRuleGroup(this, 'TwilioFirewall', {
 *   edges: [TwilioEdge.DUBLIN],
 *   homeNet: ['10.0.0.0/8'],
 * });
 * const arns = rules.ruleGroupArns; // for the policy's stateful_rule_group_reference blocks
 */
export class TwilioNetworkFirewallRuleGroup extends Construct {
  /** The plan the groups were made from: their rules, capacities and notes. */
  public readonly plan: TwilioNetworkFirewallPlan;
  /** ARNs of the rule groups, flows first. */
  public readonly ruleGroupArns: string[];
  /** How a firewall policy references the groups (with priorities under strict order). */
  public readonly policyReferences: TwilioNetworkFirewallRuleGroupReference[];
  /** ARN of the 5-tuple group, when the choices have CIDR flows. */
  public readonly flowRuleGroupArn?: string;
  /** ARN of the domain list group, when the choices have hostnames. */
  public readonly domainRuleGroupArn?: string;

  /**
   * Checks the props, plans the rule groups and creates them; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the choices
   */
  constructor(scope: Construct, id: string, props: TwilioNetworkFirewallProps = {}) {
    const plan = networkFirewallPlanFor(scope, id, 'TwilioNetworkFirewallRuleGroup', props);
    super(scope, id);
    this.plan = plan;
    const groups = plan.ruleGroups.map((g) => ({ g, group: renderRuleGroup(this, g) }));
    this.ruleGroupArns = groups.map(({ group }) => group.arn);
    this.policyReferences = groups.map(({ g, group }) => ({ resourceArn: group.arn, priority: g.priority }));
    this.flowRuleGroupArn = groups.find(({ g }) => g.id === 'flows')?.group.arn;
    this.domainRuleGroupArn = groups.find(({ g }) => g.id === 'domains')?.group.arn;
    makeCdktnCompatible(this);
  }
}

function renderRuleGroup(scope: Construct, g: TwilioNetworkFirewallRuleGroupPlan): NetworkfirewallRuleGroup {
  return new NetworkfirewallRuleGroup(scope, g.id.charAt(0).toUpperCase() + g.id.slice(1), {
    name: g.name,
    type: g.type,
    capacity: g.capacity,
    description: g.description,
    ruleGroup: {
      ruleVariables: g.ipSetVariables.length > 0
        ? { ipSets: g.ipSetVariables.map((v) => ({ key: v.name, ipSet: { definition: v.definition } })) }
        : undefined,
      referenceSets: g.ipSetReferences.length > 0
        ? { ipSetReferences: g.ipSetReferences.map((r) => ({ key: r.name, ipSetReference: [{ referenceArn: r.prefixListArn }] })) }
        : undefined,
      rulesSource: g.generatedRulesType
        ? { rulesSourceList: { generatedRulesType: g.generatedRulesType, targetTypes: g.domainTargetTypes, targets: g.domainTargets } }
        : {
          statefulRule: g.statefulRules.map((r) => ({
            action: r.action,
            header: {
              protocol: r.protocol,
              source: r.source,
              sourcePort: r.sourcePort,
              destination: r.destination,
              destinationPort: r.destinationPort,
              direction: r.direction,
            },
            ruleOption: r.ruleOptions.map((o) => ({ keyword: o.keyword, settings: o.settings })),
          })),
        },
      statefulRuleOptions: { ruleOrder: g.ruleOrder },
    },
  });
}
