import * as assert from 'node:assert/strict';
import { punctuality, weekComparison } from '../../src/core/analytics/activity';
import { notebookNps, npsByMonth, summarize } from '../../src/core/analytics/nps';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { agenda } from '../../src/core/notebook/queries';
import { dailyLoad, loadLevel, proposeBalance } from '../../src/core/notebook/workload';
import { formatDay } from '../../src/core/schedule/calendar';
import { day, fixturePath, loadFolder } from './fixtures';

const WORKDAYS = new Set([1, 2, 3, 4, 5] as const);

function dossier(name: string, next: string, log: string[] = [], extra = ''): string {
  return `---\nname: ${name}\nnext_contact: ${next}\n${extra}---\n\n## Log\n\n${log.map((line) => `- ${line}`).join('\n')}\n`;
}

describe('the day\'s load', () => {
  it('counts follow-ups per day, with overdue work on today, and grades the load', async () => {
    const index = await loadFolder(fixturePath('notebook-basic'));
    const today = day('2026-11-25');
    const loads = dailyLoad(agenda(index, today), day('2026-11-23'), day('2026-11-29'), today, 2, WORKDAYS);
    assert.deepEqual(loads.map((load) => [formatDay(load.day), load.count, load.level, load.working]), [
      ['2026-11-23', 0, 'none', true],
      ['2026-11-24', 0, 'none', true],
      ['2026-11-25', 3, 'over', true],
      ['2026-11-26', 1, 'light', true],
      ['2026-11-27', 1, 'light', true],
      ['2026-11-28', 0, 'none', false],
      ['2026-11-29', 0, 'none', false],
    ]);
    assert.equal(loadLevel(2, 2), 'full');
    assert.equal(loadLevel(2, 3), 'busy');
  });
});

describe('Balance', () => {
  function crowdedIndex(): NotebookIndex {
    const index = new NotebookIndex();
    index.set('old.md', dossier('Overdue Olga', '2026-11-20'));
    index.set('meeting.md', dossier('Fixed Meeting', '2026-11-25 10:00'));
    for (let i = 0; i < 5; i++) index.set(`c${i}.md`, dossier(`Crowd ${i}`, '2026-11-25'));
    index.set('late.md', dossier('Later Lena', '2026-12-20'));
    return index;
  }

  it('moves overdue and overflow follow-ups to the lightest working days, never past the pinned date', () => {
    const index = crowdedIndex();
    const today = day('2026-11-25');
    const moves = proposeBalance(agenda(index, today), { today, until: day('2026-11-27'), capacity: 3, workingDays: WORKDAYS });
    const summary = moves.map((move) => `${move.item.client.name} ${formatDay(move.from)} -> ${formatDay(move.to)}`);
    // Today keeps the meeting and two of the crowd; Olga, and three of the crowd go to Thursday and Friday.
    assert.deepEqual(summary, [
      'Overdue Olga 2026-11-20 -> 2026-11-26',
      'Crowd 2 2026-11-25 -> 2026-11-27',
      'Crowd 3 2026-11-25 -> 2026-11-26',
      'Crowd 4 2026-11-25 -> 2026-11-27',
    ]);
    assert.ok(moves.every((move) => move.to <= day('2026-11-27') && move.to >= today));
    assert.ok(!moves.some((move) => move.item.client.name === 'Fixed Meeting'), 'an appointment with a time stays');
    assert.ok(!moves.some((move) => move.item.client.name === 'Later Lena'), 'nothing past the pinned date moves');
  });

  it('skips weekends and proposes nothing when every day is within capacity', () => {
    const index = crowdedIndex();
    const friday = day('2026-11-27');
    const moves = proposeBalance(agenda(index, friday), { today: friday, until: day('2026-11-30'), capacity: 10, workingDays: WORKDAYS });
    assert.ok(moves.every((move) => ['2026-11-27', '2026-11-30'].includes(formatDay(move.to))), 'no Saturday or Sunday');
    const calm = new NotebookIndex();
    calm.set('a.md', dossier('Calm', '2026-11-26'));
    assert.deepEqual(proposeBalance(agenda(calm, day('2026-11-25')), { today: day('2026-11-25'), until: day('2026-12-02'), capacity: 3, workingDays: WORKDAYS }), []);
  });
});

describe('NPS', () => {
  it('counts each client\'s latest score: promoters 9-10, passives 7-8, detractors 0-6', () => {
    assert.deepEqual(summarize([10, 9, 8, 7, 6, 0]), { promoters: 2, passives: 2, detractors: 2, index: 0 });
    assert.deepEqual(summarize([10, 10, 3]), { promoters: 2, passives: 0, detractors: 1, index: 33 });
    assert.deepEqual(summarize([]), { promoters: 0, passives: 0, detractors: 0, index: null });
    const index = new NotebookIndex();
    index.set('a.md', dossier('A', '2026-12-01', ['2026-11-10 nps: 10 great', '2026-09-01 nps: 3 slow']));
    index.set('b.md', dossier('B', '2026-12-01', ['2026-10-05 nps: 6 meh']));
    index.set('c.md', dossier('C', '2026-12-01', ['2026-10-20 nps: 8 fine', '2026-09-15 nps: 9 good']));
    assert.deepEqual(notebookNps(index.clients()), { promoters: 1, passives: 1, detractors: 1, index: 0 });
    assert.deepEqual(notebookNps(index.clients(), -Infinity, day('2026-09-30')), { promoters: 1, passives: 0, detractors: 1, index: 0 });
    assert.deepEqual(npsByMonth(index.clients(), day('2026-09-01'), day('2026-11-30')).map((month) => [month.month, month.index]), [
      ['2026-09', 0],
      ['2026-10', -50],
      ['2026-11', 100],
    ]);
  });
});

describe('the week in numbers', () => {
  it('compares this week so far with last week, by kind', () => {
    const index = new NotebookIndex();
    index.set('a.md', dossier('A', '2026-12-01', ['2026-11-24 call: x', '2026-11-23 email: y', '2026-11-20 call: z', '2026-11-16 call: w', '2026-11-15 note: internal']));
    const week = weekComparison(index.clients(), day('2026-11-25'), 1);
    assert.equal(formatDay(week.thisWeekStart), '2026-11-23');
    assert.deepEqual([...week.thisWeek], [['call', 1], ['email', 1]]);
    assert.deepEqual([...week.lastWeek], [['call', 2]]);
  });

  it('counts follow-ups on time when they came within the cadence of the previous one', () => {
    const index = new NotebookIndex();
    index.set('a.md', dossier('A', '2026-12-01', ['2026-11-20 call: on time', '2026-11-10 call: late', '2026-09-01 call: first'], 'cadence: 2w\n'));
    assert.deepEqual(punctuality(index.clients(), index.settings, day('2026-11-01'), day('2026-11-30')), { onTime: 1, late: 1 });
  });
});
