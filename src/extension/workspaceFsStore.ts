import * as vscode from 'vscode';
import { FileRead, FileStamp, FileUnreadable, NotebookStore } from '../core/notebook/store';

const isNotFound = (error: unknown) => error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileIsADirectory');

/**
 * A notebook read through `workspace.fs`, for folders that are not on the
 * local disk (SSH, containers, WSL, vscode.dev, code-server).
 */
export class WorkspaceFsStore implements NotebookStore {
  private readonly decoder = new TextDecoder('utf-8');

  constructor(readonly root: vscode.Uri) {}

  uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  async list(descend: (folderPath: string, folderName: string) => boolean): Promise<string[]> {
    const files: string[] = [];
    const walk = async (folder: vscode.Uri, relative: string): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(folder);
      } catch {
        return;
      }
      await Promise.all(entries.map(async ([name, type]) => {
        const rel = relative ? `${relative}/${name}` : name;
        // Symbolic links are not followed here: the remote side may point anywhere.
        if (type & vscode.FileType.SymbolicLink) return;
        if (type === vscode.FileType.Directory) {
          if (descend(rel, name)) await walk(vscode.Uri.joinPath(folder, name), rel);
        } else if (type === vscode.FileType.File) {
          files.push(rel);
        }
      }));
    };
    await walk(this.root, '');
    return files;
  }

  /**
   * workspace.fs has no open file handle: the stamp is taken just before the read, so
   * a change in between makes the next sync read the file again, never miss it.
   */
  async read(path: string): Promise<FileRead | FileUnreadable | undefined> {
    const stamp = await this.stat(path);
    if (!stamp) return undefined;
    try {
      return { text: this.decoder.decode(await vscode.workspace.fs.readFile(this.uriOf(path))), stamp };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      if (error instanceof vscode.FileSystemError && error.code === 'NoPermissions') return { unreadable: 'permissionDenied', stamp };
      throw error;
    }
  }

  async stat(path: string): Promise<FileStamp | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uriOf(path));
      return stat.type & vscode.FileType.File ? { size: stat.size, mtimeMs: stat.mtime } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}
