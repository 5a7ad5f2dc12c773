import * as vscode from 'vscode';
import { FileInfo, NotebookStore } from '../core/notebook/store';

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

  async list(descend: (folderPath: string, folderName: string) => boolean): Promise<FileInfo[]> {
    const files: FileInfo[] = [];
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
        const uri = vscode.Uri.joinPath(folder, name);
        if (type === vscode.FileType.Directory) {
          if (descend(rel, name)) await walk(uri, rel);
        } else if (type === vscode.FileType.File) {
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            files.push({ path: rel, size: stat.size, mtimeMs: stat.mtime });
          } catch {
            // Gone since the listing.
          }
        }
      }));
    };
    await walk(this.root, '');
    return files;
  }

  async read(path: string): Promise<string | undefined> {
    try {
      return this.decoder.decode(await vscode.workspace.fs.readFile(this.uriOf(path)));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }
}
