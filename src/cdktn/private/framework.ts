// CDK Terrain's classes for the shared Terraform renderers (src/terraform): its core functions and @cdktn/provider-aws's
// resources, imported by submodule path.
import { CloudwatchEventRule } from '@cdktn/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktn/provider-aws/lib/cloudwatch-event-target';
import { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktn/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsPartition } from '@cdktn/provider-aws/lib/data-aws-partition';
import { Ec2ManagedPrefixList } from '@cdktn/provider-aws/lib/ec2-managed-prefix-list';
import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktn/provider-aws/lib/iam-role-policy-attachment';
import { LambdaFunction } from '@cdktn/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktn/provider-aws/lib/lambda-permission';
import { NetworkAcl } from '@cdktn/provider-aws/lib/network-acl';
import { NetworkAclRule } from '@cdktn/provider-aws/lib/network-acl-rule';
import { NetworkfirewallRuleGroup } from '@cdktn/provider-aws/lib/networkfirewall-rule-group';
import { RamPrincipalAssociation } from '@cdktn/provider-aws/lib/ram-principal-association';
import { RamResourceAssociation } from '@cdktn/provider-aws/lib/ram-resource-association';
import { RamResourceShare } from '@cdktn/provider-aws/lib/ram-resource-share';
import { Route } from '@cdktn/provider-aws/lib/route';
import { Route53ResolverFirewallDomainList } from '@cdktn/provider-aws/lib/route53-resolver-firewall-domain-list';
import { Route53ResolverFirewallRule } from '@cdktn/provider-aws/lib/route53-resolver-firewall-rule';
import { Route53ResolverFirewallRuleGroup } from '@cdktn/provider-aws/lib/route53-resolver-firewall-rule-group';
import { Route53ResolverFirewallRuleGroupAssociation } from '@cdktn/provider-aws/lib/route53-resolver-firewall-rule-group-association';
import { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktn/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktn/provider-aws/lib/vpc-security-group-ingress-rule';
import {
  Annotations, AssetType, DefaultTokenResolver, Fn, Lazy, StringConcat, TerraformAsset, TerraformIterator, TerraformStack, Token, Tokenization,
} from 'cdktn';
import { terraformFramework } from '../../terraform/framework';

export const CDKTN = terraformFramework('cdktn', {
  Token,
  TerraformIterator,
  Lazy,
  TerraformStack,
  Tokenization,
  DefaultTokenResolver,
  StringConcat,
  Annotations,
  TerraformAsset,
  AssetType,
  Fn,
}, {
  CloudwatchEventRule,
  CloudwatchEventTarget,
  CloudwatchLogGroup,
  CloudwatchMetricAlarm,
  DataAwsPartition,
  Ec2ManagedPrefixList,
  IamRole,
  IamRolePolicyAttachment,
  LambdaFunction,
  LambdaPermission,
  NetworkAcl,
  NetworkAclRule,
  NetworkfirewallRuleGroup,
  RamPrincipalAssociation,
  RamResourceAssociation,
  RamResourceShare,
  Route,
  Route53ResolverFirewallDomainList,
  Route53ResolverFirewallRule,
  Route53ResolverFirewallRuleGroup,
  Route53ResolverFirewallRuleGroupAssociation,
  SecurityGroup,
  VpcSecurityGroupEgressRule,
  VpcSecurityGroupIngressRule,
});
