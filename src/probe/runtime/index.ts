// The probe engine: Node built-ins only, so that lib/probe/runtime/ runs as-is in a Lambda function.
export * from './types';
export * from './run-probe';
export * from './canary-handler';
