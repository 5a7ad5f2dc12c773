import { Day } from '../schedule/calendar';
import { Client } from '../dossier/dossier';
import { AgendaItem, ImportantDateOccurrence, agendaItemOf, compareAgendaItems, dueDayOf, importantDatesOf } from './agenda';
import { NotebookIndex } from './notebookIndex';

/** Every client with its due date and bucket, in agenda order. */
export function agenda(index: NotebookIndex, today: Day): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const client of index.clients()) items.push(agendaItemOf(client, index.settings, today));
  return items.sort(compareAgendaItems);
}

/** Each client's due day (NaN when unscheduled), kept per index until its next change. */
const schedules = new WeakMap<NotebookIndex, { revision: number; clients: readonly Client[]; days: Float64Array }>();

function scheduleOf(index: NotebookIndex): { clients: readonly Client[]; days: Float64Array } {
  let schedule = schedules.get(index);
  if (schedule?.revision !== index.revision) {
    const clients = index.clientList();
    const days = new Float64Array(clients.length);
    for (let i = 0; i < clients.length; i++) days[i] = dueDayOf(clients[i], index.settings) ?? NaN;
    schedule = { revision: index.revision, clients, days };
    schedules.set(index, schedule);
  }
  return schedule;
}

/** Overdue clients and those due from today to `today + days`. */
export function dueItems(index: NotebookIndex, today: Day, days = 0): AgendaItem[] {
  const until = today + Math.max(0, days);
  const { clients, days: dueDays } = scheduleOf(index);
  const items: AgendaItem[] = [];
  for (let i = 0; i < clients.length; i++) {
    // NaN (unscheduled) fails the comparison; DUE_TODAY (-Infinity) always passes.
    if (dueDays[i] <= until) items.push(agendaItemOf(clients[i], index.settings, today));
  }
  return items.sort(compareAgendaItems);
}

/** Important dates and contacts' birthdays from today to `today + days`, soonest first. */
export function upcomingDates(index: NotebookIndex, today: Day, days: number): ImportantDateOccurrence[] {
  const found: ImportantDateOccurrence[] = [];
  for (const client of index.clients()) found.push(...importantDatesOf(client, today, days));
  return found.sort((a, b) => a.day - b.day || a.client.name.localeCompare(b.client.name) || a.person.localeCompare(b.person));
}
