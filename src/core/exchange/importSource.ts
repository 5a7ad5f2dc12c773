import { ColumnMapping, ContactRecord, MappingError, TableSource, autoMap, mapsAName, parseMapSpec, recordsFromTable } from './columns';
import { Table, parseTable } from './table';
import { looksLikeVCard, parseVCards } from './vcard';

/** What an import reads: a vCard file, or a table with its column mapping. */
export type ImportSource =
  | { kind: 'vcard'; source: 'vcard'; records: ContactRecord[] }
  | { kind: 'table'; source: TableSource; table: Table; mapping: ColumnMapping; records: ContactRecord[] };

/**
 * Reads contacts from a file's text or a paste: vCard when it holds
 * `BEGIN:VCARD`, else a CSV/TSV table (delimiter detected). A table's
 * columns are mapped by `map` when given, else by their headers; a table
 * whose mapping names no client (no name, first/last name or company
 * column) throws a MappingError that lists its columns.
 */
export function readImportSource(text: string, map?: string | Record<string, string>): ImportSource {
  if (looksLikeVCard(text)) return { kind: 'vcard', source: 'vcard', records: parseVCards(text) };
  const table = parseTable(text);
  return mapTable(table, map);
}

/** A table's contacts by a mapping: a `--map` spec, field -> column pairs, a mapping per column, or the headers. */
export function mapTable(table: Table, map?: string | Record<string, string> | ColumnMapping): ImportSource {
  const auto = autoMap(table.headers);
  const mapping = map === undefined ? auto.mapping : Array.isArray(map) ? map : parseMapSpec(map as string | Record<string, string>, table.headers);
  // A table of unknown origin whose name column was not recognised is mapped by the user, not guessed from a company column.
  const unsure = map === undefined && auto.source === 'table' && mapping.includes('skip') && !mapping.some((field) => field === 'name' || field === 'first_name' || field === 'last_name');
  if (unsure || !mapsAName(mapping)) {
    throw new MappingError({ code: 'import.noNameColumn', columns: [...table.headers] });
  }
  return { kind: 'table', source: map === undefined ? auto.source : 'table', table, mapping, records: recordsFromTable(table, mapping) };
}
