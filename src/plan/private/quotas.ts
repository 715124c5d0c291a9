// How much of each AWS quota a plan uses, and the error naming the choice to change when it is over one.
import { withoutNulls } from './cache';
import { ruleWeight } from './prefix-lists';
import { TwilioEdge } from '../../catalog/twilio-edge';
import {
  FlowDirection, TwilioFlow, TwilioFlowKind, TwilioNetworkAclEntry, TwilioNetworkQuotas, TwilioPlanWarning, TwilioPrefixListReference,
  TwilioQuotaReport, TwilioQuotaUsage, TwilioSecurityGroupRule,
} from '../types';
import { nearQuota } from '../warnings';

const DEFAULT_SG_QUOTA = 60;
const DEFAULT_NACL_QUOTA = 20;
const DEFAULT_WARN_PERCENT = 80;

/** What the quota report and errors read of a plan. */
export interface QuotaInputs {
  readonly quotas?: TwilioNetworkQuotas;
  readonly references: readonly TwilioPrefixListReference[];
  readonly securityGroupRules: readonly TwilioSecurityGroupRule[];
  readonly flows: readonly TwilioFlow[];
  readonly edges: readonly TwilioEdge[];
}

/** The choices a quota error can suggest changing, in the words of the caller's options. */
export interface QuotaChoices {
  readonly turnFallback: boolean;
  readonly sip: boolean;
  readonly allInterconnectGateways: boolean;
  /** How many SIP transports the endpoint uses (fewer frees rules only when there are several). */
  readonly sipTransports: number;
  /** Whether TCP or TLS is allowed both ways: only then does one call direction free security group rules. */
  readonly sipBothDirectionsOverTcp: boolean;
  /** How the caller names a SIP option (`sip.transports` for the plan, `transports` for a construct). */
  readonly sipOption: (key: string) => string;
}

/** Use of each quota: security group rules (a referenced prefix list counts its maxEntries) and network ACL entries. */
export function quotaReport(p: QuotaInputs, aclEntries: readonly TwilioNetworkAclEntry[]): TwilioQuotaReport {
  const q: TwilioNetworkQuotas = withoutNulls(p.quotas ?? {});
  const warn = q.warnAtPercent ?? DEFAULT_WARN_PERCENT;
  const sg = q.securityGroupRulesPerDirection ?? DEFAULT_SG_QUOTA;
  const nacl = q.networkAclEntriesPerDirection ?? DEFAULT_NACL_QUOTA;
  const usage = (name: string, used: number, limit: number): TwilioQuotaUsage => ({
    name, used, limit, nearLimit: used > 0 && used * 100 >= limit * warn,
  });
  const rules = (d: FlowDirection) => p.securityGroupRules.filter((r) => r.direction === d).reduce((n, r) => n + ruleWeight(r, p.references), 0);
  const naclCount = (egress: boolean) => {
    const entries = aclEntries.filter((e) => e.egress === egress).length;
    return entries === 0 ? 0 : entries + 1; // the default deny counts once there is an ACL
  };
  return {
    securityGroupEgress: usage('security group egress rules', rules(FlowDirection.EGRESS), sg),
    securityGroupIngress: usage('security group ingress rules', rules(FlowDirection.INGRESS), sg),
    networkAclEgress: usage('network ACL outbound entries (with the default deny)', naclCount(true), nacl),
    networkAclIngress: usage('network ACL inbound entries (with the default deny)', naclCount(false), nacl),
  };
}

/** Near-quota warnings for the network ACL entries, each naming the choices that make room. */
export function aclWarnings(
  p: QuotaInputs, q: TwilioQuotaReport, aclEntries: readonly TwilioNetworkAclEntry[], choices: QuotaChoices,
): TwilioPlanWarning[] {
  const option = 'quotas.networkAclEntriesPerDirection';
  return [
    ...nearQuota('networkAclOutboundEntriesNearQuota', q.networkAclEgress, '', fixes(p, aclEntries.filter((e) => e.egress), choices, option, false)),
    ...nearQuota('networkAclInboundEntriesNearQuota', q.networkAclIngress, '', fixes(p, aclEntries.filter((e) => !e.egress), choices, option, false)),
  ];
}

/** Near-quota warnings for the security group rules, each naming the choices that make room. */
export function securityGroupWarnings(p: QuotaInputs, q: TwilioQuotaReport, choices: QuotaChoices): TwilioPlanWarning[] {
  const option = 'quotas.securityGroupRulesPerDirection';
  const rules = (d: FlowDirection) => p.securityGroupRules.filter((r) => r.direction === d);
  const extra = ' (plus any rules the group already has)';
  return [
    ...nearQuota('securityGroupRulesNearQuota', q.securityGroupEgress, extra, fixes(p, rules(FlowDirection.EGRESS), choices, option, true)),
    ...nearQuota('securityGroupIngressRulesNearQuota', q.securityGroupIngress, extra, fixes(p, rules(FlowDirection.INGRESS), choices, option, true)),
  ];
}

/** One problem per quota the plan exceeds, naming the choice to change. */
export function quotaProblems(p: QuotaInputs, q: TwilioQuotaReport, aclEntries: readonly TwilioNetworkAclEntry[], choices: QuotaChoices): string[] {
  const problems: string[] = [];
  const check = (u: TwilioQuotaUsage, option: string, rules: Array<{ flowIds: string[] }>, securityGroup: boolean) => {
    if (u.used <= u.limit) return;
    problems.push(`The plan needs ${u.used} ${u.name}, over the quota of ${u.limit} (${option}). Fix: ${fixes(p, rules, choices, 'this option', securityGroup)}.`);
  };
  const sgOption = 'quotas.securityGroupRulesPerDirection';
  check(q.securityGroupEgress, sgOption, p.securityGroupRules.filter((r) => r.direction === FlowDirection.EGRESS), true);
  check(q.securityGroupIngress, sgOption, p.securityGroupRules.filter((r) => r.direction === FlowDirection.INGRESS), true);
  check(q.networkAclEgress, 'quotas.networkAclEntriesPerDirection', aclEntries.filter((e) => e.egress), false);
  check(q.networkAclIngress, 'quotas.networkAclEntriesPerDirection', aclEntries.filter((e) => !e.egress), false);
  return problems;
}

/**
 * Which choices make room, in the caller's words: the flow kind and edges that account for most of `rules`, the SIP
 * options that cost entries, and last the quota itself (`option` is what to raise after the AWS quota).
 */
function fixes(p: QuotaInputs, rules: ReadonlyArray<{ flowIds: string[] }>, choices: QuotaChoices, option: string, securityGroup: boolean): string {
  const byId = new Map(p.flows.map((f) => [f.id, f]));
  const onlyTurn = rules.filter((r) => r.flowIds.every((id) => byId.get(id)!.kind === TwilioFlowKind.TURN)).length;
  const perEdge = p.edges.map((e) => ({
    edge: e.name,
    count: rules.filter((r) => r.flowIds.some((id) => byId.get(id)!.edgeNames.includes(e.name))).length,
  })).sort((a, b) => b.count - a.count);
  const out: string[] = [];
  if (choices.turnFallback && onlyTurn > 0) {
    const gll = p.edges.some((e) => e.name === 'roaming') ? ', or pin the edge nearest your clients instead of roaming (GLL TURN needs every region\'s addresses)' : '';
    out.push(`turnFallback accounts for ${onlyTurn} of them: set turnFallback to false${gll}`);
  }
  if (p.edges.length > 1) {
    out.push(`choose fewer edges (${perEdge.map((x) => `${x.edge}: ${x.count}`).join(', ')})`);
  }
  if (choices.allInterconnectGateways) {
    out.push(`set ${choices.sipOption('allInterconnectGateways')} to false (only the chosen *-ix edges' gateways, at some cost in resilience)`);
  }
  // network ACL entries are the same for either call direction, and UDP and media are allowed both ways anyway
  if (choices.sip && choices.sipTransports > 1) {
    out.push(`use fewer SIP transports (e.g. ${choices.sipOption('transports')}: [SipTransport.TLS], the secure-trunking profile)`);
  }
  if (securityGroup && choices.sipBothDirectionsOverTcp) {
    out.push('take calls in one direction only (origination or termination: TCP and TLS rules follow the call direction)');
  }
  out.push(`${out.length > 0 ? 'or ' : ''}raise the AWS quota for your account and then ${option}`);
  return out.join('; ');
}
