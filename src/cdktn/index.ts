export * from './options';
export * from './twilio-voice-egress';
export * from './twilio-private-interconnect-edge';
export * from './twilio-connectivity-canary';
export * from './twilio-sip-endpoint';
export * from './twilio-prefix-lists';
export * from './twilio-network-firewall-rule-group';
