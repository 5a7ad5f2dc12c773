import { Message } from '../messages';
import ICAL from 'ical.js';
import { ContactRecord } from './columns';

/** Whether a text is a vCard file (one or more `BEGIN:VCARD` blocks). */
export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.replace(/^\uFEFF/, '').slice(0, 4096));
}

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

/** A vCard file that does not parse; `detail` is ical.js's own (English) message. */
export class VCardError extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
  }
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).join(' ');
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The line each `BEGIN:VCARD` starts on, so that a skipped contact can be found in the file. */
function startLines(source: string): number[] {
  const lines: number[] = [];
  source.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (/^BEGIN:VCARD\s*$/i.test(line)) lines.push(index + 1);
  });
  return lines;
}

/**
 * The contacts of a vCard 3.0 or 4.0 file, through ical.js (which unfolds
 * lines and unescapes values). FN is the display name, N's parts stand in
 * when a card has no FN; ORG's first part is the company; every EMAIL and TEL is kept; BDAY
 * keeps `--MM-DD` for a birthday without a year; CATEGORIES become tags.
 */
export function parseVCards(source: string): ContactRecord[] {
  const input = source.replace(/^\uFEFF/, '').replace(/\r\n|\r|\n/g, '\r\n');
  let parsed: unknown;
  try {
    parsed = ICAL.parse(input);
  } catch (error) {
    throw new VCardError({ code: 'import.vcardUnparsable', detail: error instanceof Error ? error.message : String(error) });
  }
  const components = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as JCalComponent[];
  const lines = startLines(input);
  return components
    .filter((component) => Array.isArray(component) && String(component[0]).toLowerCase() === 'vcard')
    .map((component, index) => recordOf(component, lines[index] ?? 1));
}

function recordOf(component: JCalComponent, line: number): ContactRecord {
  const record: ContactRecord = { line, emails: [], phones: [], tags: [] };
  for (const property of component[1]) {
    const [name, , , ...values] = property;
    const first = values[0];
    switch (name.toLowerCase()) {
      case 'fn':
        record.name ??= text(first);
        break;
      case 'n': {
        const parts = Array.isArray(first) ? first.map(text) : text(first).split(';');
        const [family, given, additional] = parts;
        if (given) record.firstName ??= given;
        if (additional) record.middleName ??= additional;
        if (family) record.lastName ??= family;
        break;
      }
      case 'org':
        record.company ??= Array.isArray(first) ? text(first[0]) : text(first).split(';')[0];
        break;
      case 'title':
      case 'role':
        record.role ??= text(first);
        break;
      case 'email':
        for (const value of values) if (text(value)) record.emails.push(text(value));
        break;
      case 'tel':
        for (const value of values) if (text(value)) record.phones.push(text(value));
        break;
      case 'bday':
        record.birthday ??= text(first);
        break;
      case 'categories':
        record.tags.push(...values.map(text).filter(Boolean));
        break;
      case 'note':
        record.notes = record.notes ? `${record.notes}\n${text(first)}` : text(first);
        break;
      case 'url': {
        const url = text(first);
        if (/linkedin\.com/i.test(url)) record.linkedin ??= url;
        else record.website ??= url;
        break;
      }
      case 'adr': {
        const parts = Array.isArray(first) ? first.map(text) : text(first).split(';');
        const address = parts.filter(Boolean).join(', ');
        if (address) record.address ??= address;
        break;
      }
    }
  }
  // FN is the name as the address book shows it; N's parts are used only when there is no FN.
  if (record.name) {
    delete record.firstName;
    delete record.middleName;
    delete record.lastName;
  }
  return record;
}
