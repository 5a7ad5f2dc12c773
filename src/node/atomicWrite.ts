import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export class ChangedOnDisk extends Error {}

/**
 * Replaces a file's content all at once: the new text goes to a temporary
 * file beside it, is flushed, and is renamed over the original, so a crash
 * leaves either the old file or the new one. The original's mode is kept.
 * When `expected` is given and the file no longer holds exactly that text,
 * nothing is written.
 */
export function writeFileAtomic(file: string, text: string, expected?: string): void {
  let mode: number | undefined;
  try {
    const stat = fs.statSync(file);
    mode = stat.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (expected !== undefined) throw new ChangedOnDisk(`${file} was removed since it was read.`);
  }
  removeStaleTemporaries(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const handle = fs.openSync(temporary, 'wx', mode ?? 0o644);
  try {
    fs.writeFileSync(handle, text, 'utf8');
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  try {
    if (mode !== undefined) fs.chmodSync(temporary, mode);
    if (expected !== undefined && fs.readFileSync(file, 'utf8') !== expected) {
      throw new ChangedOnDisk(`${file} changed on disk since it was read; nothing was written. Run the command again.`);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A writer killed mid-write leaves its temporary file: the next write of the same file removes it. */
const STALE_MS = 60_000;

function removeStaleTemporaries(file: string): void {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const temporary = path.join(folder, name);
    try {
      if (Date.now() - fs.statSync(temporary).mtimeMs > STALE_MS) fs.rmSync(temporary, { force: true });
    } catch {
      // Another writer took care of it.
    }
  }
}

/** Creates a new file, failing when the name is taken. */
export function createFileExclusive(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const handle = fs.openSync(file, 'wx', 0o644);
  try {
    fs.writeFileSync(handle, text, 'utf8');
  } finally {
    fs.closeSync(handle);
  }
}
