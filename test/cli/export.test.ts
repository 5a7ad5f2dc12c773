import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { REPO, copyToTemp, fixturePath } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(cwd: string, root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--root', root, '--today', '2026-11-25', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function summaries(ics: string): string[] {
  return ICAL.Component.fromString(ics).getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
}

describe('client-notebook export (the real command on a copy of a fixture notebook)', function () {
  this.timeout(30000);
  let notebook: { dir: string; cleanup: () => void };
  let outDir: string;
  beforeEach(() => {
    notebook = copyToTemp(fixturePath('notebook-basic'));
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-out-'));
  });
  afterEach(() => {
    notebook.cleanup();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('export without a format shows both forms, one a line under Usage:, and exits 2', () => {
    for (const args of [['export'], ['export', 'pdf']]) {
      const result = run(outDir, notebook.dir, ...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /Usage:\n {2}client-notebook export ics \[--out FILE\].*\n {2}client-notebook export csv \[--out FILE\]/);
    }
  });

  it('export ics prints the calendar to stdout, byte for byte', () => {
    const result = run(outDir, notebook.dir, 'export', 'ics');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.ok(result.stdout.endsWith('END:VCALENDAR\r\n'), 'no extra newline after the last CRLF');
    assert.equal(summaries(result.stdout).length, 10);
    assert.match(result.stdout, /\r\nX-WR-CALNAME:Client Notebook: client-notebook-\w+\r\n/);
  });

  it('export ics --out writes the file where asked (relative to the working folder), with alarms and a window', () => {
    const result = run(outDir, notebook.dir, 'export', 'ics', '--out', 'feed/../calendar.ics', '--alarm', '1d', '--days', '2');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /calendar\.ics: 5 follow-ups and 3 yearly dates\./);
    const text = fs.readFileSync(path.join(outDir, 'calendar.ics'), 'utf8');
    const events = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
    assert.equal(events.length, 8);
    assert.ok(events.every((event) => String(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')) === '-P1D'));
    assert.deepEqual(fs.readdirSync(outDir), ['calendar.ics'], 'no temporary file left behind');
    const again = run(outDir, notebook.dir, 'export', 'ics', '--out', path.join(outDir, 'calendar.ics'), '--alarm', '1d', '--days', '2');
    assert.equal(again.status, 0, again.stderr);
    const uids = (ics: string) => ICAL.Component.fromString(ics).getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
    assert.deepEqual(uids(fs.readFileSync(path.join(outDir, 'calendar.ics'), 'utf8')), uids(text));
  });

  it('export ics follows an edit to a dossier under the same UID', () => {
    const before = ICAL.Component.fromString(run(outDir, notebook.dir, 'export', 'ics').stdout).getAllSubcomponents('vevent')[1];
    const moved = run(outDir, notebook.dir, 'reschedule', 'bernd-keller.md', '2026-12-09 16:00');
    assert.equal(moved.status, 0, moved.stderr);
    const after = ICAL.Component.fromString(run(outDir, notebook.dir, 'export', 'ics').stdout)
      .getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('summary') === 'Meeting: Bernd Keller')!;
    assert.equal(after.getFirstPropertyValue('uid'), before.getFirstPropertyValue('uid'));
    assert.equal(String(after.getFirstPropertyValue('dtstart')), '2026-12-09T16:00:00');
  });

  it('refuses a bad --alarm, --days or format with exit status 2', () => {
    for (const args of [['ics', '--alarm', 'soon'], ['ics', '--days', '-1'], ['ics', '--days', 'x'], ['pdf'], []]) {
      const result = run(outDir, notebook.dir, 'export', ...args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /client-notebook: /);
    }
  });

  it('export csv prints a mailing list filtered by tags and stage', () => {
    const all = run(outDir, notebook.dir, 'export', 'csv');
    assert.equal(all.status, 0, all.stderr);
    assert.equal((parse(all.stdout, { columns: true }) as unknown[]).length, 9);
    assert.ok(all.stdout.startsWith('name,company,email,phone,tags,stage,owner,segment,path\r\n'));
    const filtered = run(outDir, notebook.dir, 'export', 'csv', '--tag', 'vip', '--tag', 'prospect', '--stage', 'prospect');
    assert.equal(filtered.status, 0, filtered.stderr);
    const rows = parse(filtered.stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((row) => row.name), ['Clara Jones', 'Иван Петров']);
    assert.equal(rows[0].company, 'Jones & Partners Ltd');
    assert.equal(rows[0].owner, 'Marta Nowicka');
  });

  it('export csv --segment keeps the clients of the statistics\' order segments', () => {
    const stats = copyToTemp(fixturePath('notebook-stats'));
    try {
      const result = run(outDir, stats.dir, 'export', 'csv', '--segment', 'vip', '--segment', 'growing');
      assert.equal(result.status, 0, result.stderr);
      const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
      assert.deepEqual(rows.map((row) => `${row.name}: ${row.segment}`), ['Greta Grow: growing', 'Mia Mixed: growing', 'Viktor Vip: vip']);
      const wrong = run(outDir, stats.dir, 'export', 'csv', '--segment', 'gold');
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /--segment "gold" is not a segment; use one of vip, growing, newcomer, one_time, lost/);
    } finally {
      stats.cleanup();
    }
  });

  it('export csv --bom --out writes a file Excel reads as UTF-8', () => {
    const result = run(outDir, notebook.dir, 'export', 'csv', '--bom', '--out', 'list.csv', '--tag', 'client');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /list\.csv: 5 clients\./);
    const bytes = fs.readFileSync(path.join(outDir, 'list.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows.length, 5);
    assert.ok(rows.some((row) => row.name === 'Дмитрий Орлов' && row.email === 'd.orlov@example.ru'));
  });

  it('export csv --semicolon separates fields as Excel in German, Polish or Russian settings splits them', () => {
    const result = run(outDir, notebook.dir, 'export', 'csv', '--bom', '--semicolon', '--tag', 'client');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('\uFEFFname;company;email;phone;tags;stage;owner;segment;path\r\n'), result.stdout.slice(0, 80));
    const rows = parse(result.stdout, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    assert.equal(rows.length, 5);
    assert.ok(rows.some((row) => row.name === 'Дмитрий Орлов' && row.email === 'd.orlov@example.ru'));
  });

  it('leaves the notebook untouched', () => {
    const listing = () => fs.readdirSync(notebook.dir, { recursive: true }).map(String).sort();
    const before = listing();
    run(notebook.dir, notebook.dir, 'export', 'ics');
    run(notebook.dir, notebook.dir, 'export', 'csv');
    assert.deepEqual(listing(), before);
  });
});
