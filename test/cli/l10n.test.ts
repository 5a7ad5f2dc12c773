import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLE_NOTEBOOK, REPO, fixturePath } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');

/** The real command with the language of the environment (LC_ALL and LC_MESSAGES unset, so LANG decides). */
function run(lang: string, ...args: string[]) {
  return runIn(EXAMPLE_NOTEBOOK, lang, ...args);
}

function runIn(root: string, lang: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [CLI, '--root', root, '--today', '2026-11-23', ...args], { encoding: 'utf8', env });
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

  it('pl_PL.UTF-8 and ru_RU.UTF-8: check words a broken dossier\'s problems in the language, at their file and line; --json stays English', () => {
    const polish = runIn(fixturePath('notebook-basic'), 'pl_PL.UTF-8', 'check');
    assert.equal(polish.status, 1, polish.stderr);
    assert.match(polish.stdout, /^broken\.md:5:1: błąd: Nie da się odczytać nagłówka \(front matter\): /m);
    assert.match(polish.stdout, /^ivan-petrov\.md:6:1: błąd: next_contact „2026-02-30” nie jest poprawną datą \(oczekiwano YYYY-MM-DD albo YYYY-MM-DD HH:MM\)\.$/m);
    assert.match(polish.stdout, /^anna-nowak\.md:22:1: ostrzeżenie: Wpis nps musi zaczynać się od oceny od 0 do 10, a nie 11\.$/m);
    const russian = runIn(fixturePath('notebook-basic'), 'ru_RU.UTF-8', 'check');
    assert.match(russian.stdout, /^draft\.md:1:1: предупреждение: Этот файл похож на карточку клиента, но в нём нет имени; добавьте строку «name: …»\.$/m);
    assert.doesNotMatch(polish.stdout + russian.stdout, /is not a valid date|must start with|does not parse/);
    const json = JSON.parse(runIn(fixturePath('notebook-basic'), 'ru_RU.UTF-8', 'check', '--json').stdout) as { problems: { path: string; line: number; severity: string; message: string; code: string }[] };
    const ivan = json.problems.find((problem) => problem.path === 'ivan-petrov.md');
    assert.deepEqual(ivan && { line: ivan.line, severity: ivan.severity, code: ivan.code, message: ivan.message },
      { line: 6, severity: 'error', code: 'nextContact.invalid', message: 'next_contact "2026-02-30" is not a valid date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM).' });
  });

  it('ru_RU.UTF-8: a date phrase it cannot read, with the month and the plural form in Russian', () => {
    const result = run('ru_RU.UTF-8', 'reschedule', 'olga-smirnova.md', '31 apr');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /«31 apr» — не дата: апрель никогда не длится 31 день$/m);
  });

  it('pl_PL.UTF-8 and ru_RU.UTF-8: refused arguments in the language, with exit status 2', () => {
    const cases: [string, string[], RegExp][] = [
      ['pl_PL.UTF-8', ['due', '--foo'], /^client-notebook: Nieznana opcja --foo\. Zobacz „client-notebook --help”\.$/m],
      ['pl_PL.UTF-8', ['due', '--days'], /^client-notebook: Opcja --days wymaga wartości\./m],
      ['ru_RU.UTF-8', ['due', 'extra'], /^client-notebook: Лишний аргумент «extra»\. См\. «client-notebook --help»\.$/m],
      ['ru_RU.UTF-8', ['history', '--all=yes', 'anna'], /^client-notebook: Параметр --all не принимает значения\./m],
      ['C', ['due', '--foo'], /^client-notebook: Unknown option --foo\. See "client-notebook --help"\.$/m],
      ['C', ['due', '--days', '-3'], /^client-notebook: Write --days=VALUE for a value that starts with "-"\./m],
      ['C', ['due', "O'Brien"], /^client-notebook: Unexpected argument "O'Brien"\. /m],
      ['C', ['due', "--o'brien"], /^client-notebook: Unknown option --o'brien\. /m],
      ['pl_PL.UTF-8', ['due', '--days', '-3'], /^client-notebook: Wartość zaczynającą się od „-” zapisz jako --days=WARTOŚĆ\./m],
    ];
    for (const [lang, args, expected] of cases) {
      const result = run(lang, ...args);
      assert.equal(result.status, 2, `${lang} ${args.join(' ')}`);
      assert.match(result.stderr, expected);
    }
  });

  it('names in one order whatever LANG says: due --json is the same under C, ru_RU and pl_PL', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-order-'));
    try {
      // Same day, so only the names order them; Cyrillic first under ru_RU's own collation.
      for (const [file, name] of [['ya.md', 'Ярослав Ким'], ['zo.md', 'Zofia Wójcik'], ['lu.md', 'Łukasz Nowak'], ['lk.md', 'Lukas Berg'], ['ai.md', 'Айгерім Сейт'], ['an.md', 'Anna Ek']]) {
        fs.writeFileSync(path.join(root, file), `---\nname: ${name}\nnext_contact: 2026-11-23\n---\n`);
      }
      const outputs = ['C', 'ru_RU.UTF-8', 'pl_PL.UTF-8'].map((lang) => runIn(root, lang, 'due', '--json').stdout);
      assert.equal(outputs[1], outputs[0]);
      assert.equal(outputs[2], outputs[0]);
      const names = (JSON.parse(outputs[0]) as { items: { name: string }[] }).items.map((item) => item.name);
      assert.deepEqual(names, ['Anna Ek', 'Lukas Berg', 'Łukasz Nowak', 'Zofia Wójcik', 'Айгерім Сейт', 'Ярослав Ким']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
