// What the Terraform renderers need from a framework: CDKTF (cdktf with @cdktf/provider-aws) and CDK Terrain (cdktn
// with @cdktn/provider-aws) have the same core API and generate the same provider classes, so one rendering of the
// plan serves both. Each framework's submodule hands in its own classes (src/cdktf/private/framework.ts,
// src/cdktn/private/framework.ts); nothing in this folder imports either framework.
import { Construct } from 'constructs';

/** A generated provider class: `new SecurityGroup(scope, id, config)`. Configs are written in the providers' camelCase. */
export type ResourceClass = new (scope: Construct, id: string, config: any) => any;

/** The provider classes the renderers create, by their class names (the same in both AWS providers). */
export interface AwsResourceClasses {
  readonly SecurityGroup: ResourceClass;
  readonly VpcSecurityGroupEgressRule: ResourceClass;
  readonly VpcSecurityGroupIngressRule: ResourceClass;
  readonly NetworkAcl: ResourceClass;
  readonly NetworkAclRule: ResourceClass;
  readonly Route: ResourceClass;
  readonly Route53ResolverFirewallDomainList: ResourceClass;
  readonly Route53ResolverFirewallRule: ResourceClass;
  readonly Route53ResolverFirewallRuleGroup: ResourceClass;
  readonly Route53ResolverFirewallRuleGroupAssociation: ResourceClass;
  readonly Ec2ManagedPrefixList: ResourceClass;
  readonly RamResourceShare: ResourceClass;
  readonly RamResourceAssociation: ResourceClass;
  readonly RamPrincipalAssociation: ResourceClass;
  readonly NetworkfirewallRuleGroup: ResourceClass;
  readonly DataAwsPartition: ResourceClass;
  readonly IamRole: ResourceClass;
  readonly IamRolePolicyAttachment: ResourceClass;
  readonly CloudwatchLogGroup: ResourceClass;
  readonly LambdaFunction: ResourceClass;
  readonly CloudwatchEventRule: ResourceClass;
  readonly CloudwatchEventTarget: ResourceClass;
  readonly LambdaPermission: ResourceClass;
  readonly CloudwatchMetricAlarm: ResourceClass;
}

/** A framework's core functions the renderers use, and its AWS provider's classes. */
export interface TerraformFramework {
  /** The submodule's name (`cdktf`, `cdktn`), for messages that name a class. */
  readonly submodule: string;
  /** The provider classes. */
  readonly aws: AwsResourceClasses;
  /** `Token.isUnresolved`: string, number and list tokens. */
  isUnresolved(value: unknown): boolean;
  /** `TerraformIterator.fromList(list)`: the `forEach` argument and the current element. */
  iterate(list: string[]): { readonly forEach: unknown; readonly value: string };
  /** `Lazy.numberValue`: a number decided at synth. */
  lazyNumber(produce: () => number): number;
  /** `TerraformStack.of(scope)`. */
  stackOf(scope: Construct): object;
  /** A value resolved in the stack (tokens for one thing compare equal once resolved), as JSON. */
  resolvedKey(scope: Construct, value: unknown): string;
  /** `Annotations.of(scope).addWarning(message)`. */
  addWarning(scope: Construct, message: string): void;
  /** A `TerraformAsset` of a directory, archived: its path in the synthesized stack. */
  archiveAsset(scope: Construct, id: string, directory: string): string;
  /** `Fn.filebase64sha256(path)`. */
  fileBase64Sha256(path: string): string;
}

/** The core classes of cdktf or cdktn the renderers use, as the two packages export them (structurally typed). */
export interface TerraformCore {
  readonly Token: { isUnresolved(value: unknown): boolean };
  readonly TerraformIterator: { fromList(list: string[]): { readonly value: any } };
  readonly Lazy: { numberValue(producer: { produce: () => number }): number };
  readonly TerraformStack: { of(scope: Construct): object };
  readonly Tokenization: { resolve(value: unknown, options: { scope: any; resolver: any }): unknown };
  readonly DefaultTokenResolver: new (concat: any) => any;
  readonly StringConcat: new () => any;
  readonly Annotations: { of(scope: Construct): { addWarning(message: string): void } };
  readonly TerraformAsset: new (scope: Construct, id: string, config: { path: string; type: any }) => { readonly path: string };
  readonly AssetType: { readonly ARCHIVE: any };
  readonly Fn: { filebase64sha256(path: string): string };
}

/** A framework from its core classes and its AWS provider's classes. */
export function terraformFramework(submodule: string, core: TerraformCore, aws: AwsResourceClasses): TerraformFramework {
  return {
    submodule,
    aws,
    isUnresolved: (value) => core.Token.isUnresolved(value),
    iterate: (list) => {
      const each = core.TerraformIterator.fromList(list);
      return { forEach: each, value: each.value };
    },
    lazyNumber: (produce) => core.Lazy.numberValue({ produce }),
    stackOf: (scope) => core.TerraformStack.of(scope),
    resolvedKey: (scope, value) => JSON.stringify(core.Tokenization.resolve(value, {
      scope, resolver: new core.DefaultTokenResolver(new core.StringConcat()),
    })),
    addWarning: (scope, message) => core.Annotations.of(scope).addWarning(message),
    archiveAsset: (scope, id, directory) => new core.TerraformAsset(scope, id, { path: directory, type: core.AssetType.ARCHIVE }).path,
    fileBase64Sha256: (path) => core.Fn.filebase64sha256(path),
  };
}
