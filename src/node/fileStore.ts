import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileBytesRead, FileRead, FileStamp, FileUnreadable, NotebookStore, textOf } from '../core/notebook/store';

function realpathOr(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return folder; // Not there (yet): listing finds nothing.
  }
}

const isGone = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

const isDenied = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM';
};

/** Size, modification time and ctime (a chmod changes only the last). */
const stampOf = (stat: fs.Stats): FileStamp => ({ size: stat.size, mtimeMs: stat.mtimeMs, changeMs: stat.ctimeMs });

/** What path.join would change in a relative path: a leading, doubled or trailing `/`, `.` or `..` segments, or nothing at all. */
const UNUSUAL_PATH = /^$|^\/|\/\/|\/$|(^|\/)\.\.?(\/|$)/;

/**
 * The notebook on the local disk. Reads are synchronous: with thousands of
 * small files that is several times faster than many promises in flight.
 * Symbolic links are followed only while they stay inside the root.
 */
export class NodeFileStore implements NotebookStore {
  readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.realRoot = realpathOr(this.root);
  }

  /** Absolute path of a notebook-relative path. */
  absolute(relativePath: string): string {
    // The listing's own paths need no normalising, and path.join costs about 1 µs a file.
    if (path.sep === '/' && !UNUSUAL_PATH.test(relativePath)) return `${this.root === '/' ? '' : this.root}/${relativePath}`;
    return path.join(this.root, ...relativePath.split('/'));
  }

  /** Directory reads only: entry types come with the listing, no stat per file (links aside). */
  async list(descend: (folderPath: string, folderName: string) => boolean): Promise<string[]> {
    const files: string[] = [];
    const visited = new Set<string>([this.realRoot]);
    const walk = (folder: string, relative: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch {
        return; // Unreadable or gone: the rest of the notebook still loads.
      }
      for (const entry of entries) {
        const rel = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isFile()) {
          files.push(rel);
          continue;
        }
        let isDirectory = entry.isDirectory();
        const full = path.join(folder, entry.name);
        if (entry.isSymbolicLink()) {
          const target = this.insideRoot(full);
          if (!target) continue;
          try {
            const stat = fs.statSync(target);
            isDirectory = stat.isDirectory();
            if (stat.isFile()) files.push(rel);
            if (isDirectory) {
              if (visited.has(target)) continue;
              visited.add(target);
            }
          } catch {
            continue;
          }
        }
        if (isDirectory && descend(rel, entry.name)) walk(full, rel);
      }
    };
    walk(this.root, '');
    return files;
  }

  /** The real path of a link when it stays inside the notebook. */
  private insideRoot(full: string): string | undefined {
    try {
      const real = fs.realpathSync(full);
      return real === this.realRoot || real.startsWith(this.realRoot + path.sep) ? real : undefined;
    } catch {
      return undefined;
    }
  }

  async read(relativePath: string): Promise<FileRead | FileUnreadable | undefined> {
    return this.readText(relativePath);
  }

  /** The bytes, as a binary string when they are valid UTF-8 (see FileBytesRead); else the text. */
  async readForIndex(relativePath: string): Promise<FileRead | FileBytesRead | FileUnreadable | undefined> {
    const file = this.readBytes(relativePath);
    if (!file || !('bytes' in file)) return file;
    const { bytes, stamp } = file;
    if (!isUtf8(bytes)) return { text: bytes.toString('utf8'), stamp };
    return { binary: bytes.toString('latin1'), decode: (start, end) => bytes.toString('utf8', start, end), stamp };
  }

  async stat(relativePath: string): Promise<FileStamp | undefined> {
    const stat = fs.statSync(this.absolute(relativePath), { throwIfNoEntry: false });
    return stat?.isFile() ? stampOf(stat) : undefined;
  }

  /**
   * Open, fstat, read and close one file descriptor: the bytes and the stamp of the
   * same version, for the price of `readFileSync` alone.
   */
  private readBytes(relativePath: string): { bytes: Buffer; stamp: FileStamp } | FileUnreadable | undefined {
    let fd: number;
    try {
      fd = fs.openSync(this.absolute(relativePath), 'r');
    } catch (error) {
      if (isGone(error)) return undefined;
      // One file the user may not read (mode 000, another owner) is that file's problem.
      if (isDenied(error)) {
        const stat = fs.statSync(this.absolute(relativePath), { throwIfNoEntry: false });
        return { unreadable: 'permissionDenied', stamp: stat ? stampOf(stat) : undefined };
      }
      throw error;
    }
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return undefined;
      // Up to the size fstat gave (as readFileSync does); a file that grows since is read
      // again on the next sync, its modification time having changed. Size 0 may mean
      // "unknown": read to the end.
      let buffer = Buffer.allocUnsafe(stat.size || 8192);
      let length = 0;
      for (;;) {
        const got = fs.readSync(fd, buffer, length, buffer.length - length, null);
        length += got;
        if (got === 0 || (stat.size > 0 && length === buffer.length)) break;
        if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      }
      return { bytes: buffer.subarray(0, length), stamp: stampOf(stat) };
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The text and the stamp of the same version (see {@link readBytes}). */
  private readText(relativePath: string): FileRead | FileUnreadable | undefined {
    const file = this.readBytes(relativePath);
    return file && 'bytes' in file ? { text: file.bytes.toString('utf8'), stamp: file.stamp } : file;
  }

  readSync(relativePath: string): string | undefined {
    return textOf(relativePath, this.readText(relativePath));
  }
}
