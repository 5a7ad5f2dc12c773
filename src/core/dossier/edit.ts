import { Message } from '../messages';
import { DateTime, Day, Minutes, formatDateTime } from '../schedule/calendar';
import { Client } from './dossier';
import { EditRefused, TextEdit, YamlMappingEditor, applyEdits } from './frontMatterEdit';
import { formatEntry } from './logEntry';
import { findLogSection } from './logSection';
import { DossierParse, formatOfPath, parseDossier } from './parse';
import { Line, detectLineEnding, findFrontMatter, hasBom, linesFrom } from './textLayout';
import { readYaml } from './yamlRead';

export { EditRefused, TextEdit, applyEdits };

/** What to do about the next contact. `next: null` clears the follow-up; undefined leaves it. */
export interface ScheduleChange {
  next?: DateTime | null;
  action?: string;
  note?: string;
}

export interface LogRequest extends ScheduleChange {
  day: Day;
  time?: Minutes;
  kind: string;
  text: string;
}

export type EditPlan =
  | { ok: true; edits: TextEdit[]; text: string; client: Client }
  | { ok: false; line: number; column: number; message: Message };

const NEXT_KEYS = ['next_contact', 'next_action', 'next_note'];

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Opens the dossier's YAML for editing: the front matter, or the whole YAML
 * file. `finish` turns the editor's edits into the plan's edits.
 */
function mappingEditor(path: string, text: string): { editor: YamlMappingEditor; finish: (edits: TextEdit[]) => TextEdit[] } {
  const eol = detectLineEnding(text);
  if (formatOfPath(path) === 'yaml') {
    const offset = hasBom(text) ? 1 : 0;
    if (text.length === offset || text.endsWith('\n')) return { editor: new YamlMappingEditor(text.slice(offset), offset, 1, eol), finish: mergeInserts };
    // Without a final line break, edit the text as if it had one, then leave it out of the result.
    const editor = new YamlMappingEditor(text.slice(offset) + eol, offset, 1, eol);
    return { editor, finish: (edits) => withoutAddedBreak(text + eol, text.length, mergeInserts(edits)) };
  }
  const block = findFrontMatter(text);
  if (!block) throw new EditRefused({ code: 'edit.noFrontMatter' });
  if (!block.closed) throw new EditRefused({ code: 'frontMatter.unclosed' });
  return { editor: new YamlMappingEditor(text.slice(block.yamlStart, block.yamlEnd), block.yamlStart, block.yamlFirstLine, eol), finish: mergeInserts };
}

/**
 * `edits` were made on `text`, which is the file (`length` long) plus a line
 * break; their result therefore ends with line breaks. Returns edits on the
 * file whose result is the same without the final breaks: the edits near the
 * end become one, from far enough back that its result has some text.
 */
function withoutAddedBreak(text: string, length: number, edits: TextEdit[]): TextEdit[] {
  const atEnd = edits.filter((edit) => edit.end > length || edit.start >= length);
  if (!atEnd.length) return edits;
  let from = Math.min(length, ...atEnd.map((edit) => edit.start));
  for (;;) {
    const tail = edits.filter((edit) => edit.end > from || edit.start >= from);
    const start = Math.min(from, ...tail.map((edit) => edit.start));
    if (start < from) {
      from = start;
      continue;
    }
    const result = applyEdits(text.slice(from), tail.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from })));
    let newText = result.replace(/(?:\r?\n)+$/, '');
    if (newText || from === 0) {
      const kept = edits.filter((edit) => !tail.includes(edit));
      while (from < length && newText[0] === text[from]) {
        newText = newText.slice(1);
        from++;
      }
      return from === length && !newText ? kept : [...kept, { start: from, end: length, newText }];
    }
    from--;
  }
}

/** How a key the user cleared goes: its line removed, or (when that would disturb a neighbour) its value emptied. */
type Clearing = 'remove' | 'empty';

function scheduleEdits(editor: YamlMappingEditor, change: ScheduleChange, clearing: Clearing = 'remove'): TextEdit[] {
  const edits: TextEdit[] = [];
  const clear = (key: string) => {
    const edit = clearing === 'remove' ? editor.remove(key) : editor.empty(key);
    if (edit) edits.push(edit);
  };
  if (change.next === null) {
    for (const key of NEXT_KEYS) clear(key);
    return edits;
  }
  const values: [string, string | undefined][] = [
    ['next_contact', change.next ? formatDateTime(change.next) : undefined],
    ['next_action', change.action === undefined ? undefined : oneLine(change.action)],
    ['next_note', change.note === undefined ? undefined : oneLine(change.note)],
  ];
  values.forEach(([key, value], index) => {
    if (value === undefined) return;
    if (value === '') {
      clear(key);
      return;
    }
    edits.push(editor.setScalar(key, value, { after: NEXT_KEYS.slice(0, index).reverse(), before: NEXT_KEYS.slice(index + 1) }));
  });
  return edits;
}

/** The edit that puts a new entry at the top of a Markdown dossier's log. */
function markdownLogEdit(text: string, entry: string, logHeading: string): TextEdit {
  const eol = detectLineEnding(text);
  const block = findFrontMatter(text)!;
  const item = entryLines(entry, eol);
  const section = findLogSection(text, block.bodyStart, block.closingLine + 1, logHeading);
  if (section?.firstItemStart !== undefined) return { start: section.firstItemStart, end: section.firstItemStart, newText: item + eol };
  if (section) {
    const heading = section.heading;
    const after = afterIndentedText(text, heading.next, section.end);
    if (after !== undefined) return after === text.length && !text.endsWith('\n') ? { start: after, end: after, newText: eol + eol + item } : { start: after, end: after, newText: eol + item + eol };
    if (heading.next === heading.end) return { start: text.length, end: text.length, newText: eol + eol + item };
    const following = [...takeLines(text, heading.next, 2)];
    const blankAfterHeading = following[0] !== undefined && following[0].text.trim() === '' && following[0].start < section.end;
    const at = blankAfterHeading ? following[0].next : heading.next;
    const nextLine = blankAfterHeading ? following[1] : following[0];
    const somethingFollows = nextLine !== undefined && nextLine.text.trim() !== '';
    const lead = blankAfterHeading ? '' : eol;
    const atEnd = at === text.length && !text.endsWith('\n');
    return { start: at, end: at, newText: (atEnd ? eol : '') + lead + item + (atEnd ? '' : eol) + (somethingFollows ? eol : '') };
  }
  const hadFinalNewline = text.endsWith('\n');
  const lines = [...linesFrom(text)];
  const lastLine = lines[lines.length - 1];
  const lastBlank = lastLine === undefined || lastLine.text.trim() === '';
  const prefix = (hadFinalNewline || text.length === 0 ? '' : eol) + (lastBlank ? '' : eol);
  return { start: text.length, end: text.length, newText: `${prefix}## ${logHeading}${eol}${eol}${item}${hadFinalNewline ? eol : ''}` };
}

/**
 * When the section's text (it has no list items) starts with an indented line,
 * an entry above it would take that line as its continuation: the entry goes
 * after the last line of text instead. Returns that offset, else undefined.
 */
function afterIndentedText(text: string, from: number, end: number): number | undefined {
  let first: Line | undefined;
  let last: Line | undefined;
  for (const line of linesFrom(text, from)) {
    if (line.start >= end) break;
    if (line.text.trim() === '') continue;
    first ??= line;
    last = line;
  }
  return first && /^[ \t]/.test(first.text) ? last!.next : undefined;
}

function* takeLines(text: string, offset: number, count: number) {
  for (const line of linesFrom(text, offset)) {
    if (count-- <= 0) return;
    yield line;
  }
}

/** `- entry` with continuation lines indented under it; no final line break. */
function entryLines(entry: string, eol: string): string {
  const [first, ...rest] = entry.split(/\r\n|\r|\n/);
  return [`- ${first.trimEnd()}`, ...rest.filter((line) => line.trim()).map((line) => `  ${line.trim()}`)].join(eol);
}

/** Several inserts at one offset become one, in the order given. */
function mergeInserts(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = merged.find((other) => other.start === edit.start && other.end === edit.start && edit.end === edit.start);
    if (same) same.newText += edit.newText;
    else merged.push({ ...edit });
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** The YAML of a dossier as text: its front matter, or the whole YAML file. */
function yamlText(path: string, text: string): string {
  if (formatOfPath(path) === 'yaml') return hasBom(text) ? text.slice(1) : text;
  const block = findFrontMatter(text);
  return block ? text.slice(block.yamlStart, block.yamlEnd) : '';
}

/** The top-level keys and values of a dossier's YAML, in order, but for `touched`. */
function untouchedValues(path: string, text: string, touched: string[]): string {
  const read = readYaml(yamlText(path, text));
  const value = read.ok ? read.value : null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return '';
  return JSON.stringify(Object.entries(value).filter(([key]) => !touched.includes(key)));
}

/** Plans with cleared keys' lines removed, and if that disturbs another key, with their values emptied instead. */
function planClearing(plan: (clearing: Clearing) => EditPlan): EditPlan {
  const removed = plan('remove');
  return !removed.ok && removed.message.code === 'edit.disturbsOtherKeys' ? plan('empty') : removed;
}

function verify(path: string, before: string, edits: TextEdit[], logHeading: string, touched: string[], check: (client: Client) => Message | undefined): EditPlan {
  const text = applyEdits(before, edits);
  const parsed: DossierParse = parseDossier(path, text, logHeading);
  if (parsed.kind !== 'dossier') return { ok: false, line: 1, column: 1, message: { code: 'edit.noLongerDossier' } };
  // Lines around a removed or inserted one can change meaning (an indented comment after a block scalar).
  if (untouchedValues(path, text, touched) !== untouchedValues(path, before, touched)) {
    return { ok: false, line: 1, column: 1, message: { code: 'edit.disturbsOtherKeys' } };
  }
  const problem = check(parsed.client);
  if (problem) return { ok: false, line: 1, column: 1, message: problem };
  return { ok: true, edits, text, client: parsed.client };
}

function checkSchedule(client: Client, change: ScheduleChange): Message | undefined {
  if (change.next === null) return client.next ? { code: 'edit.nextContactKept' } : undefined;
  if (change.next && formatDateTime(change.next) !== (client.next && formatDateTime(client.next))) return { code: 'edit.notReadBack', key: 'next_contact' };
  if (change.action !== undefined && (oneLine(change.action).toLowerCase() || undefined) !== client.nextAction) return { code: 'edit.notReadBack', key: 'next_action' };
  if (change.note !== undefined && (oneLine(change.note) || undefined) !== client.nextNote) return { code: 'edit.notReadBack', key: 'next_note' };
  return undefined;
}

function refusal(error: unknown): EditPlan {
  if (error instanceof EditRefused) return { ok: false, line: error.line, column: error.column, message: error.reason };
  throw error;
}

function refuseBroken(path: string, text: string, logHeading: string): EditPlan | undefined {
  // Bytes that were not UTF-8 were replaced when read: writing back would lose them.
  const replaced = text.indexOf('\ufffd');
  if (replaced !== -1) {
    return { ok: false, line: text.slice(0, replaced).split('\n').length, column: 1, message: { code: 'edit.notUtf8' } };
  }
  const parsed = parseDossier(path, text, logHeading);
  if (parsed.kind === 'dossier') return undefined;
  const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
  return first
    ? { ok: false, line: first.line, column: first.column, message: { code: 'edit.broken', problem: first.message } }
    : { ok: false, line: 1, column: 1, message: { code: 'edit.notDossier' } };
}

/** Plans a reschedule: `next_contact` (and action and note when given), nothing else. */
export function planReschedule(path: string, text: string, change: ScheduleChange, logHeading: string): EditPlan {
  const broken = refuseBroken(path, text, logHeading);
  if (broken) return broken;
  return planClearing((clearing) => {
    try {
      const { editor, finish } = mappingEditor(path, text);
      return verify(path, text, finish(scheduleEdits(editor, change, clearing)), logHeading, NEXT_KEYS, (client) => checkSchedule(client, change));
    } catch (error) {
      return refusal(error);
    }
  });
}

/** Plans logging an interaction: one entry at the top of the log, and the follow-up as chosen. */
export function planLog(path: string, text: string, request: LogRequest, logHeading: string): EditPlan {
  const broken = refuseBroken(path, text, logHeading);
  if (broken) return broken;
  const kind = request.kind.trim().toLowerCase();
  if (!/^[\p{L}\p{N}_-]+$/u.test(kind)) return { ok: false, line: 1, column: 1, message: { code: 'edit.invalidKind', kind: request.kind } };
  const entry = formatEntry({ day: request.day, time: request.time, kind, text: request.text });
  return planClearing((clearing) => {
    try {
      const { editor, finish } = mappingEditor(path, text);
      const edits = scheduleEdits(editor, request, clearing);
      edits.push(formatOfPath(path) === 'yaml' ? editor.prependToList('log', oneLine(entry)) : markdownLogEdit(text, entry, logHeading));
      return verify(path, text, finish(edits), logHeading, [...NEXT_KEYS, 'log'], (client) => {
        const top = client.log.find((item) => item.day === request.day && item.kind === kind);
        if (!top) return { code: 'edit.entryNotReadBack' };
        return checkSchedule(client, request);
      });
    } catch (error) {
      return refusal(error);
    }
  });
}

/** Top-level keys whose meaning is a list, a mapping or the schedule: `planSetField` leaves them to their own planners. */
const NOT_A_PLAIN_FIELD = new Set(['log', 'tags', 'aliases', 'email', 'phone', 'social', 'important_dates', 'contacts', ...NEXT_KEYS]);

/**
 * Plans setting one top-level key to a one-line string (a hand-over sets
 * `owner`): the value is replaced in place, keeping its quoting style, or a
 * new `key: value` line goes at the end of the mapping. Nothing else changes,
 * and the result is read back to check that the key now holds the value.
 */
export function planSetField(path: string, text: string, key: string, value: string, logHeading: string): EditPlan {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || NOT_A_PLAIN_FIELD.has(key)) return { ok: false, line: 1, column: 1, message: { code: 'edit.notPlainField', key } };
  const single = oneLine(value);
  if (!single) return { ok: false, line: 1, column: 1, message: { code: 'edit.emptyValue', key } };
  const broken = refuseBroken(path, text, logHeading);
  if (broken) return broken;
  try {
    const { editor, finish } = mappingEditor(path, text);
    const edits = finish([editor.setScalar(key, single, { after: [], before: [] })]);
    return verify(path, text, edits, logHeading, [key], () => {
      const read = readYaml(yamlText(path, applyEdits(text, edits)));
      const mapping = read.ok ? read.value : null;
      const unread: Message = { code: 'edit.notReadBack', key };
      if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) return unread;
      return (mapping as Record<string, unknown>)[key] === single ? undefined : unread;
    });
  } catch (error) {
    return refusal(error);
  }
}
