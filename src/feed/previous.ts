// Reading `--previous`, the twilio-network.json published last: the feed's history continues from it. Anything
// that is not such a feed is refused with one line naming the flag, the value and the fix, before anything is written.
import * as fs from 'fs';
import { FEED_SCHEMA } from './schema';
import { FEED_FILES, FeedDocument, SCHEMA_VERSION } from './types';
import { validateJson } from './validate';
import { TwilioValidationError } from '../util/errors';
import { show } from '../util/text';

const FIX = `Give the ${FEED_FILES.json} published last, as published, or leave --previous out to start a new history.`;

/** One line, whatever the text: error messages from Node or JSON.parse can hold line breaks. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * The feed in `file`, checked against the feed's JSON Schema.
 * @param file the path given to --previous
 * @throws a validation error naming --previous, the value and the fix when the file cannot be read, is not JSON, has
 * another schemaVersion or fails the schema
 */
export function readPreviousFeed(file: string): FeedDocument {
  if (file.includes('\0')) throw new TwilioValidationError([`--previous must be a file path, got: ${JSON.stringify(file)}. A path cannot hold a NUL character.`]);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw e;
    throw new TwilioValidationError([`--previous must be a readable file, got: '${file}' (${code}). ${FIX}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new TwilioValidationError([`--previous must be a ${FEED_FILES.json} feed, got: '${file}', which is not JSON (${oneLine((e as Error).message)}). ${FIX}`]);
  }
  const version = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new TwilioValidationError([`--previous must be a feed of schemaVersion ${SCHEMA_VERSION}, got: '${file}' with schemaVersion ${show(version)}. ${FIX}`]);
  }
  const errors = validateJson(FEED_SCHEMA, json);
  if (errors.length > 0) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new TwilioValidationError([
      `--previous must be a ${FEED_FILES.json} feed, got: '${file}', which fails the feed's schema at ${first.path || '/'}: ${first.message}${more}. ${FIX}`,
    ]);
  }
  return json as FeedDocument;
}
