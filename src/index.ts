// Catalog (Twilio's published facts) and plan (which flows, which rules): framework-free.
export * from './root';
// Renderers, as jsii submodules (AWS CDK, CDKTF, CDK Terrain). The compiled index loads each on first use (scripts/lazy-index.js).
export * as awscdk from './awscdk';
export * as cdktf from './cdktf';
export * as cdktn from './cdktn';
