// What both AWS CDK constructs do: validate props, compute the plan, render it.
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { validateFirstRuleNumber } from '../../plan/private/validation';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { TwilioNetworkPlanProps } from '../../plan/types';
import { ValidationError } from '../../private/text';
import { TwilioNetworkCommonProps } from '../options';
import {
  addDnsFirewall, addNetworkAclEntries, addRulesToOwnGroup, addRulesToSuppliedGroup, DnsFirewallResources, validateDnsFirewall, warnNearQuotas,
} from './render';

export interface Wired {
  readonly plan: TwilioNetworkPlan;
  readonly planProps: TwilioNetworkPlanProps;
  readonly securityGroup: ec2.ISecurityGroup;
  readonly networkAcl?: ec2.NetworkAcl;
  readonly dnsFirewall?: DnsFirewallResources;
}

/** Plan inputs shared by both constructs, from their common props. */
export function commonPlanProps(props: TwilioNetworkCommonProps): Omit<TwilioNetworkPlanProps, 'edges'> {
  return {
    sdks: props.sdks,
    legacyMobilePort: props.legacyMobilePort,
    turnFallback: props.turnFallback,
    ephemeralPorts: props.ephemeralPorts,
    quotas: props.quotas,
    dnsWildcards: props.dnsWildcards,
    networkAcl: props.networkAcl !== undefined,
  };
}

/**
 * Validates everything, computes the plan and renders it. Every problem (props and plan) is thrown at once,
 * each prefixed with the construct's path.
 */
export function wire(
  scope: Construct, className: string, props: TwilioNetworkCommonProps, planProps: TwilioNetworkPlanProps, problems: string[],
): Wired {
  const all = [...problems];
  if (!props.vpc) all.push('vpc is required: pass the ec2.IVpc the Twilio clients run in.');
  const firstRuleProblems = validateFirstRuleNumber(props.networkAcl?.firstRuleNumber, 'networkAcl.firstRuleNumber');
  all.push(...firstRuleProblems, ...validateDnsFirewall(props.dnsFirewall));
  const fullPlanProps: TwilioNetworkPlanProps = {
    ...planProps,
    firstNaclRuleNumber: firstRuleProblems.length === 0 ? props.networkAcl?.firstRuleNumber : undefined,
  };
  let plan: TwilioNetworkPlan | undefined;
  try {
    plan = TwilioNetworkPlan.compute(fullPlanProps);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    all.push(...e.problems);
  }
  if (all.length > 0 || !plan) throw new ValidationError(all.map((p) => `${className} '${scope.node.path}': ${p}`));

  let securityGroup: ec2.ISecurityGroup;
  if (props.securityGroup) {
    securityGroup = props.securityGroup;
    addRulesToSuppliedGroup(scope, securityGroup, plan);
  } else {
    const own = new ec2.SecurityGroup(scope, 'SecurityGroup', {
      vpc: props.vpc,
      allowAllOutbound: false,
      description: `Twilio Voice SDK egress: ${plan.edges.map((e) => e.name).join(', ')}`,
    });
    addRulesToOwnGroup(own, plan);
    securityGroup = own;
  }

  let networkAcl: ec2.NetworkAcl | undefined;
  if (props.networkAcl) {
    networkAcl = new ec2.NetworkAcl(scope, 'NetworkAcl', { vpc: props.vpc, subnetSelection: props.networkAcl.subnets });
    addNetworkAclEntries(networkAcl, networkAcl, plan.networkAclEntries);
  }
  const dnsFirewall = props.dnsFirewall ? addDnsFirewall(scope, props.vpc, plan, props.dnsFirewall) : undefined;
  warnNearQuotas(scope, plan, { securityGroup: true, networkAcl: !!props.networkAcl });
  return { plan, planProps: fullPlanProps, securityGroup, networkAcl, dnsFirewall };
}

/** Adds the plan's network ACL entries to an existing ACL (recomputing the plan with ACL entries and its quota). */
export function addEntriesToExistingAcl(
  scope: Construct, className: string, id: string, wired: Wired, acl: ec2.INetworkAcl, firstRuleNumber?: number,
): void {
  const problems = validateFirstRuleNumber(firstRuleNumber, 'firstRuleNumber');
  let plan: TwilioNetworkPlan | undefined;
  if (problems.length === 0) {
    try {
      plan = TwilioNetworkPlan.compute({ ...wired.planProps, networkAcl: true, firstNaclRuleNumber: firstRuleNumber });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0 || !plan) throw new ValidationError(problems.map((p) => `${className} '${scope.node.path}' addNetworkAclEntries: ${p}`));
  addNetworkAclEntries(new Construct(scope, id), acl, plan.networkAclEntries);
  warnNearQuotas(scope, plan, { securityGroup: false, networkAcl: true });
}
