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

/**
 * A warning when a quota is near (or, where quotas are not enforced, over) its limit; none otherwise.
 * @param roomFixes the choices that make room, e.g. `choose fewer edges (...); or raise the AWS quota ...`
 */
export function nearQuota(name: keyof typeof WARNINGS, usage: TwilioQuotaUsage, extra: string, roomFixes: string): TwilioPlanWarning[] {
  if (!usage.nearLimit) return [];
  const use = usage.used > usage.limit
    ? `needs ${usage.used} ${usage.name}${extra}, over the quota of ${usage.limit}`
    : `uses ${usage.used} of ${usage.limit} ${usage.name}${extra}`;
  return [warning(name, `The Twilio plan ${use}. To make room: ${roomFixes}.`)];
}

/** For a security group the user supplied that allows all outbound traffic: the Twilio rules restrict nothing. */
export function suppliedGroupAllowsAllOutbound(): TwilioPlanWarning {
  return warning('securityGroupAllowsAllOutbound',
    'securityGroup allows all outbound traffic (allowAllOutbound is true), so the Twilio rules do not restrict egress. '
    + 'Create or import the group with allowAllOutbound: false for least privilege.');
}
