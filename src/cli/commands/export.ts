import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SEGMENTS, Segment } from '../../core/analytics/segments';
import { buildCsv, segmentLookup } from '../../core/exchange/csvExport';
import { buildIcs, parseAlarm } from '../../core/exchange/ics';
import { writeFileAtomic } from '../../node/atomicWrite';
import * as l10n from '@vscode/l10n';
import { CliError, Session } from '../session';

/** Two forms, each on its own line: an indent cannot line up under `Usage:` in every language. */
const usage = () => `${l10n.t('Usage:')}
  client-notebook export ics [--out FILE] [--alarm 30m|1h|1d] [--days N]
  client-notebook export csv [--out FILE] [--tag T]... [--stage S]... [--segment X]... [--bom] [--semicolon]`;

/** `export ics|csv`: the calendar feed or a mailing list, to stdout or to a file written atomically. */
export function runExport(session: Session, args: string[]): number {
  const [format, ...rest] = args;
  if (format === 'ics') return exportIcs(session, rest);
  if (format === 'csv') return exportCsv(session, rest);
  throw new CliError(format === undefined ? usage() : `${l10n.t('Unknown export format "{0}".', format)}\n${usage()}`, 2);
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
    if (alarmMinutes === undefined) throw new CliError(l10n.t('--alarm "{0}" is not a duration; use e.g. 30m, 1h, 1d or 1w.', values.alarm), 2);
  }
  let days: number | undefined;
  if (values.days !== undefined) {
    days = Number(values.days);
    if (!/^\d+$/.test(values.days) || !Number.isSafeInteger(days)) throw new CliError(l10n.t('--days must be a whole number of days, not "{0}".', values.days), 2);
  }
  const result = buildIcs(session.index.clients(), session.index.settings, {
    clock: session.clock,
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
    alarmMinutes,
    days,
    calendarName: values.name ?? `Client Notebook: ${path.basename(session.root)}`,
  });
  return emit(session, values.out, result.text, l10n.t('{0} follow-ups and {1} yearly dates', result.followUps, result.dates));
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
      semicolon: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const segments = values.segment ?? [];
  const unknown = segments.filter((segment) => !SEGMENTS.includes(segment.toLowerCase() as Segment));
  if (unknown.length) throw new CliError(l10n.t('--segment "{0}" is not a segment; use one of {1}.', unknown[0], SEGMENTS.join(', ')), 2);
  const result = buildCsv(session.index.clients(), {
    tags: values.tag,
    stages: values.stage,
    segments,
    segmentOf: segmentLookup(session.index.settings, session.clock.today()),
    bom: values.bom,
    delimiter: values.semicolon ? ';' : ',',
  });
  return emit(session, values.out, result.text, l10n.t('{0} clients', result.rows));
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
    throw new CliError(l10n.t('Could not write {0}: {1}', file, (error as Error).message));
  }
  session.io.err(`${file}: ${what}.`);
  return 0;
}
