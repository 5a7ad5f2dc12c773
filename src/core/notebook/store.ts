/** The engine's port to wherever a notebook's files live (disk, workspace.fs, memory). */

/** What tells one version of a file from another without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A file's text and the stamp of the version that was read. */
export interface FileRead {
  text: string;
  stamp: FileStamp;
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
   * disk), or undefined when it no longer exists.
   */
  read(path: string): Promise<FileRead | undefined>;
  /** The file's current stamp, or undefined when it no longer exists. Cheaper than a read. */
  stat(path: string): Promise<FileStamp | undefined>;
}
