// Where the canary constructs take their Lambda code from: the package's own compiled probe runtime.
import * as fs from 'fs';
import * as path from 'path';

/** The Lambda handler inside the runtime directory (`canary-handler.js`, export `handler`). */
export const CANARY_HANDLER = 'canary-handler.handler';
const HANDLER_FILE = 'canary-handler.js';

let testDirectory: string | undefined;

/**
 * The directory deployed as the canary's Lambda code: `lib/probe/runtime`, next to this module once compiled. It
 * holds plain JavaScript that loads only Node built-ins, so it is deployed as it is, without bundling.
 *
 * Running from `src/` (ts-jest), the directory holds TypeScript only; tests then compile it to a temporary
 * directory and pass that to `useCanaryCodeDirectoryForTests`.
 *
 * @throws when the directory holds no compiled handler, naming the directory and the fix
 */
export function canaryCodeDirectory(): string {
  const dir = testDirectory ?? path.join(__dirname, 'runtime');
  if (!fs.existsSync(path.join(dir, HANDLER_FILE))) {
    throw new Error(`The canary's Lambda code is missing: ${dir} holds no ${HANDLER_FILE}. `
      + 'Use the compiled package (lib/), or build it first (npx projen compile).');
  }
  return dir;
}

/**
 * Tests only: deploy the runtime compiled into `dir` instead of the package's own (undefined restores it).
 * Not part of the package's API.
 * @param dir a directory holding the compiled runtime, or undefined
 */
export function useCanaryCodeDirectoryForTests(dir: string | undefined): void {
  testDirectory = dir;
}
