// The plan's types, for imports inside the plan layer: inputs, outputs, and the enterprise plans'.
export * from './options';
export * from './outputs';
export * from './enterprise-types';
