// What both frameworks' TwilioPrefixLists and TwilioNetworkFirewallRuleGroup share before rendering: the props as the
// plan's input, and one error (prefixed with the class and construct path) naming every problem.
import { childPath, propsObject, throwProblems } from './construct-plan';
import { prefixListReferencesOf } from './prefix-lists';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioNetworkFirewallPlan, TwilioNetworkFirewallPlanProps, TwilioPrefixListPlan, TwilioPrefixListPlanProps } from '../plan/types';
import { TwilioErrors } from '../util/errors';

function planned<T>(scope: { node?: { path?: string } }, id: string, className: string, problems: string[], compute: () => T): T {
  let result: T | undefined;
  try {
    result = compute();
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    problems.push(...TwilioErrors.problemsOf(e));
  }
  throwProblems(className, childPath(scope, id), problems);
  return result!;
}

/** The prefix list plan of a `TwilioPrefixLists`; throws one error naming every bad prop. */
export function prefixListPlanFor(scope: { node?: { path?: string } }, id: string, className: string, input: unknown): TwilioPrefixListPlan {
  const problems: string[] = [];
  const props = propsObject(input, problems);
  return planned(scope, id, className, problems, () => TwilioNetworkPlan.prefixLists(props as TwilioPrefixListPlanProps));
}

/** The Network Firewall plan of a `TwilioNetworkFirewallRuleGroup`; throws one error naming every bad prop. */
export function networkFirewallPlanFor(scope: { node?: { path?: string } }, id: string, className: string,
  input: unknown): TwilioNetworkFirewallPlan {
  const problems: string[] = [];
  const props = propsObject(input, problems);
  const prefixLists = prefixListReferencesOf(props.prefixLists, problems);
  return planned(scope, id, className, problems, () => TwilioNetworkPlan.networkFirewall({
    ...props,
    prefixLists,
  } as TwilioNetworkFirewallPlanProps));
}
