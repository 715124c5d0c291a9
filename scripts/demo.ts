// `npm run demo`: prints the Twilio network plan for a few representative choices.
import { TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../src';
import { formatPlan } from '../src/plan/private/format';

const choices = [
  { title: 'Default: Global Low Latency, JavaScript SDK', props: { edges: [TwilioEdge.ROAMING] } },
  { title: 'Pinned to the edge nearest eu-central-1, both SDKs, TURN fallback', props: { edges: [TwilioEdge.nearestTo('eu-central-1')], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true } },
  { title: 'Private Interconnect in London', props: { edges: [TwilioEdge.LONDON_IX] } },
];

for (const { title, props } of choices) {
  console.log(`\n=== ${title} ===\n`);
  console.log(formatPlan(TwilioNetworkPlan.compute(props)));
}
