// Where each catalog fact comes from. Every fact in data.ts names one of these; a test checks that every source
// is used. `checked` is when the catalog was last compared with the page (`twilio-voice-network check-upstream`);
// `dateModified` is the page's own date where its Markdown twin publishes one.

/** The date of the last comparison of the catalog with Twilio's pages. */
const CHECKED = '2026-11-28';

export const TWILIO_SOURCES = {
  /** Voice SDKs Network Connectivity Requirements (current). */
  VOICE_SDK_NETWORK: {
    url: 'https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements',
    title: 'Voice SDKs Network Connectivity Requirements',
    docsPath: 'voice/sdks/network-connectivity-requirements',
    checked: CHECKED,
  },
  /** IP Addresses for Elastic SIP Trunking Services. */
  SIP_TRUNKING_IPS: {
    url: 'https://www.twilio.com/docs/sip-trunking/ip-addresses',
    title: 'IP Addresses for Elastic SIP Trunking Services',
    docsPath: 'sip-trunking/ip-addresses',
    dateModified: '2026-03-09',
    checked: CHECKED,
  },
  /** STUN-TURN IP Addresses & Ports (Network Traversal Service regions). */
  NTS_REGIONS: {
    url: 'https://www.twilio.com/docs/stun-turn/regions',
    title: 'STUN-TURN IP Addresses & Ports',
    docsPath: 'stun-turn/regions',
    checked: CHECKED,
  },
  /** REST API: Network Traversal Service Tokens (the `global` hostnames and region pinning). */
  NTS_API: {
    url: 'https://www.twilio.com/docs/stun-turn/api',
    title: 'REST API: Network Traversal Service Tokens',
    checked: CHECKED,
  },
  /** Edge Locations. */
  EDGE_LOCATIONS: {
    url: 'https://www.twilio.com/docs/global-infrastructure/edge-locations',
    title: 'Edge Locations',
    docsPath: 'global-infrastructure/edge-locations',
    checked: CHECKED,
  },
  /** Twilio Interconnect overview (BGP prefixes and VPN encryption domains per exchange). */
  INTERCONNECT: {
    url: 'https://www.twilio.com/docs/interconnect',
    title: 'Interconnect',
    docsPath: 'interconnect',
    checked: CHECKED,
  },
  /** Configure your Trunk using Twilio Interconnect (SIP gateways per exchange). */
  INTERCONNECT_TRUNK: {
    url: 'https://www.twilio.com/docs/sip-trunking/configure-with-interconnect',
    title: 'Configure your Trunk using Twilio Interconnect',
    docsPath: 'sip-trunking/configure-with-interconnect',
    checked: CHECKED,
  },
  /** Localized termination URIs (`{trunk}.pstn.{edge}.twilio.com`). */
  TERMINATION_URIS: {
    url: 'https://www.twilio.com/docs/global-infrastructure/localized-uris/termination',
    title: 'Localized Termination URIs',
    checked: CHECKED,
  },
  /** Changelog 2020-12-10: SIP registration on every edge (`{domain}.sip.{edge}.twilio.com`). */
  SIP_DOMAIN_EDGES: {
    url: 'https://twilio.com/en-us/changelog/sip-registration-edge-location-support',
    title: 'Changelog: SIP Registration edge location support',
    checked: CHECKED,
  },
  /** Localized SIP Domain URIs (`{domain}.sip.{edge}.twilio.com`) and their legacy region-id forms. */
  SIP_DOMAIN_URIS: {
    url: 'https://www.twilio.com/docs/global-infrastructure/localized-uris/sip-uris',
    title: 'SIP URIs',
    checked: CHECKED,
  },
  /** Interconnect SIP Domain URIs (`{domain}.sip.{edge}-ix.twilio.com`) and their legacy forms (`us1-ix`, ...). */
  INTERCONNECT_SIP_DOMAIN_URIS: {
    url: 'https://www.twilio.com/docs/global-infrastructure/localized-uris/interconnect-sip-uris',
    title: 'Interconnect SIP URIs',
    checked: CHECKED,
  },
  /** SIP Domain resource: every domain name ends with `sip.twilio.com` (`sip:alice@example.sip.twilio.com`). */
  SIP_DOMAIN_RESOURCE: {
    url: 'https://www.twilio.com/docs/voice/sip/api/sip-domain-resource',
    title: 'SIP Domain Resource',
    checked: CHECKED,
  },
  /** Regional product availability (Twilio Regions US1, IE1, AU1). */
  REGIONS: {
    url: 'https://www.twilio.com/docs/global-infrastructure/regional-product-and-feature-availability',
    title: 'Regional product and feature availability',
    checked: CHECKED,
  },
  /** Changelog 2023-08-09: Voice Media IP Migration Schedule. */
  MEDIA_MIGRATION: {
    url: 'https://twilio.com/en-us/changelog/action-required--twilio-voice-media-ip-migration-testing-availab',
    title: 'Changelog: Voice Media IP Migration Schedule',
    checked: CHECKED,
  },
  /** SIP Interface over Interconnect (states 21 Feb 2024 for the media change). */
  SIP_INTERCONNECT: {
    url: 'https://www.twilio.com/docs/voice/api/sip-interconnect',
    title: 'SIP Interface over Interconnect',
    checked: CHECKED,
  },
  /** twilio/twilio-voice.js source (regions.ts: hosts, edge ids, home-region Insights) at 34709fe. */
  VOICE_JS_SOURCE: {
    url: 'https://github.com/twilio/twilio-voice.js/blob/34709fe/lib/twilio/regions.ts',
    title: 'twilio-voice.js lib/twilio/regions.ts',
    checked: CHECKED,
  },
  /** twilio/twilio-voice.js source (device.ts: the home region of the `connected` message picks the Insights host) at 34709fe. */
  VOICE_JS_DEVICE: {
    url: 'https://github.com/twilio/twilio-voice.js/blob/34709fe/lib/twilio/device.ts',
    title: 'twilio-voice.js lib/twilio/device.ts',
    checked: CHECKED,
  },
  /** twilio/twilio-voice.js README at 34709fe: the Content-Security-Policy the SDK needs (where it loads its sounds from). */
  VOICE_JS_README: {
    url: 'https://github.com/twilio/twilio-voice.js/blob/34709fe/README.md',
    title: 'twilio-voice.js README (Content Security Policy)',
    checked: CHECKED,
  },
  /** iOS Voice quickstart issue showing certificate names used by the mobile SDK. */
  IOS_SDK_CERT_NAMES: {
    url: 'https://github.com/twilio/voice-quickstart-ios/issues/566',
    title: 'voice-quickstart-ios issue 566 (certificate names)',
    checked: CHECKED,
  },
} as const;

/** Keys of the source register. */
export type TwilioSourceKey = keyof typeof TWILIO_SOURCES;

/** AWS pages behind the AWS-side facts: which AWS region hosts each edge, and where AWS regions are. */
export const AWS_SOURCES = {
  /** AWS ip-ranges.json (createDate 2026-08-22): every Twilio CIDR of an edge lies in one AWS region's prefixes. */
  IP_RANGES: {
    url: 'https://ip-ranges.amazonaws.com/ip-ranges.json',
    title: 'AWS IP address ranges (createDate 2026-08-22)',
    checked: CHECKED,
  },
  /** AWS Regions and the cities AWS names for them. */
  REGIONS: {
    url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
    title: 'AWS Regions',
    checked: CHECKED,
  },
} as const;
