import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadNotebook } from '../../src/core/notebook/load';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { parseIsoDate, Day } from '../../src/core/schedule/calendar';
import { NodeFileStore } from '../../src/node/fileStore';
import { Message } from '../../src/core/messages';
import { ENGLISH, messageText } from '../../src/messageText';

/** The repository root, from out/test/unit or test/unit. */
export const REPO = path.resolve(__dirname, fs.existsSync(path.resolve(__dirname, '../../package.json')) ? '../..' : '../../..');

/** An engine message in its English words, as `--json` prints it. */
export function english(message: Message): string {
  return messageText(message, ENGLISH, 'en-GB');
}

export function fixturePath(name: string): string {
  return path.join(REPO, 'test', 'fixtures', name);
}

export const EXAMPLE_NOTEBOOK = path.join(REPO, 'examples', 'notebook');

export function day(iso: string): Day {
  const parsed = parseIsoDate(iso);
  if (parsed === undefined) throw new Error(`bad test date ${iso}`);
  return parsed;
}

export async function loadFolder(folder: string): Promise<NotebookIndex> {
  return loadNotebook(new NodeFileStore(folder));
}

/** A fresh copy of a folder in a temporary directory, removed by the returned function. */
export function copyToTemp(folder: string): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-'));
  fs.cpSync(folder, dir, { recursive: true });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function readFixtureFile(folder: string, file: string): string {
  return fs.readFileSync(path.join(folder, file), 'utf8');
}

/**
 * Tests of files the user may not read. Root reads a mode-000 file anyway, so
 * as root they act as `nobody` (uid and gid 65534): `NOBODY` for a child
 * process, `asNobody` for code in this process (its effective ids, restored
 * after). Not root, they run as they are.
 */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;
export const NOBODY = 65534;

export async function asNobody<T>(body: () => Promise<T>): Promise<T> {
  if (!RUNNING_AS_ROOT) return body();
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return await body();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

/** A copy of a fixture notebook that `nobody` can traverse and read, with one file made unreadable (mode 000). */
export function copyWithUnreadable(folder: string, unreadable: string): { dir: string; cleanup: () => void } {
  const copy = copyToTemp(folder);
  fs.chmodSync(copy.dir, 0o755); // mkdtemp makes it 0700
  fs.chmodSync(path.join(copy.dir, unreadable), 0o000);
  return copy;
}
