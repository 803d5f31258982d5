/**
 * The only module that touches the file system: reading inputs with clear errors, hashing, and atomic writes
 * (write a temporary file beside the target, then rename over it), so a failed run never leaves a
 * half-written output and the previous output stays byte-identical.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../lib/core/errors';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads a whole file as bytes; missing files, directories and unreadable files become InputErrors. */
export function readBytes(file: string, what: string): Uint8Array {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new InputError({ file }, `${what} not found`, `Check the path (relative paths start from ${process.cwd()})`);
  }
  if (st.isDirectory()) throw new InputError({ file }, `${what} is a directory, not a file`, 'Give the path of a file');
  try {
    return readFileSync(file);
  } catch (err) {
    throw new InputError({ file }, `cannot read ${what}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'Check the file permissions');
  }
}

/** Checks up front that `file` can be written (not a directory, parent exists and is writable). */
export function checkWritable(file: string): void {
  try {
    if (statSync(file).isDirectory()) throw new InputError({ file }, 'output path is a directory', 'Give a file name, e.g. out/graph.json');
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  let parent;
  try {
    parent = statSync(dirname(file) || '.');
  } catch {
    throw new InputError({ file }, `output folder ${dirname(file)} does not exist`, 'Create it first, or choose another --out');
  }
  if (!parent.isDirectory()) throw new InputError({ file }, `${dirname(file)} is not a folder`, 'Choose another --out');
}

/** Writes `content` to `file` atomically: temp file in the same folder, fsync, rename. */
export function writeAtomic(file: string, content: string): void {
  checkWritable(file);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w', 0o644);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError({ file }, `cannot write output (${code ?? (err as Error).message})`, code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'Choose a writable folder for --out' : 'Check the output path');
  }
}
