import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, copyToTemp, fixturePath } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');
const IMPORT = fixturePath('import');

function run(root: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, '--root', root, '--today', '2026-11-25', ...args], { encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its text, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, entry);
    if (fs.statSync(full).isFile()) files[entry] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

interface ImportJson {
  source: string;
  dry_run: boolean;
  create: { name: string; path: string; company: string | null; email: string | null; phone: string | null; birthday: string | null }[];
  skip: { name: string; reason: string; existing: string | null }[];
}

describe('client-notebook import (the real command on a copy of test/fixtures/notebook-basic)', function () {
  this.timeout(60_000);
  let notebook: { dir: string; cleanup: () => void };
  beforeEach(() => {
    notebook = copyToTemp(fixturePath('notebook-basic'));
  });
  afterEach(() => notebook.cleanup());

  it('--dry-run --json lists what would be created and what is skipped, and writes nothing', () => {
    const before = snapshot(notebook.dir);
    const result = run(notebook.dir, ['import', path.join(IMPORT, 'google-contacts.csv'), '--dry-run', '--json']);
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout) as ImportJson;
    assert.equal(output.source, 'google');
    assert.equal(output.dry_run, true);
    assert.deepEqual(output.create[0], {
      name: 'Ольга Смирнова', path: 'olga-smirnova.md', company: 'ТурЭкспресс', email: 'olga@turexpress.ru', phone: '+7 912 345 67 89', birthday: '03-14', line: 2, warnings: [],
    });
    assert.deepEqual(output.create.map((each) => each.path), ['olga-smirnova.md', 'juergen-weiss.md', 'sarah-mitchell.md']);
    assert.deepEqual(output.skip.map(({ name, existing }) => ({ name, existing })), [
      { name: 'Anna Nowak', existing: 'anna-nowak.md' },
      { name: 'Sarah Mitchell', existing: 'sarah-mitchell.md' },
    ]);
    assert.match(output.skip[0].reason, /same email/);
    assert.deepEqual(snapshot(notebook.dir), before);
  });

  it('prints the plan for a person, with the reasons for skipping', () => {
    const result = run(notebook.dir, ['import', path.join(IMPORT, 'outlook-contacts.csv'), '--dry-run']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^outlook-contacts\.csv: Outlook, 4 contacts\./);
    assert.match(result.stdout, /Would create 2:\n {2}jonas-kazlauskas\.md {2}Jonas Kazlauskas \(Kazlauskas ir partneriai, jonas@kazlauskas\.lt, \+370 612 34567, birthday 1985-03-14\)/);
    assert.match(result.stdout, /line 4 {2}Frank Otto: same name and company as frank-otto\.md/);
    assert.match(result.stdout, /Dry run: nothing was written\.\n$/);
  });

  it('imports for real, and a second run creates nothing new', () => {
    const files = ['google-contacts.csv', 'Connections.csv', 'contacts-3.0.vcf', 'contacts-4.0.vcf', 'hostile.csv'];
    const created: string[] = [];
    for (const file of files) {
      const result = run(notebook.dir, ['import', path.join(IMPORT, file), '--json']);
      assert.equal(result.status, 0, result.stderr);
      const output = JSON.parse(result.stdout) as ImportJson;
      assert.equal(output.dry_run, false);
      for (const each of output.create) {
        assert.ok(fs.existsSync(path.join(notebook.dir, each.path)), each.path);
        created.push(each.path);
      }
    }
    assert.equal(created.length, 21);
    assert.ok(created.includes('etc-passwd.md') && created.includes('john-smith-2.md') && created.includes('robert-drop-table-clients.md'));
    assert.ok(!fs.existsSync(path.join(notebook.dir, '..', 'etc')));
    assert.match(fs.readFileSync(path.join(notebook.dir, 'lena-fischer.md'), 'utf8'), /\nimportant_dates:\n {2}- label: Birthday\n {4}date: 12-24\n/);
    assert.match(fs.readFileSync(path.join(notebook.dir, 'ruta-jankauskiene.md'), 'utf8'), /\nrole: Head of Travel\nsocial:\n {2}linkedin: https:\/\/www\.linkedin\.com\/in\/ruta-jankauskiene\ntags: \[\]\n/);
    const after = snapshot(notebook.dir);
    for (const file of files) {
      const again = JSON.parse(run(notebook.dir, ['import', path.join(IMPORT, file), '--json']).stdout) as ImportJson;
      assert.deepEqual(again.create, [], file);
    }
    assert.deepEqual(snapshot(notebook.dir), after);
    const check = run(notebook.dir, ['check']);
    assert.deepEqual(check.stdout.split('\n').filter((line) => created.some((file) => line.startsWith(`${file}:`))), []);
  });

  it('reads a paste from stdin, asks for a mapping when it cannot tell the name column, and takes --map, --folder and --tag', () => {
    const unknown = 'Kto\tSkąd\tGdzie\nPiotr Zieliński\tZieliński Incentives\tGdańsk\n';
    const unmapped = run(notebook.dir, ['import', '-', '--dry-run'], unknown);
    assert.equal(unmapped.status, 2);
    assert.match(unmapped.stderr, /No column of the table is known to hold the name\. Its columns: "Kto", "Skąd", "Gdzie"/);
    const paste = fs.readFileSync(path.join(IMPORT, 'paste.tsv'), 'utf8');
    const automatic = JSON.parse(run(notebook.dir, ['import', '-', '--dry-run', '--json'], paste).stdout) as ImportJson;
    assert.deepEqual(automatic.create.map((each) => each.name), ['Piotr Zieliński', 'Katarzyna Lis'], 'Polish headers are recognised');
    const result = run(notebook.dir, ['import', '-', '--json', '--map', 'name=Klient,company=Firma,email=E-mail,phone=Tel,birthday=Urodziny', '--folder', 'imported/2026', '--tag', 'imported'], paste);
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout) as ImportJson;
    assert.deepEqual(output.create.map((each) => each.path), ['imported/2026/piotr-zielinski.md', 'imported/2026/katarzyna-lis.md']);
    assert.deepEqual(output.skip.map((each) => each.existing), ['anna-nowak.md']);
    assert.match(fs.readFileSync(path.join(notebook.dir, 'imported', '2026', 'katarzyna-lis.md'), 'utf8'), /\ntags: \[imported\]\n/);
  });

  it('refuses a folder outside the notebook and an unknown field in --map', () => {
    const outside = run(notebook.dir, ['import', path.join(IMPORT, 'hostile.csv'), '--folder', '../elsewhere']);
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /must be a folder inside the notebook/);
    const badMap = run(notebook.dir, ['import', path.join(IMPORT, 'hostile.csv'), '--map', 'nom=Name']);
    assert.equal(badMap.status, 2);
    assert.match(badMap.stderr, /"nom" is not a field/);
  });

  it('uses the notebook template when there is one', () => {
    fs.mkdirSync(path.join(notebook.dir, '.client-notebook'));
    fs.writeFileSync(path.join(notebook.dir, '.client-notebook', 'template.md'), '---\nname: "{{name}}"\nowner: Marta\ntags: [lead]\n---\n\n# {{name}}\n');
    const result = run(notebook.dir, ['import', path.join(IMPORT, 'contacts-4.0.vcf')]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(fs.readFileSync(path.join(notebook.dir, 'lena-fischer.md'), 'utf8'), [
      '---', 'name: Lena Fischer', 'email: lena.fischer@example.de', 'owner: Marta', 'tags: [lead]', 'important_dates:', '  - label: Birthday', '    date: 12-24', '---', '',
      '# Lena Fischer', '', '## Notes', '', 'Very long note line written by a phone app that folds lines at seventy -five octets, as RFC 6350 says.', '',
    ].join('\n'));
  });
});
