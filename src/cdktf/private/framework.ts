// CDKTF's classes for the shared Terraform renderers (src/terraform): its core functions and @cdktf/provider-aws's
// resources, imported by submodule path.
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { Ec2ManagedPrefixList } from '@cdktf/provider-aws/lib/ec2-managed-prefix-list';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { NetworkAcl } from '@cdktf/provider-aws/lib/network-acl';
import { NetworkAclRule } from '@cdktf/provider-aws/lib/network-acl-rule';
import { NetworkfirewallRuleGroup } from '@cdktf/provider-aws/lib/networkfirewall-rule-group';
import { RamPrincipalAssociation } from '@cdktf/provider-aws/lib/ram-principal-association';
import { RamResourceAssociation } from '@cdktf/provider-aws/lib/ram-resource-association';
import { RamResourceShare } from '@cdktf/provider-aws/lib/ram-resource-share';
import { Route } from '@cdktf/provider-aws/lib/route';
import { Route53ResolverFirewallDomainList } from '@cdktf/provider-aws/lib/route53-resolver-firewall-domain-list';
import { Route53ResolverFirewallRule } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule';
import { Route53ResolverFirewallRuleGroup } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group';
import { Route53ResolverFirewallRuleGroupAssociation } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group-association';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import {
  Annotations, AssetType, DefaultTokenResolver, Fn, Lazy, StringConcat, TerraformAsset, TerraformIterator, TerraformStack, Token, Tokenization,
} from 'cdktf';
import { terraformFramework } from '../../terraform/framework';

export const CDKTF = terraformFramework('cdktf', {
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
