/**
 * A mailing list of the notebook's clients as CSV (RFC 4180: CRLF, fields
 * quoted when they hold the delimiter, a quote or a line break), for a mail
 * merge or a newsletter tool, optionally with a BOM so that Excel reads UTF-8
 * and with semicolons where Excel expects them.
 */
import { stringify } from 'csv-stringify/sync';
import { orderProfile, segmentOf } from '../analytics/segments';
import { Client } from '../dossier/dossier';
import { NotebookSettings } from '../notebook/settings';
import { Day } from '../schedule/calendar';
import { compareCodeUnits, compareNames } from '../text';

export interface CsvExportOptions {
  /** Keep clients with any of these tags (all clients when empty). */
  tags?: string[];
  /** Keep clients in any of these stages (all when empty). */
  stages?: string[];
  /** Keep clients in any of these order segments (all when empty); needs `segmentOf`. */
  segments?: string[];
  /** The client's order segment, from the statistics; adds a `segment` column. */
  segmentOf?: (client: Client) => string | undefined;
  /** Start with a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
  /** Between fields: `,` (the default), or `;`, see {@link excelDelimiter}. */
  delimiter?: CsvDelimiter;
}

export type CsvDelimiter = ',' | ';';

/**
 * What Excel splits a CSV file on when it opens it: the list separator of the system's
 * settings, `;` wherever the decimal separator is a comma (German, Polish, Russian,
 * Lithuanian, Kazakh), else `,`. (A `sep=` line would say it in the file, but then
 * Excel ignores the byte order mark and garbles every non-Latin letter.)
 */
export function excelDelimiter(locale: string): CsvDelimiter {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

export interface CsvExport {
  text: string;
  rows: number;
}

export const CSV_COLUMNS = ['name', 'company', 'email', 'phone', 'tags', 'stage', 'owner'] as const;

/** The statistics' order segment of each client as of `today` (see the README, "Numbers"). */
export function segmentLookup(settings: NotebookSettings, today: Day): (client: Client) => string | undefined {
  return (client) => segmentOf(orderProfile(client, today), today, settings);
}

const fold = (text: string) => text.trim().toLocaleLowerCase();

/** The clients the filters keep, sorted by name (then path). */
export function selectClients(clients: Iterable<Client>, options: CsvExportOptions): Client[] {
  const tags = new Set((options.tags ?? []).map(fold));
  const stages = new Set((options.stages ?? []).map(fold));
  const segments = new Set((options.segments ?? []).map(fold));
  if (segments.size && !options.segmentOf) throw new Error('Filtering by segment needs the order segments, which are not available.');
  const kept: Client[] = [];
  for (const client of clients) {
    if (tags.size && !client.tags.some((tag) => tags.has(fold(tag)))) continue;
    if (stages.size && !(client.stage !== undefined && stages.has(fold(client.stage)))) continue;
    if (segments.size) {
      const segment = options.segmentOf!(client);
      if (segment === undefined || !segments.has(fold(segment))) continue;
    }
    kept.push(client);
  }
  return kept.sort((a, b) => compareNames(a.name, b.name) || compareCodeUnits(a.path, b.path));
}

export function buildCsv(clients: Iterable<Client>, options: CsvExportOptions = {}): CsvExport {
  const selected = selectClients(clients, options);
  const header: string[] = [...CSV_COLUMNS];
  if (options.segmentOf) header.push('segment');
  header.push('path');
  const records = selected.map((client) => {
    const row = [
      client.name,
      client.company ?? '',
      client.emails[0] ?? '',
      client.phones[0] ?? '',
      client.tags.join(', '),
      client.stage ?? '',
      client.owner ?? '',
    ];
    if (options.segmentOf) row.push(options.segmentOf(client) ?? '');
    row.push(client.path);
    return row.map(defuse);
  });
  const text = stringify([header, ...records], { delimiter: options.delimiter ?? ',', record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
  return { text: (options.bom ? '\uFEFF' : '') + text, rows: records.length };
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (CSV injection): such a cell gets a leading apostrophe, except a
 * phone number like `+48 600 100 200`, which is left as it is.
 */
function defuse(value: string): string {
  if (!/^[=+@\t\r-]/.test(value)) return value;
  if (/^[+-]?[-\d\s()./]+$/.test(value)) return value;
  return `'${value}`;
}
