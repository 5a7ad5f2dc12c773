import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { buildIcs, foldLine, parseAlarm } from '../../src/core/exchange/ics';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { fixedClock } from '../../src/core/schedule/calendar';
import { day, fixturePath, loadFolder } from './fixtures';

const TODAY = day('2026-11-25');

function exportOf(index: NotebookIndex, options: Partial<Parameters<typeof buildIcs>[2]> = {}) {
  return buildIcs(index.clients(), index.settings, { clock: fixedClock(TODAY, 9 * 60), ...options });
}

function eventsOf(text: string): ICAL.Component[] {
  return ICAL.Component.fromString(text).getAllSubcomponents('vevent');
}

function bySummary(events: ICAL.Component[], summary: string): ICAL.Component {
  const found = events.filter((event) => event.getFirstPropertyValue('summary') === summary);
  assert.equal(found.length, 1, `one event "${summary}" in ${events.map((e) => e.getFirstPropertyValue('summary')).join(' | ')}`);
  return found[0];
}

function start(event: ICAL.Component): ICAL.Time {
  return event.getFirstPropertyValue('dtstart') as ICAL.Time;
}

function end(event: ICAL.Component): ICAL.Time {
  return event.getFirstPropertyValue('dtend') as ICAL.Time;
}

/** The first `count` dates of an event's series, as YYYY-MM-DD. */
function occurrences(event: ICAL.Component, count: number): string[] {
  const iterator = new ICAL.Event(event).iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) found.push(next.toString());
  return found;
}

function octets(line: string): number {
  return Buffer.byteLength(line, 'utf8');
}

describe('ICS export, parsed back with ical.js (test/fixtures/notebook-basic, today 2026-11-25)', () => {
  let index: NotebookIndex;
  let text: string;
  let events: ICAL.Component[];
  before(async () => {
    index = await loadFolder(fixturePath('notebook-basic'));
    text = exportOf(index).text;
    events = eventsOf(text);
  });

  it('has one event per scheduled follow-up and per yearly date, and a calendar header', () => {
    const calendar = ICAL.Component.fromString(text);
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.match(String(calendar.getFirstPropertyValue('prodid')), /Client Notebook/);
    assert.deepEqual(events.map((event) => event.getFirstPropertyValue('summary')), [
      'Call: Anna Nowak',
      'Meeting: Bernd Keller',
      'Follow up: Hanna Berg',
      'Email: Clara Jones',
      'Call: Дмитрий Орлов',
      'Meeting: Eva Lind',
      'Visit: Frank Otto',
      'Birthday: Bernd Keller',
      'Birthday: Мария Орлова (Дмитрий Орлов)',
      'Contract renewal: Eva Lind',
    ]);
    const result = exportOf(index);
    assert.equal(result.followUps, 7);
    assert.equal(result.dates, 3);
  });

  it('writes an untimed follow-up as an all-day date (DTEND the next day), a timed one as floating local time', () => {
    const anna = bySummary(events, 'Call: Anna Nowak');
    assert.equal(start(anna).isDate, true);
    assert.equal(start(anna).toString(), '2026-11-20');
    assert.equal(end(anna).isDate, true);
    assert.equal(end(anna).toString(), '2026-11-21');
    assert.match(text, /\r\nDTSTART;VALUE=DATE:20261120\r\nDTEND;VALUE=DATE:20261121\r\n/);

    const bernd = bySummary(events, 'Meeting: Bernd Keller');
    assert.equal(start(bernd).isDate, false);
    assert.equal(start(bernd).toString(), '2026-11-25T14:00:00');
    assert.equal(start(bernd).zone, ICAL.Timezone.localTimezone, 'floating, neither UTC nor a TZID');
    assert.equal(end(bernd).toString(), '2026-11-25T14:30:00');
    assert.match(text, /\r\nDTSTART:20261125T140000\r\n/);
    assert.equal(bySummary(events, 'Meeting: Eva Lind').getFirstProperty('dtstart')!.toICALString(), 'DTSTART:20261202T100000');
  });

  it('puts a cadence-derived follow-up on its due date and says why', () => {
    const hanna = bySummary(events, 'Follow up: Hanna Berg');
    assert.equal(start(hanna).toString(), '2026-11-25');
    assert.equal(hanna.getFirstPropertyValue('description'), 'Due: cadence 1m, last call 31 days ago\nCompany: Berg Oy\nDossier: hanna-berg.md');
  });

  it('describes a follow-up with its note, company, phone, email and dossier path', () => {
    assert.equal(
      bySummary(events, 'Call: Anna Nowak').getFirstPropertyValue('description'),
      'Ask about the spring trip\nCompany: Nowak Consulting\nPhone: +48 600 100 200\nEmail: anna@nowak-consulting.pl\nDossier: anna-nowak.md',
    );
    assert.equal(
      bySummary(events, 'Meeting: Bernd Keller').getFirstPropertyValue('description'),
      'Agenda: budget 2027, dates\nCompany: Keller GmbH\nEmail: b.keller@keller-gmbh.de, office@keller-gmbh.de\nDossier: bernd-keller.md',
    );
  });

  it('repeats important dates and birthdays every year as all-day events', () => {
    const birthday = bySummary(events, 'Birthday: Bernd Keller');
    assert.equal(String(birthday.getFirstPropertyValue('rrule')), 'FREQ=YEARLY');
    assert.equal(start(birthday).isDate, true);
    assert.equal(start(birthday).toString(), '2000-11-27', 'a year-less date starts in the base year');
    assert.equal(end(birthday).toString(), '2000-11-28');
    assert.deepEqual(occurrences(birthday, 3), ['2000-11-27', '2001-11-27', '2002-11-27']);

    const renewal = bySummary(events, 'Contract renewal: Eva Lind');
    assert.equal(start(renewal).toString(), '2026-12-01', 'a dated one starts on its date');
    assert.deepEqual(occurrences(renewal, 2), ['2026-12-01', '2027-12-01']);
    assert.equal(bySummary(events, 'Birthday: Мария Орлова (Дмитрий Орлов)').getFirstPropertyValue('categories'), 'Birthday');
    for (const event of events) {
      if (!event.hasProperty('rrule')) assert.equal(event.getFirstPropertyValue('categories'), 'Follow-up');
    }
  });

  it('gives every event a unique UID that stays the same in the next export', async () => {
    const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
    assert.equal(new Set(uids).size, uids.length);
    for (const uid of uids) assert.match(uid, /^(followup|date|birthday)-[0-9a-f]{16}(-\d+)?@client-notebook$/);
    const nextDay = eventsOf(buildIcs(index.clients(), index.settings, { clock: fixedClock(TODAY + 1, 17 * 60), alarmMinutes: 15 }).text);
    assert.deepEqual(nextDay.map((event) => event.getFirstPropertyValue('uid')), uids);
    const reloaded = eventsOf(exportOf(await loadFolder(fixturePath('notebook-basic'))).text);
    assert.deepEqual(reloaded.map((event) => event.getFirstPropertyValue('uid')), uids);
    const scoped = eventsOf(exportOf(index, { uidScope: 'another notebook' }).text);
    assert.equal(scoped.filter((event) => uids.includes(String(event.getFirstPropertyValue('uid')))).length, 0);
  });

  it('stamps every event with the injected clock, in UTC', () => {
    const stamps = new Set(events.map((event) => String(event.getFirstPropertyValue('dtstamp'))));
    assert.deepEqual([...stamps], ['2026-11-25T09:00:00Z']);
    const east = eventsOf(exportOf(index, { clock: fixedClock(TODAY, 30), utcOffsetMinutes: 120 }).text);
    assert.equal(String(east[0].getFirstPropertyValue('dtstamp')), '2026-11-24T22:30:00Z');
    assert.match(exportOf(index, { clock: fixedClock(TODAY, 30), utcOffsetMinutes: 120 }).text, /\r\nDTSTAMP:20261124T223000Z\r\n/);
  });

  it('adds a display alarm before each event when asked', () => {
    assert.equal(events.every((event) => event.getAllSubcomponents('valarm').length === 0), true);
    const alarmed = eventsOf(exportOf(index, { alarmMinutes: 30 }).text);
    for (const event of alarmed) {
      const [alarm, ...more] = event.getAllSubcomponents('valarm');
      assert.equal(more.length, 0);
      assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
      assert.equal(alarm.getFirstPropertyValue('description'), event.getFirstPropertyValue('summary'));
      assert.equal(String(alarm.getFirstPropertyValue('trigger')), '-PT30M');
    }
    const dayBefore = eventsOf(exportOf(index, { alarmMinutes: 24 * 60 }).text);
    assert.equal(String(dayBefore[0].getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')), '-P1D');
  });

  it('limits follow-ups to the next N days (overdue included) and keeps every yearly date', () => {
    const week = eventsOf(exportOf(index, { days: 2 }).text).map((event) => event.getFirstPropertyValue('summary'));
    assert.deepEqual(week, [
      'Call: Anna Nowak', 'Meeting: Bernd Keller', 'Follow up: Hanna Berg', 'Email: Clara Jones', 'Call: Дмитрий Орлов',
      'Birthday: Bernd Keller', 'Birthday: Мария Орлова (Дмитрий Орлов)', 'Contract renewal: Eva Lind',
    ]);
  });

  it('ends every line with CRLF, the last one too, and keeps every line within 75 octets', () => {
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/);
    for (const line of text.split('\r\n')) assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
  });
});

describe('ICS export of hostile and long text, leap days and ages (test/fixtures/notebook-export)', () => {
  let index: NotebookIndex;
  let text: string;
  let events: ICAL.Component[];
  before(async () => {
    index = await loadFolder(fixturePath('notebook-export'));
    text = exportOf(index).text;
    events = eventsOf(text);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads them back unchanged', () => {
    const client = index.client('clients/obrien.md')!;
    assert.equal(client.nextNote, 'Ask: price, dates; budget \\ margin\nSecond line, with; everything');
    const event = bySummary(events, 'Call: O\'Brien, Seán "Shay"');
    assert.equal(
      event.getFirstPropertyValue('description'),
      `${client.nextNote}\nCompany: Green; Fields, Ltd \\ Dublin\nPhone: +353 1 234 5678\nEmail: shay@greenfields.ie\nDossier: clients/obrien.md`,
    );
    const unfolded = text.replace(/\r\n /g, '');
    assert.ok(unfolded.includes('SUMMARY:Call: O\'Brien\\, Seán "Shay"\r\n'));
    assert.ok(unfolded.includes('DESCRIPTION:Ask: price\\, dates\\; budget \\\\ margin\\nSecond line\\, with\\; everything\\nCompany: Green\\; Fields\\, Ltd \\\\ Dublin\\n'));
  });

  it('folds a long Cyrillic description at 75 octets on UTF-8 boundaries, and it unfolds to the original', () => {
    const client = index.client('olga.md')!;
    const lines = text.split('\r\n');
    const first = lines.findIndex((line) => line.startsWith('DESCRIPTION:Обсудить'));
    assert.ok(first > 0);
    let last = first;
    while (lines[last + 1].startsWith(' ')) last++;
    assert.ok(last - first >= 4, 'folded over several lines');
    for (const line of lines.slice(first, last + 1)) {
      assert.ok(octets(line) <= 75, `${octets(line)} octets`);
      assert.ok(!line.includes('\uFFFD'));
    }
    assert.ok(lines.slice(first, last).some((line) => octets(line) >= 73), 'lines are filled, not cut short');
    const description = bySummary(events, 'Meeting: Ольга Смирнова').getFirstPropertyValue('description');
    assert.equal(description, `${client.nextNote}\nCompany: ООО «Север»\nPhone: +7 495 123-45-67\nEmail: olga@sever.ru\nDossier: olga.md`);
    for (const line of lines) assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
  });

  it('folds by octets without splitting a character, surrogate pairs included', () => {
    for (const sample of ['DESCRIPTION:' + 'я'.repeat(200), 'SUMMARY:' + '😀'.repeat(60), 'X:' + 'a€😀'.repeat(40), 'SHORT:ok']) {
      const folded = foldLine(sample);
      const parts = folded.split('\r\n');
      for (const [i, part] of parts.entries()) {
        assert.ok(octets(part) <= 75, `${octets(part)} octets`);
        if (i > 0) assert.equal(part[0], ' ');
        assert.equal(Buffer.from(part, 'utf8').toString('utf8'), part, 'no lone surrogate');
      }
      assert.equal(folded.replace(/\r\n /g, ''), sample);
    }
    assert.equal(foldLine('SHORT:ok'), 'SHORT:ok');
    assert.equal(foldLine('X:' + 'a'.repeat(73)), 'X:' + 'a'.repeat(73));
    assert.equal(foldLine('X:' + 'a'.repeat(74)), 'X:' + 'a'.repeat(73) + '\r\n a');
  });

  it('writes a follow-up that crosses midnight with its end on the next day', () => {
    const owl = bySummary(events, 'Visit: Late Owl');
    assert.equal(start(owl).toString(), '2026-12-04T23:45:00');
    assert.equal(end(owl).toString(), '2026-12-05T00:15:00');
  });

  it('puts a client due by cadence with no interaction yet on today', () => {
    assert.equal(start(bySummary(events, 'Follow up: Nobody Yet')).toString(), '2026-11-25');
    assert.equal(events.some((event) => String(event.getFirstPropertyValue('summary')).includes('Quiet')), false);
  });

  it('keeps a Feb 29 birthday every year, on Feb 28 in common years', () => {
    const kid = bySummary(events, 'Birthday: Leap Kid (Ольга Смирнова)');
    assert.equal(start(kid).toString(), '2000-02-29');
    assert.equal(String(kid.getFirstPropertyValue('rrule')), 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    assert.deepEqual(occurrences(kid, 5), ['2000-02-29', '2001-02-28', '2002-02-28', '2003-02-28', '2004-02-29']);
    const adult = bySummary(events, 'Birthday: Leap Adult (Ольга Смирнова)');
    assert.equal(start(adult).toString(), '1988-02-29');
    assert.deepEqual(occurrences(adult, 2), ['1988-02-29', '1989-02-28']);
    assert.match(String(adult.getFirstPropertyValue('description')), /^Born 1988-02-29; turns 39 on 2027-02-28\.\nContact of Ольга Смирнова\n/);
  });

  it('gives the age when the year is known, starting the series on the written date', () => {
    const olga = bySummary(events, 'Birthday: Ольга Смирнова');
    assert.equal(start(olga).toString(), '1979-11-30');
    assert.match(String(olga.getFirstPropertyValue('description')), /^Born 1979-11-30; turns 47 on 2026-11-30\./);
    const anniversaries = events.filter((event) => event.getFirstPropertyValue('summary') === 'Anniversary: Late Owl');
    assert.deepEqual(anniversaries.map((event) => start(event).toString()), ['2015-06-01', '2000-09-10']);
    assert.match(String(anniversaries[0].getFirstPropertyValue('description')), /^Since 2015-06-01; 12 years on 2027-06-01\./);
    const uids = events.map((event) => event.getFirstPropertyValue('uid'));
    assert.equal(new Set(uids).size, uids.length, 'two dates with the same label get two UIDs');
  });
});

describe('parseAlarm', () => {
  it('reads minutes, hours, days and weeks', () => {
    assert.equal(parseAlarm('30m'), 30);
    assert.equal(parseAlarm('90min'), 90);
    assert.equal(parseAlarm('1h'), 60);
    assert.equal(parseAlarm('1d'), 1440);
    assert.equal(parseAlarm(' 2W '), 2 * 7 * 1440);
    assert.equal(parseAlarm('0m'), 0);
  });

  it('refuses anything else', () => {
    for (const text of ['', '30', 'm', '-1h', '1.5h', '1y', 'PT30M', '1h30m']) assert.equal(parseAlarm(text), undefined, text);
  });
});
