import { NACL_MAX_RULE_NUMBER, NACL_SPAN } from './numbering';
import { isUnresolved, show } from '../../private/text';

/**
 * Problems with a first network ACL rule number, naming the option as the caller's user wrote it.
 */
export function validateFirstRuleNumber(n: number | undefined, option: string): string[] {
  if (n === undefined) return [];
  const max = NACL_MAX_RULE_NUMBER - NACL_SPAN;
  if (isUnresolved(n)) {
    return [`${option} must be a literal number, got an unresolved token. Rule numbers are computed from it at synth time.`];
  }
  if (!Number.isInteger(n) || n < 1 || n > max) {
    return [`${option} must be an integer from 1 to ${max} (entries use up to ${NACL_SPAN} numbers above it, and AWS allows 1-${NACL_MAX_RULE_NUMBER}), got: ${show(n)}.`];
  }
  return [];
}

