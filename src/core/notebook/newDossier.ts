import { Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { Day, formatDay } from '../schedule/calendar';
import { TextEdit, applyEdits, yamlScalar } from '../dossier/frontMatterEdit';
import { detectLineEnding, findFrontMatter } from '../dossier/textLayout';

export const TEMPLATE_FILE = '.client-notebook/template.md';

export const DEFAULT_TEMPLATE = `---
name: {{name}}
company: {{company}}
role: {{role}}
email: {{email}}
phone: {{phone}}
tags: []
stage: lead
next_contact: {{today}}
next_action: call
---

## Notes

## Log
`;

export interface NewClientFields {
  name: string;
  company?: string;
  role?: string;
  /** One address, or several (written as a list). */
  email?: string | readonly string[];
  phone?: string | readonly string[];
  website?: string;
  address?: string;
  tags?: readonly string[];
  /** `YYYY-MM-DD`, or `MM-DD` when the year is unknown: an important date labelled Birthday. */
  birthday?: string;
  /** A LinkedIn profile, under `social`. */
  linkedin?: string;
  /** Free text for the body, under `## Notes`. */
  notes?: string;
}

export interface RenderOptions {
  /**
   * False leaves the follow-up out (`next_contact`, `next_action`,
   * `next_note`): an import of a whole address book schedules no calls.
   */
  schedule?: boolean;
}

const isComment = (line: string) => /^\s*#/.test(line);

/**
 * Notes for whoever edits the template, left out of every dossier made from it, as in
 * Handlebars: `{{!-- … --}}` (which may hold `{{name}}`) or `{{! … }}`. One that takes
 * whole lines goes with its lines; YAML `#` comments are the user's and are copied.
 */
const NOTE = String.raw`(?:\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\})`;
const TEMPLATE_NOTE = new RegExp(String.raw`^[ \t]*${NOTE}[ \t]*(?:\r?\n|$)|[ \t]*${NOTE}`, 'gm');

const PLACEHOLDER_NAMES = ['name', 'company', 'role', 'email', 'phone', 'website', 'address', 'tags', 'birthday', 'linkedin', 'today'];
/** A placeholder, with the quotes around it when the template quoted it (the value is quoted as it needs). */
const PLACEHOLDER = new RegExp(`(["']?)\\{\\{\\s*(${PLACEHOLDER_NAMES.join('|')}|notes)\\s*\\}\\}\\1`, 'g');
const FOLLOW_UP_KEY = /^(next_contact|next_action|next_note)\s*:/;

type Value = string | readonly string[] | undefined;

function present(value: Value): boolean {
  return typeof value === 'string' ? value !== '' : value !== undefined && value.length > 0;
}

/** A scalar inside a flow collection (`[a, b]`): plain when that reads back as the same text, else double-quoted. */
export function flowScalar(value: string): string {
  const plain = yamlScalar(value);
  return plain === value && !/[,[\]{}#]/.test(value) ? value : JSON.stringify(value);
}

const flowList = (values: readonly string[]) => `[${values.map(flowScalar).join(', ')}]`;

/** A value at a placeholder in the front matter: a scalar, a flow list, or one item of a list as a scalar. */
function yamlValue(name: string, value: string | readonly string[]): string {
  if (typeof value === 'string') return name === 'tags' ? flowList([value]) : yamlScalar(value);
  return value.length === 1 && name !== 'tags' ? yamlScalar(value[0]) : flowList(value);
}

/**
 * A new dossier from a template. In the front matter every value is written
 * as a YAML scalar (quoted when it must be); lines whose placeholder has no
 * value are dropped, so the file holds no empty keys. Fields the template
 * has no placeholder for are added as keys of their own (a role after the
 * company, tags merged into the template's tags, a birthday under
 * `important_dates`, notes under `## Notes`). Template notes (`{{!-- … --}}`)
 * are left out.
 */
export function renderTemplate(source: string, fields: NewClientFields, today: Day, options: RenderOptions = {}): string {
  const template = source.replace(TEMPLATE_NOTE, '');
  const values: Record<string, Value> = {
    name: fields.name, company: fields.company, role: fields.role, email: fields.email, phone: fields.phone, website: fields.website,
    address: fields.address, tags: fields.tags, birthday: fields.birthday, linkedin: fields.linkedin, notes: fields.notes, today: formatDay(today),
  };
  const block = findFrontMatter(template);
  const frontEnd = block?.closed ? block.bodyStart : 0;
  const head = template.slice(0, frontEnd);
  const body = template.slice(frontEnd);
  const placed = new Set<string>();
  const renderedHead = head
    .split(/(?<=\n)/)
    .filter((line) => isComment(line) || options.schedule !== false || !FOLLOW_UP_KEY.test(line))
    .filter((line) => isComment(line) || [...line.matchAll(PLACEHOLDER)].every((match) => present(values[match[2]])))
    .map((line) => {
      if (isComment(line)) return line;
      return line.replace(PLACEHOLDER, (_, _quote: string, name: string) => {
        placed.add(name);
        return yamlValue(name, values[name]!);
      });
    })
    .join('');
  let bodyHasNotes = false;
  let renderedBody = body.replace(PLACEHOLDER, (_, quote: string, name: string) => {
    if (name === 'notes') bodyHasNotes = true;
    const value = values[name];
    return `${quote}${typeof value === 'string' || value === undefined ? value ?? '' : value.join(', ')}${quote}`;
  });
  if (fields.notes && !bodyHasNotes) renderedBody = withNotes(renderedBody, fields.notes, detectLineEnding(template));
  return completeFrontMatter(renderedHead, fields, placed) + renderedBody;
}

/** Puts notes under the body's `## Notes` heading, else before `## Log`, else at the end. Lines that would read as headings are escaped. */
function withNotes(body: string, notes: string, eol: string): string {
  const text = notes.split('\n').map((line) => (/^\s*#/.test(line) ? line.replace('#', '\\#') : line)).join(eol);
  const heading = /^##[ \t]+Notes[ \t]*\r?$/im.exec(body);
  if (heading) {
    const lineEnd = body.indexOf('\n', heading.index);
    const at = lineEnd < 0 ? body.length : lineEnd + 1;
    const before = body.slice(0, at) + (lineEnd < 0 ? eol : '');
    const after = body.slice(at).replace(/^(\r?\n)+/, '');
    return `${before}${eol}${text}${eol}${after ? eol + after : ''}`;
  }
  const log = /^##[ \t]+Log[ \t]*\r?$/im.exec(body);
  if (log) return `${body.slice(0, log.index)}## Notes${eol}${eol}${text}${eol}${eol}${body.slice(log.index)}`;
  const separator = body === '' || body.endsWith('\n') ? '' : eol;
  return `${body}${separator}${eol}## Notes${eol}${eol}${text}${eol}`;
}

/** The order keys are written in; a new key goes after the last key before it in this order that the template has. */
const KEY_ORDER = [
  'name', 'name_latin', 'aliases', 'company', 'role', 'email', 'phone', 'address', 'website', 'social', 'tags',
  'stage', 'owner', 'next_contact', 'next_action', 'next_note', 'cadence', 'important_dates',
];

function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Adds the fields the template had no placeholder for, as the smallest edits of its front matter. */
function completeFrontMatter(head: string, fields: NewClientFields, placed: Set<string>): string {
  const block = findFrontMatter(head);
  if (!block?.closed) return head;
  const yaml = head.slice(block.yamlStart, block.yamlEnd);
  const doc = parseDocument(yaml, { schema: 'failsafe' });
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow) return head;
  const map = doc.contents as YAMLMap;
  const eol = detectLineEnding(head);
  const edits: TextEdit[] = [];
  const pairOf = (key: string) => map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair | undefined;
  const pairEnd = (pair: Pair) => {
    const node = (pair.value ?? pair.key) as { range?: [number, number, number] | null };
    return nextLineStart(yaml, Math.max((node.range ? Math.max(node.range[1], node.range[0]) : 0) - 1, 0));
  };
  const indent = (() => {
    const first = map.items[0]?.key as Scalar | undefined;
    return first?.range ? yaml.slice(lineStartOf(yaml, first.range[0]), first.range[0]) : '';
  })();
  const insert = (key: string, value: string) => {
    const line = `${indent}${key}:${value}${eol}`;
    const before = new Set(KEY_ORDER.slice(0, KEY_ORDER.indexOf(key)));
    const neighbours = map.items.filter((item) => isScalar(item.key) && before.has(String(item.key.value))) as Pair[];
    const neighbour = neighbours[neighbours.length - 1];
    const last = map.items[map.items.length - 1] as Pair | undefined;
    const at = neighbour ? pairEnd(neighbour) : last ? pairEnd(last) : yaml.length;
    edits.push({ start: at, end: at, newText: at === yaml.length && yaml !== '' && !yaml.endsWith('\n') ? eol + line.slice(0, -eol.length) : line });
  };
  /** A key with no value (`role:`), an empty string, or an empty collection (`tags: []`). */
  const isEmpty = (node: unknown) =>
    node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''))
    || ((isSeq(node) || isMap(node)) && (node as YAMLSeq).items.length === 0);
  /** Gives an empty key its value: inline after the colon, or block lines below the key. */
  const fill = (pair: Pair, inline: string, blockLines?: string) => {
    const node = pair.value as { range?: [number, number, number] | null; flow?: boolean } | null;
    const keyEnd = (pair.key as Scalar).range![1];
    const colon = yaml.indexOf(':', keyEnd);
    const hasRange = node?.range && node.range[1] > node.range[0];
    if (blockLines !== undefined) {
      if (hasRange) edits.push({ start: colon + 1, end: node!.range![1], newText: '' });
      const lineEnd = nextLineStart(yaml, colon);
      edits.push({ start: lineEnd, end: lineEnd, newText: lineEnd === yaml.length && !yaml.endsWith('\n') ? eol + blockLines.slice(0, -eol.length) : blockLines });
      return;
    }
    if (hasRange) edits.push({ start: node!.range![0], end: node!.range![1], newText: inline });
    else edits.push({ start: colon + 1, end: colon + 1, newText: ` ${inline}` });
  };
  /** Appends items to a non-empty list: before `]` of a flow list, as lines after a block list. */
  const append = (pair: Pair, flowItems: string[], blockItem: (prefix: string) => string) => {
    const seq = pair.value as YAMLSeq;
    if (seq.flow) {
      const close = yaml.lastIndexOf(']', seq.range![1]);
      let at = close;
      while (at > 0 && /\s/.test(yaml[at - 1])) at--;
      edits.push({ start: at, end: at, newText: flowItems.map((item) => `, ${item}`).join('') });
      return;
    }
    const first = seq.items[0] as { range?: [number, number, number] | null };
    if (!first?.range) return;
    const prefix = yaml.slice(lineStartOf(yaml, first.range[0]), first.range[0]);
    if (!/^\s*-\s+$/.test(prefix)) return;
    const at = pairEnd(pair);
    edits.push({ start: at, end: at, newText: blockItem(prefix) });
  };

  const scalar = (key: 'company' | 'role' | 'website' | 'address', value: string | undefined) => {
    if (!value || placed.has(key)) return;
    const pair = pairOf(key);
    if (!pair) insert(key, ` ${yamlScalar(value)}`);
    else if (isEmpty(pair.value)) fill(pair, yamlScalar(value));
  };
  const list = (key: 'email' | 'phone', value: string | readonly string[] | undefined) => {
    if (!present(value) || placed.has(key)) return;
    const text = yamlValue(key, value!);
    const pair = pairOf(key);
    if (!pair) insert(key, ` ${text}`);
    else if (isEmpty(pair.value)) fill(pair, text);
  };
  scalar('company', fields.company);
  scalar('role', fields.role);
  list('email', fields.email);
  list('phone', fields.phone);
  scalar('website', fields.website);
  scalar('address', fields.address);

  if (fields.linkedin && !placed.has('linkedin')) {
    const pair = pairOf('social');
    const line = `linkedin: ${yamlScalar(fields.linkedin)}`;
    if (!pair) insert('social', `${eol}${indent}  ${line}`);
    else if (isEmpty(pair.value)) fill(pair, `{${`linkedin: ${flowScalar(fields.linkedin)}`}}`);
    else if (isMap(pair.value) && !pair.value.flow && !pair.value.has('linkedin')) {
      const firstKey = (pair.value.items[0].key as Scalar).range!;
      const at = pairEnd(pair);
      edits.push({ start: at, end: at, newText: `${yaml.slice(lineStartOf(yaml, firstKey[0]), firstKey[0])}${line}${eol}` });
    }
  }

  if (fields.tags?.length && !placed.has('tags')) {
    const pair = pairOf('tags');
    if (!pair) insert('tags', ` ${flowList(fields.tags)}`);
    else if (isEmpty(pair.value)) fill(pair, flowList(fields.tags));
    else if (isSeq(pair.value)) {
      const have = new Set(pair.value.items.map((item) => (isScalar(item) ? String(item.value).toLowerCase() : '')));
      const extra = fields.tags.filter((tag) => !have.has(tag.toLowerCase()));
      if (extra.length) append(pair, extra.map(flowScalar), (prefix) => extra.map((tag) => `${prefix}${yamlScalar(tag)}${eol}`).join(''));
    }
  }

  if (fields.birthday && !placed.has('birthday')) {
    const pair = pairOf('important_dates');
    const flowItem = `{label: Birthday, date: ${fields.birthday}}`;
    const blockItem = (prefix: string) => `${prefix}label: Birthday${eol}${' '.repeat(prefix.length)}date: ${fields.birthday}${eol}`;
    if (!pair) insert('important_dates', `${eol}${blockItem(`${indent}  - `).slice(0, -eol.length)}`);
    else if (isEmpty(pair.value)) {
      const keyStart = (pair.key as Scalar).range![0];
      fill(pair, '', blockItem(`${yaml.slice(lineStartOf(yaml, keyStart), keyStart)}  - `));
    } else if (isSeq(pair.value)) append(pair, [flowItem], blockItem);
  }

  if (!edits.length) return head;
  return head.slice(0, block.yamlStart) + applyEdits(yaml, edits) + head.slice(block.yamlEnd);
}
