// Catalog: Twilio's published network facts.
export * from './catalog/types';
export * from './catalog/twilio-edge';
export * from './catalog/twilio-catalog';
// Plan: which flows, which rules. Framework-free; the constructs render it.
export * from './plan/types';
export * from './plan/twilio-network-plan';
// Renderers, as jsii submodules.
export * as awscdk from './awscdk';
export * as cdktf from './cdktf';
