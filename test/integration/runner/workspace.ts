// Gives each run a fresh copy of a fixture notebook, so tests may change files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Copies `fixture` into a new temp folder and returns the copy's path. */
export function copyFixture(fixture: string): string {
  if (!fs.statSync(fixture).isDirectory()) throw new Error(`fixture ${fixture} is not a folder`);
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-ws-'));
  const copy = path.join(parent, path.basename(fixture));
  fs.cpSync(fixture, copy, { recursive: true });
  return copy;
}

/** Removes a copy made by copyFixture (its temp parent too). */
export function removeCopy(copy: string): void {
  const parent = path.dirname(copy);
  if (path.basename(parent).startsWith('client-notebook-ws-')) fs.rmSync(parent, { recursive: true, force: true });
}
