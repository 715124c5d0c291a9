// Every warning the library gives, with its acknowledgeable ID. One table, so IDs and wording live in one place.
import { TwilioPlanWarning, TwilioQuotaUsage } from './outputs';

/** The prefix of every warning ID (`twilio-voice-network:<name>`). */
export const WARNING_ID_PREFIX = 'twilio-voice-network';

/** The names of the warnings, each documented in the docs' warnings table. */
export const WARNINGS = {
  securityGroupRulesNearQuota: 'securityGroupRulesNearQuota',
  securityGroupIngressRulesNearQuota: 'securityGroupIngressRulesNearQuota',
  networkAclOutboundEntriesNearQuota: 'networkAclOutboundEntriesNearQuota',
  networkAclInboundEntriesNearQuota: 'networkAclInboundEntriesNearQuota',
  securityGroupAllowsAllOutbound: 'securityGroupAllowsAllOutbound',
  interconnectMobileSignalingUnknown: 'interconnectMobileSignalingUnknown',
  legacyTwilioRange: 'legacyTwilioRange',
  legacyTwilioMediaPorts: 'legacyTwilioMediaPorts',
  ingressFromTwilioMedia: 'ingressFromTwilioMedia',
} as const;

export function warning(name: keyof typeof WARNINGS, message: string): TwilioPlanWarning {
  return { id: `${WARNING_ID_PREFIX}:${WARNINGS[name]}`, message };
}

/** A warning when a quota is near its limit; none otherwise. */
export function nearQuota(name: keyof typeof WARNINGS, usage: TwilioQuotaUsage, extra: string = ''): TwilioPlanWarning[] {
  if (!usage.nearLimit) return [];
  return [warning(name, `The Twilio plan uses ${usage.used} of ${usage.limit} ${usage.name}${extra}. `
    + 'Pin fewer edges or turn off turnFallback, or raise the AWS quota and the quotas prop.')];
}

/** For a security group the user supplied that allows all outbound traffic: the Twilio rules restrict nothing. */
export function suppliedGroupAllowsAllOutbound(): TwilioPlanWarning {
  return warning('securityGroupAllowsAllOutbound',
    'securityGroup allows all outbound traffic (allowAllOutbound is true), so the Twilio rules do not restrict egress. '
    + 'Create or import the group with allowAllOutbound: false for least privilege.');
}
