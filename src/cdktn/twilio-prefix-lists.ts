import { Construct } from 'constructs';
import { CDKTN } from './private/framework';
import { TwilioPrefixListsProps } from '../plan/enterprise-types';
import { TerraformPrefixListsBase } from '../terraform/prefix-lists';

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
 * const lists = new cdktn.TwilioPrefixLists(this, 'TwilioLists', {
 *   edges: [TwilioEdge.FRANKFURT],
 *   shareWith: ['arn:aws:organizations::111122223333:organization/o-exampleorgid'],
 * });
 * new cdktn.TwilioVoiceEgress(this, 'Voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.FRANKFURT], prefixLists: lists.references });
 */
export class TwilioPrefixLists extends TerraformPrefixListsBase {
  /**
   * Checks the props, plans the lists and creates them; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the choices
   */
  constructor(scope: Construct, id: string, props: TwilioPrefixListsProps = {}) {
    super(scope, id, props, CDKTN);
  }
}
