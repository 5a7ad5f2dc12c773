import * as assert from 'node:assert/strict';
import { isBirthdayLabel } from '../../src/core/notebook/agenda';
import { agenda, dueItems, upcomingDates } from '../../src/core/notebook/queries';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { formatDay, formatTime } from '../../src/core/schedule/calendar';
import { EXAMPLE_NOTEBOOK, day, fixturePath, loadFolder, readFixtureFile } from './fixtures';

const BASIC = fixturePath('notebook-basic');

function summary(index: NotebookIndex, today: string) {
  return agenda(index, day(today)).map((item) => [
    item.bucket,
    item.client.path,
    item.due ? formatDay(item.due.day) + (item.due.time !== undefined ? ` ${formatTime(item.due.time)}` : '') : null,
    item.due?.reason ?? null,
  ]);
}

describe('a notebook on disk (test/fixtures/notebook-basic, today 2026-11-25)', () => {
  let index: NotebookIndex;
  before(async () => {
    index = await loadFolder(BASIC);
  });

  it('finds the dossiers and skips hidden folders, node_modules and non-dossiers', () => {
    assert.deepEqual([...index.clients()].map((client) => client.path).sort(), [
      'anna-nowak.md', 'bernd-keller.md', 'clara-jones.md', 'dmitry-orlov.md', 'eva-lind.yaml',
      'frank-otto.md', 'gosia-zaremba.md', 'hanna-berg.md', 'ivan-petrov.md',
    ]);
  });

  it('files every client under its divider, as worked out by hand in EXPECTED.md', () => {
    assert.deepEqual(summary(index, '2026-11-25'), [
      ['overdue', 'anna-nowak.md', '2026-11-20', 'next_contact'],
      ['today', 'bernd-keller.md', '2026-11-25 14:00', 'next_contact'],
      ['today', 'hanna-berg.md', '2026-11-25', 'cadence 1m, last call 31 days ago'],
      ['tomorrow', 'clara-jones.md', '2026-11-26', 'next_contact'],
      ['this_week', 'dmitry-orlov.md', '2026-11-27', 'next_contact'],
      ['next_week', 'eva-lind.yaml', '2026-12-02 10:00', 'next_contact'],
      ['later', 'frank-otto.md', '2026-12-18', 'next_contact'],
      ['unscheduled', 'gosia-zaremba.md', null, null],
      ['unscheduled', 'ivan-petrov.md', null, null],
    ]);
  });

  it('lists only overdue and due-today clients for `due`, and more with a window', () => {
    assert.deepEqual(dueItems(index, day('2026-11-25')).map((item) => item.client.path), ['anna-nowak.md', 'bernd-keller.md', 'hanna-berg.md']);
    assert.equal(dueItems(index, day('2026-11-25'), 2).length, 5);
  });

  it('reports each problem with its file and line', () => {
    const problems = index.problems().map((p) => `${p.path}:${p.line}:${p.severity}`);
    assert.ok(problems.includes('anna-nowak.md:21:warning'), 'non-entry line in the log');
    assert.ok(problems.includes('anna-nowak.md:22:warning'), 'nps 11');
    assert.ok(problems.includes('ivan-petrov.md:6:error'), 'next_contact 2026-02-30');
    assert.ok(problems.includes('draft.md:1:warning'), 'a dossier without a name');
    const broken = index.problems('broken.md');
    assert.equal(broken.length, 1);
    assert.equal(broken[0].severity, 'error');
    assert.ok(broken[0].line >= 2 && broken[0].line <= 5, `broken.md line ${broken[0].line}`);
    assert.equal(index.problems().length, 5, problems.join('\n'));
  });

  it('reads log entries, amounts, scores and contacts', () => {
    const anna = index.client('anna-nowak.md')!;
    assert.equal(anna.log[0].kind, 'call');
    assert.equal(formatDay(anna.log[0].day), '2026-11-10');
    const payment = anna.log.find((entry) => entry.kind === 'payment')!;
    assert.equal(payment.amount, 12500.5);
    const nps = anna.log.find((entry) => entry.kind === 'nps')!;
    assert.equal(nps.score, undefined, 'an out-of-range score is no score');
    const dmitry = index.client('dmitry-orlov.md')!;
    assert.equal(dmitry.log.find((entry) => entry.kind === 'nps')!.score, 0);
    assert.equal(dmitry.contacts[0].birthday?.month, 12);
  });

  it('finds birthdays and renewals in the coming days, year-less ones included', () => {
    const dates = upcomingDates(index, day('2026-11-25'), 14).map((d) => `${formatDay(d.day)} ${d.client.path} ${d.label}`);
    assert.deepEqual(dates.map((d) => d.split(' ').slice(0, 2).join(' ')), [
      '2026-11-27 bernd-keller.md',
      '2026-12-01 eva-lind.yaml',
      '2026-12-01 dmitry-orlov.md',
    ]);
  });

  it('tells a birthday by its label as written, in the notebook\'s languages, from other dates', () => {
    for (const label of ['Birthday', 'birthday of the CEO', 'Geburtstag', 'Urodziny', 'День рождения', 'Gimtadienis', 'Туған күні', 'Anniversaire', 'Cumpleaños']) assert.ok(isBirthdayLabel(label), label);
    for (const label of ['Contract renewal', 'Company anniversary', 'Imieniny', 'Годовщина свадьбы', '']) assert.ok(!isBirthdayLabel(label), label);
  });
});

describe('the example notebook (examples/notebook, today 2026-11-23)', () => {
  it('matches the due list worked out by hand in EXPECTED.md', async () => {
    const index = await loadFolder(EXAMPLE_NOTEBOOK);
    const expected = readFixtureFile(EXAMPLE_NOTEBOOK, 'EXPECTED.md');
    const rows = expected.split('\n').filter((line) => /^\| (overdue|today|tomorrow|this week|next week|\d{4}-\d{2}|unscheduled) \|/.test(line));
    const bucketNames: Record<string, string> = { 'this week': 'this_week', 'next week': 'next_week' };
    const want = rows.map((row) => {
      const cells = row.split('|').map((cell) => cell.trim());
      const bucket = /^\d{4}-\d{2}$/.test(cells[1]) ? 'later' : bucketNames[cells[1]] ?? cells[1];
      return [bucket, cells[3].replace(/`/g, ''), cells[4] === '—' ? null : cells[4]];
    });
    const got = summary(index, '2026-11-23').map(([bucket, path, due]) => [bucket, path, due]);
    assert.deepEqual(got, want);
    assert.deepEqual(index.problems(), []);
  });
});
