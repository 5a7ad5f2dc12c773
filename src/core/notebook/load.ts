import { NotebookIndex } from './notebookIndex';
import { isCandidatePath, isSkippedFolderName } from './paths';
import { SETTINGS_FILE } from './settings';
import { FileBytesRead, FileRead, FileUnreadable, NotebookStore, sameStamp } from './store';

export interface LoadOptions {
  /** Extra filter, e.g. the user's exclude globs; true keeps the path. */
  include?: (path: string) => boolean;
  /**
   * Awaited between files, once every {@link FILES_PER_SLICE}. The Node store reads synchronously,
   * so without it loading thousands of dossiers is one long task; a host with other work
   * (the extension host) passes a yield to its event loop.
   */
  pause?: () => Promise<void>;
}

/** About 15 ms of work at the bench's 60 µs a dossier. */
export const FILES_PER_SLICE = 256;

/** A function to call before each file: every {@link FILES_PER_SLICE}th call returns `pause()`, to be awaited. */
export function slicesOf(pause: (() => Promise<void>) | undefined): () => Promise<void> | undefined {
  let count = 0;
  return () => (pause && ++count % FILES_PER_SLICE === 0 ? pause() : undefined);
}

/** A file as the index reads it: its bytes where the store can hand them over, else its text. */
export function readForIndex(store: NotebookStore, path: string): Promise<FileRead | FileBytesRead | FileUnreadable | undefined> {
  return store.readForIndex ? store.readForIndex(path) : store.read(path);
}

/** The paths of a notebook that the engine reads, settings first. */
export async function listNotebookFiles(store: NotebookStore, options: LoadOptions = {}): Promise<string[]> {
  const include = options.include ?? (() => true);
  const paths = await store.list((folderPath, folderName) => !isSkippedFolderName(folderName) && include(folderPath));
  const files: string[] = [];
  let settings = false;
  for (const path of paths) {
    if (path === SETTINGS_FILE) settings = true;
    else if (isCandidatePath(path) && include(path)) files.push(path);
  }
  if (settings) files.unshift(SETTINGS_FILE);
  return files;
}

/**
 * Brings `index` in line with the store: reads files that are new or whose
 * stamp (size, modification time, ctime where known) changed, and drops files
 * that are gone. On an empty index this is the full load: one read per file,
 * no separate stat.
 * A file the index already knows costs a stat, and a read only when it changed.
 */
export async function syncNotebook(index: NotebookIndex, store: NotebookStore, options: LoadOptions = {}): Promise<{ read: number; removed: number }> {
  const files = await listNotebookFiles(store, options);
  const present = new Set<string>();
  const nextFile = slicesOf(options.pause);
  let read = 0;
  // Settings first: a changed log heading means every dossier must be read again.
  let rereadAll = files[0] !== SETTINGS_FILE && index.delete(SETTINGS_FILE) === 'rereadAll';
  for (const path of files) {
    await nextFile();
    present.add(path);
    const known = rereadAll ? undefined : index.stampOf(path);
    if (known) {
      const stamp = await store.stat(path);
      if (stamp && sameStamp(stamp, known)) continue;
    }
    const file = await readForIndex(store, path);
    if (file === undefined) continue; // Gone between the listing and the read.
    read++;
    if (index.setRead(path, file) === 'rereadAll') rereadAll = true;
  }
  let removed = 0;
  for (const path of [...index.paths()]) {
    if (!present.has(path)) {
      index.delete(path);
      removed++;
    }
  }
  return { read, removed };
}

export async function loadNotebook(store: NotebookStore, options: LoadOptions = {}): Promise<NotebookIndex> {
  const index = new NotebookIndex();
  await syncNotebook(index, store, options);
  return index;
}
