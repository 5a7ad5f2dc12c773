/** The engine's port to wherever a notebook's files live (disk, workspace.fs, memory). */

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface FileInfo extends FileStamp {
  /** Relative to the notebook root, `/` separated. */
  path: string;
}

export interface NotebookStore {
  /** Every file under the root whose folder `descend` allows, recursively. */
  list(descend: (folderPath: string, folderName: string) => boolean): Promise<FileInfo[]>;
  /** The file's text (UTF-8), or undefined when it no longer exists. */
  read(path: string): Promise<string | undefined>;
}
