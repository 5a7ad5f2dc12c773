import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LoadOptions, syncNotebook } from '../core/notebook/load';
import { NotebookIndex } from '../core/notebook/notebookIndex';
import { fromSnapshot, toSnapshot } from '../core/notebook/snapshot';
import { NodeFileStore } from './fileStore';

/**
 * A persisted index for the command-line tool: a second start reads only the files
 * whose size, modification time or ctime (a chmod) changed.
 *
 * The cache lives in the OS cache folder, never in the notebook (which is the user's
 * git folder): `$XDG_CACHE_HOME/client-notebook/` (or ~/.cache, ~/Library/Caches,
 * %LOCALAPPDATA%), one file per notebook named by a hash of its real path, readable
 * by the user only, as it holds what the dossiers say. `CLIENT_NOTEBOOK_CACHE=off`
 * turns it off; `CLIENT_NOTEBOOK_CACHE=<folder>` puts it elsewhere. A cache that
 * cannot be read or written is ignored: the index is then built from the files.
 */

/** Files changed this recently when the cache is written are read again next time (coarse timestamps). */
const RACY_MS = 2000;

/**
 * The share of a notebook's files that must have been read again (or removed) before the
 * cache is written anew. Rewriting all of it for one edited dossier cost more than the
 * whole rest of a start (about 0.2 s at 10,000 dossiers); reading a few changed files
 * again on each start until then costs next to nothing.
 */
const REWRITE_SHARE = 0.05;

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.CLIENT_NOTEBOOK_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  if (setting) return path.resolve(setting);
  const home = os.homedir();
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : process.platform === 'win32' ? env.LOCALAPPDATA || path.join(home, 'AppData', 'Local') : path.join(home, '.cache'));
  return path.join(base, 'client-notebook');
}

/** The engine build that writes a snapshot: a rebuilt engine may parse differently. */
function engineStamp(): string {
  try {
    const stat = fs.statSync(__filename);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

export function cacheFileFor(root: string, folder: string): string {
  let real = root;
  try {
    real = fs.realpathSync(root);
  } catch {
    // Not there: the hash of the path as given.
  }
  return path.join(folder, `${crypto.createHash('sha256').update(real).digest('hex').slice(0, 24)}.json`);
}

function readCache(file: string, root: string): NotebookIndex | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { engine?: unknown; root?: unknown; snapshot?: unknown };
    if (data.engine !== engineStamp() || data.root !== root) return undefined;
    return fromSnapshot(data.snapshot);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, root: string, index: NotebookIndex): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const snapshot = toSnapshot(index, Date.now() - RACY_MS);
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ engine: engineStamp(), root, snapshot }), { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    // A cache is an optimisation: a read-only or full disk must not stop the command.
  }
}

export interface CachedLoad {
  index: NotebookIndex;
  /** True when a cache was found and used. */
  warm: boolean;
  read: number;
  removed: number;
}

/** loadNotebook, starting from the cached snapshot when there is one, and saving a new one when there was none or much changed. */
export async function loadNotebookCached(store: NodeFileStore, options: LoadOptions & { cacheFolder?: string } = {}): Promise<CachedLoad> {
  const folder = 'cacheFolder' in options ? options.cacheFolder : cacheFolder();
  const file = folder === undefined ? undefined : cacheFileFor(store.root, folder);
  const cached = file === undefined ? undefined : readCache(file, store.root);
  const index = cached ?? new NotebookIndex();
  const { read, removed } = await syncNotebook(index, store, options);
  // The settings file is read on every sync.
  const dossiersRead = read - (index.settingsText !== undefined ? 1 : 0);
  if (file !== undefined && (!cached || dossiersRead + removed > index.fileCount * REWRITE_SHARE)) writeCache(file, store.root, index);
  return { index, warm: cached !== undefined, read, removed };
}
