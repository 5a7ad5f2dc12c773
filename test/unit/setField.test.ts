import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, planSetField } from '../../src/core/dossier/edit';
import { english, fixturePath } from './fixtures';

const EDITS = fixturePath('notebook-edits');
const read = (file: string) => fs.readFileSync(path.join(EDITS, file), 'utf8');

function set(file: string, text: string, key: string, value: string) {
  const plan = planSetField(file, text, key, value, 'Log');
  assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
  assert.equal(applyEdits(text, plan.edits), plan.text);
  return plan;
}


describe('planSetField: one top-level key, nothing else', () => {
  it('replaces owner in place, keeping a comment, the quoting, CRLF and the missing final newline', () => {
    const text = '---\r\nname: Ola\r\nowner: "Marta Nowicka"   # since 2024\r\nstage: lead\r\n---\r\n\r\nBody';
    const plan = set('ola.md', text, 'owner', 'Paweł Zieliński');
    assert.equal(plan.text, '---\r\nname: Ola\r\nowner: "Paweł Zieliński"   # since 2024\r\nstage: lead\r\n---\r\n\r\nBody');
    assert.equal(plan.client.owner, 'Paweł Zieliński');
    assert.equal(plan.edits.length, 1);
  });

  it('adds the key at the end of the mapping when it is missing, in a Markdown and a YAML dossier', () => {
    const md = read('quoting.md');
    const plan = set('quoting.md', md, 'owner', 'Jan: the new one');
    assert.match(plan.text, /\nvendor_rating: 4\.5 {13}# unknown key with a comment\nowner: "Jan: the new one"\n---\n/);
    assert.equal(plan.text.replace('owner: "Jan: the new one"\n', ''), md);
    for (const file of ['block.yaml', 'flow.yaml']) {
      const yaml = read(file);
      const result = set(file, yaml, 'owner', 'Jan');
      assert.equal(result.client.owner, 'Jan');
      assert.equal(result.text.replace(/^owner: Jan\r?\n/m, ''), yaml, file);
    }
  });

  it('refuses lists, the schedule keys, an empty value and a file that does not parse', () => {
    const md = read('quoting.md');
    for (const key of ['tags', 'log', 'next_contact', 'bad key']) assert.equal(planSetField('quoting.md', md, key, 'x', 'Log').ok, false, key);
    assert.equal(planSetField('quoting.md', md, 'owner', '  ', 'Log').ok, false);
    const broken = planSetField('b.md', '---\nname: [unclosed\n---\n', 'owner', 'Jan', 'Log');
    assert.equal(broken.ok, false);
    const nested = planSetField('n.md', '---\nname: N\nowner:\n  team: A\n---\n', 'owner', 'Jan', 'Log');
    assert.equal(nested.ok, false);
  });
});
