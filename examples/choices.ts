// The choices both example apps (AWS CDK and CDKTF) make, so `npm run demo` can explain and cross-check them.
import { TwilioEdge, VoiceSdk } from 'twilio-voice-network';

/** Where the VPC is. */
export const REGION = 'eu-west-1';
/** Softphones: the public edge nearest the VPC (dublin), with both SDKs. */
export const PUBLIC_EDGES = [TwilioEdge.nearestTo(REGION)];
export const SDKS = [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE];
/** Headless clients over Private Interconnect in London. */
export const INTERCONNECT_EDGE = TwilioEdge.LONDON_IX;
/** Placeholder IDs of existing infrastructure. */
export const TRANSIT_GATEWAY_ID = 'tgw-0123456789abcdef0';
