import { Day } from '../schedule/calendar';
import { AgendaItem, ImportantDateOccurrence, agendaItemOf, compareAgendaItems, importantDatesOf } from './agenda';
import { NotebookIndex } from './notebookIndex';
import { compareNames } from '../text';

/** Every client with its due date and bucket, in agenda order. */
export function agenda(index: NotebookIndex, today: Day): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const client of index.clients()) items.push(agendaItemOf(client, index.settings, today));
  return items.sort(compareAgendaItems);
}

/** Overdue clients and those due from today to `today + days`, touching only those. */
export function dueItems(index: NotebookIndex, today: Day, days = 0): AgendaItem[] {
  const until = today + Math.max(0, days);
  return index.dueSchedule().dueBy(until, today).map((client) => agendaItemOf(client, index.settings, today));
}

/** Important dates and contacts' birthdays from today to `today + days`, soonest first. */
export function upcomingDates(index: NotebookIndex, today: Day, days: number): ImportantDateOccurrence[] {
  const found: ImportantDateOccurrence[] = [];
  for (const client of index.clients()) found.push(...importantDatesOf(client, today, days));
  return found.sort((a, b) => a.day - b.day || compareNames(a.client.name, b.client.name) || compareNames(a.person, b.person));
}
