// What both frameworks' TwilioSipEndpoint share: its props as the plan's `sip` option, and the plan's problems
// renamed to the props the construct's users wrote (`mediaPorts`, not `sip.mediaPorts`).
import { TwilioNetworkPlanProps } from '../plan/types';
import { TwilioErrors, TwilioValidationError } from '../util/errors';

/** The plan inputs of a SIP endpoint construct. */
export function sipPlanProps(p: Record<string, any>): Partial<TwilioNetworkPlanProps> {
  return {
    edges: p.edges,
    sip: {
      mediaPorts: p.mediaPorts,
      transports: p.transports,
      origination: p.origination,
      termination: p.termination,
      sipPort: p.sipPort,
      sipTlsPort: p.sipTlsPort,
      sipDomains: p.sipDomains,
    },
  };
}

/** Runs `plan`, throwing its validation error with the construct's prop names. */
export function withSipPropNames<T>(plan: () => T): T {
  try {
    return plan();
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    throw new TwilioValidationError(TwilioErrors.problemsOf(e).map((p) => p.replace(/\bsip\.(?=\w)/g, '').replace(' Leave it out with sip.', ' Leave it out.')));
  }
}
