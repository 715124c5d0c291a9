// `twilio-voice-network/cdktn`: the root API plus the CDK Terrain constructs, with no reference to aws-cdk-lib or
// cdktf. TypeScript/JavaScript only (not jsii).
export * from './root';
export * as cdktn from './cdktn';
