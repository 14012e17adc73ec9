/** Command-line usage shared by the commands (pipeline, summary, evaluate): one-line errors, exit 2, --help. */

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
