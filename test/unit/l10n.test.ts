import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { cliLanguage } from '../../src/cli/l10n';
import { Message, MessageCode } from '../../src/core/messages';
import { ENGLISH, Translator, messageText } from '../../src/messageText';
import { countText, longDateText, monthYearText, relativeDayText } from '../../src/core/schedule/intlFormat';
import { REPO, day } from './fixtures';

/**
 * Every string a person reads exists in every language: the extension's
 * bundle (vscode.l10n.t), the manifest's package.nls, and the command line's
 * bundle (@vscode/l10n), with the same placeholders as the English; and every
 * string the code passes to l10n.t is in the English bundle (the export is
 * run again on the sources and compared).
 */
const LANGUAGES = ['de', 'pl', 'ru', 'lt', 'kk'];

type Bundle = Record<string, string | { message: string; comment: string[] }>;

function read(file: string): Bundle {
  return JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as Bundle;
}

function text(value: Bundle[string]): string {
  return typeof value === 'string' ? value : value.message;
}

/** `{0}`, `$(icon)` and `(command:…)` links, sorted: what a translation must keep exactly. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\d+\}|\$\([\w~-]+\)|\]\(command:[^)]*\)/g)].map((match) => match[0]).sort();
}

const SETS: { name: string; english: string; translated: (language: string) => string }[] = [
  { name: 'extension bundle', english: 'l10n/bundle.l10n.json', translated: (language) => `l10n/bundle.l10n.${language}.json` },
  { name: 'package.nls', english: 'package.nls.json', translated: (language) => `package.nls.${language}.json` },
  { name: 'command-line bundle', english: 'l10n/cli/bundle.l10n.json', translated: (language) => `l10n/cli/bundle.l10n.${language}.json` },
];

async function exported(...folders: string[]): Promise<string[]> {
  const files: { extension: string; contents: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push({ extension: path.extname(entry.name), contents: fs.readFileSync(file, 'utf8') });
    }
  };
  for (const folder of folders) {
    const where = path.join(REPO, folder);
    if (fs.statSync(where).isDirectory()) walk(where);
    else files.push({ extension: path.extname(where), contents: fs.readFileSync(where, 'utf8') });
  }
  return Object.keys(await getL10nJson(files)).sort();
}

describe('translations (de, pl, ru, lt, kk)', () => {
  for (const language of LANGUAGES) {
    it(`${language}: the command line and the extension say the same English the same way`, () => {
      const extension = read(`l10n/bundle.l10n.${language}.json`);
      const cli = read(`l10n/cli/bundle.l10n.${language}.json`);
      const differing = Object.keys(cli).filter((key) => key in extension && text(cli[key]) !== text(extension[key]));
      assert.deepEqual(differing.map((key) => `${key}: ${text(cli[key])} / ${text(extension[key])}`), []);
    });
  }

  for (const set of SETS) {
    describe(set.name, () => {
      const english = read(set.english);
      for (const language of LANGUAGES) {
        it(`${language}: every key, no stale key, the same placeholders, nothing left empty`, () => {
          const translated = read(set.translated(language));
          assert.deepEqual(Object.keys(english).filter((key) => !(key in translated)), [], `missing in ${set.translated(language)}`);
          assert.deepEqual(Object.keys(translated).filter((key) => !(key in english)), [], `not in ${set.english} (stale)`);
          for (const [key, value] of Object.entries(translated)) {
            const message = text(value);
            assert.ok(message.trim(), `${set.translated(language)}: "${key}" is empty`);
            assert.deepEqual(placeholders(message), placeholders(text(english[key])), `${set.translated(language)}: placeholders of "${key}"`);
          }
        });
      }
    });
  }

  it('l10n/bundle.l10n.json holds exactly the strings src/extension and the engine\'s messages (src/messageText.ts) pass to l10n.t (npx @vscode/l10n-dev export --outDir ./l10n ./src/extension ./src/messageText.ts)', async function () {
    this.timeout(30000); // tree-sitter's WebAssembly parses every source file: seconds on a busy machine
    assert.deepEqual(await exported('src/extension', 'src/messageText.ts'), Object.keys(read('l10n/bundle.l10n.json')).sort());
  });

  it('l10n/cli/bundle.l10n.json holds exactly the strings src/cli passes to l10n.t (npx @vscode/l10n-dev export --outDir ./l10n/cli ./src/cli)', async function () {
    this.timeout(30000);
    assert.deepEqual(await exported('src/cli'), Object.keys(read('l10n/cli/bundle.l10n.json')).sort());
  });

  it('the manifest points VS Code at the bundles', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  it('every %key% of the manifest is in package.nls.json (VS Code would show the key itself)', () => {
    const manifest = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 50, `only ${keys.length} %keys% found in package.json`);
    const english = read('package.nls.json');
    assert.deepEqual(keys.filter((key) => !(key in english)), []);
  });
});

describe('the command line\'s language', () => {
  it('comes from LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.deepEqual(cliLanguage({ LANG: 'pl_PL.UTF-8' }), { language: 'pl', locale: 'pl-PL' });
    assert.deepEqual(cliLanguage({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }), { language: 'ru', locale: 'ru-RU' });
    assert.deepEqual(cliLanguage({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8', LC_ALL: 'kk_KZ.UTF-8' }), { language: 'kk', locale: 'kk-KZ' });
    assert.deepEqual(cliLanguage({ LANG: 'lt_LT.UTF-8@euro' }), { language: 'lt', locale: 'lt-LT' });
    assert.deepEqual(cliLanguage({ LANG: 'de' }), { language: 'de', locale: 'de' });
  });

  it('is English for C, POSIX, nothing, English, or a language without a bundle', () => {
    for (const LANG of ['C', 'C.UTF-8', 'POSIX', '', undefined, 'fr_FR.UTF-8']) assert.deepEqual(cliLanguage({ LANG }), { language: 'en', locale: 'en-GB' }, String(LANG));
    assert.deepEqual(cliLanguage({ LANG: 'en_US.UTF-8' }), { language: 'en', locale: 'en-US' });
    assert.deepEqual(cliLanguage({ LC_ALL: '', LANG: 'pl_PL.UTF-8' }).language, 'pl', 'an empty LC_ALL does not count');
  });
});

describe('dates and amounts in the user\'s language (Intl, plural forms included)', () => {
  const today = day('2026-11-23');
  it('relative days', () => {
    assert.equal(relativeDayText(today - 41, today, 'en'), '41 days ago');
    assert.equal(relativeDayText(today + 1, today, 'de'), 'morgen');
    assert.equal(relativeDayText(today + 3, today, 'pl'), 'za 3 dni');
    assert.equal(relativeDayText(today - 21, today, 'ru'), '21 день назад');
    assert.equal(relativeDayText(today - 22, today, 'ru'), '22 дня назад');
    assert.equal(relativeDayText(today - 25, today, 'ru'), '25 дней назад');
    assert.equal(relativeDayText(today + 5, today, 'lt'), 'po 5 dienų');
    assert.equal(relativeDayText(today - 3, today, 'kk'), '3 күн бұрын');
  });

  it('counts and headings', () => {
    assert.equal(countText(47, 'year', 'pl'), '47 lat');
    assert.equal(countText(22, 'year', 'pl'), '22 lata');
    assert.equal(countText(1, 'month', 'ru'), '1 месяц');
    assert.equal(longDateText(today, 'en-GB'), 'Monday, 23 November 2026');
    assert.equal(longDateText(today, 'pl'), 'Poniedziałek, 23 listopada 2026');
    assert.equal(monthYearText(day('2026-12-01'), 'ru'), 'Декабрь 2026 г.');
  });
});

describe('the engine\'s messages in every language', () => {
  const today = day('2026-11-23');
  /** One message of every code (the Record makes the compiler name a missing one). */
  const samples: Record<MessageCode, Message> = {
    'file.tooLarge': { code: 'file.tooLarge', mb: 16 },
    'file.nulBytes': { code: 'file.nulBytes' },
    'file.notUtf8': { code: 'file.notUtf8' },
    'file.permissionDenied': { code: 'file.permissionDenied' },
    'frontMatter.unclosed': { code: 'frontMatter.unclosed' },
    'frontMatter.tooLarge': { code: 'frontMatter.tooLarge', kb: 256 },
    'frontMatter.unparsable': { code: 'frontMatter.unparsable', detail: 'Nested mappings are not allowed' },
    'yamlFile.tooLarge': { code: 'yamlFile.tooLarge', kb: 1024 },
    'yamlFile.unparsable': { code: 'yamlFile.unparsable', detail: 'Unexpected token' },
    'field.notText': { code: 'field.notText', key: 'company', found: 'list' },
    'field.itemNotText': { code: 'field.itemNotText', key: 'tags' },
    'field.notTextOrList': { code: 'field.notTextOrList', key: 'email' },
    'name.missing': { code: 'name.missing' },
    'dates.notList': { code: 'dates.notList', key: 'important_dates' },
    'dates.itemWithoutDate': { code: 'dates.itemWithoutDate', key: 'important_dates' },
    'dates.invalid': { code: 'dates.invalid', key: 'important_dates', value: '02-30' },
    'contacts.notList': { code: 'contacts.notList' },
    'contacts.withoutName': { code: 'contacts.withoutName' },
    'contacts.invalidBirthday': { code: 'contacts.invalidBirthday', value: '13-01', name: 'Ewa' },
    'nextContact.invalid': { code: 'nextContact.invalid', value: '2026-13-05' },
    'cadence.invalid': { code: 'cadence.invalid', value: 'often' },
    'log.notList': { code: 'log.notList' },
    'log.itemNotText': { code: 'log.itemNotText' },
    'log.notAnEntry': { code: 'log.notAnEntry' },
    'log.invalidDate': { code: 'log.invalidDate', value: '2026-02-30' },
    'log.withoutAmount': { code: 'log.withoutAmount', kind: 'payment' },
    'log.invalidScore': { code: 'log.invalidScore', score: '11' },
    'settings.unparsable': { code: 'settings.unparsable', detail: 'Unexpected token' },
    'settings.notMapping': { code: 'settings.notMapping' },
    'settings.logHeading': { code: 'settings.logHeading' },
    'settings.weekStartsOn': { code: 'settings.weekStartsOn', value: 'friday-ish' },
    'settings.workingDay': { code: 'settings.workingDay', value: 'holiday' },
    'settings.workingDays': { code: 'settings.workingDays' },
    'settings.dailyCapacity': { code: 'settings.dailyCapacity', value: 'many' },
    'settings.tagCadence': { code: 'settings.tagCadence', tag: 'vip' },
    'settings.cadenceByTag': { code: 'settings.cadenceByTag' },
    'settings.currency': { code: 'settings.currency' },
    'settings.segments': { code: 'settings.segments' },
    'settings.segmentNumber': { code: 'settings.segmentNumber', key: 'recent_days', value: 'soon' },
    'settings.vipAmount': { code: 'settings.vipAmount', value: 'lots' },
    'settings.vipAmountCurrency': { code: 'settings.vipAmountCurrency', currency: 'pln' },
    'settings.unknownThreshold': { code: 'settings.unknownThreshold', key: 'vip_count' },
    'edit.noFrontMatter': { code: 'edit.noFrontMatter' },
    'edit.yamlUnparsable': { code: 'edit.yamlUnparsable', detail: 'Unexpected token' },
    'edit.notBlockMapping': { code: 'edit.notBlockMapping' },
    'edit.notScalar': { code: 'edit.notScalar', key: 'next_note' },
    'edit.notList': { code: 'edit.notList', key: 'log' },
    'edit.itemNotLocated': { code: 'edit.itemNotLocated', key: 'log' },
    'edit.firstItemInline': { code: 'edit.firstItemInline', key: 'log' },
    'edit.disturbsOtherKeys': { code: 'edit.disturbsOtherKeys' },
    'edit.noLongerDossier': { code: 'edit.noLongerDossier' },
    'edit.notReadBack': { code: 'edit.notReadBack', key: 'owner' },
    'edit.nextContactKept': { code: 'edit.nextContactKept' },
    'edit.entryNotReadBack': { code: 'edit.entryNotReadBack' },
    'edit.notUtf8': { code: 'edit.notUtf8' },
    'edit.broken': { code: 'edit.broken', problem: { code: 'frontMatter.unclosed' } },
    'edit.notDossier': { code: 'edit.notDossier' },
    'edit.invalidKind': { code: 'edit.invalidKind', kind: 'two words' },
    'edit.notPlainField': { code: 'edit.notPlainField', key: 'tags' },
    'edit.emptyValue': { code: 'edit.emptyValue', key: 'owner' },
    'date.empty': { code: 'date.empty' },
    'date.notUnderstood': { code: 'date.notUnderstood', text: 'someday' },
    'date.unknownUnit': { code: 'date.unknownUnit', unit: 'h', text: '+3h' },
    'date.tooFar': { code: 'date.tooFar', amount: 9999999 },
    'date.noSuchMonth': { code: 'date.noSuchMonth', text: '2026-13-01', month: 13 },
    'date.yearOutOfRange': { code: 'date.yearOutOfRange', text: '0000-01-01' },
    'date.monthTooShort': { code: 'date.monthTooShort', text: '2026-02-30', year: 2026, month: 2, days: 28 },
    'date.monthNeverHas': { code: 'date.monthNeverHas', text: '31 apr', month: 4, day: 31 },
    'date.noNextOccurrence': { code: 'date.noNextOccurrence', text: '02-29' },
    'date.invalidTime': { code: 'date.invalidTime', time: '25:00' },
    'date.invalidMeridiemHour': { code: 'date.invalidMeridiemHour', time: '13:00 pm' },
    'date.notIso': { code: 'date.notIso', text: '2026/12/01', example: today },
    'date.ambiguous': { code: 'date.ambiguous', text: '12/05', readings: ['12 may', 'dec 5'] },
    'date.unreadableHere': { code: 'date.unreadableHere', text: 'morgen', today },
    'date.partlyUnderstood': { code: 'date.partlyUnderstood', part: 'morgen', text: 'morgen oder so' },
    'date.range': { code: 'date.range', text: '5.-7. Juli' },
    'date.relativeTime': { code: 'date.relativeTime', text: 'через 2 часа' },
    'date.monthWithoutDay': { code: 'date.monthWithoutDay', text: 'im Juli' },
    'date.weekdayMismatch': { code: 'date.weekdayMismatch', text: 'Dienstag, 5. Juli 2027', day: day('2027-07-05'), written: 2 },
    'date.outOfRange': { code: 'date.outOfRange', text: '+9000y' },
    'import.invalidEmail': { code: 'import.invalidEmail', value: 'anna@' },
    'import.invalidPhone': { code: 'import.invalidPhone', value: 'call me' },
    'import.invalidBirthday': { code: 'import.invalidBirthday', value: 'soon' },
    'import.withoutName': { code: 'import.withoutName' },
    'import.duplicate': { code: 'import.duplicate', by: 'email', value: 'anna@example.com', path: 'anna.md' },
    'import.noNameColumn': { code: 'import.noNameColumn', columns: ['A', 'B'] },
    'import.mappingNotPair': { code: 'import.mappingNotPair', part: 'name' },
    'import.mappingNotField': { code: 'import.mappingNotField', field: 'nick', fields: ['name', 'email'] },
    'import.mappingNoColumn': { code: 'import.mappingNoColumn', column: 'Tel', columns: ['A', 'B'] },
    'import.vcardUnparsable': { code: 'import.vcardUnparsable', detail: 'invalid line' },
  };

  /** The bundle's `t`, as VS Code and @vscode/l10n use it. */
  function translator(language: string): Translator {
    const bundle = read(`l10n/bundle.l10n.${language}.json`) as Record<string, string>;
    return { t: ((message: string, ...args: (string | number | boolean)[]) => ENGLISH.t(bundle[message] ?? message, ...args)) as Translator['t'] };
  }

  for (const language of LANGUAGES) {
    it(`${language}: every code is worded in the language, every value in place`, () => {
      for (const message of Object.values(samples)) {
        const text = messageText(message, translator(language), language);
        assert.doesNotMatch(text, /\{\d+\}/, `${message.code}: ${text}`);
        assert.notEqual(text, messageText(message, ENGLISH, 'en-GB'), `${message.code} is still English in ${language}`);
      }
    });
  }

  it('counts, months and weekdays through Intl, with their plural forms and cases', () => {
    const say = (message: Message, language: string) => messageText(message, translator(language), language);
    assert.equal(say(samples['date.monthNeverHas'], 'ru'), '«31 apr» — не дата: апрель никогда не длится 31 день');
    assert.equal(say({ code: 'date.monthNeverHas', text: '30 feb', month: 2, day: 30 }, 'pl'), '„30 feb” nie jest datą: luty nigdy nie ma 30 dni');
    assert.equal(say(samples['date.monthTooShort'], 'lt'), '„2026-02-30“ nėra data: 2026 m. vasaris – tik 28 dienos');
    assert.equal(say(samples['date.monthTooShort'], 'kk'), '«2026-02-30» — күн емес: 2026 ж. ақпан айында 28 күн ғана бар');
    assert.equal(say(samples['date.monthTooShort'], 'de'), '„2026-02-30“ ist kein Datum: Februar 2026 hat 28 Tage');
    assert.equal(say(samples['date.weekdayMismatch'], 'ru'), '«Dienstag, 5. Juli 2027»: 2027-07-05 — это понедельник, а не вторник');
    assert.equal(say(samples['date.ambiguous'], 'pl'), '„12/05” jest niejednoznaczne (12 may lub dec 5?): daty liczbowe zapisuj jako YYYY-MM-DD albo podaj miesiąc słowem, np. 5 dec');
    assert.equal(messageText(samples['date.monthTooShort'], ENGLISH, 'en-GB'), '"2026-02-30" is not a date: February 2026 has 28 days');
  });
});
