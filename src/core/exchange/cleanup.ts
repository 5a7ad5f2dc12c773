import anyAscii from 'any-ascii';

/**
 * Cleaning what an address book exported: names without junk, phone numbers
 * and e-mail addresses in one plain form, birthdays as the dossier format
 * writes them.
 */

/** Control and format characters, emoji and their joiners and modifiers, private-use and unassigned code points. */
const INVISIBLE_OR_EMOJI = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\uFE0E\uFE0F\u20E3]/gu;
/** What a name keeps: letters and marks of every script, apostrophes, hyphens, dots (initials), spaces. */
const NOT_NAME = /[^\p{L}\p{M}'’ʼ\-‐‑.\s]/gu;
const APOSTROPHE = /[’ʼ]/g;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A person's or company's display name: letters of any script, apostrophes, hyphens; no brackets, emoji, digits-only junk. */
export function cleanName(raw: string | undefined): string {
  if (!raw) return '';
  const text = raw.normalize('NFC').replace(INVISIBLE_OR_EMOJI, ' ').replace(NOT_NAME, ' ').replace(APOSTROPHE, "'");
  const words = collapse(text)
    .split(' ')
    // A word is kept when it holds a letter; its edges lose stray apostrophes and hyphens.
    .map((word) => word.replace(/^['\-‐‑.]+/, '').replace(/['\-‐‑]+$/, ''))
    .filter((word) => /\p{L}/u.test(word));
  return words.join(' ');
}

/** Free text kept as typed (a company, a role, an address): one line, no control characters or emoji. */
export function cleanText(raw: string | undefined): string {
  if (!raw) return '';
  return collapse(raw.normalize('NFC').replace(/\s*(\r\n?|\n)\s*/g, ', ').replace(INVISIBLE_OR_EMOJI, ' '));
}

/** Multi-line notes: control characters out, line breaks kept, blank runs collapsed. */
export function cleanNotes(raw: string | undefined): string {
  if (!raw) return '';
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === '\n' || char === '\t' ? char : ''))
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * "Nowak, Anna" -> Anna Nowak; otherwise the last word is the family name.
 * Returns the display name (given names first) with its parts.
 */
export function splitFullName(full: string): { name: string; first?: string; last?: string } {
  const comma = full.indexOf(',');
  if (comma > 0) {
    const last = cleanName(full.slice(0, comma));
    const first = cleanName(full.slice(comma + 1));
    if (last && first) return { name: `${first} ${last}`, first, last };
  }
  const name = cleanName(full);
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2) return { name, first: words[0] };
  return { name, first: words.slice(0, -1).join(' '), last: words[words.length - 1] };
}

/** A phone number as a person writes it: a leading +, digits, single spaces. Undefined when fewer than 3 digits. */
export function cleanPhone(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.normalize('NFKC').trim().replace(/^tel:/i, '');
  const plus = /^\s*(\+|00(?=[1-9]))/.exec(text);
  const rest = text.slice(plus ? plus[0].length : 0);
  const phone = collapse(rest.replace(/[^\d]+/g, ' '));
  if (phone.replace(/ /g, '').length < 3) return undefined;
  return plus ? `+${phone}` : phone;
}

/** The digits that identify a phone number: `+48 600 100 200` and `0048600100200` agree. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? digits : digits.replace(/^00/, '');
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

/** An e-mail address: trimmed, without `mailto:` or a display name, its domain lower-cased. Undefined when it is not an address. */
export function cleanEmail(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.normalize('NFC').replace(INVISIBLE_OR_EMOJI, '').trim();
  const angled = /<([^<>]+)>\s*$/.exec(text);
  if (angled) text = angled[1].trim();
  text = text.replace(/^mailto:/i, '').trim();
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const email = `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
  return EMAIL.test(email) && !email.includes('..') ? email : undefined;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

const pad = (value: number) => String(value).padStart(2, '0');

function dateText(year: number | undefined, month: number, day: number): string | undefined {
  // Year 1604 (Apple) and 0000 stand for "year unknown".
  if (year !== undefined && (year < 1800 || year > 2200)) year = undefined;
  if (!validDay(year ?? 2000, month, day)) return undefined;
  return year === undefined ? `${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A birthday as the dossier format writes it: `YYYY-MM-DD`, or `MM-DD` when
 * the year is unknown. Reads ISO dates, vCard's `--MMDD` / `--MM-DD`,
 * `YYYYMMDD`, Outlook's `M/D/YYYY` and `D.M.YYYY`.
 */
export function cleanBirthday(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  let match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s].*)?$/.exec(text);
  if (match) return dateText(+match[1], +match[2], +match[3]);
  match = /^--(\d{2})-?(\d{2})$/.exec(text) ?? /^(\d{2})-(\d{2})$/.exec(text);
  if (match) return dateText(undefined, +match[1], +match[2]);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const [first, second, yearText] = [+match[1], +match[2], match[3]];
    if (first === 0 || second === 0) return undefined; // Outlook's 0/0/00: no birthday
    const year = yearText.length === 4 ? +yearText : undefined;
    // Month first, as Outlook writes it, unless the first number cannot be a month.
    return first > 12 ? dateText(year, second, first) : dateText(year, first, second);
  }
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(text);
  if (match) return dateText(match[3] ? +match[3] : undefined, +match[2], +match[1]);
  return undefined;
}

/** Tags as labels: trimmed, without Google's system groups (`* myContacts`). */
export function cleanTags(raw: readonly string[]): string[] {
  const tags: string[] = [];
  for (const value of raw) {
    for (const part of value.split(/\s*:::\s*|[;,]/)) {
      const tag = cleanText(part);
      if (!tag || tag.startsWith('*')) continue;
      if (!tags.some((other) => other.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
  }
  return tags;
}

/** How names and companies are compared: case, diacritics, script and spacing do not matter. */
export function identityKey(text: string | undefined): string {
  if (!text) return '';
  return anyAscii(text.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
