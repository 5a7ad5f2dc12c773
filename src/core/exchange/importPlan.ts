import { Message } from '../messages';
import { Client } from '../dossier/dossier';
import { NewClientFields, renderTemplate } from '../notebook/newDossier';
import { slugOf, uniqueFileName } from '../notebook/slug';
import { Day } from '../schedule/calendar';
import { cleanBirthday, cleanEmail, cleanName, cleanNotes, cleanPhone, cleanTags, cleanText, identityKey, phoneKey, splitFullName } from './cleanup';
import { ContactRecord } from './columns';

/** A dossier the import would create: the cleaned contact's fields that a dossier keeps. */
export type PlannedClient = Pick<Cleaned, 'name' | 'company' | 'role' | 'emails' | 'phones' | 'birthday' | 'tags' | 'warnings'> & {
  /** Notebook-relative path, `/` separated. */
  path: string;
  /** The source line the contact starts on. */
  line: number;
  /** The new file's text. */
  text: string;
};

/** How a contact was found to be a client already known. */
type DuplicateBy = Extract<Message, { code: 'import.duplicate' }>['by'];

/** A row the import leaves out, and why. */
export interface SkippedRow {
  name: string;
  reason: Message;
  /** The client it duplicates: an existing dossier's path, or the path planned for an earlier row. */
  existing?: string;
  line: number;
}

export interface ImportPlan {
  create: PlannedClient[];
  skip: SkippedRow[];
}

export interface ImportOptions {
  /** The notebook's template (or the default one). */
  template: string;
  today: Day;
  /** A folder inside the notebook for the new files ('' for the root); already checked with safeRelativePath. */
  folder?: string;
  /** Tags every imported client gets. */
  tags?: readonly string[];
  /** Whether a notebook-relative path is taken by a file (any file, not only dossiers). */
  taken: (path: string) => boolean;
}

/**
 * A contact after clean-up: one name (split into first and last where it can be), the rest
 * normalised, and what was left out (an address that is not one, a date that is not one).
 */
type Cleaned = Omit<ContactRecord, 'line' | 'name' | 'firstName' | 'middleName' | 'lastName'> & {
  name: string;
  first?: string;
  last?: string;
  warnings: Message[];
};

/** A contact after clean-up: names joined or split, addresses and numbers normalised. */
export function cleanRecord(record: ContactRecord, extraTags: readonly string[] = []): Cleaned {
  const warnings: Message[] = [];
  const first = cleanName([record.firstName, record.middleName].filter(Boolean).join(' '));
  const last = cleanName(record.lastName);
  let name = [first, last].filter(Boolean).join(' ');
  let parts: { first?: string; last?: string } = { first: first || undefined, last: last || undefined };
  if (!name && record.name) {
    const split = splitFullName(record.name);
    name = split.name;
    parts = { first: split.first, last: split.last };
  }
  let company = cleanText(record.company) || undefined;
  if (!name && company) {
    // A company's own card: the company is the client.
    name = cleanName(company) ? company : '';
    company = undefined;
  }
  const emails: string[] = [];
  for (const raw of record.emails) {
    const email = cleanEmail(raw);
    if (!email) warnings.push({ code: 'import.invalidEmail', value: cleanText(raw) });
    else if (!emails.some((other) => other.toLowerCase() === email.toLowerCase())) emails.push(email);
  }
  const phones: string[] = [];
  for (const raw of record.phones) {
    const phone = cleanPhone(raw);
    if (!phone) warnings.push({ code: 'import.invalidPhone', value: cleanText(raw) });
    else if (!phones.some((other) => phoneKey(other) === phoneKey(phone))) phones.push(phone);
  }
  const birthday = cleanBirthday(record.birthday);
  if (record.birthday?.trim() && !birthday && !/^0+\/0+\/0+$/.test(record.birthday.trim())) warnings.push({ code: 'import.invalidBirthday', value: cleanText(record.birthday) });
  const tags = cleanTags([...record.tags, ...extraTags]);
  return {
    name, ...parts, company, role: cleanText(record.role) || undefined, emails, phones, birthday, tags,
    notes: cleanNotes(record.notes) || undefined, website: cleanText(record.website) || undefined,
    address: cleanText(record.address) || undefined, linkedin: cleanText(record.linkedin) || undefined, warnings,
  };
}

/** Device names Windows will not open as files (`con.md` included): a colleague on Windows must be able to check out the notebook. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

function safeStem(stem: string): string {
  return WINDOWS_RESERVED.test(stem) ? `${stem}-client` : stem;
}

interface Known {
  path: string;
  /** For a duplicate within the same source: the line of the earlier row. */
  line?: number;
  hasEmails: boolean;
  hasPhones: boolean;
}

/**
 * Who is already in the notebook, by email, phone digits and name + company
 * (case, diacritics and script do not matter).
 */
class Identities {
  private readonly byEmail = new Map<string, Known>();
  private readonly byPhone = new Map<string, Known>();
  private readonly byName = new Map<string, Known[]>();

  add(known: Known, names: (string | undefined)[], company: string | undefined, emails: readonly string[], phones: readonly string[]): void {
    for (const email of emails) if (!this.byEmail.has(email.toLowerCase())) this.byEmail.set(email.toLowerCase(), known);
    for (const phone of phones) {
      const key = phoneKey(phone);
      if (key.length >= 5 && !this.byPhone.has(key)) this.byPhone.set(key, known);
    }
    const companyKey = identityKey(company);
    for (const name of new Set(names.map(identityKey).filter(Boolean))) {
      const key = `${name}\u0000${companyKey}`;
      this.byName.set(key, [...(this.byName.get(key) ?? []), known]);
    }
  }

  /**
   * The known client this contact is. Same name and company match unless
   * both sides carry e-mail addresses (or both phone numbers) and none is
   * shared: then they are two people with one name.
   */
  match(contact: Cleaned): { known: Known; by: DuplicateBy; value?: string } | undefined {
    for (const email of contact.emails) {
      const known = this.byEmail.get(email.toLowerCase());
      if (known) return { known, by: 'email', value: email };
    }
    for (const phone of contact.phones) {
      const known = this.byPhone.get(phoneKey(phone));
      if (known) return { known, by: 'phone', value: phone };
    }
    const candidates = this.byName.get(`${identityKey(contact.name)}\u0000${identityKey(contact.company)}`) ?? [];
    const known = candidates.find((each) => !(each.hasEmails && contact.emails.length) && !(each.hasPhones && contact.phones.length));
    if (known) return { known, by: contact.company ? 'nameAndCompany' : 'nameWithoutCompany' };
    return undefined;
  }
}

/** The fields a new dossier is rendered from. */
export function dossierFields(contact: Cleaned): NewClientFields {
  return {
    name: contact.name,
    company: contact.company,
    role: contact.role,
    email: contact.emails.length ? contact.emails : undefined,
    phone: contact.phones.length ? contact.phones : undefined,
    website: contact.website,
    address: contact.address,
    tags: contact.tags.length ? contact.tags : undefined,
    birthday: contact.birthday,
    linkedin: contact.linkedin,
    notes: contact.notes,
  };
}

/**
 * What an import would do: the dossiers it creates (under safe, unused file
 * names, from the notebook's template, with no follow-up scheduled) and the
 * rows it skips — duplicates of clients in the notebook or of earlier rows,
 * and rows with no name. Pure: the caller says which paths are taken.
 */
export function planImport(records: readonly ContactRecord[], existing: Iterable<Client>, options: ImportOptions): ImportPlan {
  const identities = new Identities();
  for (const client of existing) {
    identities.add({ path: client.path, hasEmails: client.emails.length > 0, hasPhones: client.phones.length > 0 }, [client.name, client.nameLatin], client.company, client.emails, client.phones);
  }
  const folder = options.folder ? `${options.folder.replace(/\/+$/, '')}/` : '';
  const planned = new Set<string>();
  const taken = (path: string) => planned.has(path.toLowerCase()) || options.taken(path);
  const plan: ImportPlan = { create: [], skip: [] };
  for (const record of records) {
    const contact = cleanRecord(record, options.tags);
    const label = contact.name || contact.emails[0] || contact.phones[0] || cleanText(record.name) || `line ${record.line}`;
    if (!contact.name) {
      plan.skip.push({ name: label, reason: { code: 'import.withoutName' }, line: record.line });
      continue;
    }
    const match = identities.match(contact);
    if (match) {
      const { known, by, value } = match;
      plan.skip.push({ name: contact.name, reason: { code: 'import.duplicate', by, value, path: known.path, line: known.line }, existing: known.path, line: record.line });
      continue;
    }
    const fileName = uniqueFileName(safeStem(slugOf(contact.name)), '.md', (candidate) => taken(folder + candidate));
    const path = folder + fileName;
    planned.add(path.toLowerCase());
    identities.add({ path, line: record.line, hasEmails: contact.emails.length > 0, hasPhones: contact.phones.length > 0 }, [contact.name], contact.company, contact.emails, contact.phones);
    plan.create.push({
      name: contact.name,
      path,
      company: contact.company,
      role: contact.role,
      emails: contact.emails,
      phones: contact.phones,
      birthday: contact.birthday,
      tags: contact.tags,
      line: record.line,
      warnings: contact.warnings,
      text: renderTemplate(options.template, dossierFields(contact), options.today, { schedule: false }),
    });
  }
  return plan;
}

/** The plan as the CLI's `--json` prints it, its warnings and reasons in the words `text` gives them. */
export function planJson(plan: ImportPlan, text: (message: Message) => string): {
  create: { name: string; path: string; company: string | null; email: string | null; phone: string | null; birthday: string | null; line: number; warnings: string[] }[];
  skip: { name: string; reason: string; existing: string | null; line: number }[];
} {
  return {
    create: plan.create.map((each) => ({
      name: each.name, path: each.path, company: each.company ?? null, email: each.emails[0] ?? null, phone: each.phones[0] ?? null,
      birthday: each.birthday ?? null, line: each.line, warnings: each.warnings.map(text),
    })),
    skip: plan.skip.map((each) => ({ name: each.name, reason: text(each.reason), existing: each.existing ?? null, line: each.line })),
  };
}
