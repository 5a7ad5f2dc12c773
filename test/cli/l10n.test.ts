import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { EXAMPLE_NOTEBOOK, REPO } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');

/** The real command with the language of the environment (LC_ALL and LC_MESSAGES unset, so LANG decides). */
function run(lang: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [CLI, '--root', EXAMPLE_NOTEBOOK, '--today', '2026-11-23', ...args], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('client-notebook speaks the language of LANG', () => {
  it('pl_PL.UTF-8: the day, the dividers, weekdays, distances and reasons in Polish', () => {
    const result = run('pl_PL.UTF-8', 'due');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Poniedziałek, 23 listopada 2026\n/);
    assert.match(result.stdout, /^Zaległe \(3\)$/m);
    assert.match(result.stdout, /^Dziś \(4\)$/m);
    assert.match(result.stdout, /^ {2}pt\. 2026-11-13 +Jonas Kazlauskas {2}\(10 dni po terminie, rytm kontaktu 1 miesiąc, ostatnio rozmowa 41 dni temu\)$/m);
    assert.match(result.stdout, /^Nadchodzące daty$/m);
    assert.match(result.stdout, /James Whitfield \(Brightwave Media Ltd\): Urodziny, 47 lat$/m);
    assert.doesNotMatch(result.stdout, /Overdue|Today|days|Coming dates/);
  });

  it('pl_PL.UTF-8: later months under their Polish names; agenda dividers', () => {
    const result = run('pl_PL.UTF-8', 'agenda');
    assert.equal(result.status, 0, result.stderr);
    for (const heading of ['Jutro', 'W tym tygodniu', 'W przyszłym tygodniu', 'Grudzień 2026', 'Styczeń 2027']) assert.match(result.stdout, new RegExp(`^${heading} \\(\\d+\\)$`, 'm'), heading);
  });

  it('ru_RU.UTF-8: the day, the dividers and the plural forms in Russian', () => {
    const result = run('ru_RU.UTF-8', 'due');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Понедельник, 23 ноября 2026 г\.\n/);
    assert.match(result.stdout, /^Просрочено \(3\)$/m);
    assert.match(result.stdout, /^Сегодня \(4\)$/m);
    assert.match(result.stdout, /^ {2}пт 2026-11-13 +Jonas Kazlauskas {2}\(просрочено на 10 дней, периодичность 1 месяц, последний контакт \(звонок\) 41 день назад\)$/m);
    assert.match(result.stdout, /Jürgen Weiß {2}\(просрочено на 2 дня\)/);
    assert.match(result.stdout, /День рождения, 47 лет$/m);
  });

  it('ru_RU.UTF-8: errors in Russian; --json stays English with machine keys', () => {
    const unknown = run('ru_RU.UTF-8', 'reschedule', 'nobody-at-all', 'tomorrow');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^client-notebook: Нет клиента, подходящего под «nobody-at-all»\./);
    const json = JSON.parse(run('ru_RU.UTF-8', 'due', '--json').stdout);
    assert.equal(json.items[0].bucket, 'overdue');
    assert.equal(json.items[0].reason, 'cadence 1m, last call 41 days ago');
  });

  it('de, lt and kk headings; C and an unknown language stay English', () => {
    assert.match(run('de_DE.UTF-8', 'due').stdout, /^Montag, 23\. November 2026\n\nÜberfällig \(3\)$/m);
    assert.match(run('lt_LT.UTF-8', 'due').stdout, /^Vėluojama \(3\)$/m);
    assert.match(run('kk_KZ.UTF-8', 'due').stdout, /^Мерзімі өткен \(3\)$/m);
    for (const lang of ['C.UTF-8', 'fr_FR.UTF-8']) assert.match(run(lang, 'due').stdout, /^Monday, 23 November 2026\n\nOverdue \(3\)$/m, lang);
  });

  it('the usage text is translated, the syntax is not', () => {
    const result = run('pl_PL.UTF-8', '--help');
    assert.match(result.stdout, /^Użycie: client-notebook \[--root DIR\]/);
    assert.match(result.stdout, /^ {2}due \[--days N\] +klienci zaległi i na dziś/m);
  });
});
