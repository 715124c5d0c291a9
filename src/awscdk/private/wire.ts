// What both AWS CDK constructs do: validate props, compute the plan (shared with CDKTF), render it.
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { TwilioNetworkPlanProps } from '../../plan/types';
import { planForConstruct, planForExistingAcl, SECURITY_GROUP_DESCRIPTION } from '../../private/construct-plan';
import { ValidationError } from '../../private/text';
import { TwilioNetworkCommonProps } from '../options';
import { addDnsFirewall, addNetworkAclEntries, addRulesToOwnGroup, addRulesToSuppliedGroup, DnsFirewallResources, warnNearQuotas } from './render';

export interface Wired {
  readonly plan: TwilioNetworkPlan;
  readonly planProps: TwilioNetworkPlanProps;
  readonly securityGroup: ec2.ISecurityGroup;
  readonly networkAcl?: ec2.NetworkAcl;
  readonly dnsFirewall?: DnsFirewallResources;
}

/** Validates everything, computes the plan and renders it; every problem is thrown at once. */
export function wire(
  scope: Construct, className: string, props: TwilioNetworkCommonProps, planProps: Pick<TwilioNetworkPlanProps, 'edges' | 'insights'>, problems: string[],
): Wired {
  if (!props.vpc) throw new ValidationError([`${className} '${scope.node.path}': vpc is required: pass the ec2.IVpc the Twilio clients run in.`]);
  const computed = planForConstruct({ className, path: scope.node.path, props, planProps, problems });
  const plan = computed.plan;

  let securityGroup: ec2.ISecurityGroup;
  if (props.securityGroup) {
    securityGroup = props.securityGroup;
    addRulesToSuppliedGroup(scope, securityGroup, plan);
  } else {
    const own = new ec2.SecurityGroup(scope, 'SecurityGroup', {
      vpc: props.vpc,
      allowAllOutbound: false,
      description: SECURITY_GROUP_DESCRIPTION,
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
  return { plan, planProps: computed.planProps, securityGroup, networkAcl, dnsFirewall };
}

/** Adds the plan's network ACL entries to an existing ACL (recomputing the plan with ACL entries and its quota). */
export function addEntriesToExistingAcl(
  scope: Construct, className: string, id: string, wired: Wired, acl: ec2.INetworkAcl, firstRuleNumber?: number,
): void {
  const plan = planForExistingAcl(className, scope.node.path, wired.planProps, firstRuleNumber);
  addNetworkAclEntries(new Construct(scope, id), acl, plan.networkAclEntries);
  warnNearQuotas(scope, plan, { securityGroup: false, networkAcl: true });
}
