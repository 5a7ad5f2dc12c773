import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { Client } from '../../src/core/dossier/dossier';
import { buildCsv, excelDelimiter, segmentLookup } from '../../src/core/exchange/csvExport';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { day, fixturePath, loadFolder } from './fixtures';

function rowsOf(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe('CSV export for a mailing, parsed back with csv-parse', () => {
  let basic: NotebookIndex;
  let hostile: NotebookIndex;
  before(async () => {
    basic = await loadFolder(fixturePath('notebook-basic'));
    hostile = await loadFolder(fixturePath('notebook-export'));
  });

  it('separates fields with semicolons when asked, quoting a field that holds one, and reads back the same', () => {
    const semicolons = buildCsv(hostile.clients(), { delimiter: ';' }).text;
    assert.ok(semicolons.startsWith('name;company;email;phone;tags;stage;owner;path\r\n'));
    assert.deepEqual(parse(semicolons, { columns: true, bom: true, delimiter: ';' }), rowsOf(buildCsv(hostile.clients()).text));
    const index = new NotebookIndex();
    index.set('a.md', '---\nname: Anna Nowak\ncompany: "Nowak; Partners"\n---\n');
    assert.equal(buildCsv(index.clients(), { delimiter: ';' }).text.split('\r\n')[1], 'Anna Nowak;"Nowak; Partners";;;;;;a.md');
    assert.equal(buildCsv(index.clients()).text.split('\r\n')[1], 'Anna Nowak,Nowak; Partners,,,,,,a.md');
  });

  it('knows which separator Excel splits on: ; where numbers are written 1,5', () => {
    for (const locale of ['de', 'pl', 'ru', 'lt', 'kk', 'de-AT', 'fr']) assert.equal(excelDelimiter(locale), ';', locale);
    for (const locale of ['en', 'en-GB', 'en-US', 'ja']) assert.equal(excelDelimiter(locale), ',', locale);
  });

  it('writes a header and one row per client, sorted by name, with the first email and phone', () => {
    const { text, rows } = buildCsv(basic.clients());
    assert.equal(rows, 9);
    assert.ok(text.startsWith('name,company,email,phone,tags,stage,owner,path\r\n'));
    const parsed = rowsOf(text);
    assert.equal(parsed.length, 9);
    assert.deepEqual(parsed[0], {
      name: 'Anna Nowak', company: 'Nowak Consulting', email: 'anna@nowak-consulting.pl', phone: '+48 600 100 200',
      tags: 'client', stage: 'client', owner: '', path: 'anna-nowak.md',
    });
    const bernd = parsed.find((row) => row.name === 'Bernd Keller')!;
    assert.equal(bernd.email, 'b.keller@keller-gmbh.de');
    assert.equal(bernd.owner, 'Paweł Zieliński');
    assert.ok(parsed.some((row) => row.name === 'Дмитрий Орлов'));
  });

  it('filters by any of the tags, any of the stages, both together', () => {
    const names = (options: Parameters<typeof buildCsv>[1]) => rowsOf(buildCsv(basic.clients(), options).text).map((row) => row.name);
    assert.deepEqual(names({ tags: ['vip'] }), ['Bernd Keller']);
    assert.deepEqual(names({ tags: ['VIP', 'prospect'] }), ['Bernd Keller', 'Clara Jones', 'Иван Петров']);
    assert.deepEqual(names({ stages: ['prospect'] }), ['Clara Jones', 'Иван Петров']);
    assert.deepEqual(names({ stages: ['lost', 'prospect'] }).length, 3);
    assert.deepEqual(names({ tags: ['client'], stages: ['client'] }), ['Anna Nowak', 'Eva Lind', 'Frank Otto', 'Hanna Berg', 'Дмитрий Орлов']);
    assert.deepEqual(names({ tags: ['nobody-has-this'] }), []);
    assert.equal(buildCsv(basic.clients(), { tags: ['nobody-has-this'] }).text, 'name,company,email,phone,tags,stage,owner,path\r\n');
  });

  it('filters by segment through the function it is given, and adds the segment column', () => {
    const segmentOf = (client: Client) => (client.tags.includes('vip') ? 'vip' : client.stage === 'lost' ? 'lost' : undefined);
    const parsed = rowsOf(buildCsv(basic.clients(), { segmentOf, segments: ['VIP', 'lost'] }).text);
    assert.deepEqual(parsed.map((row) => [row.name, row.segment]), [['Bernd Keller', 'vip'], ['Małgorzata Zaremba', 'lost']]);
    assert.equal(rowsOf(buildCsv(basic.clients(), { segmentOf }).text).find((row) => row.name === 'Anna Nowak')!.segment, '');
    assert.throws(() => buildCsv(basic.clients(), { segments: ['vip'] }), /segment/);
  });

  it('takes the segments from the statistics (test/fixtures/notebook-stats, as worked out in its EXPECTED.md)', async () => {
    const stats = await loadFolder(fixturePath('notebook-stats'));
    const segmentOf = segmentLookup(stats.settings, day('2026-11-25'));
    const segmentsOf = (segments: string[]) => rowsOf(buildCsv(stats.clients(), { segmentOf, segments }).text).map((row) => `${row.name}: ${row.segment}`);
    assert.deepEqual(segmentsOf(['vip']), ['Viktor Vip: vip']);
    assert.deepEqual(segmentsOf(['growing', 'one_time']), ['Greta Grow: growing', 'Mia Mixed: growing', 'Olga Onetime: one_time', 'Paul Pending: one_time']);
    assert.deepEqual(segmentsOf(['newcomer', 'lost']), ['Lars Lost: lost', 'Nina Newcomer: newcomer']);
    const all = rowsOf(buildCsv(stats.clients(), { segmentOf }).text);
    assert.equal(all.length, 13);
    assert.equal(all.filter((row) => row.segment === '').length, 6);
  });

  it('quotes commas, quotes, semicolons and line breaks so that they read back unchanged', () => {
    const { text } = buildCsv(hostile.clients());
    const obrien = rowsOf(text).find((row) => row.path === 'clients/obrien.md')!;
    assert.equal(obrien.name, 'O\'Brien, Seán "Shay"');
    assert.equal(obrien.company, 'Green; Fields, Ltd \\ Dublin');
    assert.equal(obrien.tags, 'client, ireland');
    assert.ok(text.includes('"O\'Brien, Seán ""Shay"""'));
    const owl = rowsOf(text).find((row) => row.name === 'Late Owl')!;
    assert.equal(owl.email, 'owl@works.example');
  });

  it('defuses a cell a spreadsheet would run as a formula, but leaves phone numbers alone', () => {
    const parsed = rowsOf(buildCsv(hostile.clients()).text);
    assert.equal(parsed.find((row) => row.name === 'Nobody Yet')!.company, '\'=HYPERLINK("http://x")');
    assert.equal(parsed.find((row) => row.path === 'clients/obrien.md')!.phone, '+353 1 234 5678');
    assert.equal(parsed.find((row) => row.name === 'Ольга Смирнова')!.phone, '+7 495 123-45-67');
  });

  it('starts with a UTF-8 byte order mark only when asked (for Excel)', () => {
    const plain = buildCsv(hostile.clients()).text;
    const withBom = buildCsv(hostile.clients(), { bom: true }).text;
    assert.notEqual(plain.charCodeAt(0), 0xfeff);
    assert.equal(withBom.charCodeAt(0), 0xfeff);
    assert.equal(withBom.slice(1), plain);
    assert.deepEqual([...Buffer.from(withBom, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.deepEqual(rowsOf(withBom), rowsOf(plain));
    assert.ok(plain.endsWith('\r\n'));
  });
});
