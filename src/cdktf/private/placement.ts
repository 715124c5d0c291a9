import { TwilioNetworkAclOptions } from '../options';

/**
 * Where the Twilio rules go: the props every construct that writes rules has (not exported: each construct's props
 * list them).
 * @internal
 */
export interface TwilioPlacementProps {
  /** ID of the VPC the clients run in. */
  readonly vpcId: string;
  /**
   * Add the rules (as `aws_vpc_security_group_*_rule` resources) to this security group instead of creating one.
   * Do not also manage inline rules on that group.
   * @default - a new security group with only the Twilio rules
   */
  readonly securityGroupId?: string;
  /**
   * Create a network ACL with the Twilio entries, in both directions, for these subnets.
   * @default - no network ACL
   */
  readonly networkAcl?: TwilioNetworkAclOptions;
}
