import { NotebookIndex } from './notebookIndex';
import { isCandidatePath, isSkippedFolderName } from './paths';
import { SETTINGS_FILE } from './settings';
import { FileInfo, NotebookStore } from './store';

export interface LoadOptions {
  /** Extra filter, e.g. the user's exclude globs; true keeps the path. */
  include?: (path: string) => boolean;
}

/** The files of a notebook that the engine reads, settings first. */
export async function listNotebookFiles(store: NotebookStore, options: LoadOptions = {}): Promise<FileInfo[]> {
  const include = options.include ?? (() => true);
  const files = await store.list((folderPath, folderName) => !isSkippedFolderName(folderName) && include(folderPath));
  return files
    .filter((file) => file.path === SETTINGS_FILE || (isCandidatePath(file.path) && include(file.path)))
    .sort((a, b) => (a.path === SETTINGS_FILE ? -1 : b.path === SETTINGS_FILE ? 1 : 0));
}

/**
 * Brings `index` in line with the store: reads files that are new or whose
 * size or modification time changed, and drops files that are gone. On an
 * empty index this is the full load.
 */
export async function syncNotebook(index: NotebookIndex, store: NotebookStore, options: LoadOptions = {}): Promise<{ read: number; removed: number }> {
  const files = await listNotebookFiles(store, options);
  const present = new Set<string>();
  let read = 0;
  let rereadAll = false;
  for (const file of files) {
    present.add(file.path);
    const known = index.stampOf(file.path);
    if (!rereadAll && known && known.size === file.size && known.mtimeMs === file.mtimeMs) continue;
    const text = await store.read(file.path);
    if (text === undefined) continue; // Gone between the listing and the read.
    read++;
    if (index.set(file.path, text, { size: file.size, mtimeMs: file.mtimeMs }) === 'rereadAll') rereadAll = true;
  }
  let removed = 0;
  for (const path of [...index.paths()]) {
    if (!present.has(path)) {
      index.delete(path);
      removed++;
    }
  }
  if (!present.has(SETTINGS_FILE)) index.delete(SETTINGS_FILE);
  return { read, removed };
}

export async function loadNotebook(store: NotebookStore, options: LoadOptions = {}): Promise<NotebookIndex> {
  const index = new NotebookIndex();
  await syncNotebook(index, store, options);
  return index;
}
