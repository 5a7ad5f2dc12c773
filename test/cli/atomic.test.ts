import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ATOMIC = path.resolve(__dirname, '../../src/node/atomicWrite.js');

/** A writer that replaces the file again and again with one of two texts, until killed. */
const WRITER = `
const { writeFileAtomic } = require(${JSON.stringify(ATOMIC)});
const [file, a, b] = process.argv.slice(1);
const texts = [require('fs').readFileSync(a, 'utf8'), require('fs').readFileSync(b, 'utf8')];
process.send('ready');
for (let i = 0; ; i++) writeFileAtomic(file, texts[i % 2]);
`;

describe('atomic writes', function () {
  this.timeout(120000);

  it('leave the old file or the new one, never a torn one, when the writer is killed at any point', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-atomic-'));
    try {
      const a = `---\nname: Version A\n---\n${'a'.repeat(512 * 1024)}\n`;
      const b = `---\nname: Version B\n---\n${'b'.repeat(640 * 1024)}\n`;
      const file = path.join(dir, 'dossier.md');
      fs.writeFileSync(path.join(dir, 'a.txt'), a);
      fs.writeFileSync(path.join(dir, 'b.txt'), b);
      fs.writeFileSync(file, a);
      fs.chmodSync(file, 0o640);
      for (let round = 0; round < 25; round++) {
        const child = spawn(process.execPath, ['-e', WRITER, file, path.join(dir, 'a.txt'), path.join(dir, 'b.txt')], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        await new Promise<void>((resolve) => child.once('message', () => resolve()));
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 60));
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
        const now = fs.readFileSync(file, 'utf8');
        assert.ok(now === a || now === b, `round ${round}: torn file of ${now.length} characters`);
        assert.equal(fs.statSync(file).mode & 0o777, 0o640, 'the mode is kept');
      }
      // What the killed writers left behind goes with the next write, once it is stale.
      const leftovers = fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
      const old = new Date(Date.now() - 120_000);
      for (const name of leftovers) fs.utimesSync(path.join(dir, name), old, old);
      const { writeFileAtomic } = await import(ATOMIC);
      writeFileAtomic(file, a);
      assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
