// The README's catalog table, generated from the catalog so the docs cannot drift from the data.
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { VoiceSdk } from '../catalog/types';

export const CATALOG_TABLE_START = '<!-- catalog-table:start (generated from the catalog: npx projen docs:catalog) -->';
export const CATALOG_TABLE_END = '<!-- catalog-table:end -->';

/** Edge | legacy id | AWS region | signalling | media | Twilio source, one row per edge. */
export function catalogMarkdownTable(): string {
  const media = TwilioCatalog.media();
  const mediaCell = `UDP ${media.fromPort}-${media.toPort} to ${media.cidrs.map((c) => `\`${c}\``).join(', ')}`;
  const rows = TwilioEdge.all().map((edge) => {
    const def = TwilioCatalog.edgeDefinition(edge);
    const signaling = edge.isPrivateInterconnect
      ? `TCP 443 to ${(def.signalingCidrs ?? []).map((c) => `\`${c}\``).join(', ')}`
      : `TCP 443 to \`${TwilioCatalog.signalingHostnames(edge, VoiceSdk.JAVASCRIPT)[0]}\` (JS), \`${TwilioCatalog.signalingHostnames(edge, VoiceSdk.MOBILE)[0]}\` (mobile)`;
    const region = def.awsRegion ?? (edge.isPrivateInterconnect ? `serves ${def.servesPublicEdge}` : 'nearest by DNS latency');
    return `| \`${edge.name}\` | ${edge.legacyRegionId} | ${region} | ${signaling} | ${mediaCell} | [Twilio](${def.source}) |`;
  });
  return [
    CATALOG_TABLE_START,
    '| Edge | Legacy id | AWS region | Signalling | Media | Source |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `All edges also use Insights \`${TwilioCatalog.insights().hostnames[0]}\`; mobile SDKs the registration server \`${TwilioCatalog.registration().hostnames[0]}\`; `
    + `the JavaScript SDK loads sounds from ${TwilioCatalog.sdkAssets().hostnames.map((h) => `\`${h}\``).join(' and ')} (TCP 443, no published addresses).`,
    CATALOG_TABLE_END,
  ].join('\n');
}
