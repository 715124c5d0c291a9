import { TerraformPlacementProps } from '../../terraform/props';
import { TwilioNetworkAclOptions } from '../options';

/**
 * Where the Twilio rules go: the props every construct that writes rules has (not exported: each construct's props
 * list them).
 * @internal
 */
export interface TwilioPlacementProps extends TerraformPlacementProps {
  /**
   * Create a network ACL with the Twilio entries, in both directions, for these subnets.
   * @default - no network ACL
   */
  readonly networkAcl?: TwilioNetworkAclOptions;
}
