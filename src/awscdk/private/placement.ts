import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { TwilioNetworkAclOptions } from '../options';

/**
 * Where the Twilio rules go: the props every construct that writes rules has (not exported: each construct's props
 * list them).
 * @internal
 */
export interface TwilioPlacementProps {
  /** The VPC the Twilio clients or the SIP endpoint run in. */
  readonly vpc: ec2.IVpc;
  /**
   * Add the rules to this security group instead of creating one.
   * @default - a new security group with only the Twilio rules (no other egress)
   */
  readonly securityGroup?: ec2.ISecurityGroup;
  /**
   * Create a network ACL with the Twilio entries, in both directions, for these subnets.
   * @default - no network ACL
   */
  readonly networkAcl?: TwilioNetworkAclOptions;
}
