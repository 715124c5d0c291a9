#!/usr/bin/env node
// Entry point of the `twilio-voice-network` command.
import { runCli } from './cli';

void Promise.resolve(runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})).then((code) => {
  process.exitCode = code;
});
