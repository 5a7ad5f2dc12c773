import * as assert from 'assert';
import * as fc from 'fast-check';
import { Day, Weekday, dayFromParts, formatDateTime, formatDay, parseIsoDate } from '../../src/core/schedule/calendar';
import { PhraseContext, PhraseResult, describeDay, parseDatePhrase } from '../../src/core/schedule/datePhrase';
import { english } from './fixtures';

const MON_FRI: ReadonlySet<Weekday> = new Set<Weekday>([1, 2, 3, 4, 5]);

function d(iso: string): Day {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new Error(`bad test date ${iso}`);
  return day;
}

function ctx(today: string, weekStartsOn: Weekday = 1, workingDays: ReadonlySet<Weekday> = MON_FRI): PhraseContext {
  return { today: d(today), weekStartsOn, workingDays };
}

/** Today in most tests: Wednesday 2026-11-25. */
const WED = ctx('2026-11-25');

function show(result: PhraseResult): string {
  return result.ok ? formatDateTime(result) : `error: ${english(result.message)}`;
}

function expectDate(input: string, expected: string, context: PhraseContext = WED): void {
  const result = parseDatePhrase(input, context);
  assert.strictEqual(show(result), expected, `parsing ${JSON.stringify(input)} on ${formatDay(context.today)}`);
}

function expectError(input: string, pattern: RegExp = /Expected a date like/, context: PhraseContext = WED): string {
  const result = parseDatePhrase(input, context);
  assert.ok(!result.ok, `${JSON.stringify(input)} should fail but gave ${show(result)}`);
  assert.match(english(result.message), pattern);
  return english(result.message);
}

/** Whether local noon of `day` exists in the process time zone (1994-12-31 does not on Kiritimati). */
function localDayExists(day: Day): boolean {
  const [year, month, date] = formatDay(day).split('-').map(Number);
  const probe = new Date(2000, 0, 1, 12);
  probe.setFullYear(year, month - 1, date);
  return probe.getFullYear() === year && probe.getMonth() === month - 1 && probe.getDate() === date;
}

describe('parseDatePhrase', () => {
  describe('ISO dates', () => {
    it('reads dates and date-times', () => {
      expectDate('2026-12-01', '2026-12-01');
      expectDate('2026-12-01 14:30', '2026-12-01 14:30');
      expectDate('2026-12-01T14:30', '2026-12-01 14:30');
      expectDate('2026-12-01 at 9:05', '2026-12-01 09:05');
      expectDate('  2026-12-01  ', '2026-12-01');
      expectDate('2028-02-29', '2028-02-29');
    });

    it('reads MM-DD as the next occurrence, like the dossier birthdays', () => {
      expectDate('12-05', '2026-12-05');
      expectDate('11-25', '2026-11-25');
      expectDate('11-24', '2027-11-24');
      expectDate('02-29', '2028-02-29');
    });

    it('rejects impossible dates with the reason', () => {
      expectError('2026-02-30', /February 2026 has 28 days/);
      expectError('2027-02-29', /February 2027 has 28 days/);
      expectError('2026-13-01', /no month 13/);
      expectError('2026-12-01 24:00', /not a time/);
      expectError('2026-12-01 12:60', /not a time/);
      expectError('02-30', /February never has 30 days/);
    });
  });

  describe('relative words', () => {
    it('reads today, tomorrow, yesterday', () => {
      expectDate('today', '2026-11-25');
      expectDate('Today', '2026-11-25');
      expectDate('tomorrow', '2026-11-26');
      expectDate('tomorrow.', '2026-11-26');
      expectDate('yesterday', '2026-11-24');
      expectDate('day after tomorrow', '2026-11-27');
    });

    it('reads next week as the first day of next week', () => {
      expectDate('next week', '2026-11-30');
      expectDate('next week', '2026-11-29', ctx('2026-11-25', 7));
      expectDate('next week', '2027-02-01', ctx('2027-01-31', 1)); // a Sunday, weeks from Monday
      expectDate('next week', '2027-02-07', ctx('2027-01-31', 7)); // a Sunday, weeks from Sunday
    });

    it('reads next month and next year, clamped to the month end', () => {
      expectDate('next month', '2026-12-25');
      expectDate('next month', '2027-02-28', ctx('2027-01-31'));
      expectDate('next month', '2028-02-29', ctx('2028-01-31'));
      expectDate('next year', '2027-11-25');
      expectDate('next year', '2029-02-28', ctx('2028-02-29'));
    });
  });

  describe('offsets', () => {
    it('reads signed and unsigned offsets', () => {
      expectDate('+3d', '2026-11-28');
      expectDate('+2w', '2026-12-09');
      expectDate('+1m', '2026-12-25');
      expectDate('+1y', '2027-11-25');
      expectDate('3d', '2026-11-28');
      expectDate('2w', '2026-12-09');
      expectDate('-2d', '2026-11-23');
      expectDate('-1m', '2026-10-25');
      expectDate('+0d', '2026-11-25');
      expectDate('+ 3 d', '2026-11-28');
      expectDate('+3 days', '2026-11-28');
      expectDate('+10D', '2026-12-05');
    });

    it('clamps months at month ends and leap years', () => {
      expectDate('+1m', '2027-02-28', ctx('2027-01-31'));
      expectDate('+1m', '2028-02-29', ctx('2028-01-31'));
      expectDate('+1y', '2029-02-28', ctx('2028-02-29'));
      expectDate('+4y', '2032-02-29', ctx('2028-02-29'));
      expectDate('-1m', '2027-02-28', ctx('2027-03-31'));
      expectDate('+1d', '2027-01-01', ctx('2026-12-31'));
      expectDate('+1d', '2028-02-29', ctx('2028-02-28'));
    });

    it('counts working days over weekends', () => {
      expectDate('+5wd', '2026-12-02'); // Wed -> Thu Fri Mon Tue Wed
      expectDate('+1wd', '2026-11-30', ctx('2026-11-27')); // Fri -> Mon
      expectDate('+1wd', '2026-11-30', ctx('2026-11-28')); // Sat -> Mon
      expectDate('-1wd', '2026-11-27', ctx('2026-11-30')); // Mon -> Fri
      expectDate('in 5 working days', '2026-12-02');
      expectDate('3 business days', '2026-11-30');
      const sunToThu = new Set<Weekday>([7, 1, 2, 3, 4]);
      expectDate('+1wd', '2026-11-29', ctx('2026-11-26', 7, sunToThu)); // Thu -> Sun
      expectDate('+2wd', '2026-11-27', ctx('2026-11-25', 1, new Set<Weekday>())); // no working days: plain days
    });

    it('reads "in N units" and "N units ago"', () => {
      expectDate('in 3 days', '2026-11-28');
      expectDate('in 2 weeks', '2026-12-09');
      expectDate('in a month', '2026-12-25');
      expectDate('in a month', '2027-02-28', ctx('2027-01-31'));
      expectDate('in one year', '2027-11-25');
      expectDate('in a week', '2026-12-02');
      expectDate('in 3d', '2026-11-28');
      expectDate('in  3   days', '2026-11-28');
      expectDate('3 days ago', '2026-11-22');
      expectDate('a week ago', '2026-11-18');
    });

    it('rejects unknown units and absurd amounts', () => {
      expectError('+0x', /Unknown unit "x"/);
      expectError('+3q', /Unknown unit "q"/);
      expectError('3h', /Unknown unit "h"/);
      expectError('+9999999d', /too far/);
      expectError('+9000y', /outside the years/);
    });
  });

  describe('weekdays', () => {
    it('reads a weekday as the next one strictly after today (org-mode)', () => {
      expectDate('mon', '2026-11-30');
      expectDate('monday', '2026-11-30');
      expectDate('Monday', '2026-11-30');
      expectDate('tue', '2026-12-01');
      expectDate('thu', '2026-11-26');
      expectDate('thurs', '2026-11-26');
      expectDate('fri', '2026-11-27');
      expectDate('sat', '2026-11-28');
      expectDate('sun', '2026-11-29');
      expectDate('on friday', '2026-11-27');
      // Today is a Wednesday: its own name means a week ahead.
      expectDate('wed', '2026-12-02');
      expectDate('wednesday', '2026-12-02');
    });

    it('reads next <weekday> with the same rule', () => {
      expectDate('next monday', '2026-11-30');
      expectDate('next fri', '2026-11-27');
      expectDate('next wednesday', '2026-12-02');
      expectDate('next monday', '2027-02-01', ctx('2027-01-31')); // on a Sunday: tomorrow
    });

    it('reads this <weekday> as on or after today', () => {
      expectDate('this friday', '2026-11-27');
      expectDate('this wednesday', '2026-11-25');
      expectDate('this monday', '2026-11-30');
    });

    it('reads last <weekday> and <weekday> next week', () => {
      expectDate('last monday', '2026-11-23');
      expectDate('last wed', '2026-11-18');
      expectDate('monday next week', '2026-11-30');
      expectDate('friday next week', '2026-12-04');
      expectDate('next week friday', '2026-12-04');
      expectDate('monday next week', '2027-02-08', ctx('2027-01-31', 7));
      expectDate('sunday next week', '2026-12-06', ctx('2026-11-25', 1));
      expectDate('sunday next week', '2026-11-29', ctx('2026-11-25', 7));
    });
  });

  describe('day and month names', () => {
    it('reads day-month and month-day forms', () => {
      expectDate('5 jul', '2027-07-05');
      expectDate('5 July', '2027-07-05');
      expectDate('July 5', '2027-07-05');
      expectDate('jul 5th', '2027-07-05');
      expectDate('the 5th of july', '2027-07-05');
      expectDate('5 July 2027', '2027-07-05');
      expectDate('July 5, 2027', '2027-07-05');
      expectDate('5 sept', '2027-09-05');
      expectDate('1 dec', '2026-12-01');
      expectDate('1 dec 2025', '2025-12-01');
    });

    it('takes the next occurrence on or after today when the year is missing', () => {
      expectDate('25 nov', '2026-11-25');
      expectDate('24 nov', '2027-11-24');
      expectDate('5 jan', '2027-01-05', ctx('2026-12-30'));
      expectDate('31 dec', '2026-12-31', ctx('2026-12-30'));
      expectDate('29 feb', '2028-02-29');
      expectDate('29 feb', '2028-02-29', ctx('2028-02-29'));
      expectDate('29 feb', '2032-02-29', ctx('2028-03-01'));
    });

    it('rejects days a month never or not that year has', () => {
      expectError('30 feb', /February never has 30 days/);
      expectError('31 apr', /April never has 31 days/);
      expectError('29 feb 2027', /February 2027 has 28 days/);
      expectError('0 jan', /day 0/);
    });
  });

  describe('times', () => {
    it('adds an optional time to any date', () => {
      expectDate('tomorrow at 14:30', '2026-11-26 14:30');
      expectDate('tomorrow 14:30', '2026-11-26 14:30');
      expectDate('fri 9:00', '2026-11-27 09:00');
      expectDate('next monday at 8:15', '2026-11-30 08:15');
      expectDate('+3d 2pm', '2026-11-28 14:00');
      expectDate('5 jul at 2:30 pm', '2027-07-05 14:30');
      expectDate('in 2 weeks at 10:00', '2026-12-09 10:00');
      expectDate('today @ 12am', '2026-11-25 00:00');
      expectDate('today 12pm', '2026-11-25 12:00');
      expectDate('today 11 p.m.', '2026-11-25 23:00');
      expectDate('tomorrow at 10', '2026-11-26 10:00');
      expectDate('fri @ 9', '2026-11-27 09:00');
    });

    it('reads a time alone as today', () => {
      expectDate('14:30', '2026-11-25 14:30');
      expectDate('at 9:00', '2026-11-25 09:00');
      expectDate('3pm', '2026-11-25 15:00');
      expectDate('3 pm', '2026-11-25 15:00');
      expectDate('9am', '2026-11-25 09:00');
    });

    it('rejects impossible times', () => {
      expectError('tomorrow 25:00', /not a time/);
      expectError('tomorrow 13pm', /1 to 12/);
      expectError('13pm', /1 to 12/);
      expectError('+3pm', /Unknown unit "pm"/);
      expectError('tomorrow 10:75', /not a time/);
    });
  });

  describe('Polish, Lithuanian and Kazakh (our word table)', () => {
    it('reads the days, the weekdays, next ones and "in N days" in Polish', () => {
      expectDate('jutro', '2026-11-26');
      expectDate('jutro o 10', '2026-11-26 10:00');
      expectDate('pojutrze', '2026-11-27');
      expectDate('w piątek', '2026-11-27');
      expectDate('w przyszły poniedziałek', '2026-11-30');
      expectDate('w przyszłym tygodniu', '2026-11-30');
      expectDate('za 3 dni', '2026-11-28');
      expectDate('za tydzień', '2026-12-02');
      expectDate('za 2 tygodnie o 9:00', '2026-12-09 09:00');
      expectDate('za miesiąc', '2026-12-25');
      expectDate('5 lipca', '2027-07-05');
      expectError('31 kwietnia', /April never has 31 days/);
    });

    it('reads them in Lithuanian', () => {
      expectDate('rytoj', '2026-11-26');
      expectDate('poryt', '2026-11-27');
      expectDate('penktadienį', '2026-11-27');
      expectDate('kitą pirmadienį', '2026-11-30');
      expectDate('kitą savaitę', '2026-11-30');
      expectDate('po 3 dienų', '2026-11-28');
      expectDate('po savaitės', '2026-12-02');
      expectDate('gruodžio 5 d.', '2026-12-05');
    });

    it('reads them in Kazakh', () => {
      expectDate('бүгін', '2026-11-25');
      expectDate('ертең', '2026-11-26');
      expectDate('бүрсігүні', '2026-11-27');
      expectDate('жұма', '2026-11-27');
      expectDate('келесі дүйсенбі', '2026-11-30');
      expectDate('келесі аптада', '2026-11-30');
      expectDate('3 күннен кейін', '2026-11-28');
      expectDate('5 желтоқсан', '2026-12-05');
    });

    it('reads the rest of the table: no number means one, next weeks and months', () => {
      expectDate('w przyszły piątek', '2026-11-27');
      expectDate('za rok', '2027-11-25');
      expectDate('аптадан кейін', '2026-12-02');
      expectDate('kitą mėnesį', '2026-12-25');
    });

    it('rewrites nothing with a word it does not know: no guess', () => {
      expectError('jutro rano', /not a date I understand/);
      expectError('za kilka dni', /not a date I understand/);
      expectError('po jutro', /not a date I understand/);
    });
  });

  describe('German (chrono-node)', () => {
    it('reads casual days', () => {
      expectDate('heute', '2026-11-25');
      expectDate('morgen', '2026-11-26');
      expectDate('Morgen', '2026-11-26');
      expectDate('übermorgen', '2026-11-27');
      expectDate('gestern', '2026-11-24');
    });

    it('reads weekdays with our rules', () => {
      expectDate('nächsten Montag', '2026-11-30');
      expectDate('Montag', '2026-11-30');
      expectDate('am Freitag', '2026-11-27');
      expectDate('Mittwoch', '2026-12-02'); // chrono alone says today
      expectDate('nächsten Mittwoch', '2026-12-02');
      expectDate('diesen Mittwoch', '2026-11-25');
      expectDate('letzten Montag', '2026-11-23'); // chrono with forwardDate says next Monday
      expectDate('Montag nächste Woche', '2027-02-08', ctx('2027-01-31', 7));
    });

    it('reads relative offsets, clamping months', () => {
      expectDate('in 3 Tagen', '2026-11-28');
      expectDate('in 2 Wochen', '2026-12-09');
      expectDate('vor 3 Tagen', '2026-11-22');
      expectDate('in einem Monat', '2026-12-25');
      expectDate('in einem Monat', '2027-02-28', ctx('2027-01-31')); // chrono alone says 2027-03-03
      expectDate('in 2 Monaten', '2027-03-31', ctx('2027-01-31'));
      expectDate('in einem Jahr', '2029-02-28', ctx('2028-02-29')); // chrono alone says 2029-03-01
    });

    it('reads next week and next month like English', () => {
      expectDate('nächste Woche', '2026-11-30');
      expectDate('nächsten Monat', '2027-02-28', ctx('2027-01-31'));
      expectDate('nächstes Jahr', '2027-11-25');
    });

    it('reads day and month names', () => {
      expectDate('5. Juli', '2027-07-05');
      expectDate('5 Juli', '2027-07-05');
      expectDate('5. Juli 2027', '2027-07-05');
      expectDate('am 5. Juli', '2027-07-05');
      expectDate('1. März', '2027-03-01');
      expectDate('3 Mai', '2027-05-03');
      expectDate('24. Dezember 2026', '2026-12-24');
      expectError('30. Februar', /February never has 30 days/);
      expectDate('am 5. Juli um 10 Uhr', '2027-07-05 10:00');
      expectDate('25. November', '2026-11-25');
      expectDate('5. Januar', '2027-01-05', ctx('2026-12-30'));
      expectDate('Montag, 5. Juli', '2027-07-05');
      expectError('Dienstag, 5. Juli', /is a Monday, not a Tuesday/);
    });

    it('reads times', () => {
      expectDate('morgen um 14 Uhr', '2026-11-26 14:00');
      expectDate('übermorgen 9:30', '2026-11-27 09:30');
      expectDate('in 5 Tagen um 10:00', '2026-11-30 10:00');
    });

    it('rejects partial matches, ranges and times relative to now', () => {
      expectError('morgen früh', /Only "morgen"/);
      expectError('vom 5. bis 7. Juli', /Only/);
      expectError('in 3 Stunden', /relative to now/);
      expectError('im Juli', /no day|Expected/);
    });
  });

  describe('Russian (chrono-node)', () => {
    it('reads casual days', () => {
      expectDate('сегодня', '2026-11-25');
      expectDate('завтра', '2026-11-26');
      expectDate('Завтра', '2026-11-26');
      expectDate('послезавтра', '2026-11-27');
      expectDate('вчера', '2026-11-24');
    });

    it('reads weekdays with our rules', () => {
      expectDate('в понедельник', '2026-11-30');
      expectDate('понедельник', '2026-11-30');
      expectDate('в следующий понедельник', '2026-11-30');
      expectDate('в среду', '2026-12-02'); // chrono alone says today
      expectDate('в эту среду', '2026-11-25');
      expectDate('в пятницу', '2026-11-27');
      expectDate('в прошлый понедельник', '2026-11-23');
    });

    it('reads relative offsets, clamping months', () => {
      expectDate('через 3 дня', '2026-11-28');
      expectDate('через 5 дней', '2026-11-30');
      expectDate('через 2 недели', '2026-12-09');
      expectDate('через неделю', '2026-12-02');
      expectDate('через месяц', '2026-12-25');
      expectDate('через месяц', '2027-02-28', ctx('2027-01-31'));
      expectDate('через год', '2027-11-25');
      expectDate('3 дня назад', '2026-11-22');
    });

    it('reads next week and next month like English', () => {
      expectDate('на следующей неделе', '2026-11-30');
      expectDate('в следующем месяце', '2027-02-28', ctx('2027-01-31'));
    });

    it('reads day and month names and times', () => {
      expectDate('5 июля', '2027-07-05');
      expectDate('5 июля 2027', '2027-07-05');
      expectDate('5 января', '2027-01-05', ctx('2026-12-30'));
      expectDate('25 ноября', '2026-11-25');
      expectDate('завтра в 14:30', '2026-11-26 14:30');
      expectDate('5 июля в 10:00', '2027-07-05 10:00');
    });

    it('rejects times relative to now', () => {
      expectError('через 3 часа', /relative to now/);
    });
  });

  describe('time zones', () => {
    it('reports a day that does not exist in the process time zone instead of guessing', () => {
      const missing = d('1994-12-31'); // skipped on Kiritimati
      expectDate('tomorrow', '1995-01-01', ctx('1994-12-31'));
      if (!localDayExists(missing)) {
        expectError('morgen', /cannot be read on 1994-12-31 in this time zone/, ctx('1994-12-31'));
      } else {
        expectDate('morgen', '1995-01-01', ctx('1994-12-31'));
      }
    });
  });

  describe('bad input', () => {
    it('says what was expected', () => {
      for (const input of ['someday', 'asap', 'next', 'in', 'in 3 fortnights', '5', 'the 5th', 'jul', 'at 5', 'tomorrow 5']) {
        expectError(input);
      }
      expectError('', /Enter a date/);
      expectError('   ', /Enter a date/);
      expectError('.', /Enter a date/);
    });

    it('rejects numeric day/month forms that are not ISO or dotted', () => {
      const message = expectError('12/05', /ambiguous/);
      assert.match(message, /12 may or dec 5/);
      expectError('12/25', /ambiguous \(dec 25\?\)/);
      expectError('05-12-2026', /ambiguous/);
      expectError('2026/12/01', /YYYY-MM-DD/);
      expectError('05.12.26', /ambiguous \(5 dec 2026\?\)/);
    });

    it('reads dotted dates as day, month and year, as German, Polish, Russian and Kazakh write them', () => {
      expectDate('05.12.2026', '2026-12-05');
      expectDate('31.12.2026', '2026-12-31');
      expectDate('5.12.', '2026-12-05');
      expectDate('5.12', '2026-12-05');
      expectDate('24.11.', '2027-11-24');
      expectDate('am 5.12.', '2026-12-05');
      expectDate('05.12.2026 14:30', '2026-12-05 14:30');
      expectError('31.02.2026', /February 2026 has 28 days/);
      expectError('13.13.2026', /no month 13/);
    });
  });

  describe('properties', () => {
    const anyDay = fc.integer({ min: dayFromParts(1900, 1, 1), max: dayFromParts(2200, 12, 31) });
    const context = (today: Day): PhraseContext => ({ today, weekStartsOn: 1, workingDays: MON_FRI });

    it('+Nd and -Nd are today plus or minus N', () => {
      fc.assert(
        fc.property(anyDay, fc.integer({ min: 0, max: 20000 }), (today, n) => {
          const plus = parseDatePhrase(`+${n}d`, context(today));
          const minus = parseDatePhrase(`-${n}d`, context(today));
          const bare = parseDatePhrase(`${n}d`, context(today));
          assert.deepStrictEqual(plus, { ok: true, day: today + n });
          assert.deepStrictEqual(minus, { ok: true, day: today - n });
          assert.deepStrictEqual(bare, { ok: true, day: today + n });
        }),
      );
    });

    it('ISO dates and date-times round trip', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: dayFromParts(1, 1, 1), max: dayFromParts(9999, 12, 31) }),
          anyDay,
          fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
          (day, today, time) => {
            const text = formatDateTime({ day, time });
            const result = parseDatePhrase(text, context(today));
            assert.deepStrictEqual(result, time === undefined ? { ok: true, day } : { ok: true, day, time });
          },
        ),
      );
    });

    it('a weekday name is 1 to 7 days ahead and has that weekday', () => {
      fc.assert(
        fc.property(anyDay, fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), (today, name) => {
          const result = parseDatePhrase(name, context(today));
          assert.ok(result.ok);
          assert.ok(result.day - today >= 1 && result.day - today <= 7);
          assert.strictEqual(describeDay(result.day, today).slice(0, 3).toLowerCase(), name);
        }),
      );
    });

    it('chrono phrases do not drift in any time zone', () => {
      fc.assert(
        fc.property(fc.integer({ min: dayFromParts(1970, 1, 1), max: dayFromParts(2100, 12, 31) }), (today) => {
          fc.pre(localDayExists(today) && localDayExists(today + 1) && localDayExists(today + 3));
          assert.deepStrictEqual(parseDatePhrase('morgen', context(today)), { ok: true, day: today + 1 });
          assert.deepStrictEqual(parseDatePhrase('завтра', context(today)), { ok: true, day: today + 1 });
          assert.deepStrictEqual(parseDatePhrase('heute', context(today)), { ok: true, day: today });
          assert.deepStrictEqual(parseDatePhrase('in 3 Tagen', context(today)), { ok: true, day: today + 3 });
          assert.deepStrictEqual(parseDatePhrase('через 3 дня', context(today)), { ok: true, day: today + 3 });
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('describeDay', () => {
  const today = d('2026-11-25');
  it('gives the weekday, the date and how far away it is', () => {
    assert.strictEqual(describeDay(today, today), 'Wednesday, 2026-11-25 (today)');
    assert.strictEqual(describeDay(today + 1, today), 'Thursday, 2026-11-26 (tomorrow)');
    assert.strictEqual(describeDay(today - 1, today), 'Tuesday, 2026-11-24 (yesterday)');
    assert.strictEqual(describeDay(d('2026-11-30'), today), 'Monday, 2026-11-30 (in 5 days)');
    assert.strictEqual(describeDay(d('2026-11-22'), today), 'Sunday, 2026-11-22 (3 days ago)');
  });
});
