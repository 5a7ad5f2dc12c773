import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanBirthday, cleanEmail, cleanName, cleanPhone, splitFullName } from '../../src/core/exchange/cleanup';
import { HEADER_WORDS, MappingError, autoMap, parseMapSpec } from '../../src/core/exchange/columns';
import { decodeContacts } from '../../src/core/exchange/decode';
import { ImportPlan, planImport } from '../../src/core/exchange/importPlan';
import { ImportSource, readImportSource } from '../../src/core/exchange/importSource';
import { detectDelimiter, parseTable } from '../../src/core/exchange/table';
import { parseVCards } from '../../src/core/exchange/vcard';
import { DEFAULT_TEMPLATE, renderTemplate } from '../../src/core/notebook/newDossier';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { isReadFolder, safeRelativePath } from '../../src/core/notebook/paths';
import { EXAMPLE_NOTEBOOK, day, english, fixturePath, loadFolder } from './fixtures';

const IMPORT = fixturePath('import');
const read = (file: string) => fs.readFileSync(path.join(IMPORT, file), 'utf8');
const TODAY = day('2026-11-25');

function plan(index: NotebookIndex, source: ImportSource, taken: Set<string> = new Set(index.paths()), template = DEFAULT_TEMPLATE): ImportPlan {
  return planImport(source.records, index.clients(), { template, today: TODAY, taken: (file) => taken.has(file) });
}

/** The plan's files, put into the index as the CLI would write them. */
function apply(index: NotebookIndex, result: ImportPlan): void {
  for (const each of result.create) index.set(each.path, each.text);
}

const summary = (result: ImportPlan) => ({
  create: result.create.map((each) => `${each.path} ${each.name}`),
  skip: result.skip.map((each) => `${each.name}: ${english(each.reason)}`),
});

describe('import: reading tables', () => {
  it('detects the delimiter: comma, tab, semicolon', () => {
    assert.equal(detectDelimiter('a,b,c\n1,2,3\n'), ',');
    assert.equal(detectDelimiter('Name\tCompany\nAnna, the boss\tNowak, Inc\n'), '\t');
    assert.equal(detectDelimiter('Name;Firma;Tel\nAnna;Nowak, Inc;1\n'), ';');
  });

  it('drops a BOM and keeps a newline inside a quoted cell', () => {
    const table = parseTable('\uFEFFName,Notes\r\nAnna,"line one\r\nline two"\r\nBob,x\r\n');
    assert.deepEqual(table.headers, ['Name', 'Notes']);
    assert.deepEqual(table.rows.map((row) => row.cells), [['Anna', 'line one\nline two'], ['Bob', 'x']]);
    assert.deepEqual(table.rows.map((row) => row.line), [2, 4]);
  });

  it('skips the notes preamble of LinkedIn Connections.csv', () => {
    const table = parseTable(read('Connections.csv'));
    assert.deepEqual(table.headers, ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']);
    assert.equal(table.rows.length, 4);
    assert.equal(table.rows[0].line, 5);
    assert.equal(table.rows[2].cells[4], 'Acme, Inc.');
  });

  it('decodes UTF-8 with or without a BOM, and UTF-16 (Excel\'s "Unicode text")', () => {
    const text = 'Name\tE-mail\nЖюли Müller\tj@m.de\n';
    assert.equal(decodeContacts(new TextEncoder().encode('\uFEFF' + text)), text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(decodeContacts(utf16), text);
    assert.deepEqual(parseTable(decodeContacts(utf16)).rows[0].cells, ['Жюли Müller', 'j@m.de']);
  });

  it('numbers the columns of a paste that has no header row', () => {
    const table = parseTable('Anna Nowak\tanna@nowak.pl\t+48 600\nBob Lee\tbob@lee.com\t555\n');
    assert.equal(table.hasHeader, false);
    assert.deepEqual(table.headers, ['Column 1', 'Column 2', 'Column 3']);
    assert.equal(table.rows.length, 2);
  });
});

describe('import: column mapping', () => {
  it('maps a Google Contacts export (new headers)', () => {
    const { headers } = parseTable(read('google-contacts.csv'));
    const { source, mapping } = autoMap(headers);
    assert.equal(source, 'google');
    const mapped = Object.fromEntries(headers.map((header, index) => [header, mapping[index]]).filter(([, field]) => field !== 'skip'));
    assert.deepEqual(mapped, {
      'First Name': 'first_name', 'Middle Name': 'middle_name', 'Last Name': 'last_name', 'Organization Name': 'company', 'Organization Title': 'role',
      Birthday: 'birthday', Notes: 'notes', Labels: 'tags', 'E-mail 1 - Value': 'email', 'E-mail 2 - Value': 'email', 'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone', 'Address 1 - Formatted': 'address', 'Website 1 - Value': 'website',
    });
  });

  it('maps a Google Contacts export (old headers)', () => {
    const { headers } = parseTable(read('google-contacts-legacy.csv'));
    const { source, mapping } = autoMap(headers);
    assert.equal(source, 'google');
    const field = (header: string) => mapping[headers.indexOf(header)];
    assert.equal(field('Name'), 'name');
    assert.equal(field('Given Name'), 'first_name');
    assert.equal(field('Family Name'), 'last_name');
    assert.equal(field('Organization 1 - Name'), 'company');
    assert.equal(field('Organization 1 - Title'), 'role');
    assert.equal(field('Group Membership'), 'tags');
    assert.equal(field('E-mail 1 - Type'), 'skip');
  });

  it('maps an Outlook export, and leaves its Title (Mr., Dr.) out', () => {
    const { headers } = parseTable(read('outlook-contacts.csv'));
    const { source, mapping } = autoMap(headers);
    assert.equal(source, 'outlook');
    const field = (header: string) => mapping[headers.indexOf(header)];
    assert.deepEqual(
      ['First Name', 'Last Name', 'Title', 'E-mail Address', 'Business Phone', 'Mobile Phone', 'Company', 'Job Title', 'Birthday', 'Categories', 'Notes'].map(field),
      ['first_name', 'last_name', 'skip', 'email', 'phone', 'phone', 'company', 'role', 'birthday', 'tags', 'notes'],
    );
  });

  it('maps LinkedIn connections, the URL as the LinkedIn profile', () => {
    const { headers } = parseTable(read('Connections.csv'));
    const { source, mapping } = autoMap(headers);
    assert.equal(source, 'linkedin');
    assert.deepEqual(mapping, ['first_name', 'last_name', 'linkedin', 'email', 'company', 'role', 'skip']);
  });

  it('maps the headers people give their own tables in Polish, German, Russian, Lithuanian and Kazakh', () => {
    const cases: [string[], string[]][] = [
      [['Klient', 'Firma', 'Poczta e-mail', 'Komórka', 'Urodziny', 'Uwagi'], ['name', 'company', 'email', 'phone', 'birthday', 'notes']],
      [['Imię', 'Nazwisko', 'Stanowisko', 'Tel.', 'Strona WWW', 'Adres'], ['first_name', 'last_name', 'role', 'phone', 'website', 'address']],
      [['Vorname', 'Nachname', 'Unternehmen', 'E-Mail-Adresse', 'Telefonnummer', 'Geburtsdatum', 'Bemerkungen'], ['first_name', 'last_name', 'company', 'email', 'phone', 'birthday', 'notes']],
      [['ФИО', 'Компания', 'Должность', 'Эл. почта', 'Телефон', 'Дата рождения', 'Примечание'], ['name', 'company', 'role', 'email', 'phone', 'birthday', 'notes']],
      [['Vardas', 'Pavardė', 'Įmonė', 'El. paštas', 'Telefonas', 'Gimtadienis', 'Pastabos'], ['first_name', 'last_name', 'company', 'email', 'phone', 'birthday', 'notes']],
      [['Аты-жөні', 'Ұйым', 'Лауазымы', 'Электрондық пошта', 'Ұялы телефон', 'Туған күні', 'Ескертпе'], ['name', 'company', 'role', 'email', 'phone', 'birthday', 'notes']],
    ];
    for (const [headers, expected] of cases) assert.deepEqual(autoMap(headers), { source: 'table', mapping: expected }, headers.join(', '));
  });

  it('lists no header word for two fields', () => {
    const seen = new Map<string, string>();
    for (const [field, words] of Object.entries(HEADER_WORDS)) {
      for (const word of words) {
        assert.equal(seen.get(word), undefined, `"${word}" names both ${seen.get(word)} and ${field}`);
        // As a header, capitalised and with a trailing colon, the word maps its field (a word that cannot match fails here).
        assert.equal(autoMap([`${word[0].toUpperCase()}${word.slice(1)}:`]).mapping[0], field, word);
        seen.set(word, field);
      }
    }
  });

  it('asks for a mapping when a table has no known name column, and takes one by header or number', () => {
    const unknown = 'Kto\tSkąd\tGdzie\nPiotr Zieliński\tZieliński Incentives\tGdańsk\n';
    assert.throws(() => readImportSource(unknown), (error: unknown) => error instanceof MappingError && /"Kto", "Skąd", "Gdzie"/.test(english(error.reason)));
    const { headers } = parseTable(read('paste.tsv'));
    assert.deepEqual(parseMapSpec('name=klient, company=Firma,email=E-mail,phone=#4', headers), ['name', 'company', 'email', 'phone', 'skip', 'skip']);
    assert.throws(() => parseMapSpec('nom=Klient', headers), (error: unknown) => error instanceof MappingError && /"nom" is not a field/.test(english(error.reason)));
    assert.throws(() => parseMapSpec('name=Kunde', headers), (error: unknown) => error instanceof MappingError && /no column "Kunde"/.test(english(error.reason)));
  });
});

describe('import: vCard', () => {
  it('reads vCard 3.0: folded lines, several emails and phones, ORG, TITLE, BDAY, CATEGORIES, FN over N', () => {
    const [sergey, dmitry, nordic] = parseVCards(read('contacts-3.0.vcf'));
    assert.equal(sergey.name, 'Dr. Sergey Kuznetsov');
    assert.equal(sergey.company, 'Volga Travel');
    assert.equal(sergey.role, 'Head of Corporate Sales');
    assert.deepEqual(sergey.emails, ['s.kuznetsov@volga-travel.ru', 'sergey.k@example.ru']);
    assert.deepEqual(sergey.phones, ['+7 916 555-44-33', '+7 (495) 777-66-55']);
    assert.equal(sergey.birthday, '1979-11-30');
    assert.deepEqual(sergey.tags, ['client', 'vip']);
    assert.equal(sergey.notes, 'Met at MITT Moscow in March. Interested in incentive trips to the Baltics for 40 people, late spring.');
    assert.equal(sergey.line, 1);
    assert.equal(dmitry.name, 'Дмитрий Орлов');
    assert.equal(dmitry.line, 17);
    assert.equal(nordic.name, 'Nordic Tours AB');
    assert.deepEqual(nordic.emails, ['info@nordictours.example.se']);
  });

  it('reads vCard 4.0: year-less --MMDD and --MM-DD birthdays, tel: URIs', () => {
    const [ruta, lena, kenji] = parseVCards(read('contacts-4.0.vcf'));
    assert.equal(cleanBirthday(ruta.birthday), '04-15');
    assert.equal(cleanBirthday(lena.birthday), '12-24');
    assert.equal(cleanBirthday(kenji.birthday), '1982-06-07');
    assert.equal(cleanPhone(ruta.phones[0]), '+370 612 00011');
    assert.match(lena.notes ?? '', /seventy -five octets, as RFC 6350 says\.$/);
  });

  it('builds the name from N when a card has no FN', () => {
    const [card] = parseVCards('BEGIN:VCARD\nVERSION:3.0\nN:Nowak;Anna;Maria;;\nEND:VCARD\n');
    assert.deepEqual([card.name, card.firstName, card.middleName, card.lastName], [undefined, 'Anna', 'Maria', 'Nowak']);
  });
});

describe('import: clean-up', () => {
  it('keeps letters of every script, apostrophes and hyphens; drops control characters, emoji, brackets, digits', () => {
    assert.equal(cleanName('  Ольга   Смирнова '), 'Ольга Смирнова');
    assert.equal(cleanName('Zoë O’Brien-Nakamura'), "Zoë O'Brien-Nakamura");
    assert.equal(cleanName('😀 Emoji ✨ Person 🎉'), 'Emoji Person');
    assert.equal(cleanName('[Anna] (Maria) Kowalska 12345'), 'Anna Maria Kowalska');
    assert.equal(cleanName('Ctrl\u0007Char\u001bName'), 'Ctrl Char Name');
    assert.equal(cleanName("Robert'); DROP TABLE clients;--"), 'Robert DROP TABLE clients');
    assert.equal(cleanName('../../etc/passwd'), 'etc passwd');
    assert.equal(cleanName('12345'), '');
    assert.equal(cleanName('Нұрлан Әбенов'), 'Нұрлан Әбенов');
    assert.equal(cleanName('山田 太郎'), '山田 太郎');
    assert.equal(cleanName('J. R. R. Tolkien'), 'J. R. R. Tolkien');
  });

  it('splits a full name, "Last, First" included', () => {
    assert.deepEqual(splitFullName('Anna Maria Nowak'), { name: 'Anna Maria Nowak', first: 'Anna Maria', last: 'Nowak' });
    assert.deepEqual(splitFullName('Nowak, Anna'), { name: 'Anna Nowak', first: 'Anna', last: 'Nowak' });
    assert.deepEqual(splitFullName('Cher'), { name: 'Cher', first: 'Cher' });
  });

  it('normalises phone numbers: a leading +, digits, single spaces', () => {
    assert.equal(cleanPhone(' +48 (22) 123-45-67 '), '+48 22 123 45 67');
    assert.equal(cleanPhone('0048 600 100 200'), '+48 600 100 200');
    assert.equal(cleanPhone('tel:+1-555-555-0100'), '+1 555 555 0100');
    assert.equal(cleanPhone('(555) 010.2030'), '555 010 2030');
    assert.equal(cleanPhone('12'), undefined);
    assert.equal(cleanPhone('n/a'), undefined);
  });

  it('normalises emails: trimmed, domain lower-cased, validated', () => {
    assert.equal(cleanEmail('  SPACED@Example.COM '), 'SPACED@example.com');
    assert.equal(cleanEmail('mailto:anna@Nowak.PL'), 'anna@nowak.pl');
    assert.equal(cleanEmail('Anna Nowak <anna@nowak.pl>'), 'anna@nowak.pl');
    assert.equal(cleanEmail('not-an-email'), undefined);
    assert.equal(cleanEmail('a@b'), undefined);
    assert.equal(cleanEmail('two@at@signs.com'), undefined);
    assert.equal(cleanEmail('a..b@example.com'), undefined);
  });

  it('reads birthdays in the forms address books write them', () => {
    assert.deepEqual(
      ['1985-03-14', '19850314', '--0314', '--03-14', '3/14/1985', '21/7/1990', '14.03.1985', '0/0/00', '1604-03-14', '1985-02-30', 'circa 1800', '1985-03-14T00:00:00Z'].map(cleanBirthday),
      ['1985-03-14', '1985-03-14', '03-14', '03-14', '1985-03-14', '1990-07-21', '1985-03-14', undefined, '03-14', undefined, undefined, '1985-03-14'],
    );
  });
});

describe('import: the plan against test/fixtures/notebook-basic', () => {
  let index: NotebookIndex;
  beforeEach(async () => {
    index = await loadFolder(fixturePath('notebook-basic'));
  });

  it('Google Contacts: skips Anna Nowak (same email, other case) and the second Sarah Mitchell row', () => {
    const result = plan(index, readImportSource(read('google-contacts.csv')));
    assert.deepEqual(summary(result), {
      create: ['olga-smirnova.md Ольга Смирнова', 'juergen-weiss.md Jürgen Weiß', 'sarah-mitchell.md Sarah Mitchell'],
      skip: ['Anna Nowak: same email Anna@nowak-consulting.pl as anna-nowak.md', 'Sarah Mitchell: same email SARAH.MITCHELL@example.com as line 8 of this file'],
    });
    assert.equal(result.skip[0].existing, 'anna-nowak.md');
    assert.equal(result.skip[1].existing, 'sarah-mitchell.md');
    const olga = result.create[0];
    assert.deepEqual([olga.company, olga.role, olga.emails, olga.phones, olga.birthday, olga.tags], ['ТурЭкспресс', 'Директор', ['olga@turexpress.ru'], ['+7 912 345 67 89', '+7 495 123 45 67'], '03-14', ['VIP']]);
    assert.equal(result.create[1].text, [
      '---', 'name: Jürgen Weiß', 'company: Weiß Reisen GmbH', 'role: Geschäftsführer', 'email: [juergen@weiss-reisen.de, j.weiss@example.de]',
      'phone: +49 89 1234 5678', 'address: Leopoldstraße 1, 80802 München, DE', 'tags: [client]', 'stage: lead',
      'important_dates:', '  - label: Birthday', '    date: 1968-05-02', '---', '', '## Notes', '', 'Met at ITB Berlin.', 'Prefers calls after 10.', '', '## Log', '',
    ].join('\n'));
  });

  it('Google Contacts (old headers): several addresses in one cell; Eva Lind is already there', () => {
    const result = plan(index, readImportSource(read('google-contacts-legacy.csv')));
    assert.deepEqual(summary(result).skip, ['Eva Lind: same email eva@lind.se as eva-lind.yaml']);
    assert.deepEqual(result.create[0].emails, ['aigerim@steppe-tours.kz', 'a.seitkali@example.kz']);
    assert.deepEqual(result.create[0].tags, ['Clients']);
    assert.equal(result.create[0].role, 'Travel Manager');
  });

  it('Outlook: M/D/YYYY birthdays, 0/0/00 as none; Bernd Keller by his second email, Frank Otto by name and company', () => {
    const result = plan(index, readImportSource(read('outlook-contacts.csv')));
    assert.deepEqual(summary(result), {
      create: ['jonas-kazlauskas.md Jonas Kazlauskas', 'magdalena-wrobel.md Magdalena Wróbel'],
      skip: ['Bernd Keller: same email office@keller-gmbh.de as bernd-keller.md', 'Frank Otto: same name and company as frank-otto.md'],
    });
    assert.equal(result.create[0].birthday, '1985-03-14');
    assert.deepEqual(result.create[0].tags, ['VIP', 'Clients']);
    assert.deepEqual(result.create[0].phones, ['+370 612 34567', '+370 5 212 3456']);
    assert.match(result.create[1].text, /\n## Notes\n\nOutlook note\nsecond line\n/);
    assert.deepEqual(result.create.flatMap((each) => each.warnings), []);
  });

  it('LinkedIn: Clara Jones is already there (same name and company); the profile goes under social', () => {
    const result = plan(index, readImportSource(read('Connections.csv')));
    assert.deepEqual(summary(result), {
      create: ['ruta-jankauskiene.md Rūta Jankauskienė', 'tomasz-kowalski-phd.md Tomasz Kowalski PhD', 'nurlan-aebenov.md Nurlan Äbenov'],
      skip: ['Clara Jones: same name and company as clara-jones.md'],
    });
    assert.match(result.create[0].text, /\nsocial:\n {2}linkedin: https:\/\/www\.linkedin\.com\/in\/ruta-jankauskiene\n/);
    assert.equal(result.create[1].company, 'Acme, Inc.');
  });

  it('a paste from a spreadsheet, mapped by the user: Anna Nowak by her phone written with 00', () => {
    const result = plan(index, readImportSource(read('paste.tsv'), 'name=Klient,company=Firma,email=E-mail,phone=Tel,birthday=Urodziny,notes=Uwagi'));
    assert.deepEqual(summary(result), {
      create: ['piotr-zielinski.md Piotr Zieliński', 'katarzyna-lis.md Katarzyna Lis'],
      skip: ['Nowak Anna: same phone +48 600 100 200 as anna-nowak.md'],
    });
    assert.deepEqual([result.create[1].emails, result.create[1].phones, result.create[1].birthday], [['KASIA.LIS@example.pl'], ['601 444 555'], '07-04']);
    assert.match(result.create[0].text, /## Notes\n\nTwo lines\nin one cell\n/);
  });

  it('vCard: Дмитрий Орлов is already there by email', () => {
    const result = plan(index, readImportSource(read('contacts-3.0.vcf')));
    assert.deepEqual(summary(result), {
      create: ['dr-sergey-kuznetsov.md Dr. Sergey Kuznetsov', 'nordic-tours-ab.md Nordic Tours AB'],
      skip: ['Дмитрий Орлов: same email d.orlov@example.ru as dmitry-orlov.md'],
    });
  });

  it('puts new files only in folders the notebook reads (isReadFolder)', () => {
    for (const folder of ['', 'leads', 'leads/2026', 'a.b']) assert.equal(isReadFolder(folder), true, folder);
    for (const folder of ['.git', '.git/hooks', 'leads/.old', 'node_modules', 'x/node_modules/y']) assert.equal(isReadFolder(folder), false, folder);
  });

  it('hostile rows: plain files inside the notebook, two files for two John Smiths, duplicates and nameless rows skipped', () => {
    const result = plan(index, readImportSource(read('hostile.csv')));
    assert.deepEqual(summary(result), {
      create: [
        'etc-passwd.md etc passwd', 'robert-drop-table-clients.md Robert DROP TABLE clients', 'emoji-person.md Emoji Person',
        'anna-maria-kowalska.md Anna Maria Kowalska', 'john-smith.md John Smith', 'john-smith-2.md John Smith', "zoe-obrien-nakamura.md Zoë O'Brien-Nakamura",
        'spaced-out.md Spaced Out', 'bad-data.md Bad Data', 'ctrl-char-name.md Ctrl Char Name', 'con-client.md CON',
      ],
      skip: [
        'John Smith: same name and company as line 6 of this file', '+48 111 222 333: no name or company', '12345: no name or company',
        'Anna Nowak: same name and company as anna-nowak.md',
      ],
    });
    for (const each of result.create) {
      assert.equal(safeRelativePath(each.path), each.path);
      assert.match(each.path, /^[a-z0-9-]+\.md$/);
    }
    assert.deepEqual(result.create.find((each) => each.name === 'Bad Data')?.warnings.map(english), [
      '"not-an-email" is not an e-mail address; left out.', '"12" is not a phone number; left out.', '"31.02.1990" is not a date; the birthday is left out.',
    ]);
  });

  it('every created file is a dossier that reads back with what was imported', () => {
    for (const file of ['google-contacts.csv', 'outlook-contacts.csv', 'Connections.csv', 'contacts-3.0.vcf', 'contacts-4.0.vcf', 'hostile.csv']) {
      const result = plan(index, readImportSource(read(file)));
      for (const each of result.create) {
        const scratch = new NotebookIndex();
        scratch.set(each.path, each.text);
        const client = scratch.client(each.path);
        assert.ok(client, `${file}: ${each.path} is a dossier`);
        assert.deepEqual(scratch.problems(each.path), [], `${file}: ${each.path}`);
        assert.equal(client.name, each.name);
        assert.deepEqual(client.emails, each.emails);
        assert.deepEqual(client.phones, each.phones);
        assert.equal(client.next, undefined, 'an import schedules no follow-up');
        if (each.birthday) assert.equal(client.importantDates[0]?.label, 'Birthday');
      }
    }
  });

  it('re-running an import creates nothing new; so does importing the same people from another source', () => {
    const taken = new Set(index.paths());
    for (const file of ['google-contacts.csv', 'contacts-4.0.vcf', 'hostile.csv']) {
      const first = plan(index, readImportSource(read(file)), taken);
      apply(index, first);
      for (const each of first.create) taken.add(each.path);
      const again = plan(index, readImportSource(read(file)), taken);
      assert.deepEqual(again.create, [], file);
      assert.equal(again.skip.length, first.create.length + first.skip.length, file);
    }
    // Rūta came in from the vCard; LinkedIn has her without an email, at the same company.
    const linkedIn = plan(index, readImportSource(read('Connections.csv')), taken);
    assert.deepEqual(linkedIn.skip.map((each) => each.existing), ['ruta-jankauskiene.md', 'clara-jones.md']);
  });

  it('puts the files in a folder, and names around files already there', () => {
    const taken = new Set(['imported/olga-smirnova.md']);
    const result = planImport(readImportSource(read('google-contacts.csv')).records, index.clients(), {
      template: DEFAULT_TEMPLATE, today: TODAY, folder: 'imported', tags: ['imported'], taken: (file) => taken.has(file),
    });
    assert.deepEqual(result.create.map((each) => each.path), ['imported/olga-smirnova-2.md', 'imported/juergen-weiss.md', 'imported/sarah-mitchell.md']);
    assert.deepEqual(result.create[0].tags, ['VIP', 'imported']);
  });
});

describe('import: rendering with the notebook template', () => {
  const template = fs.readFileSync(path.join(EXAMPLE_NOTEBOOK, '.client-notebook', 'template.md'), 'utf8');

  it('fills the template: empty keys get values, tags join the template tags, the birthday goes under important_dates', () => {
    const text = renderTemplate(template, {
      name: 'Rūta Jankauskienė', company: 'Baltic Events UAB', role: 'Head of Travel', email: ['ruta@balticevents.lt', 'r.j@example.lt'],
      phone: '+370 612 00011', tags: ['partner', 'lead'], birthday: '04-15', notes: 'Met in Vilnius.\n# not a heading',
    }, TODAY, { schedule: false });
    const front = text.slice(0, text.indexOf('\n---\n', 4));
    assert.match(front, /\nname: Rūta Jankauskienė\n/);
    assert.match(front, /\nrole: Head of Travel\n/);
    assert.match(front, /\nemail: \[ruta@balticevents\.lt, r\.j@example\.lt\]\n/);
    assert.match(front, /\ntags: \[lead, partner\]\n/);
    assert.match(front, /\nimportant_dates:\n {2}- label: Birthday\n {4}date: 04-15\ncontacts: \[\]/);
    assert.doesNotMatch(front, /next_contact|next_action|next_note/);
    assert.match(text, /## Log\n\n- 2026-11-25 note: Dossier created\.\n$/);
    const scratch = new NotebookIndex();
    scratch.set('ruta.md', text);
    const client = scratch.client('ruta.md')!;
    assert.deepEqual(scratch.problems('ruta.md'), []);
    assert.deepEqual(client.tags, ['lead', 'partner']);
    assert.deepEqual(client.importantDates, [{ label: 'Birthday', date: { month: 4, day: 15 } }]);
  });

  it('leaves the template\'s notes out of the dossier ({{!-- --}} over lines, {{! }} inline), and keeps # comments', () => {
    const withNotes = `---
{{!--
  How to use this template: {{name}} is the client.
--}}
name: {{name}} {{! shown in the tree }}
# kept: a comment of the user's
{{! one line }}
stage: lead
---

## Log
`;
    assert.equal(renderTemplate(withNotes, { name: 'A B' }, TODAY), '---\nname: A B\n# kept: a comment of the user\'s\nstage: lead\n---\n\n## Log\n');
    assert.doesNotMatch(renderTemplate(template, { name: 'A B' }, TODAY), /\{\{|Template for a new dossier/);
  });

  it('writes notes under ## Notes, escaping lines that would read as headings', () => {
    const text = renderTemplate(DEFAULT_TEMPLATE, { name: 'A B', notes: 'One\n## Log\nTwo' }, TODAY, { schedule: false });
    assert.match(text, /## Notes\n\nOne\n\\## Log\nTwo\n\n## Log\n$/);
  });

  it('leaves New Client as it was: name and company, a follow-up today', () => {
    assert.equal(
      renderTemplate(DEFAULT_TEMPLATE, { name: "Robert'); DROP TABLE", company: 'Keller: GmbH' }, TODAY),
      `---\nname: Robert'); DROP TABLE\ncompany: "Keller: GmbH"\ntags: []\nstage: lead\nnext_contact: 2026-11-25\nnext_action: call\n---\n\n## Notes\n\n## Log\n`,
    );
  });
});
