import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SEGMENTS, Segment } from '../../core/analytics/segments';
import { buildCsv, segmentLookup } from '../../core/exchange/csvExport';
import { buildIcs, parseAlarm } from '../../core/exchange/ics';
import { writeFileAtomic } from '../../node/atomicWrite';
import { CliError, Session } from '../session';

const USAGE = `Usage: client-notebook export ics [--out FILE] [--alarm 30m|1h|1d] [--days N]
       client-notebook export csv [--out FILE] [--tag T]... [--stage S]... [--segment X]... [--bom]`;

/** `export ics|csv`: the calendar feed or a mailing list, to stdout or to a file written atomically. */
export function runExport(session: Session, args: string[]): number {
  const [format, ...rest] = args;
  if (format === 'ics') return exportIcs(session, rest);
  if (format === 'csv') return exportCsv(session, rest);
  throw new CliError(format === undefined ? USAGE : `Unknown export format "${format}".\n${USAGE}`, 2);
}

function exportIcs(session: Session, args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, alarm: { type: 'string' }, days: { type: 'string' }, name: { type: 'string' } },
    allowPositionals: false,
  });
  let alarmMinutes: number | undefined;
  if (values.alarm !== undefined) {
    alarmMinutes = parseAlarm(values.alarm);
    if (alarmMinutes === undefined) throw new CliError(`--alarm "${values.alarm}" is not a duration; use e.g. 30m, 1h, 1d or 1w.`, 2);
  }
  let days: number | undefined;
  if (values.days !== undefined) {
    days = Number(values.days);
    if (!/^\d+$/.test(values.days) || !Number.isSafeInteger(days)) throw new CliError(`--days must be a whole number of days, not "${values.days}".`, 2);
  }
  const result = buildIcs(session.index.clients(), session.index.settings, {
    clock: session.clock,
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
    alarmMinutes,
    days,
    calendarName: values.name ?? `Client Notebook: ${path.basename(session.root)}`,
  });
  return emit(session, values.out, result.text, `${result.followUps} follow-ups and ${result.dates} yearly dates`);
}

function exportCsv(session: Session, args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      tag: { type: 'string', multiple: true },
      stage: { type: 'string', multiple: true },
      segment: { type: 'string', multiple: true },
      bom: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const segments = values.segment ?? [];
  const unknown = segments.filter((segment) => !SEGMENTS.includes(segment.toLowerCase() as Segment));
  if (unknown.length) throw new CliError(`--segment "${unknown[0]}" is not a segment; use one of ${SEGMENTS.join(', ')}.`, 2);
  const result = buildCsv(session.index.clients(), {
    tags: values.tag,
    stages: values.stage,
    segments,
    segmentOf: segmentLookup(session.index.settings, session.clock.today()),
    bom: values.bom,
  });
  return emit(session, values.out, result.text, `${result.rows} clients`);
}

function emit(session: Session, out: string | undefined, text: string, what: string): number {
  if (out === undefined) {
    if (session.io.write) session.io.write(text);
    else session.io.out(text.replace(/\r?\n$/, ''));
    return 0;
  }
  const file = path.resolve(out);
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    throw new CliError(`Could not write ${file}: ${(error as Error).message}`);
  }
  session.io.err(`${file}: ${what}.`);
  return 0;
}
