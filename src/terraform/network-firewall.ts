// The Network Firewall rule groups of both Terraform frameworks, mapped from the plan.
import { Construct } from 'constructs';
import { TerraformFramework } from './framework';
import { networkFirewallPlanFor } from '../common/enterprise-props';
import {
  TwilioNetworkFirewallPlan, TwilioNetworkFirewallRuleGroupPlan, TwilioNetworkFirewallProps, TwilioNetworkFirewallRuleGroupReference,
} from '../plan/enterprise-types';

/**
 * The base of both frameworks' `TwilioNetworkFirewallRuleGroup`. Not exported: jsii lists its members on each.
 * @internal
 */
export abstract class TerraformNetworkFirewallBase extends Construct {
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
   * @param fw the framework's classes
   */
  protected constructor(scope: Construct, id: string, props: TwilioNetworkFirewallProps, fw: TerraformFramework) {
    const plan = networkFirewallPlanFor(scope, id, 'TwilioNetworkFirewallRuleGroup', props);
    super(scope, id);
    this.plan = plan;
    const groups = plan.ruleGroups.map((g) => ({ g, group: renderRuleGroup(fw, this, g) }));
    this.ruleGroupArns = groups.map(({ group }) => group.arn);
    this.policyReferences = groups.map(({ g, group }) => ({ resourceArn: group.arn, priority: g.priority }));
    this.flowRuleGroupArn = groups.find(({ g }) => g.id === 'flows')?.group.arn;
    this.domainRuleGroupArn = groups.find(({ g }) => g.id === 'domains')?.group.arn;
  }
}

function renderRuleGroup(fw: TerraformFramework, scope: Construct, g: TwilioNetworkFirewallRuleGroupPlan): { readonly arn: string } {
  return new fw.aws.NetworkfirewallRuleGroup(scope, g.id.charAt(0).toUpperCase() + g.id.slice(1), {
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
