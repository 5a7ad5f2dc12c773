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
