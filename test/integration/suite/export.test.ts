import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { parseIsoDate } from '../../../src/core/schedule/calendar';
import { activate, diskPath, EXTENSION_ID, restoreWorkspace, waitFor } from './helpers';

interface ExportResult {
  uri: vscode.Uri;
  count: number;
}

function eventsIn(file: string): ICAL.Component[] {
  return ICAL.Component.fromString(fs.readFileSync(file, 'utf8')).getAllSubcomponents('vevent');
}

describe('Export Calendar and Export Mailing List', () => {
  let outDir: string;
  beforeEach(async () => {
    await restoreWorkspace(await activate());
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-export-'));
  });
  afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));
  after(async () => restoreWorkspace(await activate()));

  it('contributes both commands to the palette with their titles from package.nls.json', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('clientNotebook.exportCalendar'));
    assert.ok(commands.includes('clientNotebook.exportMailingList'));
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; title: string }[];
    assert.deepEqual(
      contributed.filter((each) => each.command.startsWith('clientNotebook.export')).map((each) => each.title),
      ['Export Calendar (ICS)…', 'Export Mailing List (CSV)…'],
    );
  });

  it('writes the calendar to the file named in the options, with alarms, parsed back by ical.js', async () => {
    const out = path.join(outDir, 'calendar.ics');
    const result = await vscode.commands.executeCommand<ExportResult>('clientNotebook.exportCalendar', { out, alarm: '30m' });
    assert.strictEqual(result.count, 10);
    assert.strictEqual(result.uri.fsPath, out);
    const events = eventsIn(out);
    assert.strictEqual(events.length, 10);
    const bernd = events.find((event) => event.getFirstPropertyValue('summary') === 'Meeting: Bernd Keller')!;
    assert.strictEqual(String(bernd.getFirstPropertyValue('dtstart')), '2026-11-25T14:00:00');
    assert.strictEqual(String(bernd.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')), '-PT30M');
    const renewal = events.find((event) => event.getFirstPropertyValue('summary') === 'Contract renewal: Eva Lind')!;
    assert.strictEqual(String(renewal.getFirstPropertyValue('rrule')), 'FREQ=YEARLY');
    assert.deepStrictEqual(fs.readdirSync(outDir), ['calendar.ics'], 'no temporary file left');
  });

  it('keeps the UIDs when the calendar is exported again after the date moved on disk, and overwrites the file', async () => {
    const out = path.join(outDir, 'calendar.ics');
    await vscode.commands.executeCommand('clientNotebook.exportCalendar', { out });
    const before = eventsIn(out);
    // Another process moves the date (as a git pull would); no document is opened in the window.
    const file = diskPath('clara-jones.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('next_contact: 2026-11-26', 'next_contact: 2026-12-07'));
    const api = await activate();
    await waitFor('the index to see the new date', async () => {
      await api.notebooks.settled();
      return api.notebooks.roots[0].index.client('clara-jones.md')?.next?.day === parseIsoDate('2026-12-07');
    });
    await vscode.commands.executeCommand('clientNotebook.exportCalendar', { out, days: 30 });
    const after = eventsIn(out);
    const clara = (events: ICAL.Component[]) => events.find((event) => event.getFirstPropertyValue('summary') === 'Email: Clara Jones')!;
    assert.strictEqual(clara(after).getFirstPropertyValue('uid'), clara(before).getFirstPropertyValue('uid'));
    assert.strictEqual(String(clara(after).getFirstPropertyValue('dtstart')), '2026-12-07');
    assert.strictEqual(after.length, before.length);
  });

  it('writes the mailing list filtered by tag, stage and with a BOM, parsed back by csv-parse', async () => {
    const out = path.join(outDir, 'list.csv');
    const vip = await vscode.commands.executeCommand<ExportResult>('clientNotebook.exportMailingList', { out, tag: 'vip' });
    assert.strictEqual(vip.count, 1);
    let rows = parse(fs.readFileSync(out), { columns: true, bom: true }) as Record<string, string>[];
    assert.deepStrictEqual(rows.map((row) => [row.name, row.company, row.email, row.tags, row.stage, row.owner]), [
      ['Bernd Keller', 'Keller GmbH', 'b.keller@keller-gmbh.de', 'vip', 'client', 'Paweł Zieliński'],
    ]);
    const prospects = await vscode.commands.executeCommand<ExportResult>('clientNotebook.exportMailingList', { out, stage: ['prospect'], tag: ['prospect', 'client'], bom: true });
    assert.strictEqual(prospects.count, 2);
    const bytes = fs.readFileSync(out);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    rows = parse(bytes, { columns: true, bom: true }) as Record<string, string>[];
    assert.deepStrictEqual(rows.map((row) => row.name), ['Clara Jones', 'Иван Петров']);
    await vscode.commands.executeCommand<ExportResult>('clientNotebook.exportMailingList', { out, stage: ['prospect'], tag: ['prospect', 'client'], bom: true, delimiter: ';' });
    const semicolons = fs.readFileSync(out, 'utf8');
    assert.ok(semicolons.startsWith('\uFEFFname;company;'), semicolons.slice(0, 40));
    assert.deepStrictEqual((parse(semicolons, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[]).map((row) => row.name), ['Clara Jones', 'Иван Петров']);
    const newcomers = await vscode.commands.executeCommand<ExportResult>('clientNotebook.exportMailingList', { out, segment: ['newcomer'] });
    assert.strictEqual(newcomers.count, 3);
    rows = parse(fs.readFileSync(out), { columns: true, bom: true }) as Record<string, string>[];
    assert.deepStrictEqual(rows.map((row) => `${row.name}: ${row.segment}`), ['Anna Nowak: newcomer', 'Bernd Keller: newcomer', 'Eva Lind: newcomer']);
  });

  it('refuses an alarm it cannot read and writes nothing', async () => {
    const out = path.join(outDir, 'never.ics');
    const result = await vscode.commands.executeCommand('clientNotebook.exportCalendar', { out, alarm: 'soonish' });
    assert.strictEqual(result, undefined);
    assert.strictEqual(fs.existsSync(out), false);
  });
});
