export * from './options';
export * from './twilio-network-base';
export * from './twilio-voice-egress';
export * from './twilio-private-interconnect-edge';
export * from './twilio-legacy-range-audit';
