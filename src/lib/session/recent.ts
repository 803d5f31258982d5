/**
 * Recent projects, remembered in this browser only (IndexedDB, database "topicgraph", store "projects"): the page
 * keeps the last few projects the user opened or edited, each as its project file's text, so it can reopen them
 * without the files. Nothing is sent anywhere. `forget` removes one, `forgetAll` all of them. Where IndexedDB is
 * missing or refused (private windows, tests in Node) every call resolves quietly to "nothing remembered".
 * `keepRecent` (which entries stay) is pure. Never touches the page state or the DOM.
 */

export interface RecentProject {
  /** The project's name (one entry per name: a newer save replaces an older one). */
  name: string;
  title: string;
  /** Time of the last save, ms since the epoch. */
  savedAt: number;
  /** Concepts in its graph, for the list. */
  concepts: number;
  /** The project file's text (serializeProject). */
  text: string;
}

/** At most this many projects are remembered. */
export const RECENT_LIMIT = 8;
/** A project bigger than this (characters) is not remembered (the transcript would fill the browser's quota). */
export const RECENT_MAX_CHARS = 8_000_000;

const DB = 'topicgraph';
const STORE = 'projects';

/** The entries to keep after `added`: newest first, one per name, at most `limit`. */
export function keepRecent(entries: readonly RecentProject[], added: RecentProject, limit = RECENT_LIMIT): { keep: RecentProject[]; drop: string[] } {
  const all = [added, ...entries.filter((e) => e.name !== added.name)].sort((a, b) => b.savedAt - a.savedAt);
  return { keep: all.slice(0, limit), drop: all.slice(limit).map((e) => e.name) };
}

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'name' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | null> {
  return openDb().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) return resolve(null);
        try {
          const tx = db.transaction(STORE, mode);
          const req = fn(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve(req ? req.result : null);
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      })
  );
}

/** The remembered projects, newest first (without their text: `loadRecent` reads one). */
export async function listRecent(): Promise<Omit<RecentProject, 'text'>[]> {
  const all = (await run<RecentProject[]>('readonly', (s) => s.getAll())) ?? [];
  return all.map(({ text: _text, ...meta }) => meta).sort((a, b) => b.savedAt - a.savedAt);
}

export async function loadRecent(name: string): Promise<RecentProject | null> {
  return (await run<RecentProject>('readonly', (s) => s.get(name))) ?? null;
}

/** Remembers a project (replacing one of the same name; the oldest beyond the limit are forgotten). */
export async function rememberProject(entry: RecentProject): Promise<void> {
  if (entry.text.length > RECENT_MAX_CHARS) return;
  const { drop } = keepRecent(await listRecent().then((l) => l.map((m) => ({ ...m, text: '' }))), entry);
  await run('readwrite', (s) => {
    s.put(entry);
    for (const name of drop) s.delete(name);
  });
}

export async function forgetProject(name: string): Promise<void> {
  await run('readwrite', (s) => void s.delete(name));
}

export async function forgetAll(): Promise<void> {
  await run('readwrite', (s) => void s.clear());
}
