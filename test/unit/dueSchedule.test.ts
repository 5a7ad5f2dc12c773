import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { agendaItemOf, compareAgendaItems } from '../../src/core/notebook/agenda';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { dueItems } from '../../src/core/notebook/queries';
import { Day, formatDay } from '../../src/core/schedule/calendar';
import { day } from './fixtures';

/** The due query as a plain scan and sort of every client: what the schedule must equal. */
function referenceDue(index: NotebookIndex, today: Day, days: number) {
  const until = today + Math.max(0, days);
  return [...index.clients()]
    .map((client) => agendaItemOf(client, index.settings, today))
    .filter((item) => item.due !== undefined && item.due.day <= until)
    .sort(compareAgendaItems);
}

const TODAY = day('2026-11-23');
const names = fc.constantFrom('Anna', 'anna', 'Ánna', 'Zoë', 'Ольга', 'Әсел', 'Łukasz', 'Bob', 'bob', 'Émile', 'Ivan', 'Ивань');
const dossier = fc
  .record({
    name: names,
    next: fc.option(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.option(fc.constantFrom('09:00', '14:30', '08:15'))), { freq: 2 }),
    cadence: fc.option(fc.constantFrom('3d', '1w', '1m')),
    tags: fc.subarray(['vip', 'client', 'other']),
    last: fc.option(fc.integer({ min: -60, max: 0 })),
  })
  .map(({ name, next, cadence, tags, last }) => {
    const lines = ['---', `name: ${name}`];
    if (next) lines.push(`next_contact: ${formatDay(TODAY + next[0])}${next[1] ? ` ${next[1]}` : ''}`);
    if (cadence) lines.push(`cadence: ${cadence}`);
    lines.push(`tags: [${tags.join(', ')}]`, '---', '## Log', '');
    if (last !== null) lines.push(`- ${formatDay(TODAY + last)} call: talked`);
    return lines.join('\n') + '\n';
  });
const path = fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'x/f.md', 'x/g.md', 'h.md');
const change = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constant('set' as const), path, dossier) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('delete' as const), path) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('rename' as const), path, path) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('settings' as const), fc.constantFrom('cadence_by_tag:\n  vip: 2w\n', 'cadence_by_tag:\n  client: 1m\n  vip: 1w\n', '')) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('query' as const), fc.integer({ min: -3, max: 10 })) },
);

describe('the due schedule', function () {
  this.timeout(60_000);
  it('answers every due query like a scan and sort of every client, through sets, deletes, renames and settings changes', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), fc.integer({ min: -5, max: 5 }), (changes, shift) => {
        const index = new NotebookIndex();
        const today = TODAY + shift;
        for (const c of changes) {
          if (c[0] === 'set') index.set(c[1], c[2]);
          else if (c[0] === 'delete') index.delete(c[1]);
          else if (c[0] === 'rename') index.rename(c[1], c[2]);
          else if (c[0] === 'settings') index.set('.client-notebook.yaml', c[1]);
          else assert.deepEqual(dueItems(index, today, c[1]), referenceDue(index, today, c[1]));
        }
        for (const days of [0, 1, 7, 30]) assert.deepEqual(dueItems(index, today, days), referenceDue(index, today, days));
      }),
      { numRuns: 1000 },
    );
  });
});
