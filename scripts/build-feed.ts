// `npx projen feed:build [--out DIR] [--previous FILE]`: builds the feed (docs/feed.md) with src/feed directly, until
// the CLI's `feed` command is wired in. DIR defaults to .tmp/feed; FILE is the twilio-network.json published last.
import { parseArgs } from 'util';
import { buildFeedFolder } from '../src/feed/build';
import { TwilioErrors } from '../src/util/errors';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, previous: { type: 'string' } }, strict: true });
  const r = buildFeedFolder({ out: values.out ?? '.tmp/feed', previous: values.previous });
  console.log(`Wrote the feed to ${r.folder}: ${r.files} files (${r.bytes} bytes), ${r.entries} entries, sync token ${r.syncToken} (${r.history}).`);
} catch (e) {
  if (!TwilioErrors.isValidationError(e) && !(e as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) throw e;
  console.error(`build-feed: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  process.exitCode = 2;
}
