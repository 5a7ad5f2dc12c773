import { parse } from 'csv-parse/sync';

/** A table read from a CSV or TSV file or from a spreadsheet's clipboard. */
export interface Table {
  delimiter: string;
  /** Column titles; `Column 1`, `Column 2`, … when the table has no header row. */
  headers: string[];
  hasHeader: boolean;
  rows: TableRow[];
}

export interface TableRow {
  /** The line of the source the row starts on (1-based). */
  line: number;
  cells: string[];
}

const CANDIDATES = ['\t', ',', ';', '|'];

/** Counts a delimiter outside double quotes, line by line (a quoted cell may span lines). */
function countsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  for (let index = 0; index < text.length && counts.length < maxLines; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
    else if (!quoted && char === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (counts.length < maxLines && count) counts.push(count);
  return counts;
}

/**
 * The delimiter that splits the most lines into the same number of cells:
 * tab for a paste from a spreadsheet, `,` or `;` (European Excel) for CSV.
 */
export function detectDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = countsPerLine(text, delimiter, 30).filter((count) => count > 0);
    if (!counts.length) continue;
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [modeCount, modeLines] = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const score = modeLines * 1000 + modeCount;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

const LOOKS_LIKE_DATA = /@|^\+?[\d\s()./-]{6,}$/;

/**
 * Reads a delimited table. Skips a preamble of notes before the header (as
 * LinkedIn's Connections.csv has): the header is the first row with at least
 * two filled cells that are not data. A first row holding an e-mail address
 * or a phone number is data, and the columns are numbered instead.
 */
export function parseTable(input: string, delimiter = detectDelimiter(input.replace(/^\uFEFF/, ''))): Table {
  // One line ending, so that csv-parse counts lines right (it miscounts CRLF inside quoted cells).
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records = parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows: TableRow[] = records.map(({ record, info }) => ({
    line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
  const filled = (row: TableRow) => row.cells.filter((cell) => cell.trim() !== '').length;
  const widest = Math.max(0, ...rows.map((row) => row.cells.length));
  // The header: the first row as wide as the table's rows tend to be (a preamble line is one cell).
  let start = rows.findIndex((row) => filled(row) >= 2 || (widest === 1 && filled(row) >= 1));
  if (start < 0) start = 0;
  const first = rows[start];
  const hasHeader = first !== undefined && !first.cells.some((cell) => LOOKS_LIKE_DATA.test(cell.trim()));
  const width = Math.max(0, ...rows.slice(start).map((row) => row.cells.length));
  const headers = hasHeader
    ? Array.from({ length: width }, (_, index) => first.cells[index]?.trim() || `Column ${index + 1}`)
    : Array.from({ length: width }, (_, index) => `Column ${index + 1}`);
  const body = rows.slice(hasHeader ? start + 1 : start).filter((row) => filled(row) > 0);
  return { delimiter, headers, hasHeader, rows: body };
}
