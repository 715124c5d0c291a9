// The prefix lists of both Terraform frameworks: one managed prefix list per CIDR set, and optionally a RAM share.
import { Construct } from 'constructs';
import { TerraformFramework } from './framework';
import { prefixListPlanFor } from '../common/enterprise-props';
import { TwilioPrefixListPlan, TwilioPrefixListsProps } from '../plan/enterprise-types';
import { TwilioPrefixListReference } from '../plan/options';
import { TwilioValidationError } from '../util/errors';
import { show } from '../util/text';

/**
 * The base of both frameworks' `TwilioPrefixLists`. Not exported: jsii lists its members on each.
 * @internal
 */
export abstract class TerraformPrefixListsBase extends Construct {
  /** The plan the lists were made from: their sets, names, entries and sizes. */
  public readonly plan: TwilioPrefixListPlan;
  /** One reference per list, for the Twilio constructs' `prefixLists` and for other stacks. */
  public readonly references: TwilioPrefixListReference[];
  /**
   * ARN of the AWS RAM resource share, when `shareWith` was given.
   */
  public readonly resourceShareArn?: string;
  private readonly lists = new Map<string, { readonly id: string; readonly arn: string }>();

  /**
   * Checks the props, plans the lists and creates them; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the choices
   * @param fw the framework's classes
   */
  protected constructor(scope: Construct, id: string, props: TwilioPrefixListsProps, fw: TerraformFramework) {
    const plan = prefixListPlanFor(scope, id, 'TwilioPrefixLists', props);
    super(scope, id);
    this.plan = plan;
    this.references = plan.lists.map((l) => {
      const list = new fw.aws.Ec2ManagedPrefixList(this, `PrefixList-${l.setName}`, {
        name: l.name,
        addressFamily: l.addressFamily,
        maxEntries: l.maxEntries,
        entry: l.entries.map((e) => ({ cidr: e.cidr, description: e.description })),
      });
      this.lists.set(l.setName, list);
      return { setName: l.setName, prefixListId: list.id, maxEntries: l.maxEntries, prefixListArn: list.arn, cidrs: l.entries.map((e) => e.cidr) };
    });
    if (plan.shareName) {
      const share = new fw.aws.RamResourceShare(this, 'Share', { name: plan.shareName, allowExternalPrincipals: plan.shareAllowsExternalPrincipals });
      this.resourceShareArn = share.arn;
      for (const [setName, list] of this.lists) {
        new fw.aws.RamResourceAssociation(this, `Share-${setName}`, { resourceArn: list.arn, resourceShareArn: share.arn });
      }
      const principals = plan.sharePrincipals!;
      if (fw.isUnresolved(principals)) {
        const each = fw.iterate(principals);
        new fw.aws.RamPrincipalAssociation(this, 'SharePrincipal-each', { forEach: each.forEach, principal: each.value, resourceShareArn: share.arn });
      } else {
        principals.forEach((p, i) => new fw.aws.RamPrincipalAssociation(this, `SharePrincipal-${fw.isUnresolved(p) ? `principal${i}` : p.replace(/[:/]/g, '_')}`, {
          principal: p, resourceShareArn: share.arn,
        }));
      }
    }
  }

  /**
   * The ID of the list for a set.
   * @param setName e.g. `media`
   */
  public prefixListId(setName: string): string {
    return this.list(setName).id;
  }

  /**
   * The ARN of the list for a set.
   * @param setName e.g. `media`
   */
  public prefixListArn(setName: string): string {
    return this.list(setName).arn;
  }

  private list(setName: string): { readonly id: string; readonly arn: string } {
    const list = this.lists.get(setName);
    if (!list) {
      throw new TwilioValidationError([`TwilioPrefixLists '${this.node.path}' has no list for set ${show(setName)}; its sets are `
        + `${[...this.lists.keys()].join(', ') || 'none'}.`]);
    }
    return list;
  }
}
