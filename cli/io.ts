/** What every command shares: output streams and the two kinds of failure (exit 1 and exit 2). */

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Bad input (exit 1): the message names the file, line or JSON path, and the field. Nothing is written. */
export class InputError extends Error {}

/** Wrong use of the command line (exit 2). */
export class UsageError extends Error {}

export type Command = (argv: string[], io: Io) => Promise<number> | number;
