// `twilio-voice-network/cdktf`: the root API plus the CDKTF constructs, with no reference to aws-cdk-lib.
// TypeScript/JavaScript only (not jsii).
export * from './root';
export * as cdktf from './cdktf';
