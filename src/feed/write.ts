// Writing the feed's files into `--out` all at once: they are written into a new sibling folder, which then takes
// the place of `--out`. A failure leaves `--out` as it was, never half-written.
import * as fs from 'fs';
import * as path from 'path';
import { FEED_FILES } from './types';
import { TwilioValidationError } from '../util/errors';

const errno = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
};

/**
 * The folder to write the feed into, checked before anything is written: it must be new, empty, or hold an earlier
 * feed and nothing else at its top (it is replaced whole). Anything else (a file, a folder of other files) is refused.
 * @param out the path given to --out
 * @returns the folder's absolute path (a symbolic link resolved)
 * @throws a validation error naming --out, the value and the fix
 */
export function checkOutFolder(out: string | undefined): string {
  if (out === undefined || out === '') throw new TwilioValidationError(['--out is required: the folder to write the feed into, e.g. --out public/feed.']);
  if (out.includes('\0')) throw new TwilioValidationError([`--out must be a folder path, got: ${JSON.stringify(out)}. A path cannot hold a NUL character.`]);
  if (!fs.existsSync(out)) return path.resolve(out);
  const real = fs.realpathSync(out);
  if (!fs.statSync(real).isDirectory()) {
    throw new TwilioValidationError([`--out must be a folder, got: '${out}', which is a file. Name a new folder, or the folder of an earlier feed.`]);
  }
  // the folder is replaced whole: refuse one that holds anything a feed does not write (e.g. `--out .` in a project)
  const present = fs.readdirSync(real).sort();
  const ours = new Set<string>(Object.values(FEED_FILES));
  const foreign = present.includes(FEED_FILES.json) ? present.filter((f) => !ours.has(f)) : present;
  if (foreign.length > 0) {
    throw new TwilioValidationError([
      `--out must be a new or empty folder, or the folder of an earlier feed, got: '${out}', which holds other files (${foreign.slice(0, 3).join(', ')}`
      + `${foreign.length > 3 ? ', ...' : ''}). Name another folder: the feed replaces the folder whole.`,
    ]);
  }
  return real;
}

/**
 * Writes `files` (path in the folder -> content) as the whole content of `folder`: into a new sibling folder first,
 * which then replaces `folder` (an earlier feed's files that the new feed lacks disappear with it).
 * @param folder the folder from `checkOutFolder`
 * @param files the files, by path relative to the folder (`/`-separated)
 * @throws a validation error naming --out when the file system refuses (no permission, disk full)
 */
export function writeFeedFolder(folder: string, files: ReadonlyMap<string, string>): void {
  const parent = path.dirname(folder);
  const base = path.basename(folder);
  let tmp: string | undefined;
  let aside: string | undefined;
  try {
    fs.mkdirSync(parent, { recursive: true });
    tmp = fs.mkdtempSync(path.join(parent, `.${base}.tmp-`));
    // published as is: readable by everyone, whatever mkdtemp's private default
    fs.chmodSync(tmp, 0o755);
    for (const [name, text] of files) {
      const file = path.join(tmp, ...name.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    if (fs.existsSync(folder)) {
      aside = fs.mkdtempSync(path.join(parent, `.${base}.old-`));
      fs.renameSync(folder, aside);
    }
    fs.renameSync(tmp, folder);
    tmp = undefined;
    if (aside) fs.rmSync(aside, { recursive: true, force: true });
  } catch (e) {
    // put the earlier feed back where the swap stopped half-way, then drop what was made for it
    if (aside !== undefined) {
      if (!fs.existsSync(folder)) fs.renameSync(aside, folder);
      else fs.rmSync(aside, { recursive: true, force: true });
    }
    if (tmp !== undefined) fs.rmSync(tmp, { recursive: true, force: true });
    const code = errno(e);
    if (!code) throw e;
    throw new TwilioValidationError([`--out must be a folder that can be written, got: '${folder}' (${code}). Check that its parent folder exists and is writable.`]);
  }
}
