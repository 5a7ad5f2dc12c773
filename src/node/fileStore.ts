import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileInfo, NotebookStore } from '../core/notebook/store';

function realpathOr(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return folder; // Not there (yet): listing finds nothing.
  }
}

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
    return path.join(this.root, ...relativePath.split('/'));
  }

  async list(descend: (folderPath: string, folderName: string) => boolean): Promise<FileInfo[]> {
    const files: FileInfo[] = [];
    const visited = new Set<string>([this.realRoot]);
    const walk = (folder: string, relative: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch {
        return; // Unreadable or gone: the rest of the notebook still loads.
      }
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        const rel = relative ? `${relative}/${entry.name}` : entry.name;
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = this.insideRoot(full);
          if (!target) continue;
          try {
            const stat = fs.statSync(target);
            isDirectory = stat.isDirectory();
            isFile = stat.isFile();
            if (isDirectory) {
              if (visited.has(target)) continue;
              visited.add(target);
            }
          } catch {
            continue;
          }
        }
        if (isDirectory) {
          if (descend(rel, entry.name)) walk(full, rel);
        } else if (isFile) {
          try {
            const stat = fs.statSync(full);
            files.push({ path: rel, size: stat.size, mtimeMs: stat.mtimeMs });
          } catch {
            // Gone since the listing.
          }
        }
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

  async read(relativePath: string): Promise<string | undefined> {
    return this.readSync(relativePath);
  }

  readSync(relativePath: string): string | undefined {
    try {
      return fs.readFileSync(this.absolute(relativePath), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
