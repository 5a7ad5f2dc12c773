import { Line, linesFrom } from './textLayout';
import { EntryParse, LogEntry, NOT_AN_ENTRY, parseEntryText } from './logEntry';

export interface LogIssue {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** The `## Log` section of a Markdown body. */
export interface LogSection {
  heading: Line;
  /** Offset of the first `- ` list item in the section, where a new entry goes. */
  firstItemStart?: number;
  /** Offset where the section ends (the next heading of level 1 or 2, or the end). */
  end: number;
  entries: LogEntry[];
  issues: LogIssue[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** A code fence line: its run of backticks or tildes and what follows (CommonMark). */
function fenceOf(text: string): { marker: string; info: string } | undefined {
  const match = FENCE.exec(text);
  return match && !(match[1][0] === '`' && match[2].includes('`')) ? { marker: match[1], info: match[2] } : undefined;
}

function headingOf(text: string): { level: number; title: string } | undefined {
  const match = HEADING.exec(text);
  return match ? { level: match[1].length, title: match[2].trim() } : undefined;
}

/**
 * Finds the level-2 heading titled `heading` (case-insensitive) in the body
 * that starts at `bodyStart`, and reads its entries. Code fences are skipped
 * when looking for the heading.
 */
export function findLogSection(text: string, bodyStart: number, bodyFirstLine: number, heading: string): LogSection | undefined {
  const wanted = heading.trim().toLowerCase();
  let fence: string | undefined;
  let section: LogSection | undefined;
  let current: { entry: LogEntry; lines: string[] } | undefined;

  const closeEntry = () => {
    if (current && current.lines.length) current.entry.text = [current.entry.text, ...current.lines].join('\n');
    current = undefined;
  };

  for (const line of linesFrom(text, bodyStart, bodyFirstLine)) {
    if (!section) {
      const marker = fenceOf(line.text);
      if (fence === undefined && marker) {
        fence = marker.marker;
        continue;
      }
      if (fence !== undefined) {
        // Closed by a run of the same character, at least as long, with nothing after it.
        if (marker && marker.marker[0] === fence[0] && marker.marker.length >= fence.length && marker.info.trim() === '') fence = undefined;
        continue;
      }
      const found = headingOf(line.text);
      if (found && found.level === 2 && found.title.toLowerCase() === wanted) {
        section = { heading: line, end: text.length, entries: [], issues: [] };
      }
      continue;
    }
    const found = headingOf(line.text);
    if (found && found.level <= 2) {
      section.end = line.start;
      break;
    }
    if (line.text.trim() === '') {
      continue;
    }
    const first = line.text.charCodeAt(0);
    if ((first === 32 || first === 9) && current) {
      current.lines.push(line.text.trim());
      continue;
    }
    closeEntry();
    const item = /^- (.*)$/s.exec(line.text);
    if (item && section.firstItemStart === undefined) section.firstItemStart = line.start;
    const parsed: EntryParse = item ? parseEntryText(item[1], line.number) : { issue: { severity: 'warning', message: NOT_AN_ENTRY } };
    if (parsed.entry) {
      current = { entry: parsed.entry, lines: [] };
      section.entries.push(parsed.entry);
    }
    if (parsed.issue) section.issues.push({ line: line.number, column: 1, ...parsed.issue });
  }
  closeEntry();
  return section;
}
