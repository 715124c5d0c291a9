// `twilio-voice-network feed`: the catalog as a versioned feed for network admins who use no CDK (docs/feed.md).
import { buildFeedFolder } from '../feed/build';
import { TwilioErrors } from '../util/errors';

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
