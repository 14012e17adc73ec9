/** Command-line usage shared by the commands (pipeline, summary, evaluate): one-line errors, exit 2, --help. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** The first line of an error from `parseArgs` (unknown option, missing value), as a UsageError. */
export function flagError(error: unknown): UsageError {
  return new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

/**
 * Reads a command's options with `read`. Returns them, or the exit code to stop with: 0 after
 * printing `help`, 2 after printing a usage error. Other errors propagate.
 */
export function readOptions<T>(argv: string[], read: (argv: string[]) => T | 'help', help: string): T | number {
  let options: T | 'help';
  try {
    options = read(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message} (see --help)\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  return options;
}

type FlagSpec = NonNullable<ParseArgsConfig['options']>;
/** The values `parseArgs` gives for a flag spec. */
export type FlagValues<O extends FlagSpec> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];

/**
 * Reads a command's flags (strict; `help` must be one of `flags`; positional arguments only when
 * `positionals` is true) and builds its options with `build`, which may throw a UsageError. Returns
 * them, or the exit code as readOptions does.
 */
export function readCommand<O extends FlagSpec, T>(argv: string[], flags: O, help: string, build: (values: FlagValues<O>, positionals: string[]) => T, positionals = false): T | number {
  return readOptions(argv, (args) => {
    let parsed: { values: FlagValues<O>; positionals: string[] };
    try {
      parsed = parseArgs({ args, options: flags, strict: true, allowPositionals: positionals }) as { values: FlagValues<O>; positionals: string[] };
    } catch (error) {
      throw flagError(error);
    }
    return (parsed.values as Record<string, unknown>)['help'] ? 'help' : build(parsed.values, parsed.positionals);
  }, help);
}

/** A comma-separated list of whole numbers of at least `min`; throws a UsageError naming the flag. */
export function numberList(flag: string, text: string, min = 1): number[] {
  const numbers = text.split(',').map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < min)) throw new UsageError(`--${flag} must be whole numbers of at least ${min}, separated by commas, got "${text}"`);
  return numbers;
}
