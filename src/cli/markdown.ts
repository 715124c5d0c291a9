// The catalog tables of docs/catalog.md, generated from the catalog so the docs cannot drift from the data.
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { TwilioSourceDefinition, VoiceSdk } from '../catalog/types';

export const CATALOG_TABLE_START = '<!-- catalog-table:start (generated from the catalog: npx projen docs:catalog) -->';
export const CATALOG_TABLE_END = '<!-- catalog-table:end -->';

/** What a page that publishes no date shows in the `dateModified` column. */
const NOT_PUBLISHED = 'not published';

/** The link to a fact's source page, titled; a URL that is not in the source register (a registered override) keeps its URL. */
function sourceLink(url: string, source: TwilioSourceDefinition | undefined): string {
  return `[${source?.title ?? url}](${url})`;
}

/**
 * Two Markdown tables between the generated-table markers: one row per edge (edge | legacy id | AWS region |
 * signalling | media | Twilio source | the source page's dateModified | when it was last checked), then one row per
 * source page the catalog's facts come from (title | URL | dateModified | checked).
 */
export function catalogMarkdownTable(): string {
  const media = TwilioCatalog.media();
  const mediaCell = `UDP ${media.fromPort}-${media.toPort} to ${media.cidrs.map((c) => `\`${c}\``).join(', ')}`;
  const rows = TwilioEdge.all().map((edge) => {
    const def = TwilioCatalog.edgeDefinition(edge);
    const signaling = edge.isPrivateInterconnect
      ? `TCP 443 to ${(def.signalingCidrs ?? []).map((c) => `\`${c}\``).join(', ')}`
      : `TCP 443 to \`${TwilioCatalog.signalingHostnames(edge, VoiceSdk.JAVASCRIPT)[0]}\` (JS), \`${TwilioCatalog.signalingHostnames(edge, VoiceSdk.MOBILE)[0]}\` (mobile)`;
    const region = def.awsRegion ?? (edge.isPrivateInterconnect ? `serves ${def.servesPublicEdge}` : 'nearest by DNS latency');
    const source = TwilioCatalog.sourceOf(def.sourceUrl);
    return `| \`${edge.name}\` | ${edge.legacyRegionId} | ${region} | ${signaling} | ${mediaCell} | ${sourceLink(def.sourceUrl, source)} `
      + `| ${source ? source.dateModified ?? NOT_PUBLISHED : 'unknown'} | ${source?.checked ?? 'unknown'} |`;
  });
  const sources = TwilioCatalog.sources().map((s) => `| ${s.title} | <${s.url}> | ${s.dateModified ?? NOT_PUBLISHED} | ${s.checked} |`);
  return [
    CATALOG_TABLE_START,
    '| Edge | Legacy id | AWS region | Signalling | Media | Source | Page dateModified | Checked |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `All edges also use Insights \`${TwilioCatalog.insights().hostnames[0]}\`; mobile SDKs the registration server \`${TwilioCatalog.registration().hostnames[0]}\`; `
    + `the JavaScript SDK loads sounds from ${TwilioCatalog.sdkAssets().hostnames.map((h) => `\`${h}\``).join(' and ')} (TCP 443, no published addresses).`,
    '',
    'Every page the catalog\'s facts come from. `dateModified` is the page\'s own date, where its Markdown twin publishes one; '
    + '`Checked` is when the catalog was last compared with the page.',
    '',
    '| Source | URL | dateModified | Checked |',
    '|---|---|---|---|',
    ...sources,
    CATALOG_TABLE_END,
  ].join('\n');
}
