import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ram from 'aws-cdk-lib/aws-ram';
import { Construct } from 'constructs';
import { prefixListPlanFor } from '../common/enterprise-props';
import { TwilioPrefixListPlan, TwilioPrefixListsProps } from '../plan/enterprise-types';
import { TwilioPrefixListReference } from '../plan/options';
import { TwilioValidationError } from '../util/errors';
import { show } from '../util/text';

/**
 * Customer-managed prefix lists for Twilio's CIDR sets, for a network team to own and share: one IPv4 list per set the
 * choices need (media, the NTS ranges of the chosen edges, each Interconnect edge's signalling CIDRs and routed
 * prefixes, and optionally the SIP signalling sources), with entries that say what each CIDR is, and optionally an
 * AWS RAM share. Pass its `references` (or, in another account, the lists' set, ID and `maxEntries`) as `prefixLists`
 * to the Twilio constructs: their rules and routes then reference the lists, and a catalog update changes only the lists.
 *
 * Every security group rule that references a list counts its `maxEntries` against the group's rule quota; see
 * `prefixListHeadroom`.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * const lists = new awscdk.TwilioPrefixLists(this, 'TwilioLists', {
 *   edges: [TwilioEdge.FRANKFURT],
 *   shareWith: ['arn:aws:organizations::111122223333:organization/o-exampleorgid'],
 * });
 * new awscdk.TwilioVoiceEgress(this, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT], prefixLists: lists.references });
 */
export class TwilioPrefixLists extends Construct {
  /** The plan the lists were made from: their sets, names, entries and sizes. */
  public readonly plan: TwilioPrefixListPlan;
  /**
   * One reference per list (set, ID, `maxEntries`, ARN and CIDRs): pass them as the Twilio constructs' `prefixLists`.
   * Accounts the lists are shared with pass the same fields, with the IDs the owning account created.
   */
  public readonly references: TwilioPrefixListReference[];
  /**
   * ARN of the AWS RAM resource share, when `shareWith` was given.
   */
  public readonly resourceShareArn?: string;
  private readonly lists = new Map<string, ec2.CfnPrefixList>();

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
      const list = new ec2.CfnPrefixList(this, `PrefixList-${l.setName}`, {
        prefixListName: l.name,
        addressFamily: l.addressFamily,
        maxEntries: l.maxEntries,
        entries: l.entries.map((e) => ({ cidr: e.cidr, description: e.description })),
      });
      this.lists.set(l.setName, list);
      return {
        setName: l.setName,
        prefixListId: list.attrPrefixListId,
        maxEntries: l.maxEntries,
        prefixListArn: list.attrArn,
        cidrs: l.entries.map((e) => e.cidr),
      };
    });
    if (plan.shareName) {
      const share = new ram.CfnResourceShare(this, 'Share', {
        name: plan.shareName,
        principals: plan.sharePrincipals!,
        allowExternalPrincipals: plan.shareAllowsExternalPrincipals,
        resourceArns: [...this.lists.values()].map((l) => l.attrArn),
      });
      this.resourceShareArn = share.attrArn;
    }
  }

  /**
   * The ID of the list for a set.
   * @param setName e.g. `media`
   */
  public prefixListId(setName: string): string {
    return this.list(setName).attrPrefixListId;
  }

  /**
   * The ARN of the list for a set.
   * @param setName e.g. `media`
   */
  public prefixListArn(setName: string): string {
    return this.list(setName).attrArn;
  }

  private list(setName: string): ec2.CfnPrefixList {
    const list = this.lists.get(setName);
    if (!list) {
      throw new TwilioValidationError([`TwilioPrefixLists '${this.node.path}' has no list for set ${show(setName)}; its sets are `
        + `${[...this.lists.keys()].join(', ') || 'none'}.`]);
    }
    return list;
  }
}
