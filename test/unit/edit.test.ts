import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LogRequest, applyEdits, planLog, planReschedule } from '../../src/core/dossier/edit';
import { findLogSection } from '../../src/core/dossier/logSection';
import { findFrontMatter } from '../../src/core/dossier/textLayout';
import { parseDossier } from '../../src/core/dossier/parse';
import { formatDay } from '../../src/core/schedule/calendar';
import { day, english, fixturePath } from './fixtures';

const EDITS = fixturePath('notebook-edits');
const read = (file: string) => fs.readFileSync(path.join(EDITS, file), 'utf8');

function logCall(file: string, extra: Partial<LogRequest> = {}) {
  const text = read(file);
  const plan = planLog(file, text, { day: day('2026-11-25'), kind: 'call', text: 'Agreed on dates', next: { day: day('2026-12-02') }, ...extra }, 'Log');
  assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
  return { before: text, after: plan.text, edits: plan.edits, client: plan.client };
}

/** Everything but the inserted or replaced spans is the same, in order. */
function assertOnlyEdited(before: string, after: string, edits: { start: number; end: number; newText: string }[]) {
  assert.equal(applyEdits(before, edits), after);
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    assert.ok(edit.start >= cursor, 'edits do not overlap');
    cursor = edit.end;
  }
}

describe('lossless edits', () => {
  it('logs into a CRLF dossier, keeping CRLF everywhere and the section after the log', () => {
    const { before, after, edits, client } = logCall('crlf.md');
    assertOnlyEdited(before, after, edits);
    assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
    assert.ok(after.endsWith('\r\n'));
    assert.match(after, /\r\n- 2026-11-25 call: Agreed on dates\r\n/);
    assert.equal(formatDay(client.next!.day), '2026-12-02');
    assert.equal(client.log[0].text, 'Agreed on dates');
    assert.equal(after.split('\n').length, before.split('\n').length + 1, 'one line added, next_contact replaced in place');
  });

  it('keeps a BOM and fills an empty log section before the next section', () => {
    const { before, after } = logCall('bom-crlf.md');
    assert.equal(after.charCodeAt(0), 0xfeff);
    assert.ok(!/[^\r]\n/.test(after));
    assert.ok(after.indexOf('- 2026-11-25 call: Agreed on dates') > after.indexOf('## Log'));
    assert.ok(after.length > before.length);
    const parsed = parseDossier('bom-crlf.md', after, 'Log');
    assert.equal(parsed.kind, 'dossier');
  });

  it('adds a log section at the end of a file without a final newline, and keeps it without one', () => {
    const { before, after, edits } = logCall('quoting.md');
    assertOnlyEdited(before, after, edits);
    assert.equal(edits.length, 2, 'next_contact replaced in place, the log appended');
    assert.ok(after.endsWith('\n\n## Log\n\n- 2026-11-25 call: Agreed on dates'), 'still no final newline');
    assert.ok(after.includes(before.slice(before.indexOf('\n---\n'))), 'the body is untouched');
  });

  it('keeps comments and quoting styles when rescheduling', () => {
    const text = read('quoting.md');
    const plan = planReschedule('quoting.md', text, { next: { day: day('2026-12-07'), time: 9 * 60 }, note: "Bring the 'final' offer: v3" }, 'Log');
    assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
    assert.equal(plan.client.nextNote, "Bring the 'final' offer: v3");
    assert.equal(formatDay(plan.client.next!.day), '2026-12-07');
    const changedLines = plan.text.split('\n').filter((line, i) => line !== text.split('\n')[i]);
    assert.ok(changedLines.length <= 2, changedLines.join('\n'));
    assert.ok(!plan.text.endsWith('\n'));
  });

  it('skips a `## Log` inside a code fence and finds the real log', () => {
    const { after, client } = logCall('custom-heading.md');
    assert.equal(client.log[0].text, 'Agreed on dates');
    const fence = after.indexOf('```');
    assert.ok(after.indexOf('- 2026-11-25 call') > after.indexOf('```', fence + 3));
  });

  it('adds a log entry to YAML dossiers with flow and block lists', () => {
    for (const file of ['flow.yaml', 'block.yaml']) {
      const { before, after, edits, client } = logCall(file);
      assertOnlyEdited(before, after, edits);
      assert.equal(client.log[0].text, 'Agreed on dates', file);
      assert.equal(client.log.length, (parseDossier(file, before, 'Log') as { client: { log: unknown[] } }).client.log.length + 1);
    }
  });

  it('clears the follow-up when asked, removing only those lines', () => {
    const text = read('crlf.md');
    const plan = planReschedule('crlf.md', text, { next: null }, 'Log');
    assert.ok(plan.ok);
    assert.equal(plan.client.next, undefined);
    assert.ok(!/next_contact|next_action|next_note/.test(plan.text));
  });

  it('refuses to write a file whose front matter does not parse, naming the line', () => {
    const broken = fs.readFileSync(path.join(fixturePath('notebook-basic'), 'broken.md'), 'utf8');
    const plan = planReschedule('broken.md', broken, { next: { day: day('2026-12-01') } }, 'Log');
    assert.equal(plan.ok, false);
    assert.ok(!plan.ok && plan.line >= 2 && /does not parse/.test(english(plan.message)));
  });

  it('creates next_contact and a log in a minimal dossier', () => {
    const text = '---\nname: Minimal\n---\n';
    const plan = planLog('m.md', text, { day: day('2026-11-25'), time: 600, kind: 'Meeting', text: 'Met', next: { day: day('2026-12-01') }, action: 'call', note: 'Ask: budget #2' }, 'Log');
    assert.ok(plan.ok);
    assert.equal(plan.text, '---\nname: Minimal\nnext_contact: 2026-12-01\nnext_action: call\nnext_note: "Ask: budget #2"\n---\n\n## Log\n\n- 2026-11-25 10:00 meeting: Met\n');
  });

  // Regressions found by the property tests (editProperties.test.ts).

  it('applies inserts at one offset in the order given, so the inverse of a cleared follow-up restores the file', () => {
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, newText: '1' }, { start: 1, end: 1, newText: '2' }]), 'a12b');
    const text = '---\nname: Acme\nnext_contact: 2026-01-01\nnext_note: ":"\n---\n';
    const plan = planReschedule('a.md', text, { next: null }, 'Log');
    assert.ok(plan.ok);
    let shift = 0;
    const inverse = plan.edits.map((edit) => {
      const start = edit.start + shift;
      shift += edit.newText.length - (edit.end - edit.start);
      return { start, end: start + edit.newText.length, newText: text.slice(edit.start, edit.end) };
    });
    assert.equal(applyEdits(plan.text, inverse), text);
  });

  it('keeps a YAML dossier without a final newline without one when its last key is removed', () => {
    const cases: [string, Parameters<typeof planReschedule>[2], string][] = [
      ['name: Acme\nnext_note: x', { note: '' }, 'name: Acme'],
      ['name: Acme\nnext_contact: 2026-01-01\nnext_note: x', { next: null }, 'name: Acme'],
      ['name: A\nnext_contact: 2026-01-01\nnext_note: x', { next: { day: day('2026-02-02') }, action: 'call', note: '' }, 'name: A\nnext_contact: 2026-02-02\nnext_action: call'],
      ['name: A\nnext_action: x', { next: { day: day('2026-02-02') }, action: '' }, 'name: A\nnext_contact: 2026-02-02'],
      ['name: A\r\nv: |\r\n\r\nnext_note: x', { note: '' }, 'name: A\r\nv: |'],
    ];
    for (const [text, change, expected] of cases) {
      const plan = planReschedule('a.yaml', text, change, 'Log');
      assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
      assertOnlyEdited(text, plan.text, plan.edits);
      assert.equal(plan.text, expected);
    }
  });

  it('closes a code fence only with the same marker: a ~~~ line inside a ``` fence does not hide the log', () => {
    const text = '---\nname: A\n---\n```\n~~~\n```\n\n## Log\n\n- 2026-01-01 call: x\n';
    const block = findFrontMatter(text)!;
    assert.equal(findLogSection(text, block.bodyStart, block.closingLine + 1, 'Log')?.entries.length, 1);
    const plan = planLog('a.md', text, { day: day('2026-01-02'), kind: 'call', text: 'y' }, 'Log');
    assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
    assert.ok(plan.text.endsWith('## Log\n\n- 2026-01-02 call: y\n- 2026-01-01 call: x\n'));
  });

  it('puts the first entry after indented text under the log heading, which it would otherwise swallow', () => {
    const text = '---\nname: A\n---\n## Log\n  indented stray text';
    const plan = planLog('a.md', text, { day: day('2026-01-02'), kind: 'call', text: '' }, 'Log');
    assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
    assert.equal(plan.text, text + '\n\n- 2026-01-02 call:');
    assert.equal(plan.client.log[0].text, '');
  });

  it('writes no trailing spaces and no bare CR from the entry text; a U+2028 in it still reads as an entry', () => {
    const text = '---\nname: A\n---\n';
    const spaces = planLog('a.md', text, { day: day('2026-01-02'), kind: 'call', text: 'trailing   \nnext' }, 'Log');
    assert.ok(spaces.ok);
    assert.ok(spaces.text.endsWith('- 2026-01-02 call: trailing\n  next\n'));
    const cr = planLog('a.md', text, { day: day('2026-01-02'), kind: 'call', text: 'old\rmac' }, 'Log');
    assert.ok(cr.ok, cr.ok ? '' : english(cr.message));
    assert.ok(!cr.text.includes('\r'));
    assert.equal(cr.client.log[0].text, 'old\nmac');
    const separator = planLog('a.md', text, { day: day('2026-01-02'), kind: 'call', text: 'a\u2028b' }, 'Log');
    assert.ok(separator.ok, separator.ok ? '' : english(separator.message));
    assert.equal(separator.client.log[0].text, 'a\u2028b');
  });

  it('never lets a removal change another key (an indented comment would join a block scalar): the value is emptied instead', () => {
    const text = '---\nname: A\nnotes: |\nnext_note: x\n   # about the note\n---\n';
    const plan = planReschedule('a.md', text, { note: '' }, 'Log');
    assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
    assert.equal(plan.text, '---\nname: A\nnotes: |\nnext_note:\n   # about the note\n---\n');
  });
});

describe('clearing a key next to a keep-chomped block scalar', () => {
  it('empties the value instead of removing the line, so the block keeps its blank lines', () => {
    const text = '---\nname: Acme\nx-ref: |+\n  :\nnext_action: call\n\nnotes: n\n---\n';
    const plan = planReschedule('acme.md', text, { action: '' }, 'Log');
    assert.ok(plan.ok, plan.ok ? '' : english(plan.message));
    assert.equal(plan.text, '---\nname: Acme\nx-ref: |+\n  :\nnext_action:\n\nnotes: n\n---\n');
    assert.equal(plan.client.nextAction, undefined);
    const simple = planReschedule('b.md', '---\nname: B\nnext_action: call\nnotes: n\n---\n', { action: '' }, 'Log');
    assert.ok(simple.ok && simple.text === '---\nname: B\nnotes: n\n---\n', 'elsewhere the line goes');
  });
});
