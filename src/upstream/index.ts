// Drift check engine: reads Twilio's docs pages (given as Markdown strings; no network here) into
// normalized facts and compares them with ours. Framework-free: imports only Node and itself.
export * from './page-facts';
export * from './upstream-parse-error';
export * from './compare-facts';
export * from './voice-sdk-network-page';
export * from './nts-regions-page';
export * from './interconnect-page';
export * from './edge-locations-page';
export * from './sip-ip-addresses-page';
export * from './sip-interconnect-page';
export * from './upstream-pages';
export * from './catalog-facts';
