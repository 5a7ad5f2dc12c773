import { Client } from '../dossier/dossier';
import { DossierParse, formatOfPath, parseDossier, parseDossierBytes } from '../dossier/parse';
import { Problem } from '../problems';
import { DueSchedule } from './dueSchedule';
import { isCandidatePath } from './paths';
import { DEFAULT_SETTINGS, NotebookSettings, SETTINGS_FILE, parseSettings } from './settings';
import { FileBytesRead, FileRead, FileStamp, FileUnreadable, UNREADABLE } from './store';

interface FileRecord {
  parse: DossierParse;
  stamp?: FileStamp;
}

/**
 * What a change did: nothing the queries see, something, or a settings
 * change (the log heading) after which every file must be read again.
 */
export type IndexEffect = 'unchanged' | 'changed' | 'rereadAll';

export type IndexChange =
  | { type: 'set'; path: string; text: string; stamp?: FileStamp }
  | { type: 'delete'; path: string }
  | { type: 'rename'; from: string; to: string };

/**
 * Every file of one notebook, parsed, kept up to date one file at a time.
 * Nothing here reads files: callers hand in the text.
 */
export class NotebookIndex {
  private readonly files = new Map<string, FileRecord>();
  private settingsValue: NotebookSettings = DEFAULT_SETTINGS;
  private settingsSource?: string;
  private settingsProblems: Problem[] = [];
  private version = 0;
  private clientCache?: { revision: number; list: Client[] };
  /** Built by the first query that needs it, then kept up to date by every change. */
  private schedule?: DueSchedule;

  get settings(): NotebookSettings {
    return this.settingsValue;
  }

  /** Increases with every change, so views can tell when to redraw. */
  get revision(): number {
    return this.version;
  }

  /** Applies a change and says what the caller must do next. */
  apply(change: IndexChange): IndexEffect {
    switch (change.type) {
      case 'set': return this.set(change.path, change.text, change.stamp);
      case 'delete': return this.delete(change.path);
      case 'rename': return this.rename(change.from, change.to);
    }
  }

  set(path: string, text: string, stamp?: FileStamp): IndexEffect {
    if (path === SETTINGS_FILE) {
      this.settingsSource = text;
      return this.useSettings(parseSettings(text, path));
    }
    if (!isCandidatePath(path)) return 'unchanged';
    this.put(path, { parse: parseDossier(path, text, this.settingsValue.logHeading), stamp });
    return 'changed';
  }

  /** What the store gave: the text or the bytes, or why the file cannot be read (one error on it). */
  setRead(path: string, file: FileRead | FileBytesRead | FileUnreadable): IndexEffect {
    if ('binary' in file) {
      if (path === SETTINGS_FILE || !isCandidatePath(path)) return this.set(path, file.decode(0, file.binary.length), file.stamp);
      this.put(path, { parse: parseDossierBytes(path, file.binary, this.settingsValue.logHeading, file.decode), stamp: file.stamp });
      return 'changed';
    }
    if (!('unreadable' in file)) return this.set(path, file.text, file.stamp);
    const problems: Problem[] = [{ path, line: 1, column: 1, severity: 'error', message: UNREADABLE }];
    if (path === SETTINGS_FILE) {
      this.settingsSource = undefined;
      return this.useSettings({ settings: DEFAULT_SETTINGS, problems });
    }
    if (!isCandidatePath(path)) return 'unchanged';
    this.put(path, { parse: { kind: 'broken', problems }, stamp: file.stamp }); // without a stamp, tried again next sync
    return 'changed';
  }

  delete(path: string): IndexEffect {
    if (path === SETTINGS_FILE) {
      this.settingsSource = undefined;
      return this.useSettings({ settings: DEFAULT_SETTINGS, problems: [] });
    }
    const record = this.files.get(path);
    if (!record) return 'unchanged';
    this.unschedule(record);
    this.files.delete(path);
    this.version++;
    return 'changed';
  }

  /** The text of the settings file in use, if there is one (for a snapshot). */
  get settingsText(): string | undefined {
    return this.settingsSource;
  }

  /** Every file read with a stamp, as parsed (for a snapshot). */
  *stampedFiles(): Generator<{ path: string; parse: DossierParse; stamp: FileStamp }> {
    for (const [path, { parse, stamp }] of this.files) if (stamp) yield { path, parse, stamp };
  }

  /**
   * Puts back a file parsed earlier (from a snapshot) without its text. The caller
   * vouches that it was parsed by this engine with the current log heading.
   */
  restore(path: string, parse: DossierParse, stamp: FileStamp): void {
    this.put(path, { parse, stamp });
  }

  /** Puts a file's record in place of the one it had, keeping the schedule in step. */
  private put(path: string, record: FileRecord): void {
    this.unschedule(this.files.get(path));
    this.files.set(path, record);
    this.reschedule(record);
    this.version++;
  }

  private unschedule(record: FileRecord | undefined): void {
    if (this.schedule && record?.parse.kind === 'dossier') this.schedule.remove(record.parse.client);
  }

  private reschedule(record: FileRecord): void {
    if (this.schedule && record.parse.kind === 'dossier') this.schedule.add(record.parse.client);
  }

  /** The clients bucketed by due day, for queries (see {@link DueSchedule}). */
  dueSchedule(): DueSchedule {
    if (!this.schedule) this.schedule = new DueSchedule(this.settingsValue, this.clients());
    return this.schedule;
  }

  /** Moves a record without reading the file again; a change of format counts as a delete. */
  rename(from: string, to: string): IndexEffect {
    const record = this.files.get(from);
    if (!record || formatOfPath(from) !== formatOfPath(to) || !isCandidatePath(to)) return this.delete(from);
    this.unschedule(record);
    this.unschedule(this.files.get(to));
    this.files.delete(from);
    record.parse = relocate(record.parse, to);
    this.files.set(to, record);
    this.reschedule(record);
    this.version++;
    return 'changed';
  }

  private useSettings({ settings, problems }: { settings: NotebookSettings; problems: Problem[] }): IndexEffect {
    const headingChanged = settings.logHeading !== this.settingsValue.logHeading;
    this.settingsValue = settings;
    this.settingsProblems = problems;
    this.schedule = undefined; // cadences and working days may have changed
    this.version++;
    return headingChanged && this.files.size > 0 ? 'rereadAll' : 'changed';
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  stampOf(path: string): FileStamp | undefined {
    return this.files.get(path)?.stamp;
  }

  paths(): IterableIterator<string> {
    return this.files.keys();
  }

  client(path: string): Client | undefined {
    const parse = this.files.get(path)?.parse;
    return parse?.kind === 'dossier' ? parse.client : undefined;
  }

  *clients(): Generator<Client> {
    for (const { parse } of this.files.values()) if (parse.kind === 'dossier') yield parse.client;
  }

  /**
   * Every client as an array, built once per revision: a query over tens of
   * thousands of clients iterates it several times faster than `clients()`.
   */
  clientList(): readonly Client[] {
    if (this.clientCache?.revision !== this.version) {
      const list: Client[] = [];
      for (const { parse } of this.files.values()) if (parse.kind === 'dossier') list.push(parse.client);
      this.clientCache = { revision: this.version, list };
    }
    return this.clientCache.list;
  }

  /** How many files the index holds: dossiers, and the other Markdown and YAML files. */
  get fileCount(): number {
    return this.files.size;
  }

  get clientCount(): number {
    let count = 0;
    for (const { parse } of this.files.values()) if (parse.kind === 'dossier') count++;
    return count;
  }

  /** Problems of one file, or of the whole notebook (settings first, then by path). */
  problems(path?: string): Problem[] {
    if (path !== undefined) return path === SETTINGS_FILE ? this.settingsProblems : this.files.get(path)?.parse.problems ?? [];
    const all = [...this.settingsProblems];
    const paths = [...this.files.keys()].sort();
    for (const each of paths) all.push(...this.files.get(each)!.parse.problems);
    return all;
  }
}

function relocate(parse: DossierParse, path: string): DossierParse {
  const problems = parse.problems.map((problem) => ({ ...problem, path }));
  if (parse.kind === 'dossier') return { kind: 'dossier', client: { ...parse.client, path }, problems };
  return { kind: parse.kind, problems };
}
