// The framework-free API (catalog and plan), shared by the package root and the `/awscdk` and `/cdktf` entry points.
export * from './catalog/types';
export * from './catalog/twilio-edge';
export * from './catalog/twilio-catalog';
export * from './plan/options';
export * from './plan/outputs';
export * from './plan/enterprise-types';
export * from './plan/twilio-network-plan';
export { TwilioErrors } from './util/errors';
