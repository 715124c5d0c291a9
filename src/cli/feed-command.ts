// `twilio-voice-network feed`: the catalog as a versioned feed for network admins who use no CDK (docs/feed.md).
import { buildFeedFolder } from '../feed/build';
import { FEED_BASE_URL } from '../feed/types';
import { TwilioErrors } from '../util/errors';

/** The usage line of `feed`, for the command's help. */
export const FEED_USAGE = '  twilio-voice-network feed --out DIR [--previous FILE]';

/** What `feed` does and its options, for the command's help. */
export const FEED_HELP = `feed writes the catalog as a feed into DIR: twilio-network.json (entries per purpose and edge, with a
sync token that changes exactly when the content does) and its JSON Schema, ipv4/*.txt lists (one CIDR per line,
for firewalls' external lists), CHANGELOG.md, an Atom feed and index.html. The same inputs give the same bytes.
Published at ${FEED_BASE_URL}.
  --out DIR              the folder to write: new, empty, or an earlier feed's (replaced whole, never half-written)
  --previous FILE        the twilio-network.json published last: the change history continues from it, and a
                         content that did not change keeps its sync token and history
Exit status of feed: 0 written, 2 bad arguments (nothing written).`;

/** The options of `feed`, as the CLI parsed them. */
export interface FeedCommandValues {
  /** `--out DIR`. */
  readonly out?: string;
  /** `--previous FILE`. */
  readonly previous?: string;
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Runs `feed`: builds the feed and writes it into `--out`. Returns 0 when written, 2 for a bad argument (one line on
 * stderr naming the flag, the value and the fix; nothing written).
 * @param values the parsed options
 * @param io where the summary and errors go
 */
export function runFeedCommand(values: FeedCommandValues, io: Io): number {
  try {
    const r = buildFeedFolder({ out: values.out, previous: values.previous });
    const history = r.history === 'first' ? 'first feed' : r.history === 'changed' ? 'content changed: a new change heads the history' : 'content unchanged';
    io.stdout(`Wrote the feed to ${r.folder}: ${r.files} files (${r.bytes} bytes), ${r.entries} entries, sync token ${r.syncToken} (${history}).\n`);
    return 0;
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    io.stderr(`twilio-voice-network: ${TwilioErrors.problemsOf(e).join(' ').replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
}
