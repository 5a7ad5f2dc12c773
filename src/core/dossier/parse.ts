import { Message } from '../messages';
import { Problem } from '../problems';
import { isValidDate, parseIsoDateTime } from '../schedule/calendar';
import { parseDuration } from '../schedule/duration';
import { detach } from '../text';
import { Client, Contact, ImportantDate, PartialDate } from './dossier';
import { LogEntry, compareNewestFirst, parseEntryText } from './logEntry';
import { findLogSection } from './logSection';
import { findFrontMatter, hasBom, linesFrom } from './textLayout';
import { YamlValue, readYaml } from './yamlRead';

export type DossierFormat = 'markdown' | 'yaml';

/** What one file turned out to be. */
export type DossierParse =
  | { kind: 'dossier'; client: Client; problems: Problem[] }
  /** Not a dossier (a README, notes); problems when it looks like a dossier that lost its name. */
  | { kind: 'other'; problems: Problem[] }
  /** A dossier that cannot be read: skipped, with the reason. */
  | { kind: 'broken'; problems: Problem[] };

export function formatOfPath(path: string): DossierFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md')) return 'markdown';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

type Mapping = { [key: string]: YamlValue };

function isMapping(value: YamlValue | undefined): value is Mapping {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}

/** Keys whose presence makes a file without `name` look like a dossier that lost it. */
const DOSSIER_HINTS = ['next_contact', 'next_action', 'company', 'stage', 'cadence', 'email', 'phone', 'log'];

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parsePartialDate(text: string): PartialDate | undefined {
  const full = YEAR_MONTH_DAY.exec(text);
  if (full) {
    const year = +full[1], month = +full[2], day = +full[3];
    return isValidDate(year, month, day) ? { year, month, day } : undefined;
  }
  const short = MONTH_DAY.exec(text);
  if (short) {
    const month = +short[1], day = +short[2];
    return isValidDate(2000, month, day) ? { month, day } : undefined;
  }
  return undefined;
}

/**
 * `value` trimmed, for a value readYaml returned (detached already): only a trim that
 * cut something makes a slice, which must be detached again.
 */
function trimDetached(value: string): string {
  const trimmed = value.trim();
  return trimmed.length === value.length ? value : detach(trimmed);
}

class FieldReader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly path: string,
    private readonly data: Mapping,
    private readonly keyLines: Record<string, number>,
  ) {}

  report(key: string, message: Message, severity: Problem['severity'] = 'error'): void {
    this.problems.push({ path: this.path, line: this.keyLines[key] ?? 1, column: 1, severity, message });
  }

  /** A single line of text; absent, null and empty read as undefined. */
  text(key: string): string | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.report(key, { code: 'field.notText', key, found: Array.isArray(value) ? 'list' : 'mapping' });
      return undefined;
    }
    const trimmed = trimDetached(value);
    return trimmed || undefined;
  }

  /** Text or a list of texts. */
  list(key: string): string[] {
    const value = this.data[key];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') {
      const trimmed = trimDetached(value);
      return trimmed ? [trimmed] : [];
    }
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (const item of value) {
        if (typeof item === 'string') {
          const trimmed = trimDetached(item);
          if (trimmed) items.push(trimmed);
        } else if (item !== null) {
          this.report(key, { code: 'field.itemNotText', key });
        }
      }
      return items;
    }
    this.report(key, { code: 'field.notTextOrList', key });
    return [];
  }
}

function readDateList(reader: FieldReader, key: string, value: YamlValue | undefined): ImportantDate[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.report(key, { code: 'dates.notList', key });
    return [];
  }
  const dates: ImportantDate[] = [];
  for (const item of value) {
    if (!isMapping(item) || typeof item.date !== 'string') {
      reader.report(key, { code: 'dates.itemWithoutDate', key });
      continue;
    }
    const date = parsePartialDate(item.date.trim());
    if (!date) {
      reader.report(key, { code: 'dates.invalid', key, value: item.date });
      continue;
    }
    const label = (typeof item.label === 'string' && trimDetached(item.label)) || 'Date';
    dates.push({ label, date });
  }
  return dates;
}

function readContacts(reader: FieldReader, value: YamlValue | undefined): Contact[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reader.report('contacts', { code: 'contacts.notList' });
    return [];
  }
  const contacts: Contact[] = [];
  for (const item of value) {
    if (!isMapping(item) || typeof item.name !== 'string' || !item.name.trim()) {
      reader.report('contacts', { code: 'contacts.withoutName' });
      continue;
    }
    const contact: Contact = { name: trimDetached(item.name) };
    for (const field of ['role', 'email', 'phone'] as const) {
      const text = item[field];
      if (typeof text === 'string' && text.trim()) contact[field] = trimDetached(text);
    }
    if (typeof item.birthday === 'string' && item.birthday.trim()) {
      const birthday = parsePartialDate(item.birthday.trim());
      if (birthday) contact.birthday = birthday;
      else reader.report('contacts', { code: 'contacts.invalidBirthday', value: item.birthday, name: contact.name });
    }
    contacts.push(contact);
  }
  return contacts;
}

function toClient(path: string, format: DossierFormat, name: string, reader: FieldReader, data: Mapping, log: LogEntry[]): Client {
  const client: Client = {
    path,
    format,
    name,
    aliases: reader.list('aliases'),
    emails: reader.list('email'),
    phones: reader.list('phone'),
    tags: reader.list('tags').map((tag) => tag.toLowerCase()),
    importantDates: readDateList(reader, 'important_dates', data.important_dates),
    contacts: readContacts(reader, data.contacts),
    log: log.sort(compareNewestFirst),
  };
  const nameLatin = reader.text('name_latin');
  if (nameLatin !== undefined) client.nameLatin = nameLatin;
  const company = reader.text('company');
  if (company !== undefined) client.company = company;
  const role = reader.text('role');
  if (role !== undefined) client.role = role;
  const stage = reader.text('stage');
  if (stage !== undefined) client.stage = stage.toLowerCase();
  const owner = reader.text('owner');
  if (owner !== undefined) client.owner = owner;
  const nextAction = reader.text('next_action');
  if (nextAction !== undefined) client.nextAction = nextAction.toLowerCase();
  const nextNote = reader.text('next_note');
  if (nextNote !== undefined) client.nextNote = nextNote;
  const next = reader.text('next_contact');
  if (next !== undefined) {
    const when = parseIsoDateTime(next);
    if (when) client.next = when;
    else reader.report('next_contact', { code: 'nextContact.invalid', value: next });
  }
  const cadence = reader.text('cadence');
  if (cadence !== undefined) {
    const duration = parseDuration(cadence);
    if (duration && duration.amount > 0) client.cadence = duration;
    else reader.report('cadence', { code: 'cadence.invalid', value: cadence });
  }
  return client;
}

function looksLikeDossier(data: Mapping): boolean {
  return DOSSIER_HINTS.some((key) => data[key] !== undefined);
}

/** The dossier's name; 'missing' when absent or empty, 'invalid' (reported) when not text. */
function nameOf(reader: FieldReader, data: Mapping): string | 'missing' | 'invalid' {
  const name = data.name;
  if (typeof name === 'string') return trimDetached(name) || 'missing';
  if (name === undefined || name === null) return 'missing';
  reader.report('name', { code: 'field.notText', key: 'name', found: Array.isArray(name) ? 'list' : 'mapping' });
  return 'invalid';
}

function withoutName(reader: FieldReader, name: 'missing' | 'invalid', looksLikeOne: boolean): DossierParse {
  if (name === 'invalid') return { kind: 'broken', problems: reader.problems };
  if (looksLikeOne) reader.report('name', { code: 'name.missing' }, 'warning');
  return { kind: 'other', problems: looksLikeOne ? reader.problems : [] };
}

/**
 * With `decode`, `text` is a binary string without its BOM (see binaryText.ts) and
 * `decode` gives the text of a range of it: only the front matter is decoded.
 */
function parseMarkdown(path: string, text: string, logHeading: string, decode?: (start: number, end: number) => string): DossierParse {
  const bytes = decode !== undefined;
  const block = findFrontMatter(text, bytes);
  if (!block) return { kind: 'other', problems: [] };
  const problems: Problem[] = [];
  if (!block.closed) {
    problems.push({ path, line: 1, column: 1, severity: 'error', message: { code: 'frontMatter.unclosed' } });
    return { kind: 'broken', problems };
  }
  const yamlText = decode ? decode(block.yamlStart, block.yamlEnd) : text.slice(block.yamlStart, block.yamlEnd);
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    problems.push({ path, line: 1, column: 1, severity: 'error', message: { code: 'frontMatter.tooLarge', kb: MAX_FRONT_MATTER_CHARS / 1024 } });
    return { kind: 'broken', problems };
  }
  const yaml = readYaml(yamlText, { firstLine: block.yamlFirstLine });
  if (!yaml.ok) {
    // A file whose front matter does not parse is a dossier only if it seems to want to be one.
    const mentionsName = /^name\s*:/m.test(yamlText);
    problems.push({ path, ...yaml.error, severity: 'error', message: { code: 'frontMatter.unparsable', detail: yaml.error.message } });
    return { kind: mentionsName ? 'broken' : 'other', problems: mentionsName ? problems : [] };
  }
  if (!isMapping(yaml.value)) return { kind: 'other', problems };
  const data = yaml.value;
  const reader = new FieldReader(path, data, yaml.keyLines);
  const name = nameOf(reader, data);
  const bodyFirstLine = block.closingLine + 1;
  const section = findLogSection(text, block.bodyStart, bodyFirstLine, logHeading, bytes);
  if (name === 'missing' || name === 'invalid') return withoutName(reader, name, looksLikeDossier(data) || section !== undefined);
  const log = section ? section.entries : [];
  if (section) for (const issue of section.issues) reader.problems.push({ path, ...issue });
  return { kind: 'dossier', client: toClient(path, 'markdown', name, reader, data, log), problems: reader.problems };
}

function parseYamlDossier(path: string, text: string): DossierParse {
  const source = hasBom(text) ? text.slice(1) : text;
  if (source.length > MAX_FRONT_MATTER_CHARS * 4) {
    return { kind: 'broken', problems: [{ path, line: 1, column: 1, severity: 'error', message: { code: 'yamlFile.tooLarge', kb: (MAX_FRONT_MATTER_CHARS * 4) / 1024 } }] };
  }
  const yaml = readYaml(source);
  if (!yaml.ok) {
    const mentionsName = /^name\s*:/m.test(source);
    const problem: Problem = { path, ...yaml.error, severity: 'error', message: { code: 'yamlFile.unparsable', detail: yaml.error.message } };
    return { kind: mentionsName ? 'broken' : 'other', problems: mentionsName ? [problem] : [] };
  }
  if (!isMapping(yaml.value)) return { kind: 'other', problems: [] };
  const data = yaml.value;
  const reader = new FieldReader(path, data, yaml.keyLines);
  const name = nameOf(reader, data);
  if (name === 'missing' || name === 'invalid') return withoutName(reader, name, looksLikeDossier(data));
  const log: LogEntry[] = [];
  const items = data.log;
  if (Array.isArray(items)) {
    const itemLines = yamlListItemLines(source, yaml.keyLines.log);
    items.forEach((item, index) => {
      const line = itemLines[index] ?? yaml.keyLines.log ?? 1;
      if (typeof item !== 'string') {
        reader.problems.push({ path, line, column: 1, severity: 'warning', message: { code: 'log.itemNotText' } });
        return;
      }
      const parsed = parseEntryText(item.trim(), line);
      if (parsed.entry) log.push(parsed.entry);
      if (parsed.issue) reader.problems.push({ path, line, column: 1, ...parsed.issue });
    });
  } else if (items !== undefined && items !== null) {
    reader.report('log', { code: 'log.notList' });
  }
  return { kind: 'dossier', client: toClient(path, 'yaml', name, reader, data, log), problems: reader.problems };
}

/** Best-effort lines of the items of a block list under a top-level key, for messages. */
function yamlListItemLines(text: string, keyLine: number | undefined): number[] {
  if (keyLine === undefined) return [];
  const lines: number[] = [];
  for (const line of linesFrom(text, 0)) {
    if (line.number <= keyLine) continue;
    if (/^\S/.test(line.text) && !line.text.startsWith('-') && !line.text.startsWith('#')) break;
    if (/^\s*- /.test(line.text)) lines.push(line.number);
  }
  return lines;
}

/** Beyond these, a file is skipped and reported: no real dossier comes near them, and YAML is the costly part. */
export const MAX_FILE_CHARS = 16 * 1024 * 1024;
export const MAX_FRONT_MATTER_CHARS = 256 * 1024;

/** What keeps a file from being read as UTF-8 text, with the line where it shows. */
function notText(path: string, text: string): Problem | undefined {
  const nul = text.indexOf('\u0000');
  const replaced = text.indexOf('\ufffd');
  const at = nul !== -1 ? nul : replaced;
  if (at === -1) return undefined;
  const line = text.slice(0, at).split('\n').length;
  return { path, line, column: 1, severity: 'error', message: { code: nul !== -1 ? 'file.nulBytes' : 'file.notUtf8' } };
}

const BOM_BYTES = '\xef\xbb\xbf';
const REPLACEMENT_CHARACTER_BYTES = '\xef\xbf\xbd';

/**
 * {@link parseDossier} of the text whose UTF-8 bytes `binary` holds (valid UTF-8, one
 * character per byte: see binaryText.ts), decoding only what the index keeps: a Markdown
 * dossier's front matter, and its log entries' texts when first read. `decode` gives the
 * text of a range of bytes; other files are decoded whole and read as text.
 */
export function parseDossierBytes(path: string, binary: string, logHeading: string, decode: (start: number, end: number) => string): DossierParse {
  if (formatOfPath(path) !== 'markdown' || binary.length > MAX_FILE_CHARS || binary.includes('\0') || binary.includes(REPLACEMENT_CHARACTER_BYTES)) {
    return parseDossier(path, decode(0, binary.length), logHeading);
  }
  if (!binary.startsWith(BOM_BYTES)) return parseMarkdown(path, binary, logHeading, decode);
  // A BOM moves offsets, not lines, and problems are told by line.
  const skip = BOM_BYTES.length;
  return parseMarkdown(path, binary.slice(skip), logHeading, (start, end) => decode(start + skip, end + skip));
}

/** Reads one file of the notebook. */
export function parseDossier(path: string, text: string, logHeading: string): DossierParse {
  if (text.length > MAX_FILE_CHARS) {
    return { kind: 'broken', problems: [{ path, line: 1, column: 1, severity: 'error', message: { code: 'file.tooLarge', mb: MAX_FILE_CHARS / 1024 / 1024 } }] };
  }
  const encoding = notText(path, text);
  if (encoding) {
    // A dossier that cannot be read is an error; any other odd file is only worth a warning.
    const wantsToBeDossier = findFrontMatter(text) !== undefined || formatOfPath(path) === 'yaml';
    return wantsToBeDossier ? { kind: 'broken', problems: [encoding] } : { kind: 'other', problems: [{ ...encoding, severity: 'warning' }] };
  }
  const format = formatOfPath(path);
  if (format === 'markdown') {
    return parseMarkdown(path, text, logHeading); // findLogSection detaches the entries' texts
  }
  if (format === 'yaml') {
    const result = parseYamlDossier(path, text);
    if (result.kind === 'dossier') for (const entry of result.client.log) entry.text = detach(entry.text);
    return result;
  }
  return { kind: 'other', problems: [] };
}

