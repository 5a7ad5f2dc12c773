import { Message } from '../messages';

/** The engine's port to wherever a notebook's files live (disk, workspace.fs, memory). */

/** What tells one version of a file from another without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /**
   * When the file's metadata last changed (ctime), where the store knows it: a chmod
   * changes who may read the file without touching its size or modification time.
   */
  changeMs?: number;
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.changeMs === b.changeMs;
}

/** A file's text and the stamp of the version that was read. */
export interface FileRead {
  text: string;
  stamp: FileStamp;
}

/**
 * A file read for indexing as its UTF-8 bytes: `binary` holds one character per byte (see
 * binaryText.ts), and is handed over only when the bytes are valid UTF-8. Most dossiers
 * are indexed from it without decoding the whole text.
 */
export interface FileBytesRead {
  binary: string;
  /** The text of bytes [start, end), cut at character boundaries (the host's decoder, faster than decodeUtf8). */
  decode(start: number, end: number): string;
  stamp: FileStamp;
}

/** A file that is there but may not be read (its permissions): that file's problem, not the notebook's. */
export interface FileUnreadable {
  unreadable: 'permissionDenied';
  /** The stamp, when the store could take one: the file is then not tried again until it changes. */
  stamp?: FileStamp;
}

/** What a person is told about a file that may not be read. */
export const UNREADABLE: Message = { code: 'file.permissionDenied' };

/** Thrown where a file's text is needed (a template, a dossier to edit) and it cannot be read. */
export class UnreadableFileError extends Error {
  constructor(readonly path: string) {
    super(`${path}: the file cannot be read: permission denied`);
  }
}

/** The text of a read, undefined when the file is not there; throws when it may not be read. */
export function textOf(path: string, file: FileRead | FileUnreadable | undefined): string | undefined {
  if (file && 'unreadable' in file) throw new UnreadableFileError(path);
  return file?.text;
}

export interface NotebookStore {
  /**
   * Every file under the root whose folder `descend` allows, recursively, as paths
   * relative to the root, `/` separated. Listing only: no stamp per file, so the
   * first full load costs a directory read per folder and nothing per file.
   */
  list(descend: (folderPath: string, folderName: string) => boolean): Promise<string[]>;
  /**
   * The file's text (UTF-8) and the stamp of that very version (one open file on
   * disk), why it cannot be read, or undefined when it no longer exists.
   */
  read(path: string): Promise<FileRead | FileUnreadable | undefined>;
  /**
   * {@link read} for indexing, where the store can hand over the bytes (see {@link FileBytesRead});
   * a store without it is read as text.
   */
  readForIndex?(path: string): Promise<FileRead | FileBytesRead | FileUnreadable | undefined>;
  /** The file's current stamp, or undefined when it no longer exists. Cheaper than a read. */
  stat(path: string): Promise<FileStamp | undefined>;
}
