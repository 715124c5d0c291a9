// `twilio-voice-network/awscdk`: the root API plus the AWS CDK constructs, with no reference to cdktf, so an
// AWS CDK app type-checks even with skipLibCheck off and cdktf absent. TypeScript/JavaScript only (not jsii).
export * from './root';
export * as awscdk from './awscdk';
