import { Message } from '../messages';
import { Table } from './table';

/** What a column can hold. `skip` leaves the column out. */
export const TARGET_FIELDS = [
  'name', 'first_name', 'middle_name', 'last_name', 'company', 'role', 'email', 'phone',
  'birthday', 'tags', 'notes', 'website', 'address', 'linkedin', 'skip',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export function isTargetField(value: string): value is TargetField {
  return (TARGET_FIELDS as readonly string[]).includes(value);
}

/** One contact as a source holds it, before clean-up. */
export interface ContactRecord {
  /** The line of the source the contact starts on (1-based). */
  line: number;
  name?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  company?: string;
  role?: string;
  emails: string[];
  phones: string[];
  birthday?: string;
  tags: string[];
  notes?: string;
  website?: string;
  address?: string;
  linkedin?: string;
}

export type TableSource = 'google' | 'outlook' | 'linkedin' | 'table';

/** For each column, the field it fills (`skip` for none). */
export type ColumnMapping = TargetField[];

/** A header as the rules below read it: no BOM, lower-case, single spaces, no trailing `.` or `:` (`Tel.`, `Firma:`). */
const normalise = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '');

/**
 * Headers that name a field: the exports' (Google old and new, Outlook, LinkedIn), and
 * what people title their own tables in English, Polish, German, Russian, Lithuanian
 * and Kazakh. Lower-case, as {@link normalise} leaves them; no word names two fields.
 */
export const HEADER_WORDS: Readonly<Record<Exclude<TargetField, 'skip'>, readonly string[]>> = {
  name: [
    'name', 'full name', 'display name', 'contact name', 'contact', 'fn', 'client', 'client name',
    'klient', 'imię i nazwisko', 'kontakt', 'vollständiger name', 'kunde',
    'имя и фамилия', 'фио', 'клиент', 'контакт', 'klientas', 'vardas ir pavardė', 'vardas, pavardė', 'kontaktas', 'аты-жөні', 'аты жөні',
  ],
  first_name: ['first name', 'given name', 'firstname', 'first', 'forename', 'imię', 'vorname', 'имя', 'vardas', 'аты'],
  middle_name: ['middle name', 'additional name', 'middle', 'drugie imię', 'отчество', 'әкесінің аты'],
  last_name: ['last name', 'family name', 'surname', 'lastname', 'last', 'nazwisko', 'nachname', 'фамилия', 'pavardė', 'тегі'],
  company: [
    'company', 'company name', 'organization', 'organization name', 'organization 1 - name', 'organisation',
    'firma', 'nazwa firmy', 'organizacja', 'unternehmen', 'компания', 'организация', 'įmonė', 'organizacija', 'bendrovė', 'ұйым', 'мекеме',
  ],
  role: [
    'job title', 'position', 'organization title', 'organization 1 - title', 'role', 'occupation',
    'stanowisko', 'funktion', 'должность', 'pareigos', 'лауазымы', 'лауазым',
  ],
  email: [
    'e-mail', 'email', 'e-mail address', 'email address', 'mail', 'poczta e-mail', 'adres e-mail', 'e-mail-adresse',
    'почта', 'эл. почта', 'электронная почта', 'el. paštas', 'el. pašto adresas', 'электрондық пошта', 'эл. пошта',
  ],
  phone: [
    'phone', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell', 'phone number', 'business phone', 'home phone', 'primary phone',
    'other phone', 'car phone', 'company main telephone',
    'telefon', 'komórka', 'telefon komórkowy', 'nr telefonu', 'numer telefonu', 'handy', 'mobil', 'telefonnummer',
    'телефон', 'тел', 'мобильный', 'telefonas', 'mobilusis telefonas', 'ұялы телефон', 'телефон нөмірі',
  ],
  birthday: [
    'birthday', 'birth date', 'date of birth', 'bday', 'urodziny', 'data urodzenia', 'geburtstag', 'geburtsdatum',
    'день рождения', 'дата рождения', 'gimtadienis', 'gimimo data', 'туған күні', 'туған күн',
  ],
  tags: [
    'labels', 'group membership', 'categories', 'tags', 'tag', 'groups', 'tagi', 'etykiety', 'grupy', 'gruppen', 'kategorien',
    'теги', 'метки', 'группы', 'žymės', 'grupės', 'тегтер', 'белгілер',
  ],
  notes: [
    'notes', 'note', 'comments', 'comment', 'uwagi', 'notatki', 'notizen', 'bemerkungen', 'anmerkungen',
    'заметки', 'примечание', 'примечания', 'комментарий', 'pastabos', 'ескертпе', 'ескертпелер',
  ],
  website: ['web page', 'website', 'homepage', 'web', 'strona www', 'strona internetowa', 'www', 'webseite', 'сайт', 'веб-сайт', 'svetainė'],
  address: ['address', 'address 1 - formatted', 'business address', 'adres', 'anschrift', 'adresse', 'адрес', 'adresas', 'мекенжай'],
  linkedin: ['linkedin', 'linkedin url', 'profile url'],
};

/** Numbered headers of the exports: `E-mail 2 - Value`, `E-mail Address 2`, `Business Phone 2`. */
const NUMBERED_HEADERS: [RegExp, TargetField][] = [
  [/^e-?mail( address)? \d+( - value| address)?$/, 'email'],
  [/^(phone \d+ - value|(business|home) phone \d+)$/, 'phone'],
  [/^website \d+ - value$/, 'website'],
];

const FIELD_OF_WORD = new Map<string, TargetField>(
  Object.entries(HEADER_WORDS).flatMap(([field, words]) => words.map((word): [string, TargetField] => [word, field as TargetField])),
);

function fieldOfHeader(key: string): TargetField {
  return FIELD_OF_WORD.get(key) ?? NUMBERED_HEADERS.find(([pattern]) => pattern.test(key))?.[1] ?? 'skip';
}

/** Which export a header row comes from. */
export function detectSource(headers: readonly string[]): TableSource {
  const set = new Set(headers.map(normalise));
  if (set.has('connected on') && set.has('url')) return 'linkedin';
  if (set.has('e-mail 1 - value') || set.has('phone 1 - value') || set.has('given name') || set.has('organization 1 - name') || set.has('organization name') || set.has('labels')) return 'google';
  if (set.has('e-mail address') && (set.has('business phone') || set.has('job title') || set.has('mobile phone'))) return 'outlook';
  return 'table';
}

/**
 * Maps the columns of a table by their headers. Several columns may fill
 * one field: email, phone and tags take every value, the others the first
 * value a row has (Google's old `Name` before `Given Name`). Outlook's
 * `Title` is a name prefix, not a position, and is left out.
 */
export function autoMap(headers: readonly string[]): { source: TableSource; mapping: ColumnMapping } {
  const source = detectSource(headers);
  const mapping: ColumnMapping = headers.map((header) => {
    const key = normalise(header);
    if (source === 'linkedin' && key === 'url') return 'linkedin';
    return fieldOfHeader(key);
  });
  return { source, mapping };
}

/** Whether a mapping can name a client: a name, first or last name, or a company. */
export function mapsAName(mapping: ColumnMapping): boolean {
  return mapping.some((field) => field === 'name' || field === 'first_name' || field === 'last_name' || field === 'company');
}

/** A column mapping that cannot be used, and why. */
export class MappingError extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
  }
}

/**
 * A mapping given by the user: `name=Full name,email=E-mail,phone=Tel`.
 * A column is named by its header (case does not matter) or by its number
 * from 1. Columns not named are skipped.
 */
export function parseMapSpec(spec: string | Record<string, string>, headers: readonly string[]): ColumnMapping {
  const pairs: [string, string][] = typeof spec === 'string'
    ? spec.split(',').filter((part) => part.trim()).map((part) => {
      const equals = part.indexOf('=');
      if (equals < 0) throw new MappingError({ code: 'import.mappingNotPair', part: part.trim() });
      return [part.slice(0, equals).trim(), part.slice(equals + 1).trim()];
    })
    : Object.entries(spec);
  const mapping: ColumnMapping = headers.map(() => 'skip');
  for (const [rawField, column] of pairs) {
    const field = rawField.trim().toLowerCase().replace(/-/g, '_');
    if (!isTargetField(field)) throw new MappingError({ code: 'import.mappingNotField', field: rawField, fields: TARGET_FIELDS.filter((each) => each !== 'skip') });
    const index = columnIndex(column, headers);
    if (index < 0) throw new MappingError({ code: 'import.mappingNoColumn', column, columns: [...headers] });
    mapping[index] = field;
  }
  return mapping;
}

function columnIndex(column: string, headers: readonly string[]): number {
  const wanted = normalise(column);
  const byName = headers.findIndex((header) => normalise(header) === wanted);
  if (byName >= 0) return byName;
  const number = /^#?(\d+)$/.exec(wanted);
  if (number && +number[1] >= 1 && +number[1] <= headers.length) return +number[1] - 1;
  return -1;
}

/** Google writes several values in one cell as `a ::: b`. */
function values(cell: string): string[] {
  return cell.split(/\s+:::\s+/).map((value) => value.trim()).filter(Boolean);
}

const SINGLE: Partial<Record<TargetField, keyof ContactRecord>> = {
  name: 'name', first_name: 'firstName', middle_name: 'middleName', last_name: 'lastName', company: 'company', role: 'role',
  birthday: 'birthday', notes: 'notes', website: 'website', address: 'address', linkedin: 'linkedin',
};

/** The table's rows as contacts, by a column mapping. */
export function recordsFromTable(table: Table, mapping: ColumnMapping): ContactRecord[] {
  return table.rows.map((row) => {
    const record: ContactRecord = { line: row.line, emails: [], phones: [], tags: [] };
    mapping.forEach((field, index) => {
      const cell = row.cells[index]?.trim();
      if (!cell || field === 'skip') return;
      if (field === 'email') record.emails.push(...values(cell).flatMap((value) => value.split(/[;,]\s*/)));
      else if (field === 'phone') record.phones.push(...values(cell));
      else if (field === 'tags') record.tags.push(cell);
      else {
        const key = SINGLE[field] as 'name';
        if (record[key] === undefined) record[key] = field === 'notes' || field === 'address' ? cell : values(cell)[0];
      }
    });
    return record;
  });
}
