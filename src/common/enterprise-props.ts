// What every framework's TwilioPrefixLists and TwilioNetworkFirewallRuleGroup share before rendering: their props are the
// plan's input as they are, and one error (prefixed with the class and construct path) names every problem.
import { childPath, propsObject, throwProblems } from './construct-plan';
import { TwilioNetworkFirewallPlan, TwilioNetworkFirewallProps, TwilioPrefixListPlan, TwilioPrefixListsProps } from '../plan/enterprise-types';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioErrors } from '../util/errors';

function planned<T>(scope: { node?: { path?: string } }, id: string, className: string, input: unknown, compute: (props: any) => T): T {
  const problems: string[] = [];
  const props = propsObject(input, problems);
  let result: T | undefined;
  try {
    result = compute(props);
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    problems.push(...TwilioErrors.problemsOf(e));
  }
  throwProblems(className, childPath(scope, id), problems);
  return result!;
}

/** The prefix list plan of a `TwilioPrefixLists`; throws one error naming every bad prop. */
export function prefixListPlanFor(scope: { node?: { path?: string } }, id: string, className: string, input: unknown): TwilioPrefixListPlan {
  return planned(scope, id, className, input, (props: TwilioPrefixListsProps) => TwilioNetworkPlan.prefixLists(props));
}

/** The Network Firewall plan of a `TwilioNetworkFirewallRuleGroup`; throws one error naming every bad prop. */
export function networkFirewallPlanFor(
  scope: { node?: { path?: string } }, id: string, className: string, input: unknown,
): TwilioNetworkFirewallPlan {
  return planned(scope, id, className, input, (props: TwilioNetworkFirewallProps) => TwilioNetworkPlan.networkFirewall(props));
}
