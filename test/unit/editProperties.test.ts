/**
 * Property-based tests of the lossless editor (planLog / planReschedule):
 * random dossiers, random sequences of edits, and after every step the
 * guarantees of "Writing" in the dossier format.
 *
 * Runs are random (a new seed each time; fast-check prints the seed and the
 * shrunk counterexample on failure). Set FC_SEED to replay a run and
 * FC_RUNS to change the number of runs.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { EditPlan, LogRequest, ScheduleChange, TextEdit, applyEdits, planLog, planReschedule } from '../../src/core/dossier/edit';
import { NOT_AN_ENTRY } from '../../src/core/dossier/logEntry';
import { findLogSection } from '../../src/core/dossier/logSection';
import { parseDossier } from '../../src/core/dossier/parse';
import { findFrontMatter } from '../../src/core/dossier/textLayout';
import { dayFromParts, formatDateTime } from '../../src/core/schedule/calendar';
import { Message } from '../../src/core/messages';
import { english } from './fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const params = (numRuns = RUNS): fc.Parameters<unknown> => (SEED === undefined ? { numRuns } : { numRuns, seed: SEED });

// ---------------------------------------------------------------------------
// Generators: pieces of text
// ---------------------------------------------------------------------------

const WORDS = [
  'Acme', 'travel', 'C#', 'C#/.NET', 'a:b', 'O\'Brien', 'x-ref', '12500', '2026-11-25', 'true', 'null', '~', 'yes',
  'Алматы', 'Сәуле', 'Нұрпейісова', 'Қазақстан', 'Өскемен', 'ұлы', 'үй', 'һ', 'іс', 'ғылым', 'әже', 'Ңң',
  'Łódź', 'Zieliński', 'żółć', 'Straße', 'Grüße', 'Müller', 'Petraitis', 'ąčęėįšųūž', 'Ω',
  '😀', '👍🏽', '🇰🇿', '👩‍💻', 'https://example.com/#contact', '+48 600', 'v2.1',
];
const word = fc.constantFrom(...WORDS);
/** Free text: words, and now and then the characters YAML and Markdown care about. */
const richText = fc
  .array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(': ', ' #', '#', '"', "'", '\\', '- ', '---', '## ', '[', ']', '{', ',', '&', '*', '!', '|', '>', '%', '@', '`') }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim())
  .filter((text) => text.length > 0);

type Style = 'plain' | 'single' | 'double';
const style = fc.constantFrom<Style>('plain', 'single', 'double');

function failsafe(text: string): { errors: unknown[]; value: unknown } {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true });
  return { errors: doc.errors, value: doc.errors.length ? undefined : doc.toJS() };
}

/** A YAML scalar for `value` in `wanted` style; a plain scalar that would not read back falls back to double quotes. */
function scalar(value: string, wanted: Style): string {
  if (wanted === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (wanted === 'plain') {
    const read = failsafe(`k: ${value}\n`).value as { k?: unknown } | undefined;
    if (read && read.k === value && !/[\r\n]/.test(value)) return value;
  }
  return JSON.stringify(value);
}

const scalarOf = (text: fc.Arbitrary<string>) => fc.tuple(text, style).map(([value, s]) => scalar(value, s));
const trailingComment = fc.option(fc.constantFrom('   # a comment', ' # was: prospect', ' #: keep', '  # коментар 😀'), { nil: '' });

const isoDay = fc.record({ y: fc.integer({ min: 1990, max: 2090 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => dayFromParts(y, m, d));
const minutes = fc.integer({ min: 0, max: 23 * 60 + 59 });
const dateTime = fc.record({ day: isoDay, time: fc.option(minutes, { nil: undefined }) }).map(({ day, time }) => (time === undefined ? { day } : { day, time }));
const dateTimeText = dateTime.map(formatDateTime);

/** A list value: flow on the key's line, or block lines (the value text starts with a line break). */
function listOf(item: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(item, { maxLength: 3 }).map((items) => ` [${items.join(', ')}]`),
    fc.tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.constantFrom('  ', '')).map(([items, indent]) => items.map((i) => `\n${indent}- ${i}`).join('')),
  );
}

const listItem = scalarOf(fc.oneof(word, richText));
const mapItem = (fields: [string, fc.Arbitrary<string>][]) =>
  fc.oneof(
    fc.tuple(...fields.map(([, a]) => a)).map((values) => `{${values.map((v, i) => `${fields[i][0]}: ${v}`).join(', ')}}`),
    fc.tuple(...fields.map(([, a]) => a)).map((values) => values.map((v, i) => `${i ? '    ' : ''}${fields[i][0]}: ${v}`).join('\n')),
  );
const blockListOfMaps = (item: fc.Arbitrary<string>) =>
  fc.array(item, { minLength: 1, maxLength: 2 }).map((items) => items.map((i) => `\n  - ${i}`).join(''));

const blockScalar = fc
  .tuple(fc.constantFrom('|', '>', '|-', '|+', '>-'), fc.array(fc.oneof(richText, fc.constant('')), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([header, lines, trailingBlank]) => ` ${header}${lines.map((l) => `\n  ${l}`.trimEnd()).join('')}${trailingBlank ? '\n' : ''}`)
  .map((text) => text.replace(/\n(?=\n|$)/g, '\n'));

/** Values of the format's keys, as written after `key:` (a leading space, or a line break for block values). */
const VALUES: Record<string, fc.Arbitrary<string>> = {
  name: fc.tuple(scalarOf(richText), trailingComment).map(([v, c]) => ` ${v}${c}`),
  name_latin: scalarOf(richText).map((v) => ` ${v}`),
  aliases: listOf(listItem),
  company: fc.tuple(scalarOf(richText), trailingComment).map(([v, c]) => ` ${v}${c}`),
  role: scalarOf(richText).map((v) => ` ${v}`),
  email: fc.oneof(scalarOf(fc.constant('k.vogel@example.com')).map((v) => ` ${v}`), listOf(scalarOf(fc.constantFrom('a@b.kz', 'ż@ó.pl')))),
  phone: fc.oneof(scalarOf(fc.constant('+48 600 000 001')).map((v) => ` ${v}`), listOf(scalarOf(fc.constantFrom('+7 701 000', '0600123456')))),
  address: scalarOf(richText).map((v) => ` ${v}`),
  website: fc.constant(' https://example.com/#contact'),
  social: fc.oneof(fc.constant(' {linkedin: https://x.example, telegram: "@saule"}'), fc.constant('\n  linkedin: https://x.example\n  telegram: \'@saule\' # tg')),
  tags: listOf(scalarOf(fc.constantFrom('vip', 'client', 'travel', 'қонақ', 'élan'))),
  stage: fc.tuple(scalarOf(fc.constantFrom('lead', 'client', 'negotiation', 'dormant')), trailingComment).map(([v, c]) => ` ${v}${c}`),
  owner: scalarOf(richText).map((v) => ` ${v}`),
  next_contact: fc.oneof(
    fc.constant(''),
    trailingComment.map((c) => (c ? `${c}` : '')),
    fc.tuple(scalarOf(dateTimeText), trailingComment).map(([v, c]) => ` ${v}${c}`),
    dateTimeText.map((v) => `\n  ${v}`),
  ),
  next_action: fc.oneof(fc.constant(''), fc.tuple(scalarOf(fc.constantFrom('call', 'meeting', 'email', 'визит')), trailingComment).map(([v, c]) => ` ${v}${c}`)),
  next_note: fc.oneof(fc.constant(''), fc.tuple(scalarOf(richText), trailingComment).map(([v, c]) => ` ${v}${c}`)),
  cadence: fc.tuple(scalarOf(fc.constantFrom('10d', '2w', '1m', '1y')), trailingComment).map(([v, c]) => ` ${v}${c}`),
  important_dates: fc.oneof(
    blockListOfMaps(mapItem([['label', scalarOf(richText)], ['date', scalarOf(fc.constantFrom('1980-05-01', '05-01', '2020-02-28'))]])),
    fc.constant(' [{label: Birthday, date: 05-01}]'),
  ),
  contacts: blockListOfMaps(mapItem([['name', scalarOf(richText)], ['role', scalarOf(richText)], ['birthday', scalarOf(fc.constantFrom('1975-12-31', '12-31'))]])),
};
const FORMAT_KEYS = Object.keys(VALUES).filter((key) => key !== 'name');
const UNKNOWN_KEYS = ['crm_id', 'favourite_colour', 'заметка', 'x-ref', 'vendor_rating', 'notes_ü'];
const unknownValue = fc.oneof(
  fc.tuple(scalarOf(fc.oneof(word, richText)), trailingComment).map(([v, c]) => ` ${v}${c}`),
  listOf(listItem),
  blockScalar,
  fc.constant(''),
);

/** One `key: value` (possibly several lines), or a comment line, or a blank line. */
type FrontLine = string;

const frontMatterLines: fc.Arbitrary<FrontLine[]> = fc
  .tuple(
    fc.shuffledSubarray(FORMAT_KEYS),
    fc.subarray(UNKNOWN_KEYS),
    fc.nat(),
    fc.array(fc.constantFrom('# a comment line', '#', '# коментар: ә ғ қ', '   # indented comment', ''), { maxLength: 3 }),
    fc.array(fc.nat(), { maxLength: 3 }),
  )
  .chain(([known, unknown, namePos, comments, commentPos]) => {
    const keys = [...known];
    for (const key of unknown) keys.splice(key.length % (keys.length + 1), 0, key);
    keys.splice(namePos % (keys.length + 1), 0, 'name');
    return fc.tuple(...keys.map((key) => (VALUES[key] ?? unknownValue).map((value) => `${key}:${value}`))).map((pairs) => {
      const lines: string[] = [...pairs];
      comments.forEach((comment, i) => lines.splice((commentPos[i] ?? 0) % (lines.length + 1), 0, comment));
      return lines;
    });
  })
  // Only well-formed front matter: the mapping parses (a generator slip is not an editor bug).
  .filter((lines) => failsafe(lines.join('\n') + '\n').errors.length === 0);

const kinds = fc.constantFrom('call', 'meeting', 'email', 'order', 'nps', 'note', 'визит', 'қоңырау', 'follow_up', 'x-2');
const entryLine = fc
  .tuple(dateTimeText, kinds, fc.option(richText, { nil: '' }), fc.array(richText, { maxLength: 2 }))
  .map(([when, kind, text, more]) => [`- ${when} ${kind}:${text ? ' ' + text : ''}`, ...more.map((m) => `  ${m}`)].join('\n'));
const notEntry = fc.constantFrom('Some remark about the client.', '- not an entry', '* a star item', '---', '  indented stray text', '- 2026-13-45 call: bad date');

const logHeadingText = fc.constantFrom('Log', 'Журнал');

interface BodyPlan {
  text: string;
  heading: string;
}

function headingVariants(heading: string) {
  return fc.constantFrom(`## ${heading}`, `## ${heading} ##`, `##   ${heading}  `, `## ${heading.toLowerCase()}`);
}

const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '```markdown', '````'), fc.array(fc.oneof(richText, fc.constant('## Log'), fc.constant('## Журнал'), fc.constant('- 2026-01-01 call: inside a fence'), fc.constant('~~~'), fc.constant('```')), { maxLength: 3 }))
  .map(([open, lines]) => {
    const marker = open.startsWith('~') ? '~~~' : open.startsWith('````') ? '````' : '```';
    const inner = lines.filter((l) => !l.startsWith(marker.slice(0, 3)) || marker === '````' && l === '```');
    return [open, ...inner, marker].join('\n');
  });

const freeBlock = fc.oneof(
  richText,
  fc.constantFrom('# Title', '### Log', '## Notes', '## Preferences', '# Log', 'Log', '- a plain list item', '* star'),
  fence,
  fc.constant(''),
);

const logSection = (heading: string) =>
  fc
    .tuple(headingVariants(heading), fc.boolean(), fc.array(fc.oneof({ weight: 4, arbitrary: entryLine }, { weight: 1, arbitrary: notEntry }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 4 }))
    .map(([h, blank, items]) => [h, ...(blank ? [''] : []), ...items].join('\n'));

const body: fc.Arbitrary<BodyPlan> = logHeadingText.chain((heading) =>
  fc
    .tuple(fc.array(freeBlock, { maxLength: 3 }), fc.option(logSection(heading), { nil: undefined }), fc.array(freeBlock, { maxLength: 2 }), fc.boolean())
    .map(([before, log, after, blankAfterFence]) => {
      const blocks = [...before, ...(log === undefined ? [] : [log]), ...(log === undefined ? [] : after)];
      return { text: (blankAfterFence ? '\n' : '') + blocks.join('\n\n'), heading };
    }),
);

interface Layout {
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
}
const layout: fc.Arbitrary<Layout> = fc.record({ crlf: fc.boolean(), bom: fc.boolean(), finalNewline: fc.boolean() });

function lay(text: string, { crlf, bom, finalNewline }: Layout): string {
  let result = text.replace(/\n+$/, '');
  if (finalNewline) result += '\n';
  if (crlf) result = result.replace(/\n/g, '\r\n');
  return (bom ? '\uFEFF' : '') + result;
}

interface Dossier {
  path: string;
  text: string;
  heading: string;
}

const markdownDossier: fc.Arbitrary<Dossier> = fc.tuple(frontMatterLines, body, layout).map(([lines, b, l]) => ({
  path: 'client.md',
  heading: b.heading,
  text: lay(`---\n${lines.join('\n')}\n---\n${b.text}`, l),
}));

const yamlLog = fc.oneof(
  fc.constant(undefined),
  fc.constant('log:'),
  fc.constant('log: []'),
  fc.array(fc.tuple(entryLine.map((e) => e.split('\n')[0].slice(2)), fc.constantFrom<Style>('single', 'double')), { minLength: 1, maxLength: 3 }).chain((items) =>
    fc.constantFrom(
      `log: [${items.map(([e, s]) => scalar(e, s)).join(', ')}]`,
      `log:${items.map(([e, s]) => `\n  - ${scalar(e, s)}`).join('')}`,
      `log:${items.map(([e, s]) => `\n- ${scalar(e, s)}`).join('')}`,
    ),
  ),
);

const yamlDossier: fc.Arbitrary<Dossier> = fc.tuple(frontMatterLines, yamlLog, fc.nat(), fc.option(blockScalar, { nil: undefined }), layout).map(([lines, log, at, notes, l]) => {
  const all = [...lines];
  if (log !== undefined) all.splice(at % (all.length + 1), 0, log);
  if (notes !== undefined) all.push(`notes:${notes}`);
  return { path: 'client.yaml', heading: 'Log', text: lay(all.join('\n'), l) };
}).filter((d) => failsafe(d.text.replace(/^\uFEFF/, '')).errors.length === 0);

const dossier = fc.oneof({ weight: 3, arbitrary: markdownDossier }, { weight: 1, arbitrary: yamlDossier });

// ---------------------------------------------------------------------------
// Generators: edits
// ---------------------------------------------------------------------------

const editText = fc.oneof(
  richText,
  fc.constantFrom('', '   ', 'line one\nline two', 'a\r\nb', '\n- leading dash', '---', '## Not a heading', 'x\n## y', 'x\n\n\n  y  ', "it's \"quoted\": #1", '- 2026-01-01 call: nested', 'trailing spaces   \nnext', 'old\rmac', '\ttabbed\t', 'a\u2028b'),
  fc.array(richText, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
);
const actionText = fc.option(fc.oneof(fc.constantFrom('', 'call', 'Meeting', 'email', 'визит', 'two words', '  padded  ', 'a: b', '#1'), richText), { nil: undefined });
const noteText = fc.option(fc.oneof(fc.constant(''), fc.constant('multi\nline'), editText), { nil: undefined });
const next = fc.oneof(fc.constant(undefined), fc.constant(null), dateTime);

type Step = { op: 'log'; request: LogRequest } | { op: 'reschedule'; change: ScheduleChange };

const logStep: fc.Arbitrary<Step> = fc
  .record({ day: isoDay, time: fc.option(minutes, { nil: undefined }), kind: fc.oneof({ weight: 5, arbitrary: kinds }, { weight: 1, arbitrary: fc.constantFrom('Call', ' call ', 'NPS') }, { weight: 1, arbitrary: fc.constantFrom('two words', '', 'a:b', 'İzmir', 'call!') }), text: editText, next, action: actionText, note: noteText })
  .map((r) => {
    const request: LogRequest = { day: r.day, kind: r.kind, text: r.text };
    if (r.time !== undefined) request.time = r.time;
    if (r.next !== undefined) request.next = r.next;
    if (r.action !== undefined) request.action = r.action;
    if (r.note !== undefined) request.note = r.note;
    return { op: 'log', request } as Step;
  });
const rescheduleStep: fc.Arbitrary<Step> = fc.record({ next, action: actionText, note: noteText }).map((r) => {
  const change: ScheduleChange = {};
  if (r.next !== undefined) change.next = r.next;
  if (r.action !== undefined) change.action = r.action;
  if (r.note !== undefined) change.note = r.note;
  return { op: 'reschedule', change } as Step;
});
const steps = fc.array(fc.oneof(logStep, rescheduleStep), { minLength: 1, maxLength: 4 });

// ---------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------

const NEXT_KEYS = ['next_contact', 'next_action', 'next_note'];
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The text of an entry as the log reads it back. */
function expectedEntryText(text: string, yaml: boolean): string {
  if (yaml) return oneLine(text);
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line)
    .join('\n');
}

/** The YAML of a dossier: its front matter, or the whole YAML file without a BOM. */
function yamlTextOf(d: Dossier, text: string): string {
  if (d.path.endsWith('.yaml')) return text.replace(/^\uFEFF/, '');
  const block = findFrontMatter(text)!;
  return text.slice(block.yamlStart, block.yamlEnd);
}

function yamlOf(d: Dossier, text: string): Record<string, unknown> {
  return failsafe(yamlTextOf(d, text)).value as Record<string, unknown>;
}

function without(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** Property 2: rebuilds the result from the untouched spans of `before` and the edits' texts. */
function reconstruct(before: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let cursor = 0;
  let result = '';
  for (const edit of sorted) {
    assert.ok(edit.start >= cursor, `edits overlap or touch out of order at ${edit.start}`);
    assert.ok(edit.end >= edit.start && edit.end <= before.length, 'edit range inside the text');
    result += before.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + before.slice(cursor);
}

/** Property 5: the edits that turn the result back into the original. */
function inverse(before: string, edits: readonly TextEdit[]): TextEdit[] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => {
      const start = edit.start + shift;
      shift += edit.newText.length - (edit.end - edit.start);
      return { start, end: start + edit.newText.length, newText: before.slice(edit.start, edit.end) };
    });
}

function fullLineComments(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^\s*#/.test(line));
}

function describePlan(plan: EditPlan): string {
  return plan.ok ? 'ok' : `refused at ${plan.line}:${plan.column}: ${plan.message}`;
}

/** A kind that is not one word cannot be written as an entry. */
function badKind(step: Step): boolean {
  return step.op === 'log' && !/^[\p{L}\p{N}_-]+$/u.test(step.request.kind.trim().toLowerCase());
}

/**
 * Whether a refusal is one the format allows. Besides a bad kind: removing or
 * inserting a key line next to a block scalar (`key: |`) would make an indented
 * comment after it part of the scalar's text, so the editor's read-back check
 * refuses rather than change another key's value (or drop the comment).
 */
function legitimateRefusal(d: Dossier, before: string, step: Step, plan: EditPlan): boolean {
  if (badKind(step)) return true;
  const yaml = yamlTextOf(d, before);
  return !plan.ok && plan.message.code === 'edit.disturbsOtherKeys' && /^\S[^\n]*:[ \t]*[|>][-+]?[ \t]*$/m.test(yaml) && /^[ \t]+#/m.test(yaml);
}

function checkStep(d: Dossier, before: string, step: Step): string {
  const plan = step.op === 'log' ? planLog(d.path, before, step.request, d.heading) : planReschedule(d.path, before, step.change, d.heading);
  // 1. succeeds on a well-formed dossier, unless the request cannot be written.
  if (!plan.ok) {
    assert.ok(legitimateRefusal(d, before, step, plan), `refused a well-formed dossier: ${describePlan(plan)}\n${JSON.stringify(before)}\n${JSON.stringify(step)}`);
    assert.ok(!('text' in plan));
    return before;
  }
  assert.ok(!badKind(step), 'accepted a kind that is not one word');
  const { edits, text: after } = plan;
  const isYaml = d.path.endsWith('.yaml');

  // 2. every byte outside the edits is unchanged.
  assert.equal(reconstruct(before, edits), after, 'the result is the untouched text plus the edits');
  assert.equal(applyEdits(before, edits), after);

  // 4. line endings, BOM, final newline.
  const crlf = /\r\n/.test(before);
  if (crlf) assert.ok(!/(^|[^\r])\n/.test(after), 'a CRLF file gained a bare LF');
  if (!/\r/.test(before)) assert.ok(!/\r/.test(after), 'an LF file gained a CR');
  assert.equal(after.charCodeAt(0) === 0xfeff, before.charCodeAt(0) === 0xfeff, 'the BOM stays');
  assert.equal(after.endsWith('\n'), before.endsWith('\n'), 'the final newline stays (or stays absent)');

  // 5. undo.
  assert.equal(applyEdits(after, inverse(before, edits)), before, 'the inverse edits restore the original');

  // 3. reads back as asked.
  const parsedBefore = parseDossier(d.path, before, d.heading);
  const parsedAfter = parseDossier(d.path, after, d.heading);
  assert.equal(parsedBefore.kind, 'dossier');
  assert.equal(parsedAfter.kind, 'dossier');
  if (parsedBefore.kind !== 'dossier' || parsedAfter.kind !== 'dossier') return after;
  const yamlBefore = yamlOf(d, before);
  const yamlAfter = yamlOf(d, after);
  const change: ScheduleChange = step.op === 'log' ? step.request : step.change;
  const touched = [...NEXT_KEYS, ...(isYaml && step.op === 'log' ? ['log'] : [])];
  assert.deepStrictEqual(without(yamlAfter, touched), without(yamlBefore, touched), 'the other front matter values stay');
  assert.deepStrictEqual(Object.keys(without(yamlAfter, touched)), Object.keys(without(yamlBefore, touched)), 'the other keys keep their order');
  if (change.next === null) {
    // Removed, or emptied where removing the line would disturb a neighbour (a `|+` block scalar).
    for (const key of NEXT_KEYS) assert.ok(!(key in yamlAfter) || yamlAfter[key] === '', `${key} is cleared when the follow-up is cleared`);
  } else {
    if (change.next) assert.equal(yamlAfter.next_contact, formatDateTime(change.next));
    else assert.equal(yamlAfter.next_contact, yamlBefore.next_contact, 'next_contact unchanged');
    for (const [key, value] of [['next_action', change.action], ['next_note', change.note]] as const) {
      if (value === undefined) assert.equal(yamlAfter[key], yamlBefore[key], `${key} unchanged`);
      else if (oneLine(value) === '') assert.ok(!(key in yamlAfter) || yamlAfter[key] === '', `${key} cleared`);
      else assert.equal(yamlAfter[key], oneLine(value), key);
    }
  }
  assert.deepStrictEqual(fullLineComments(yamlTextOf(d, after)), fullLineComments(yamlTextOf(d, before)), 'comment lines stay');

  const logBefore = parsedBefore.client.log;
  const logAfter = parsedAfter.client.log;
  if (step.op === 'reschedule') {
    assert.deepStrictEqual(logAfter.map(({ line: _line, ...rest }) => rest), logBefore.map(({ line: _line, ...rest }) => rest), 'the log is untouched');
    return after;
  }
  const request = step.request;
  const kind = request.kind.trim().toLowerCase();
  assert.equal(logAfter.length, logBefore.length + 1, 'one more entry');
  const expected = { day: request.day, time: request.time, kind, text: expectedEntryText(request.text, isYaml) };
  if (isYaml) {
    const listBefore = (Array.isArray(yamlBefore.log) ? yamlBefore.log : []) as string[];
    const listAfter = yamlAfter.log as string[];
    assert.equal(listAfter[0], `${formatDateTime(request)} ${kind}:${expected.text ? ' ' + expected.text : ''}`, 'the new entry is first');
    assert.deepStrictEqual(listAfter.slice(1), listBefore, 'the older entries stay');
  } else {
    const blockBefore = findFrontMatter(before)!;
    const blockAfter = findFrontMatter(after)!;
    const sectionBefore = findLogSection(before, blockBefore.bodyStart, blockBefore.closingLine + 1, d.heading);
    const sectionAfter = findLogSection(after, blockAfter.bodyStart, blockAfter.closingLine + 1, d.heading)!;
    const first = sectionAfter.entries[0];
    assert.deepStrictEqual({ day: first.day, time: first.time, kind: first.kind, text: first.text }, expected, 'the new entry is first in the file');
    const strip = (entries: { line: number }[]) => entries.map(({ line: _line, ...rest }) => rest);
    assert.deepStrictEqual(strip(sectionAfter.entries.slice(1)), strip(sectionBefore?.entries ?? []), 'the older entries stay');
    const strays = (issues: { message: Message }[] = []) => issues.filter((issue) => issue.message.code === NOT_AN_ENTRY.message.code).length;
    assert.equal(strays(sectionAfter.issues), strays(sectionBefore?.issues), 'the lines that are not entries stay');
    // The body changes by one insertion, in the log section (or at the end when there was none).
    const bodyEdits = edits.filter((edit) => edit.start >= blockBefore.bodyStart && !(edit.start === blockBefore.yamlEnd));
    assert.equal(bodyEdits.length, 1, 'one edit in the body');
    const [insert] = bodyEdits;
    assert.equal(insert.start, insert.end, 'the body edit is an insertion');
    if (sectionBefore) assert.ok(insert.start >= sectionBefore.heading.next || (insert.start === before.length && sectionBefore.heading.next === sectionBefore.heading.end), 'inserted under the heading');
    if (sectionBefore) assert.ok(insert.start <= sectionBefore.end, 'inserted inside the section');
    else assert.equal(insert.start, before.length, 'a new section goes at the end');
    for (const edit of edits) if (edit !== insert) assert.ok(edit.start >= blockBefore.yamlStart && edit.end <= blockBefore.yamlEnd, 'other edits are in the front matter');
  }
  return after;
}

describe('lossless edits: properties', function () {
  this.timeout(60_000);

  it('random edit sequences on random dossiers keep every promise of "Writing"', () => {
    fc.assert(
      fc.property(dossier, steps, (d, sequence) => {
        let text = d.text;
        for (const step of sequence) text = checkStep(d, text, step);
      }),
      params(),
    );
  });

  if (process.env.FC_STATS) {
    it('statistics of the generated dossiers', () => {
      fc.statistics(dossier, (d) => `${d.path.endsWith('.yaml') ? 'yaml' : 'md'} ${/\r\n/.test(d.text) ? 'crlf' : 'lf'}${d.text.startsWith('\uFEFF') ? ' bom' : ''}`, 2000);
      fc.statistics(dossier, (d) => (/^## /im.test(d.text) ? 'has ## heading' : /^log:/m.test(d.text) ? 'yaml log' : 'no log'), 2000);
      fc.statistics(dossier, (d) => (/^next_contact:/m.test(d.text) ? 'next_contact' : 'no next_contact'), 2000);
      fc.statistics(fc.tuple(dossier, steps), ([d, s]) => {
        const step = s[0];
        const plan = step.op === 'log' ? planLog(d.path, d.text, step.request, d.heading) : planReschedule(d.path, d.text, step.change, d.heading);
        return plan.ok ? `${step.op} ok` : `${step.op} refused`;
      }, 2000);
    });
  }

  it('the generated dossiers are dossiers (the generators are not vacuous)', () => {
    fc.assert(
      fc.property(dossier, (d) => {
        const parsed = parseDossier(d.path, d.text, d.heading);
        assert.equal(parsed.kind, 'dossier', JSON.stringify(d.text));
      }),
      params(100),
    );
  });

  // 6. front matter that does not parse is refused with a line in the file and no text.
  const breakage = fc.constantFrom(
    'company: "Unclosed quote',
    "company: 'unclosed",
    '  stray: badly indented',
    'tags:\n\t- tab',
    'name: Duplicate',
    'stage: [unclosed, flow',
    'key: value: another',
  );
  const brokenDossier = fc
    .tuple(frontMatterLines, breakage, fc.nat(), fc.boolean(), body, layout)
    .map(([lines, bad, at, yaml, b, l]) => {
      const all = [...lines];
      // After the name, so that the file still says it is a dossier.
      const nameIndex = all.findIndex((line) => line.startsWith('name:'));
      all.splice(nameIndex + 1 + (at % (all.length - nameIndex)), 0, bad);
      const text = yaml ? lay(all.join('\n'), l) : lay(`---\n${all.join('\n')}\n---\n${b.text}`, l);
      return { path: yaml ? 'broken.yaml' : 'broken.md', heading: b.heading, text };
    })
    .filter((d) => {
      const yamlText = d.path.endsWith('.yaml') ? d.text.replace(/^\uFEFF/, '') : d.text.slice(findFrontMatter(d.text)!.yamlStart, findFrontMatter(d.text)!.yamlEnd);
      return failsafe(yamlText).errors.length > 0;
    });

  it('refuses front matter that does not parse, naming a line of the file, and writes nothing', () => {
    fc.assert(
      fc.property(brokenDossier, fc.oneof(logStep, rescheduleStep), (d, step) => {
        const plan = step.op === 'log' ? planLog(d.path, d.text, step.request, d.heading) : planReschedule(d.path, d.text, step.change, d.heading);
        assert.equal(plan.ok, false, JSON.stringify(d.text));
        if (plan.ok) return;
        assert.ok(!('text' in plan) && !('edits' in plan));
        const lines = d.text.split('\n').length;
        assert.ok(Number.isInteger(plan.line) && plan.line >= 1 && plan.line <= lines, `line ${plan.line} of ${lines}`);
        assert.ok(english(plan.message).length > 0);
      }),
      params(100),
    );
  });
});

