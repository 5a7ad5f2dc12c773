import { DossierParse } from '../dossier/parse';
import { NotebookIndex } from './notebookIndex';
import { SETTINGS_FILE } from './settings';

/**
 * A notebook index as JSON-able data, so that a later start can skip every file whose
 * size and modification time have not changed (see `syncNotebook`). Pure: where the
 * snapshot is kept is the face's business (the CLI keeps it in the OS cache folder).
 *
 * Bump SNAPSHOT_FORMAT whenever what a parse produces changes shape or meaning; the
 * Node cache also keys snapshots on the engine build that wrote them.
 */
export const SNAPSHOT_FORMAT = 2;

/** One file: path, size, modification time, ctime (null where the store has none), and what it was parsed into. */
export type SnapshotFile = [path: string, size: number, mtimeMs: number, changeMs: number | null, parse: DossierParse];

export interface NotebookSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The settings file's text when the snapshot was taken (null: none); its log heading shaped every parse. */
  settingsText: string | null;
  files: SnapshotFile[];
}

/**
 * The index as data. Files modified at or after `stableBefore` (milliseconds, the
 * files' clock) are left out: on a file system with coarse timestamps, a file changed
 * again within the same tick would keep its stamp, so such files are read next time.
 */
export function toSnapshot(index: NotebookIndex, stableBefore = Infinity): NotebookSnapshot {
  const files: SnapshotFile[] = [];
  for (const { path, parse, stamp } of index.stampedFiles()) {
    if (stamp.mtimeMs < stableBefore) files.push([path, stamp.size, stamp.mtimeMs, stamp.changeMs ?? null, parse]);
  }
  return { format: SNAPSHOT_FORMAT, settingsText: index.settingsText ?? null, files };
}

const KINDS = new Set(['dossier', 'other', 'broken']);

function isSnapshotFile(value: unknown): value is SnapshotFile {
  if (!Array.isArray(value) || value.length !== 5) return false;
  const [path, size, mtimeMs, changeMs, parse] = value as unknown[];
  return typeof path === 'string' && typeof size === 'number' && typeof mtimeMs === 'number' && (changeMs === null || typeof changeMs === 'number') &&
    typeof parse === 'object' && parse !== null && KINDS.has((parse as { kind?: unknown }).kind as string) &&
    Array.isArray((parse as { problems?: unknown }).problems);
}

/**
 * An index holding what the snapshot recorded, to be brought up to date with
 * `syncNotebook`; undefined when the data is not a snapshot of this format.
 */
export function fromSnapshot(data: unknown): NotebookIndex | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const snapshot = data as Partial<NotebookSnapshot>;
  if (snapshot.format !== SNAPSHOT_FORMAT || !Array.isArray(snapshot.files)) return undefined;
  if (snapshot.settingsText !== null && typeof snapshot.settingsText !== 'string') return undefined;
  if (!snapshot.files.every(isSnapshotFile)) return undefined;
  const index = new NotebookIndex();
  // Settings first, on the empty index: the records below were parsed with its log heading.
  if (snapshot.settingsText !== null) index.set(SETTINGS_FILE, snapshot.settingsText);
  for (const [path, size, mtimeMs, changeMs, parse] of snapshot.files) index.restore(path, parse, changeMs === null ? { size, mtimeMs } : { size, mtimeMs, changeMs });
  return index;
}
