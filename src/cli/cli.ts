// The `twilio-voice-network` command: the plan for people who use neither AWS CDK nor CDKTF. The first argument names
// the command; its options are parsed against that command's table entry only (commands.ts).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { UsageError, Values } from './choices';
import { CliCommand, CliIo, commandNamed, COMMANDS } from './commands';
import { inFlags } from './flags';
import { CliOption, HELP_OPTION } from './options';
import { ProbeCommandDeps } from './probe-command';
import { TwilioErrors } from '../util/errors';

export type { CliIo } from './commands';

const PROGRAM = 'twilio-voice-network';

/** The package's version, from its package.json (two folders up from both src/cli and lib/cli). */
function version(): string {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
}

/** The help of the whole tool: its commands, one line each. */
export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Twilio\'s published network requirements as rules: for firewall and network admins who use neither AWS CDK nor CDKTF.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.  --version prints the version.`,
  ].join('\n');
}

function optionLine(o: CliOption): string {
  return `  --${o.flag}${o.value ? ` ${o.value}` : ''}`;
}

/** The help of one command: its usage, what it does, its options by group, its exit status. */
export function commandHelp(c: CliCommand): string {
  const all = c.options.flatMap(([, options]) => options);
  const width = Math.max(...all.map((o) => optionLine(o).length), optionLine(HELP_OPTION).length) + 2;
  const group = ([title, options]: readonly [string, readonly CliOption[]]) => [`${title}:`, ...options.map((o) => `${optionLine(o).padEnd(width)}${o.help}`)];
  return [
    `Usage: ${PROGRAM} ${c.name} ${c.usage}`,
    '',
    c.description,
    '',
    ...c.options.flatMap((g) => [...group(g), '']),
    `${optionLine(HELP_OPTION).padEnd(width)}${HELP_OPTION.help}`,
    '',
    `Exit status: ${c.exit}.`,
  ].join('\n');
}

/** The options of a command as util.parseArgs takes them. */
function parseOptions(c: CliCommand): Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> {
  const out: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [, options] of c.options) for (const o of options) out[o.flag] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
  return out;
}

/** util.parseArgs's complaints, told with the command's name and where its options are listed. */
function parseError(e: { code?: string; message: string }, c: CliCommand): UsageError {
  const option = /'(-[^'\s]*)/.exec(e.message)?.[1] ?? '';
  const see = `see '${PROGRAM} ${c.name} --help'`;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`${option} is not an option of ${c.name} (${see}).`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(/does not take an argument/.test(e.message)
        ? `${option.replace(/=.*$/, '')} takes no value (${see}).`
        : `${option.replace(/ .*$/, '')} needs a value (${see}).`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument: ${JSON.stringify(/'([^']*)'/.exec(e.message)?.[1] ?? '')} (${see}).`);
    default:
      return new UsageError(`${e.message} (${see}).`);
  }
}

/** Runs the command; returns the exit status (a promise for commands that do network or file I/O). Never throws for bad input. */
export function runCli(argv: string[], io: CliIo, probeDeps: ProbeCommandDeps = {}): number | Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === '--version') {
      if (rest.length > 0) throw new UsageError('--version takes no other argument.');
      io.stdout(`${version()}\n`);
      return 0;
    }
    if (name === '--help' || name === '-h') {
      io.stdout(usage() + '\n');
      return 0;
    }
    const names = `${COMMANDS.slice(0, -1).map((c) => c.name).join(', ')} or ${COMMANDS[COMMANDS.length - 1].name}`;
    if (name === undefined) throw new UsageError(`missing command: ${names} (see --help).`);
    const command = commandNamed(name);
    if (!command) {
      throw new UsageError(name.startsWith('-')
        ? `put the command first: ${names} (see --help), got: '${name}'.`
        : `unknown command: '${name}'. Use ${names} (see --help).`);
    }
    let values: Values;
    try {
      values = parseArgs({ args: rest, options: parseOptions(command), strict: true, allowPositionals: false }).values as Values;
    } catch (e) {
      if (typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS')) {
        throw parseError(e as { code: string; message: string }, command);
      }
      throw e;
    }
    if (values.help) {
      io.stdout(commandHelp(command) + '\n');
      return 0;
    }
    return command.run(values, io, probeDeps);
  } catch (e) {
    const message = e instanceof UsageError ? e.message
      : TwilioErrors.isValidationError(e) ? TwilioErrors.problemsOf(e).map(inFlags).join(' ')
        : undefined;
    if (message === undefined) throw e;
    io.stderr(`${PROGRAM}: ${message.replace(/\s*\n\s*-?\s*/g, ' ')}\n`);
    return 2;
  }
}
