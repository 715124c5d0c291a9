// What both frameworks' TwilioSipEndpoint share: its props as the plan's `sip` option, and the plan's problems
// renamed to the props the construct's users wrote (`mediaPorts`, not `sip.mediaPorts`).
import { connectionProblems } from './construct-plan';
import { TwilioNetworkPlanProps } from '../plan/types';
import { TwilioErrors, TwilioValidationError } from '../util/errors';

/** The plan inputs of a SIP endpoint construct. */
export function sipPlanProps(p: Record<string, any>): Partial<TwilioNetworkPlanProps> {
  const routing = p.routing !== null && typeof p.routing === 'object' ? p.routing : {};
  return {
    edges: p.edges,
    publicSourceCidrs: p.publicSourceCidrs,
    interconnectConnection: connectionProblems(routing.connection, 'routing.connection').length === 0 ? routing.connection : undefined,
    sip: {
      mediaPorts: p.mediaPorts,
      transports: p.transports,
      origination: p.origination,
      termination: p.termination,
      sipPort: p.sipPort,
      sipTlsPort: p.sipTlsPort,
      sipDomains: p.sipDomains,
      allInterconnectGateways: p.allInterconnectGateways,
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
