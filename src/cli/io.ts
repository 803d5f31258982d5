/**
 * The only module that touches the file system: reading inputs with clear errors, and safe atomic writes.
 *
 * An output is written to a temporary file beside its target, fsynced, then renamed over it, so a failed run never
 * leaves a half-written output and the previous output stays byte-identical. Before writing, `resolveOutput`
 * refuses what must not be replaced: an input of the same run (compared by real path and inode), a directory,
 * a device, FIFO or socket, a read-only file, a dangling symlink. A symlink is written through: its target is
 * replaced and the link stays. An existing file keeps its permission bits (and, when run as root, its owner).
 * Ctrl-C or SIGTERM while writing removes the temporary file before the process exits.
 */
import { constants, realpathSync, rmSync, statSync, lstatSync, accessSync, readFileSync, type Stats } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, TopicgraphError } from '../lib/core/errors';

/** A bad command line: exit status 2. */
export class UsageError extends TopicgraphError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
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

/** Where an output really goes, and what to keep of the file it replaces. */
export interface OutputTarget {
  /** The path as given (for messages). */
  file: string;
  /** The file that is replaced: the real path of a symlink's target, else the resolved path. */
  target: string;
  /** Permission bits of the existing file, or null for a new file. */
  mode: number | null;
  /** Owner of the existing file, or null for a new file. */
  owner: { uid: number; gid: number } | null;
}

function kindOf(st: Stats): string {
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Identity of an existing file (device and inode), or null. */
function identity(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/**
 * Checks up front that `file` can be written and says what will be replaced. `inputs` are the files the run
 * reads (label -> path): an output that is one of them is refused.
 */
export function resolveOutput(file: string, inputs: Record<string, string> = {}): OutputTarget {
  let target = resolve(file);
  let link: Stats | null = null;
  try {
    link = lstatSync(file);
  } catch {
    link = null;
  }
  if (link?.isSymbolicLink()) {
    try {
      target = realpathSync(file);
    } catch {
      throw new InputError({ file }, 'output path is a symbolic link to a file that does not exist', 'Point --out at a regular file or a new file name');
    }
  }
  let st: Stats | null = null;
  try {
    st = statSync(target);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw new InputError({ file }, 'output path is a directory', 'Give a file name, e.g. out/graph.json');
  if (st && !st.isFile()) throw new InputError({ file }, `output path is ${kindOf(st)}; it is never replaced`, 'Give the path of a regular file for --out');

  let parent;
  try {
    parent = statSync(dirname(target));
  } catch {
    throw new InputError({ file }, `output folder ${dirname(file)} does not exist`, 'Create it first, or choose another --out');
  }
  if (!parent.isDirectory()) throw new InputError({ file }, `${dirname(file)} is not a folder`, 'Choose another --out');

  // The real path of the output (for a new file: the real folder + its name) against each input's.
  const realOut = st ? realpathSync(target) : join(realpathSync(dirname(target)), basename(target));
  const outId = st ? `${st.dev}:${st.ino}` : null;
  for (const [label, input] of Object.entries(inputs)) {
    let realIn: string;
    try {
      realIn = realpathSync(input);
    } catch {
      continue; // a missing input is reported when it is read
    }
    if (realIn === realOut || (outId !== null && identity(input) === outId))
      throw new InputError({ file }, `--out names the ${label} of this run (${input}); writing it would destroy the input`, 'Choose another output file');
  }

  // read-only by its mode (which root could otherwise replace) or by its permissions for this user
  let writable = st === null || (st.mode & 0o222) !== 0;
  if (st && writable) {
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) throw new InputError({ file }, 'output file is read-only; it is left as it is', 'Make it writable (chmod u+w) or choose another --out');
  return { file, target, mode: st ? st.mode & 0o7777 : null, owner: st ? { uid: st.uid, gid: st.gid } : null };
}

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

function onSignal(signal: keyof typeof SIGNALS): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
  process.stderr.write(`topicgraph: interrupted (${signal}); the output was not written\n`);
  process.exit(SIGNALS[signal]);
}

const CHUNK = 1 << 20;

export interface WriteOptions {
  /** Test seam: awaited after each chunk is written (lets a test interrupt a write in progress). */
  afterChunk?: () => Promise<void>;
}

/**
 * Writes `content` to the output atomically (temp file in the target's folder, fsync, rename), keeping the
 * mode and owner of the file it replaces; see `resolveOutput` for what is refused.
 */
export async function writeAtomic(output: OutputTarget | string, content: string, options: WriteOptions = {}): Promise<void> {
  const out = typeof output === 'string' ? resolveOutput(output) : output;
  const { file, target } = out;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handlers = Object.keys(SIGNALS).map((s) => {
    const h = () => onSignal(s as keyof typeof SIGNALS);
    process.once(s, h);
    return [s, h] as const;
  });
  pending.add(tmp);
  let handle;
  try {
    handle = await open(tmp, 'wx', out.mode ?? 0o644);
    if (out.mode !== null) await handle.chmod(out.mode); // open() applies the umask
    if (out.owner && process.getuid?.() === 0) await handle.chown(out.owner.uid, out.owner.gid).catch(() => {});
    for (let at = 0; at < content.length; ) {
      let end = Math.min(content.length, at + CHUNK);
      const last = content.charCodeAt(end - 1);
      if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
      await handle.write(content.slice(at, end));
      at = end;
      await options.afterChunk?.();
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => {});
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError({ file }, `cannot write output (${code ?? (err as Error).message})`, code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'Choose a writable folder for --out' : 'Check the output path');
  } finally {
    pending.delete(tmp);
    for (const [s, h] of handlers) process.removeListener(s, h);
  }
}
