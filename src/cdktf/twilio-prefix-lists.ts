import { Ec2ManagedPrefixList } from '@cdktf/provider-aws/lib/ec2-managed-prefix-list';
import { RamPrincipalAssociation } from '@cdktf/provider-aws/lib/ram-principal-association';
import { RamResourceAssociation } from '@cdktf/provider-aws/lib/ram-resource-association';
import { RamResourceShare } from '@cdktf/provider-aws/lib/ram-resource-share';
import { TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { makeCdktnCompatible } from './private/render';
import { prefixListPlanFor } from '../common/enterprise-props';
import { TwilioPrefixListPlan, TwilioPrefixListsProps } from '../plan/enterprise-types';
import { TwilioPrefixListReference } from '../plan/options';
import { TwilioValidationError } from '../util/errors';
import { show } from '../util/text';

/**
 * Customer-managed prefix lists for Twilio's CIDR sets, for a network team to own and share: one IPv4
 * `aws_ec2_managed_prefix_list` per set the choices need (media, the NTS ranges of the chosen edges, each Interconnect
 * edge's signalling CIDRs and routed prefixes, and optionally the SIP signalling sources), with entries that say what
 * each CIDR is, and optionally an AWS RAM share. Pass it (or, in another account,
 * its lists' set, ID and `maxEntries`) as `prefixLists` to the Twilio constructs: their rules and routes then
 * reference the lists, and a catalog update changes only the lists.
 *
 * Every security group rule that references a list counts its `maxEntries` against the group's rule quota; see
 * `prefixListHeadroom`.
 *
 * @example
 * const lists = new cdktf.TwilioPrefixLists(this, 'TwilioLists', {
 *   edges: [TwilioEdge.FRANKFURT],
 *   shareWith: ['arn:aws:organizations::111122223333:organization/o-exampleorgid'],
 * });
 * new cdktf.TwilioVoiceEgress(this, 'Voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.FRANKFURT], prefixLists: lists.references });
 */
export class TwilioPrefixLists extends Construct {
  /** The plan the lists were made from: their sets, names, entries and sizes. */
  public readonly plan: TwilioPrefixListPlan;
  /** One reference per list, for the Twilio constructs' `prefixLists` and for other stacks. */
  public readonly references: TwilioPrefixListReference[];
  /**
   * ARN of the AWS RAM resource share, when `shareWith` was given.
   */
  public readonly resourceShareArn?: string;
  private readonly lists = new Map<string, Ec2ManagedPrefixList>();

  /**
   * Checks the props, plans the lists and creates them; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the choices
   */
  constructor(scope: Construct, id: string, props: TwilioPrefixListsProps = {}) {
    const plan = prefixListPlanFor(scope, id, 'TwilioPrefixLists', props);
    super(scope, id);
    this.plan = plan;
    this.references = plan.lists.map((l) => {
      const list = new Ec2ManagedPrefixList(this, `PrefixList-${l.setName}`, {
        name: l.name,
        addressFamily: l.addressFamily,
        maxEntries: l.maxEntries,
        entry: l.entries.map((e) => ({ cidr: e.cidr, description: e.description })),
      });
      this.lists.set(l.setName, list);
      return { setName: l.setName, prefixListId: list.id, maxEntries: l.maxEntries, prefixListArn: list.arn, cidrs: l.entries.map((e) => e.cidr) };
    });
    if (plan.shareName) {
      const share = new RamResourceShare(this, 'Share', { name: plan.shareName, allowExternalPrincipals: plan.shareAllowsExternalPrincipals });
      this.resourceShareArn = share.arn;
      for (const [setName, list] of this.lists) {
        new RamResourceAssociation(this, `Share-${setName}`, { resourceArn: list.arn, resourceShareArn: share.arn });
      }
      const principals = plan.sharePrincipals!;
      if (Token.isUnresolved(principals)) {
        const each = TerraformIterator.fromList(principals);
        new RamPrincipalAssociation(this, 'SharePrincipal-each', { forEach: each, principal: each.value, resourceShareArn: share.arn });
      } else {
        principals.forEach((p, i) => new RamPrincipalAssociation(this, `SharePrincipal-${Token.isUnresolved(p) ? `principal${i}` : p.replace(/[:/]/g, '_')}`, {
          principal: p, resourceShareArn: share.arn,
        }));
      }
    }
    makeCdktnCompatible(this);
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

  private list(setName: string): Ec2ManagedPrefixList {
    const list = this.lists.get(setName);
    if (!list) {
      throw new TwilioValidationError([`TwilioPrefixLists '${this.node.path}' has no list for set ${show(setName)}; its sets are `
        + `${[...this.lists.keys()].join(', ') || 'none'}.`]);
    }
    return list;
  }
}
