/**
 * The user's own project in the page: opening a transcript, a catalog or a saved project (file control, drop or
 * paste), the build in the worker with its progress and cancel, the catalog editor's history (every edit rebuilds
 * in the worker and can be undone), saving the project and the catalog, and the recent projects remembered in this
 * browser. One per page (`workspace`, a module singleton): it outlives the explorer, which is made afresh for each
 * graph it shows. Bad input never replaces the graph on screen: it becomes `problem` (the page's alert).
 * Knows no components: the page gives it `connect(show)` to put a built graph on screen. Nothing is uploaded.
 */
import { CancelledError } from '$lib/engine/protocol';
import { prepareBuild, type BuildProgress } from '$lib/engine/build-client';
import { openBuilt, type OpenedInput } from '$lib/session/built';
import type { ReadySession, Session, SessionError } from '$lib/session/session';
import { forgetAll, forgetProject, listRecent, loadRecent, rememberProject, type RecentProject } from '$lib/session/recent';
import { looksLikeProject, serializeCatalog, serializeProject, type Project } from '$lib/core/project/format';
import { describeEdit, EditError, record, redo, startHistory, undo, type CatalogEdit, type EditHistory } from '$lib/core/project/edit';

/** Puts a built graph on screen; `query` is the view to open it with (null: keep the URL's). */
export type ShowSession = (session: ReadySession, query: string | null) => void;

/** A file the user opened, as it is sorted: a transcript (or a saved project) or a catalog. */
export interface Opened {
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
/** Its bytes: a File's are read (note: File has a `bytes()` method of its own, so test the value, not the key). */
const asOpened = async (f: OpenedInput): Promise<Opened> => {
  const b = (f as { bytes?: unknown }).bytes;
  if (b instanceof Uint8Array) return { name: f.name, bytes: b };
  if (b instanceof ArrayBuffer) return { name: f.name, bytes: new Uint8Array(b) };
  return { name: f.name, bytes: new Uint8Array(await (f as File).arrayBuffer()) };
};

/** Whether an opened file is a catalog (a .json that is not a project), by its name and first bytes. */
export function isCatalogFile(f: Opened): boolean {
  if (!/\.json$/i.test(f.name)) return false;
  const head = new TextDecoder().decode(f.bytes.subarray(0, 4096));
  return !looksLikeProject(f.name, head);
}

export class Workspace {
  /** The build running now (its stage and step), or null. */
  progress = $state.raw<BuildProgress | null>(null);
  /** What went wrong with the last thing opened or edited (the page's alert), or null. */
  problem = $state.raw<SessionError | null>(null);
  /** One line about what just happened (a polite live region). */
  status = $state('');
  /** The project on screen (null while the page shows the bundled graph). */
  project = $state.raw<Project | null>(null);
  /** The catalog editor's history (its present is the project's catalog). */
  history = $state.raw<EditHistory | null>(null);
  /** The concepts on screen were discovered (no catalog was opened). */
  discovered = $state(false);
  /** A catalog opened before any transcript: used with the next one. */
  pendingCatalog = $state.raw<Opened | null>(null);
  /** Remembered projects, newest first. */
  recent = $state.raw<Omit<RecentProject, 'text'>[]>([]);
  /** The concept the editor shows. */
  current = $state<string | null>(null);
  /** Text selected in a passage or the reader (the editor's "add from selection"). */
  selectedText = $state('');
  #abort: AbortController | null = null;
  #show: ShowSession | null = null;

  /** The page's way to show a built graph (called by the open controls when they mount). */
  connect(show: ShowSession): void {
    this.#show = show;
  }

  /**
   * Starts the build worker ahead of a build, when the user shows the intent (a pointer or the focus on the open
   * controls, a file dragged over the page): its ~90 KB script is never loaded by a visit that only reads the
   * bundled graph.
   */
  prepare(): void {
    prepareBuild();
  }

  get building(): boolean {
    return this.progress !== null;
  }

  async refreshRecent(): Promise<void> {
    this.recent = await listRecent();
  }

  /** Stops the build running now; the graph on screen stays. */
  cancel(): void {
    this.#abort?.abort();
  }

  /**
   * Builds `transcript` (or a project) with `catalog` (none: discovered) and shows it; answers the session, or null
   * when it failed (the alert says why) or was cancelled.
   */
  async #build(transcript: OpenedInput, catalog: OpenedInput | null, opts: { query: string | null; keepHistory?: boolean; same?: Project }): Promise<ReadySession | null> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.problem = null;
    this.progress = { stage: `reading ${transcript.name}`, step: 0, steps: 6 };
    let s: Session;
    try {
      s = await openBuilt(transcript, catalog, {
        signal: abort.signal,
        ...(opts.same ? { title: opts.same.title, format: opts.same.transcript.format, parameters: opts.same.parameters } : {}),
        onProgress: (p) => {
          if (this.#abort === abort) this.progress = p;
        }
      });
    } catch (e) {
      if (this.#abort === abort) this.progress = null;
      if (e instanceof CancelledError) {
        if (this.#abort === abort) this.status = 'Cancelled: the graph you had stays open.';
        return null;
      }
      throw e;
    }
    if (this.#abort !== abort) return null; // a newer build replaced this one
    this.progress = null;
    this.#abort = null;
    if (s.status !== 'ready' || s.origin.kind !== 'built' || !s.origin.project) {
      this.problem = s.status === 'error' ? s.error : { kind: 'input', title: 'The graph could not be built', problem: 'the build answered no graph', fix: [] };
      return null;
    }
    // the same project rebuilt (an edit, another catalog): it keeps its name and title
    const project = opts.same ? { ...s.origin.project, name: opts.same.name, ...(opts.same.title ? { title: opts.same.title } : {}) } : s.origin.project;
    this.project = project;
    this.discovered = !!s.origin.discovered;
    if (!opts.keepHistory || !this.history) this.history = startHistory(project.catalog!);
    this.#show?.(s, opts.query ?? (opts.keepHistory ? null : project.view));
    void this.remember(project, s.graph.nodes.length, s.graph.attributes.title);
    return s;
  }

  /** Opens files chosen, dropped or pasted: a transcript or a project, a catalog, or both. */
  async open(files: readonly OpenedInput[]): Promise<void> {
    // the bar shows at once, while the files are read (cleared below when nothing is built)
    if (!this.progress && files.length) this.progress = { stage: `reading ${files.map((f) => f.name).join(', ')}`, step: 0, steps: 6 };
    let opened: Opened[];
    try {
      opened = await Promise.all(files.map(asOpened));
    } finally {
      if (this.progress?.step === 0 && !this.#abort) this.progress = null;
    }
    const catalogs = opened.filter(isCatalogFile);
    const transcripts = opened.filter((f) => !isCatalogFile(f));
    if (transcripts.length > 1 || catalogs.length > 1) {
      this.problem = { kind: 'input', title: 'Open one transcript at a time', problem: `${opened.length} files were opened: ${opened.map((f) => f.name).join(', ')}`, fix: ['Open one transcript (or one saved project), with at most one catalog'] };
      return;
    }
    const catalog = catalogs[0] ?? null;
    const transcript = transcripts[0];
    if (transcript) {
      const s = await this.#build(transcript, catalog ?? this.pendingCatalog, { query: null });
      if (s) {
        this.pendingCatalog = null;
        this.status = `Opened ${transcript.name}: ${s.graph.nodes.length} concepts${this.discovered ? ' (discovered: no catalog was opened)' : ''}.`;
      }
      return;
    }
    if (!catalog) return;
    if (this.project) {
      // a catalog for the transcript on screen: rebuild with it (its edits start afresh)
      const s = await this.#build(this.#transcriptFile(this.project), catalog, { query: null, same: this.project });
      if (s) this.status = `Rebuilt with the catalog ${catalog.name}: ${s.graph.nodes.length} concepts.`;
      return;
    }
    this.pendingCatalog = catalog;
    this.problem = null;
    this.status = `The catalog ${catalog.name} will be used with the transcript you open next.`;
  }

  /** Builds pasted text (Markdown, plain text, SRT or WebVTT, as a file of that name would be read). */
  async paste(text: string, name = 'pasted.md'): Promise<void> {
    await this.open([{ name, bytes: encoder.encode(text) }]);
  }

  /** Reopens a remembered project. */
  async openRecent(name: string): Promise<void> {
    const r = await loadRecent(name);
    if (!r) {
      this.problem = { kind: 'input', title: 'That project is no longer remembered', problem: `"${name}" is not in this browser's storage any more`, fix: ['Open its saved file instead'] };
      await this.refreshRecent();
      return;
    }
    await this.open([{ name: `${name}.topicgraph.json`, bytes: encoder.encode(r.text) }]);
  }

  async forget(name: string | null): Promise<void> {
    await (name === null ? forgetAll() : forgetProject(name));
    await this.refreshRecent();
    this.status = name === null ? 'Forgot every remembered project.' : `Forgot ${name}.`;
  }

  async remember(project: Project, concepts: number, title: string): Promise<void> {
    await rememberProject({ name: project.name, title, savedAt: Date.now(), concepts, text: serializeProject(project) });
    await this.refreshRecent();
  }

  #transcriptFile(p: Project): Opened {
    return { name: p.transcript.name, bytes: encoder.encode(p.transcript.text) };
  }

  /** Rebuilds the project on screen with the history's catalog (after an edit, an undo or a redo). */
  async #rebuild(next: EditHistory, what: string): Promise<boolean> {
    const p = this.project;
    if (!p) return false;
    const before = this.history;
    this.history = next;
    const catalog = { name: `${p.name}.concepts.json`, bytes: encoder.encode(JSON.stringify(next.present)) };
    const s = await this.#build(this.#transcriptFile(p), catalog, { query: null, keepHistory: true, same: p });
    if (!s) {
      this.history = before;
      return false;
    }
    this.status = `${what}: ${s.graph.nodes.length} concepts, ${s.graph.edges.length} links.`;
    return true;
  }

  /** Applies one catalog edit and rebuilds; an edit that cannot be made becomes the alert (nothing changes). */
  async edit(edit: CatalogEdit): Promise<boolean> {
    if (!this.history || this.building) return false;
    let next: EditHistory;
    try {
      next = record(this.history, edit);
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      this.problem = { kind: 'input', title: 'That edit cannot be made', problem: e.message, fix: e.hint ? [e.hint] : [] };
      return false;
    }
    if (next === this.history) return false;
    return this.#rebuild(next, `Done: ${describeEdit(edit)}`);
  }

  get canUndo(): boolean {
    return !!this.history?.past.length;
  }
  get canRedo(): boolean {
    return !!this.history?.future.length;
  }

  async undo(): Promise<void> {
    const h = this.history;
    if (!h?.past.length || this.building) return;
    await this.#rebuild(undo(h), `Undone: ${describeEdit(h.past.at(-1)!.edit)}`);
  }

  async redo(): Promise<void> {
    const h = this.history;
    if (!h?.future.length || this.building) return;
    await this.#rebuild(redo(h), `Redone: ${describeEdit(h.future[0].edit)}`);
  }

  /** The project file to save, with the view on screen (`query`), or null without a project. */
  projectFile(query: string): { name: string; text: string } | null {
    const p = this.project;
    if (!p) return null;
    const project: Project = { ...p, catalog: this.history?.present ?? p.catalog, view: query };
    return { name: `${p.name}.topicgraph.json`, text: serializeProject(project, new Date()) };
  }

  /** The catalog file to download (what `topicgraph validate` and `build --concepts` read), or null. */
  catalogFile(): { name: string; text: string } | null {
    const p = this.project;
    const catalog = this.history?.present ?? p?.catalog;
    if (!p || !catalog) return null;
    return { name: `${p.name}.concepts.json`, text: serializeCatalog(catalog) };
  }
}

/** The page's one workspace. */
export const workspace = new Workspace();
