// The choices both example apps (AWS CDK and CDKTF) make, so `npm run demo` can explain and cross-check them.
import { SipTransport, TwilioEdge, VoiceSdk } from 'twilio-voice-network';

/** Where the VPC is. */
export const REGION = 'eu-west-1';
/** Softphones: the public edge nearest the VPC (dublin), with both SDKs. */
export const PUBLIC_EDGES = [TwilioEdge.nearestTo(REGION)];
export const SDKS = [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE];
/** Headless clients over Private Interconnect in London. */
export const INTERCONNECT_EDGE = TwilioEdge.LONDON_IX;
/** An SBC (Asterisk) on the same edge, trunking over TLS only. */
export const SIP_EDGES = PUBLIC_EDGES;
export const SIP_MEDIA_PORTS = { fromPort: 10000, toPort: 20000 };
export const SIP_TRANSPORTS = [SipTransport.TLS];
/** Placeholder IDs of existing infrastructure. */
export const TRANSIT_GATEWAY_ID = 'tgw-0123456789abcdef0';
/** A placeholder for a public (non-RFC 1918) block of the customer's own, for Interconnect's public-source requirement. */
export const CUSTOMER_PUBLIC_CIDR = '198.51.100.0/24';
/** Its halves, one NAT subnet per availability zone. */
export const NAT_SUBNET_CIDRS = ['198.51.100.0/25', '198.51.100.128/25'];
