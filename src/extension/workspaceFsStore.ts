import { isUtf8 } from 'node:buffer';
import * as vscode from 'vscode';
import { FileBytesRead, FileRead, FileStamp, FileUnreadable, NotebookStore } from '../core/notebook/store';

const isNotFound = (error: unknown) => error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileIsADirectory');

/**
 * A notebook read through `workspace.fs`, for folders that are not on the
 * local disk (SSH, containers, WSL, vscode.dev, code-server).
 */
export class WorkspaceFsStore implements NotebookStore {
  private readonly decoder = new TextDecoder('utf-8');
  /** For a range of a file's bytes: a U+FEFF where it starts is part of the text, not a BOM. */
  private readonly rangeDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

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

  async read(path: string): Promise<FileRead | FileUnreadable | undefined> {
    const file = await this.readBytes(path);
    return file && 'bytes' in file ? { text: this.decoder.decode(file.bytes), stamp: file.stamp } : file;
  }

  /** The bytes as a binary string when they are valid UTF-8 (see FileBytesRead), else the text. */
  async readForIndex(path: string): Promise<FileRead | FileBytesRead | FileUnreadable | undefined> {
    const file = await this.readBytes(path);
    if (!file || !('bytes' in file)) return file;
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    if (!isUtf8(bytes)) return { text: this.decoder.decode(bytes), stamp: file.stamp };
    return { binary: bytes.toString('latin1'), decode: (start, end) => this.rangeDecoder.decode(bytes.subarray(start, end)), stamp: file.stamp };
  }

  /**
   * workspace.fs has no open file handle: the stamp is taken just before the read, so
   * a change in between makes the next sync read the file again, never miss it.
   */
  private async readBytes(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp } | FileUnreadable | undefined> {
    const stamp = await this.stat(path);
    if (!stamp) return undefined;
    try {
      return { bytes: await vscode.workspace.fs.readFile(this.uriOf(path)), stamp };
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
