/** Writing a command's output file: whole or not at all, in a folder that exists. */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from './io';

/** The absolute path to write `out` to; its folder must exist (bad input, exit 1, otherwise). */
export function outputPath(out: string): string {
  const path = resolve(out);
  if (!existsSync(dirname(path))) throw new InputError(`${out}: ไม่มีโฟลเดอร์ ${dirname(path)}`);
  return path;
}

/** Writes beside the target and renames into place, so a reader never sees half a file. */
export function writeWhole(path: string, bytes: Uint8Array | string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}
