import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { cliLanguage } from '../../src/cli/l10n';
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

async function exported(folder: string): Promise<string[]> {
  const files: { extension: string; contents: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push({ extension: path.extname(entry.name), contents: fs.readFileSync(file, 'utf8') });
    }
  };
  walk(path.join(REPO, folder));
  return Object.keys(await getL10nJson(files)).sort();
}

describe('translations (de, pl, ru, lt, kk)', () => {
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

  it('l10n/bundle.l10n.json holds exactly the strings src/extension passes to vscode.l10n.t (npx @vscode/l10n-dev export --outDir ./l10n ./src/extension)', async function () {
    // The export parses every source file: seconds when the machine is busy.
    this.timeout(30000);
    assert.deepEqual(await exported('src/extension'), Object.keys(read('l10n/bundle.l10n.json')).sort());
  });

  it('l10n/cli/bundle.l10n.json holds exactly the strings src/cli passes to l10n.t (npx @vscode/l10n-dev export --outDir ./l10n/cli ./src/cli)', async function () {
    // The export parses every source file: seconds when the machine is busy.
    this.timeout(30000);
    assert.deepEqual(await exported('src/cli'), Object.keys(read('l10n/cli/bundle.l10n.json')).sort());
  });

  it('the manifest points VS Code at the bundles', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
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
