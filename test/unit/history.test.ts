import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatHistory, historyLogArgs, meaningfulCommits, parseHistory } from '../../src/core/notebook/history';
import { balanceCommitMessage, handoverCommitMessage, importCommitMessage, logCommitMessage, rescheduleCommitMessage } from '../../src/core/notebook/commitMessage';
import { clientsOwnedBy, ownerKey } from '../../src/core/notebook/handover';
import { day, fixturePath, loadFolder, EXAMPLE_NOTEBOOK } from './fixtures';

// Recorded with `git log` and historyLogArgs() on a copy of the example notebook
// after `client-notebook --commit` logged, rescheduled and handed over, and a
// person moved anna-kowalska.md to clients/ (see the commit subjects).
const recorded = (name: string) => fs.readFileSync(path.join(fixturePath('git-history'), `${name}.log`), 'utf8');

describe('history from git log output', () => {
  it('reads a Markdown dossier across a rename: next_contact moves, owner changes, entries added', () => {
    const commits = parseHistory(recorded('anna-kowalska'));
    assert.deepEqual(commits.map((commit) => commit.subject), [
      'Hand-over: 8 clients from Marta Nowicka to Paweł Zieliński',
      'Move Anna to clients/',
      'Reschedule: Anna Kowalska (no follow-up)',
      'Log call: Anna Kowalska (next: 2026-12-01)',
      'Notebook as of November',
    ]);
    assert.deepEqual(commits.map((commit) => commit.path), ['clients/anna-kowalska.md', 'clients/anna-kowalska.md', 'anna-kowalska.md', 'anna-kowalska.md', 'anna-kowalska.md']);
    const [handover, moved, cleared, logged, first] = commits;
    assert.deepEqual(handover.owner, { from: 'Marta Nowicka', to: 'Paweł Zieliński' });
    assert.equal(handover.next, undefined);
    assert.deepEqual([moved.next, moved.owner, moved.added, moved.removed], [undefined, undefined, [], []]);
    assert.deepEqual(cleared.next, { from: '2026-12-01', to: null });
    assert.deepEqual(logged.next, { from: '2026-11-16', to: '2026-12-01' });
    assert.deepEqual(logged.added, [{ date: '2026-11-23', kind: 'call', text: 'Budget approved: 42 people' }]);
    assert.equal(logged.author, 'Marta Nowicka');
    assert.equal(logged.email, 'marta@example.com');
    assert.equal(logged.date, '2026-11-23T10:15:00+01:00');
    assert.equal(moved.author, 'Paweł Zieliński');
    assert.deepEqual(first.next, { from: null, to: '2026-11-16' });
    assert.equal(first.added.length, 9);
    assert.deepEqual(first.added[0], { date: '2026-11-09 10:15', kind: 'call', text: 'Wstępnie 42 osoby na Lizbonę (12–15.03.2027); czeka na decyzję zarządu w sprawie budżetu.' });
    assert.deepEqual(meaningfulCommits(commits).map((commit) => commit.commit.slice(0, 7)), ['0a8c333', 'a58acd6', 'f1f9635', '8fcd7e0']);
  });

  it('reads a YAML dossier: quoted log items, a time on next_contact', () => {
    const [rescheduled, logged, first] = parseHistory(recorded('aigerim-seitkali'));
    assert.deepEqual(rescheduled.next, { from: '2026-12-01', to: '2026-11-27' });
    assert.deepEqual(logged.next, { from: '2026-11-27 15:00', to: '2026-12-01' });
    assert.deepEqual(logged.added, [{ date: '2026-11-23', kind: 'call', text: 'Agreed on "Borovoe" dates' }]);
    assert.equal(logged.subject, 'Log call: Айгерім Сейтқали (next: 2026-12-01)');
    assert.deepEqual(first.added.map((entry) => `${entry.date} ${entry.kind}`), ['2026-11-20 message', '2026-11-11 email', '2026-10-29 16:30 call', '2026-10-15 referral']);
    assert.deepEqual(first.owner, { from: null, to: 'Paweł Zieliński' });
  });

  it('handles CRLF, quoted and commented values, removed and edited entries, and empty output', () => {
    const output = [
      '\x1eabc123\x1fAna\x1fana@x\x1f2026-11-02T08:00:00-08:00\x1fTidy up\r',
      '\r',
      'diff --git a/a.md b/a.md\r',
      '--- a/a.md\r',
      '+++ b/a.md\r',
      '@@ -3 +3 @@\r',
      "-next_contact: '2026-11-05'   # before the trip\r",
      '+next_contact: "2026-11-06 09:30"\r',
      '@@ -12,2 +12,2 @@\r',
      '-- 2026-11-01 call: Typo in teh text\r',
      '+- 2026-11-01 call: Typo in the text\r',
      '-- 2026-10-01 note: moved\r',
      '+- 2026-10-01 note: moved\r',
      '+Just a line of notes\r',
      '',
    ].join('\n');
    const [commit] = parseHistory(output);
    assert.deepEqual(commit.next, { from: '2026-11-05', to: '2026-11-06 09:30' });
    assert.deepEqual(commit.added, [{ date: '2026-11-01', kind: 'call', text: 'Typo in the text' }]);
    assert.deepEqual(commit.removed, [{ date: '2026-11-01', kind: 'call', text: 'Typo in teh text' }]);
    assert.equal(commit.subject, 'Tidy up');
    assert.deepEqual(parseHistory(''), []);
    assert.match(formatHistory('a.md', 'Ana', [commit]), /2026-11-02  abc123  Ana  Tidy up\n {4}next_contact: 2026-11-05 -> 2026-11-06 09:30\n {4}\+ 2026-11-01 call: Typo in the text\n {4}- 2026-11-01 call: Typo in teh text/);
  });

  it('asks git for a followed, context-free patch of one path, taken after --', () => {
    const args = historyLogArgs('-weird name.md');
    assert.deepEqual(args.slice(-2), ['--', '-weird name.md']);
    assert.ok(args.includes('--follow') && args.includes('--unified=0') && args.includes('--no-ext-diff'));
  });
});

describe('commit messages', () => {
  it('read like a diary', () => {
    assert.equal(logCommitMessage('Call', 'Anna Kowalska', { day: day('2026-12-01') }), 'Log call: Anna Kowalska (next: 2026-12-01)');
    assert.equal(logCommitMessage('meeting', 'Anna Kowalska', undefined), 'Log meeting: Anna Kowalska');
    assert.equal(rescheduleCommitMessage({ name: 'Anna Kowalska' }, { day: day('2026-12-01'), time: 570 }), 'Reschedule: Anna Kowalska (next: 2026-12-01 09:30)');
    assert.equal(rescheduleCommitMessage({ count: 3 }, null), 'Reschedule: 3 clients (no follow-up)');
    assert.equal(balanceCommitMessage(5), 'Balance: 5 follow-ups moved');
    assert.equal(balanceCommitMessage(1), 'Balance: 1 follow-up moved');
    assert.equal(importCommitMessage(12), 'Import: 12 clients');
    assert.equal(handoverCommitMessage(1, 'Marta', 'Jan'), 'Hand-over: 1 client from Marta to Jan');
  });
});

describe('hand-over matching', () => {
  it('ignores case, spacing and composition of the owner', async () => {
    assert.equal(ownerKey('  MARTA   nowicka '), ownerKey('Marta Nowicka'));
    assert.equal(ownerKey('Pawe\u0142 Zieli\u0144ski'), ownerKey('PAWEŁ ZIELIN\u0301SKI'));
    const index = await loadFolder(EXAMPLE_NOTEBOOK);
    assert.equal(clientsOwnedBy(index.clients(), 'marta  NOWICKA').length, 8);
    assert.deepEqual(clientsOwnedBy(index.clients(), 'Marta').map((client) => client.path), []);
  });
});
