import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { EntryParse, LogEntry, NOT_AN_ENTRY, parseEntryText } from '../../src/core/dossier/logEntry';
import { LogSection, findLogSection } from '../../src/core/dossier/logSection';
import { FrontMatterBlock, findFrontMatter, hasBom, linesFrom } from '../../src/core/dossier/textLayout';

// The line-by-line implementations that the indexOf scanners replaced, kept as the
// reference: the scanners must find exactly the same things.

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function fenceOf(text: string): { marker: string; info: string } | undefined {
  const match = FENCE.exec(text);
  return match && !(match[1][0] === '`' && match[2].includes('`')) ? { marker: match[1], info: match[2] } : undefined;
}
function headingOf(text: string): { level: number; title: string } | undefined {
  const match = HEADING.exec(text);
  return match ? { level: match[1].length, title: match[2].trim() } : undefined;
}

function referenceFrontMatter(text: string): FrontMatterBlock | undefined {
  const begin = hasBom(text) ? 1 : 0;
  if (!text.startsWith('---', begin)) return undefined;
  let afterFence = begin + 3;
  while (text[afterFence] === ' ' || text[afterFence] === '\t') afterFence++;
  if (text[afterFence] === '\r') afterFence++;
  if (afterFence < text.length && text[afterFence] !== '\n') return undefined;
  const yamlStart = Math.min(afterFence + 1, text.length);
  let lastLine = 1;
  for (const line of linesFrom(text, yamlStart, 2)) {
    lastLine = line.number;
    const content = line.text.trimEnd();
    if (content === '---' || content === '...') {
      return { yamlStart, yamlEnd: line.start, bodyStart: line.next, yamlFirstLine: 2, closingLine: line.number, closed: true };
    }
  }
  return { yamlStart, yamlEnd: text.length, bodyStart: text.length, yamlFirstLine: 2, closingLine: lastLine, closed: false };
}

function referenceLogSection(text: string, bodyStart: number, bodyFirstLine: number, heading: string): LogSection | undefined {
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
    const parsed: EntryParse = item ? parseEntryText(item[1], line.number) : { issue: NOT_AN_ENTRY };
    if (parsed.entry) {
      current = { entry: parsed.entry, lines: [] };
      section.entries.push(parsed.entry);
    }
    if (parsed.issue) section.issues.push({ line: line.number, column: 1, ...parsed.issue });
  }
  closeEntry();
  return section;
}

const piece = fc.constantFrom<string>(
  '---', '...', '--- ', '---\t', '---\u00a0', '---x', '----', ' ---', '..', 'name: A', 'a: b', '',
  '## Log', '## log ##', '##  Log  ', '# Title', '### Log', '## Notes', '##Log', '#', '## Journal',
  '```', '```js', '~~~', '````', '   ```', '    ```', '``` `x`', '~~~ info',
  '- 2026-11-20 call: Discussed', '- 2026-11-20 14:30 meeting: Met', '- 2026-13-40 call: bad', '- not an entry',
  '-no space', '- ', '-', '  continued text', '\tcontinued', '   ', 'plain text', '- 2026-10-15 order: 12500 PLN',
  '- 2026-10-01 nps: 11', '- 2026-10-01 nps: 9 great', '\u00a0', '\u2028', 'x\ry', '- 2026-11-20 call: a\u2028b',
);
const entryPiece = fc.constantFrom<string>('- 2026-11-20 call: Discussed', '- 2026-11-02 meeting: Met', '  Follow-up: send it', '- 2026-10-15 order: 12500 PLN', '- x', '');
const line = fc.oneof(piece, entryPiece);
const eol = fc.constantFrom('\n', '\r\n', '\n', '\r');
const logHeading = fc.constantFrom<string>('## Log', '## log ##', '##  Log  ', '## Journal', '## Log\t#');
const document = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 30 }), fc.boolean(), fc.option(fc.tuple(fc.nat(), logHeading, eol), { freq: 3 }))
  .map(([bom, lines, opening, log]) => {
    if (log) lines.splice(log[0] % (lines.length + 1), 0, [log[1], log[2]]);
    return (bom ? '\ufeff' : '') + (opening ? '---\n' : '') + lines.map(([l, e]) => l + e).join('');
  })
  .chain((text) => fc.tuple(fc.constant(text), fc.boolean()).map(([t, cut]) => (cut ? t.slice(0, -1) : t)));

describe('text layout scanners equal their line-by-line references', () => {
  it('findFrontMatter', () => {
    fc.assert(fc.property(document, (text) => assert.deepEqual(findFrontMatter(text), referenceFrontMatter(text))), { numRuns: 5000 });
    for (const text of ['---', '---\n', '---\r\n---', '---\n---', '---\n...\n', '\ufeff---\na\n---\r\nbody', '---\na\n--- \t\nb', '---\na\n']) {
      assert.deepEqual(findFrontMatter(text), referenceFrontMatter(text), JSON.stringify(text));
    }
  });

  it('findLogSection', () => {
    let found = 0;
    fc.assert(
      fc.property(document, fc.nat({ max: 12 }), fc.constantFrom('Log', 'log', ' Journal '), (text, from, heading) => {
        const start = Math.min(from, text.length);
        const section = findLogSection(text, start, 3, heading);
        assert.deepEqual(section, referenceLogSection(text, start, 3, heading));
        if (section?.entries.length) found++;
      }),
      { numRuns: 5000 },
    );
    assert.ok(found > 250, `the generator must reach log entries (${found} of 5000)`);
  });
});
