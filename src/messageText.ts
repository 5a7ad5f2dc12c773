// The engine's messages in words, for every face: the extension hands in
// vscode.l10n, the command line @vscode/l10n (both read the strings below
// from l10n/bundle.l10n.<lang>.json), `--json` the English below.
import type * as vscode from 'vscode';
import { Message } from './core/messages';
import { Segment } from './core/analytics/segments';
import type { ImportSource } from './core/exchange/importSource';
import { Due } from './core/notebook/agenda';
import { BucketId } from './core/schedule/buckets';
import { Day, dayFromParts, formatDay, weekdayOf } from './core/schedule/calendar';
import { Duration } from './core/schedule/duration';
import { countText, dateFormat, durationText, instantOf, listFormat, relativeDayText } from './core/schedule/intlFormat';

/** `t` of vscode.l10n or of @vscode/l10n: the English text and its `{0}` values in, the user's language out. */
export type Translator = Pick<typeof vscode.l10n, 't'>;

/** The English text itself: what `--json` and the tests print. */
export const ENGLISH: Translator = {
  t: (message: string | { message: string }, ...args: unknown[]) => {
    const text = typeof message === 'string' ? message : message.message;
    const values = (args.length === 1 && typeof args[0] === 'object' && args[0] !== null ? args[0] : args) as Record<string, unknown>;
    return text.replace(/\{(\w+)\}/g, (match, key: string) => (values[key] === undefined ? match : String(values[key])));
  },
};

/** `February`, `luty`, `февраль`, `ақпан`: a month's name in running text. */
function monthName(month: number, locale: string): string {
  const name = dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(instantOf(dayFromParts(2001, month, 1)));
  // ICU capitalises Kazakh stand-alone month names; inside a sentence they are lower-case.
  return locale.startsWith('kk') ? name.toLocaleLowerCase(locale) : name;
}

/** `February 2026`, `luty 2026`, `февраль 2026 г.`: not capitalised, it stands inside a sentence. */
function monthYear(year: number, month: number, locale: string): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instantOf(dayFromParts(year, month, 1)));
}

function weekdayName(day: Day, locale: string): string {
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(instantOf(day));
}

/** `"a", "b"`: a table's columns as the person sees them in their file. */
function columnList(columns: string[], l10n: Translator): string {
  return columns.map((column) => l10n.t('"{0}"', column)).join(', ');
}

/** The message in the user's language; `locale` formats its dates, month names and counts (with their plural forms). */
export function messageText(message: Message, l10n: Translator, locale: string): string {
  const hint = () => l10n.t('Expected a date like 2026-12-01, tomorrow, +3d, +2w, fri, next monday, 5 jul or "in 3 days"');
  switch (message.code) {
    case 'file.tooLarge': return l10n.t('The file is larger than {0} MB, so it is skipped.', message.mb);
    case 'file.nulBytes': return l10n.t('The file holds NUL bytes, so it is not a text dossier; it is skipped.');
    case 'file.permissionDenied': return l10n.t('The file cannot be read: permission denied.');
    case 'file.notUtf8': return l10n.t('The file holds bytes that are not UTF-8 (is it UTF-16 or another encoding?); it is skipped and never written, so those bytes are kept.');
    case 'frontMatter.unclosed': return l10n.t('The front matter opened on line 1 is never closed with a "---" line.');
    case 'frontMatter.tooLarge': return l10n.t('The front matter is larger than {0} KB, so the file is skipped.', message.kb);
    case 'frontMatter.unparsable': return l10n.t('The front matter does not parse: {0}', message.detail);
    case 'yamlFile.tooLarge': return l10n.t('The YAML dossier is larger than {0} KB, so it is skipped.', message.kb);
    case 'yamlFile.unparsable': return l10n.t('The file does not parse as YAML: {0}', message.detail);

    case 'field.notText': return message.found === 'list'
      ? l10n.t('{0} must be text, not a list.', message.key)
      : l10n.t('{0} must be text, not a mapping.', message.key);
    case 'field.itemNotText': return l10n.t('Each item of {0} must be text.', message.key);
    case 'field.notTextOrList': return l10n.t('{0} must be text or a list of texts.', message.key);
    case 'name.missing': return l10n.t('This file looks like a dossier but has no name; add "name: …" to it.');
    case 'dates.notList': return l10n.t('{0} must be a list of {label, date} items.', message.key);
    case 'dates.itemWithoutDate': return l10n.t('Each item of {0} needs a date (YYYY-MM-DD, or MM-DD when the year is unknown).', message.key);
    case 'dates.invalid': return l10n.t('"{0}" in {1} is not a valid date (expected YYYY-MM-DD, or MM-DD when the year is unknown).', message.value, message.key);
    case 'contacts.notList': return l10n.t('contacts must be a list of people, each with a name.');
    case 'contacts.withoutName': return l10n.t('Each contact needs a name.');
    case 'contacts.invalidBirthday': return l10n.t('The birthday "{0}" of {1} is not a valid date (YYYY-MM-DD or MM-DD).', message.value, message.name);
    case 'nextContact.invalid': return l10n.t('next_contact "{0}" is not a valid date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM).', message.value);
    case 'cadence.invalid': return l10n.t('cadence "{0}" is not a duration (expected e.g. 10d, 2w, 1m or 1y).', message.value);

    case 'log.notList': return l10n.t('log must be a list of entries such as "2026-11-20 call: Discussed the offer".');
    case 'log.itemNotText': return l10n.t('A log item must be a text of the form "YYYY-MM-DD[ HH:MM] KIND: TEXT".');
    case 'log.notAnEntry': return l10n.t('This line in the log is not an entry of the form "- YYYY-MM-DD[ HH:MM] KIND: TEXT"; it is kept as it is.');
    case 'log.invalidDate': return l10n.t('"{0}" is not a valid date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM).', message.value);
    case 'log.withoutAmount': return message.kind === 'order'
      ? l10n.t('An order entry should start with an amount, e.g. "12500 PLN".')
      : l10n.t('A payment entry should start with an amount, e.g. "12500 PLN".');
    case 'log.invalidScore': return message.score === undefined
      ? l10n.t('An nps entry must start with a score from 0 to 10.')
      : l10n.t('An nps entry must start with a score from 0 to 10, not {0}.', message.score);

    case 'settings.unparsable': return l10n.t('The notebook settings do not parse: {0}', message.detail);
    case 'settings.notMapping': return l10n.t('The notebook settings must be a mapping of keys to values.');
    case 'settings.logHeading': return l10n.t('log_heading must be the text of a heading, e.g. "Log".');
    case 'settings.weekStartsOn': return l10n.t('week_starts_on must be a weekday such as monday or sunday, not "{0}".', message.value);
    case 'settings.workingDay': return l10n.t('working_days must list weekdays such as mon, tue, …; "{0}" is not one.', message.value);
    case 'settings.workingDays': return l10n.t('working_days must be a list of weekdays, e.g. [mon, tue, wed, thu, fri].');
    case 'settings.dailyCapacity': return l10n.t('daily_capacity must be a whole number above 0, not "{0}".', message.value);
    case 'settings.tagCadence': return l10n.t('The cadence for tag "{0}" must be a duration such as 10d, 2w, 1m or 1y.', message.tag);
    case 'settings.cadenceByTag': return l10n.t('cadence_by_tag must map tags to durations, e.g. "vip: 2w".');
    case 'settings.currency': return l10n.t('currency must be a three-letter code such as PLN or EUR.');
    case 'settings.segments': return l10n.t('segments must map thresholds to numbers, e.g. "recent_days: 90" (see the README, "Numbers").');
    case 'settings.segmentNumber': return message.value === undefined
      ? l10n.t('segments.{0} must be a whole number above 0, not a list or mapping.', message.key)
      : l10n.t('segments.{0} must be a whole number above 0, not "{1}".', message.key, message.value);
    case 'settings.vipAmount': return message.value === undefined
      ? l10n.t('segments.vip_amount must be an amount such as 20000, or a mapping such as {PLN: 20000, EUR: 5000}.')
      : l10n.t('segments.vip_amount must be an amount such as 20000, or a mapping such as {PLN: 20000, EUR: 5000}, not "{0}".', message.value);
    case 'settings.vipAmountCurrency': return l10n.t('segments.vip_amount for "{0}" must be a three-letter currency code with an amount, e.g. "EUR: 5000".', message.currency);
    case 'settings.unknownThreshold': return l10n.t('segments.{0} is not a threshold; known ones are recent_days, lost_days, vip_orders, vip_days and vip_amount.', message.key);

    case 'edit.noFrontMatter': return l10n.t('The file has no front matter, so it is not a dossier.');
    case 'edit.yamlUnparsable': return l10n.t('The YAML does not parse, so the file is left as it is: {0}', message.detail);
    case 'edit.notBlockMapping': return l10n.t('The YAML is not a block mapping of keys, so the file is left as it is.');
    case 'edit.notScalar': return l10n.t('{0} holds a list or a mapping, so it is left as it is.', message.key);
    case 'edit.notList': return l10n.t('{0} is not a list, so the entry cannot be added.', message.key);
    case 'edit.itemNotLocated': return l10n.t('{0} has an item that cannot be located.', message.key);
    case 'edit.firstItemInline': return l10n.t('The first item of {0} does not start its own line, so the entry cannot be added.', message.key);
    case 'edit.disturbsOtherKeys': return l10n.t('The edit would change other keys of the front matter, so nothing was written; edit the file by hand.');
    case 'edit.noLongerDossier': return l10n.t('The edit would leave a file that is no longer a dossier, so nothing was written.');
    case 'edit.notReadBack': return l10n.t('The edit did not read back as intended ({0}), so nothing was written.', message.key);
    case 'edit.nextContactKept': return l10n.t('The edit did not read back as intended (next_contact is still set), so nothing was written.');
    case 'edit.entryNotReadBack': return l10n.t('The edit did not read back as intended (the new log entry), so nothing was written.');
    case 'edit.notUtf8': return l10n.t('The file holds bytes that are not UTF-8; it is left as it is so that they are kept.');
    case 'edit.broken': return l10n.t('{0} The file is left as it is.', messageText(message.problem, l10n, locale));
    case 'edit.notDossier': return l10n.t('This file is not a dossier (no name in its front matter), so it is left as it is.');
    case 'edit.invalidKind': return l10n.t('"{0}" is not a kind of entry: use one word such as call, meeting or email.', message.kind);
    case 'edit.notPlainField': return l10n.t('"{0}" cannot be set as a plain value.', message.key);
    case 'edit.emptyValue': return l10n.t('The new {0} is empty.', message.key);

    case 'date.empty': return `${l10n.t('Enter a date.')} ${hint()}`;
    case 'date.notUnderstood': return `${l10n.t('"{0}" is not a date I understand.', message.text)} ${hint()}`;
    case 'date.unknownUnit': return l10n.t('Unknown unit "{0}" in "{1}": use d (days), wd (working days), w (weeks), m (months) or y (years), e.g. +3d or +2w', message.unit, message.text);
    case 'date.tooFar': return `${l10n.t('{0} is too far away.', message.amount)} ${hint()}`;
    case 'date.noSuchMonth': return `${l10n.t('"{0}" is not a date: there is no month {1}.', message.text, message.month)} ${hint()}`;
    case 'date.yearOutOfRange': return l10n.t('"{0}" is not a date: the year must be between 0001 and 9999', message.text);
    case 'date.monthTooShort': return l10n.t('"{0}" is not a date: {1} has {2}', message.text,
      monthYear(message.year, message.month, locale), countText(message.days, 'day', locale));
    case 'date.monthNeverHas': return message.day < 1
      ? l10n.t('"{0}" is not a date: {1} never has a day 0', message.text, monthName(message.month, locale))
      : l10n.t('"{0}" is not a date: {1} never has {2}', message.text, monthName(message.month, locale), countText(message.day, 'day', locale));
    case 'date.noNextOccurrence': return l10n.t('"{0}" has no next occurrence before the year 9999', message.text);
    case 'date.invalidTime': return l10n.t('{0} is not a time: expected HH:MM from 00:00 to 23:59', message.time);
    case 'date.invalidMeridiemHour': return l10n.t('{0} is not a time: with am/pm the hour goes from 1 to 12', message.time);
    case 'date.notIso': return l10n.t('"{0}": write dates as YYYY-MM-DD, e.g. {1}', message.text, formatDay(message.example));
    case 'date.ambiguous': return message.readings.length
      ? l10n.t('"{0}" is ambiguous ({1}?): numeric dates must be YYYY-MM-DD, or write the month as a word, e.g. 5 dec', message.text,
        listFormat(locale, { type: 'disjunction' }).format(message.readings))
      : l10n.t('"{0}" is ambiguous: numeric dates must be YYYY-MM-DD, or write the month as a word, e.g. 5 dec', message.text);
    case 'date.unreadableHere': return `${l10n.t('"{0}" cannot be read on {1} in this time zone.', message.text, formatDay(message.today))} ${hint()}`;
    case 'date.partlyUnderstood': return `${l10n.t('Only "{0}" in "{1}" is a date I understand.', message.part, message.text)} ${hint()}`;
    case 'date.range': return `${l10n.t('"{0}" is a range; give one date.', message.text)} ${hint()}`;
    case 'date.relativeTime': return l10n.t('"{0}" is a time relative to now; give a day, optionally with a time like 14:30', message.text);
    case 'date.monthWithoutDay': return `${l10n.t('"{0}" names a month but no day.', message.text)} ${hint()}`;
    case 'date.weekdayMismatch': return l10n.t('"{0}": {1} is a {2}, not a {3}', message.text, formatDay(message.day),
      weekdayName(message.day, locale), weekdayName(message.day + message.written - weekdayOf(message.day), locale));
    case 'date.outOfRange': return l10n.t('"{0}" falls outside the years 0001-9999', message.text);

    case 'import.invalidEmail': return l10n.t('"{0}" is not an e-mail address; left out.', message.value);
    case 'import.invalidPhone': return l10n.t('"{0}" is not a phone number; left out.', message.value);
    case 'import.invalidBirthday': return l10n.t('"{0}" is not a date; the birthday is left out.', message.value);
    case 'import.withoutName': return l10n.t('no name or company');
    case 'import.duplicate': return duplicateText(message, l10n);
    case 'import.noNameColumn': return l10n.t('No column of the table is known to hold the name. Its columns: {0}. Say which is which, e.g. --map "name=Full name,email=E-mail,phone=Tel".', columnList(message.columns, l10n));
    case 'import.mappingNotPair': return l10n.t('"{0}" in the mapping is not FIELD=COLUMN.', message.part);
    case 'import.mappingNotField': return l10n.t('"{0}" is not a field; use one of {1}.', message.field, message.fields.join(', '));
    case 'import.mappingNoColumn': return l10n.t('The table has no column "{0}". Its columns: {1}.', message.column, columnList(message.columns, l10n));
    case 'import.vcardUnparsable': return l10n.t('The vCard file does not parse: {0}', message.detail);
  }
}

function duplicateText(message: Extract<Message, { code: 'import.duplicate' }>, l10n: Translator): string {
  const { by, value = '', path, line } = message;
  if (line === undefined) {
    switch (by) {
      case 'email': return l10n.t('same email {0} as {1}', value, path);
      case 'phone': return l10n.t('same phone {0} as {1}', value, path);
      case 'nameAndCompany': return l10n.t('same name and company as {0}', path);
      case 'nameWithoutCompany': return l10n.t('same name, no company as {0}', path);
    }
  }
  switch (by) {
    case 'email': return l10n.t('same email {0} as line {1} of this file', value, line);
    case 'phone': return l10n.t('same phone {0} as line {1} of this file', value, line);
    case 'nameAndCompany': return l10n.t('same name and company as line {0} of this file', line);
    case 'nameWithoutCompany': return l10n.t('same name, no company as line {0} of this file', line);
  }
}

// Words both faces show beside the engine's messages: the tree and the panels
// through format.ts, the command line through render.ts.

/** One client's order segment (`Growing`, `Растущий`); undefined is a client without orders. */
export function segmentLabel(segment: Segment | undefined, l10n: Translator): string {
  switch (segment) {
    case 'vip': return l10n.t('VIP');
    case 'growing': return l10n.t('Growing');
    case 'newcomer': return l10n.t('Newcomer');
    case 'one_time': return l10n.t('One-time');
    // Its own key: the Clients view's stage group 'Lost' is many clients, this is one client's segment.
    case 'lost': return l10n.t({ message: 'Lost', comment: ['the order segment of one client'] });
    default: return l10n.t('No orders');
  }
}

/** Where imported contacts came from, said within a sentence: `Google Contacts`, `kontakty z LinkedIn`. */
export function importSourceLabel(source: ImportSource['source'], l10n: Translator): string {
  switch (source) {
    case 'google': return 'Google Contacts';
    case 'outlook': return 'Outlook';
    case 'linkedin': return l10n.t('LinkedIn connections');
    case 'table': return l10n.t('table');
    case 'vcard': return 'vCard';
  }
}

/** A divider's title: `Overdue`, `Zaległe`, `Просрочено`. */
export function bucketTitle(bucket: BucketId, l10n: Translator): string {
  switch (bucket) {
    case 'overdue': return l10n.t('Overdue');
    case 'today': return l10n.t('Today');
    case 'tomorrow': return l10n.t('Tomorrow');
    case 'this_week': return l10n.t('This week');
    case 'next_week': return l10n.t('Next week');
    case 'later': return l10n.t('Later');
    case 'unscheduled': return l10n.t('Unscheduled');
  }
}

/** The kind of a log entry standing alone, as a label (`call` → `Call`, `Anruf`, `Звонок`); unknown kinds as written. */
export function kindLabel(kind: string, l10n: Translator): string {
  // A switch, not a record of every label: this runs for every tree row and card, and looks up one string.
  switch (kind.toLowerCase()) {
    case 'call': return l10n.t('Call');
    case 'meeting': return l10n.t('Meeting');
    case 'email': return l10n.t('Email');
    case 'message': return l10n.t('Message');
    case 'visit': return l10n.t('Visit');
    case 'note': return l10n.t('Note');
    case 'order': return l10n.t('Order');
    case 'payment': return l10n.t('Payment');
    case 'complaint': return l10n.t('Complaint');
    case 'refusal': return l10n.t('Refusal');
    case 'referral': return l10n.t('Referral');
    case 'nps': return l10n.t('NPS score');
    default: return kind;
  }
}

/**
 * The kind of a log entry inside a sentence (`last call 41 days ago`): the
 * translators' own lower-case forms (`rozmowa`, `звонок`; German nouns keep
 * their capital, `Anruf`); unknown kinds as written.
 */
export function kindText(kind: string, l10n: Translator): string {
  switch (kind.toLowerCase()) {
    case 'call': return l10n.t('call');
    case 'meeting': return l10n.t('meeting');
    case 'email': return l10n.t('email');
    case 'message': return l10n.t('message');
    case 'visit': return l10n.t('visit');
    case 'note': return l10n.t('note');
    case 'order': return l10n.t('order');
    case 'payment': return l10n.t('payment');
    case 'complaint': return l10n.t('complaint');
    case 'refusal': return l10n.t('refusal');
    case 'referral': return l10n.t('referral');
    // Its own key: the label `NPS score` starts a line, this one stands inside a sentence (`ocena NPS`).
    case 'nps': return l10n.t({ message: 'NPS score', comment: ['a kind of log entry inside a sentence: lower-case where the language writes it so'] });
    default: return kind;
  }
}

/** An important date's label: a contact's birthday (labelled `Birthday` by the engine) in the language, others as written. */
export function dateLabel(label: string, l10n: Translator): string {
  return label === 'Birthday' ? l10n.t('Birthday') : label;
}

/** A cadence in words: `1 month`, `2 Wochen`, `working days: 5`. */
export function cadenceText(cadence: Duration, l10n: Translator, locale: string): string {
  return durationText(cadence, locale) ?? l10n.t('working days: {0}', cadence.amount);
}

/**
 * Why a client is due, when not by its own `next_contact`: its cadence and
 * the last interaction (`cadence 1 month, last call 41 days ago`), in the
 * language (`Due.reason` is the English for JSON).
 */
export function dueReasonText(due: Due, today: Day, l10n: Translator, locale: string): string | undefined {
  if (!due.cadence) return undefined;
  const cadence = cadenceText(due.cadence, l10n, locale);
  if (due.lastKind === undefined || due.daysSince === undefined) return l10n.t('cadence {0}, no interaction yet', cadence);
  return l10n.t('cadence {0}, last {1} {2}', cadence, kindText(due.lastKind, l10n), relativeDayText(today - due.daysSince, today, locale));
}
