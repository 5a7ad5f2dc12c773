import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadNotebook } from '../../src/core/notebook/load';
import { NodeFileStore } from '../../src/node/fileStore';

/** Every file's bytes and mode, to prove that indexing wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) files.set(full, `link:${fs.readlinkSync(full)}`);
      else if (entry.isDirectory()) walk(full);
      else {
        let content: string;
        try {
          content = fs.readFileSync(full).toString('base64');
        } catch {
          content = 'unreadable';
        }
        files.set(full, `${fs.statSync(full).mode}:${content}`);
      }
    }
  };
  walk(dir);
  return files;
}

function hostileNotebook(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-hostile-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.md'), '---\nname: Outside Secret\nnext_contact: 2026-11-25\n---\n');
  const write = (name: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  };
  write('good.md', '---\nname: Good Client\nnext_contact: 2026-11-25\n---\n\n## Log\n\n- 2026-11-20 call: fine\n');
  write('unparsable.md', '---\nname: "Unclosed\nstage: client\n---\n');
  write('never-closed.md', '---\nname: Never Closed\nnext_contact: 2026-11-25\n');
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level++) laughs.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
  write('alias-bomb.md', `---\nname: Bomb\n${laughs.join('\n')}\n---\n`);
  write('huge-front-matter.md', `---\nname: Huge\nnotes: "${'x'.repeat(10 * 1024 * 1024)}"\n---\n`);
  write('long-log.md', `---\nname: Long Log\nnext_contact: 2026-11-26\n---\n\n## Log\n\n${Array.from({ length: 200000 }, (_, i) => `- 2026-01-01 call: entry ${i}`).join('\n')}\n`);
  write('invalid-utf8.md', Buffer.concat([Buffer.from('---\nname: Bad Bytes \xff\xfe\n---\n', 'latin1')]));
  write('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nname: Sixteen\n---\n', 'utf16le')]));
  write('binary.md', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  write('nul.md', '---\nname: Nul\u0000Byte\nnext_contact: 2026-11-25\n---\n');
  write('mixed-eol.md', '---\r\nname: Mixed\nnext_contact: 2026-11-25\r\n---\n\n## Log\r\n- 2026-11-20 call: a\n- 2026-11-19 call: b\r\n');
  write('bom-crlf.md', '\ufeff---\r\nname: Bom Crlf\r\nnext_contact: 2026-11-25\r\n---\r\n');
  write('name-list.md', '---\nname: [a, b]\n---\n');
  write('name-number.md', '---\nname: 12345\nnext_contact: 2026-11-25\n---\n');
  write('bad-dates.md', '---\nname: Bad Dates\nnext_contact: 2026-02-30\nimportant_dates:\n  - label: Zero\n    date: 0000-00-00\n---\n');
  fs.mkdirSync(path.join(dir, 'loop'));
  fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'));
  fs.symlinkSync(outside, path.join(dir, 'outside-link'));
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'secret-link.md'));
  write('unreadable.md', '---\nname: Unreadable\n---\n');
  fs.chmodSync(path.join(dir, 'unreadable.md'), 0o000);
  return dir;
}

describe('hostile notebooks', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = hostileNotebook();
  });
  after(() => {
    fs.chmodSync(path.join(dir, 'unreadable.md'), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('indexes without crashing, hanging or writing, and reports each bad file with its line', async () => {
    const before = snapshot(dir);
    const index = await loadNotebook(new NodeFileStore(dir));
    assert.deepEqual(snapshot(dir), before, 'nothing was written');
    const names = [...index.clients()].map((client) => client.name).sort();
    assert.ok(names.includes('Good Client'));
    assert.ok(names.includes('Long Log'));
    assert.ok(names.includes('Mixed'));
    assert.ok(names.includes('Bom Crlf'));
    assert.ok(!names.includes('Outside Secret'), 'links out of the notebook are not followed');
    const problems = index.problems();
    const at = (file: string) => problems.filter((problem) => problem.path === file);
    for (const file of ['unparsable.md', 'never-closed.md', 'alias-bomb.md', 'huge-front-matter.md', 'name-list.md', 'bad-dates.md', 'invalid-utf8.md', 'utf16.md', 'binary.md', 'nul.md']) {
      assert.ok(at(file).length > 0, `${file} is reported`);
      assert.ok(at(file).every((problem) => problem.line >= 1), `${file} has a line`);
    }
    assert.equal(at('bad-dates.md').length, 2, 'both dates');
    assert.equal(index.client('long-log.md')!.log.length, 200000);
    assert.equal(at('invalid-utf8.md')[0].line, 2, 'the line of the bad bytes');
    assert.equal(at('binary.md')[0].severity, 'warning', 'a file that never claimed to be a dossier');
  });

  it('refuses to edit a dossier whose bytes are not UTF-8', async () => {
    const { planReschedule } = await import('../../src/core/dossier/edit');
    const text = fs.readFileSync(path.join(dir, 'invalid-utf8.md'), 'utf8');
    const plan = planReschedule('invalid-utf8.md', text, { next: { day: 20790 } }, 'Log');
    assert.equal(plan.ok, false);
  });
});
