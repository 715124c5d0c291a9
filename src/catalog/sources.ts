/**
 * Where each catalog fact comes from. Every entry in the catalog names one of these.
 *
 * Sources are Twilio's public documentation unless stated; see `../shared/twilio/FACTS.md` in the
 * project history for how each was read.
 */
export const TWILIO_SOURCES = {
  /** Voice SDKs Network Connectivity Requirements (current). */
  VOICE_SDK_NETWORK: 'https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements',
  /** IP Addresses for Elastic SIP Trunking Services. */
  SIP_TRUNKING_IPS: 'https://www.twilio.com/docs/sip-trunking/ip-addresses',
  /** STUN-TURN IP Addresses & Ports (Network Traversal Service regions). */
  NTS_REGIONS: 'https://www.twilio.com/docs/stun-turn/regions',
  /** REST API: Network Traversal Service Tokens. */
  NTS_API: 'https://www.twilio.com/docs/stun-turn/api',
  /** Edge Locations. */
  EDGE_LOCATIONS: 'https://www.twilio.com/docs/global-infrastructure/edge-locations',
  /** Legacy Edge Location IDs. */
  LEGACY_EDGE_IDS: 'https://www.twilio.com/docs/global-infrastructure/edge-locations/legacy-regions',
  /** Twilio Interconnect overview. */
  INTERCONNECT: 'https://www.twilio.com/docs/interconnect',
  /** Configure your Trunk using Twilio Interconnect. */
  INTERCONNECT_TRUNK: 'https://www.twilio.com/docs/sip-trunking/configure-with-interconnect',
  /** Changelog 2023-08-09: Voice Media IP Migration Schedule. */
  MEDIA_MIGRATION: 'https://twilio.com/en-us/changelog/action-required--twilio-voice-media-ip-migration-testing-availab',
  /** SIP Interface over Interconnect (states 21 Feb 2024 for the media change). */
  SIP_INTERCONNECT: 'https://www.twilio.com/docs/voice/api/sip-interconnect',
  /** twilio/twilio-voice.js source (regions.ts, README CSP, CHANGELOG) at 34709fe. */
  VOICE_JS_SOURCE: 'https://github.com/twilio/twilio-voice.js/blob/34709fe/lib/twilio/regions.ts',
  /** AWS ip-ranges.json (createDate 2026-08-22), used to map Twilio CIDRs to AWS regions. */
  AWS_IP_RANGES: 'https://ip-ranges.amazonaws.com/ip-ranges.json',
  /** AWS Regions and their locations. */
  AWS_REGIONS: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
  /** iOS Voice quickstart issue showing certificate names used by the mobile SDK. */
  IOS_SDK_CERT_NAMES: 'https://github.com/twilio/voice-quickstart-ios/issues/566',
} as const;
