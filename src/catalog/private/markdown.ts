// The README's catalog table, generated from the catalog so the docs cannot drift from the data.
import { HOSTS } from '../data';
import { TwilioCatalog } from '../twilio-catalog';
import { TwilioEdge } from '../twilio-edge';
import { VoiceSdk } from '../types';

export const CATALOG_TABLE_START = '<!-- catalog-table:start (generated from the catalog: npx projen docs:catalog) -->';
export const CATALOG_TABLE_END = '<!-- catalog-table:end -->';

/** Edge | legacy id | AWS region | signalling | media | Twilio source, one row per edge. */
export function catalogMarkdownTable(): string {
  const media = TwilioCatalog.media();
  const mediaCell = `UDP ${media.fromPort}-${media.toPort} to ${media.cidrs.map((c) => `\`${c}\``).join(', ')}`;
  const rows = TwilioEdge.all().map((edge) => {
    const def = TwilioCatalog.edgeDefinition(edge);
    const signalling = edge.isPrivateInterconnect
      ? `TCP 443 to ${(def.signalingCidrs ?? []).map((c) => `\`${c}\``).join(', ')}`
      : `TCP 443 to \`${TwilioCatalog.signalingHostnames(edge, VoiceSdk.JAVASCRIPT)[0]}\` (JS), \`${TwilioCatalog.signalingHostnames(edge, VoiceSdk.MOBILE)[0]}\` (mobile)`;
    const region = def.awsRegion ?? (edge.isPrivateInterconnect ? `serves ${def.servesPublicEdge}` : 'nearest by DNS latency');
    return `| \`${edge.name}\` | ${edge.legacyRegionId} | ${region} | ${signalling} | ${mediaCell} | [Twilio](${def.source}) |`;
  });
  return [
    CATALOG_TABLE_START,
    '| Edge | Legacy id | AWS region | Signalling | Media | Source |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `All edges also use Insights \`${HOSTS.insights.host}\`; mobile SDKs the registration server \`${HOSTS.registration.host}\`; `
    + `the JavaScript SDK loads sounds from ${HOSTS.jsAssets.hosts.map((h) => `\`${h}\``).join(' and ')} (TCP 443, no published addresses).`,
    CATALOG_TABLE_END,
  ].join('\n');
}
