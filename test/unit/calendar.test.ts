import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addMonths, dayFromParts, formatDay, isoWeekKey, parseIsoDate, parseIsoDateTime, partsFromDay, startOfWeek, weekdayOf,
} from '../../src/core/schedule/calendar';
import { addDuration, addWorkingDays, parseDuration } from '../../src/core/schedule/duration';
import { day } from './fixtures';

describe('calendar dates', () => {
  it('round-trips every day between years 1 and 9999', () => {
    fc.assert(fc.property(fc.integer({ min: dayFromParts(1, 1, 1), max: dayFromParts(9999, 12, 31) }), (n) => {
      assert.equal(parseIsoDate(formatDay(n)), n);
      const { year, month, day: d } = partsFromDay(n);
      assert.equal(dayFromParts(year, month, d), n);
    }));
  });

  it('rejects dates that do not exist', () => {
    for (const text of ['2026-02-30', '2026-13-01', '0000-00-00', '2026-11-31', '2025-02-29', '26-11-25', '2026-11-25x', '']) {
      assert.equal(parseIsoDate(text), undefined, text);
    }
    assert.equal(formatDay(parseIsoDate('2024-02-29')!), '2024-02-29');
  });

  it('reads a time of day and rejects impossible ones', () => {
    assert.deepEqual(parseIsoDateTime('2026-11-25 14:30'), { day: day('2026-11-25'), time: 14 * 60 + 30 });
    assert.equal(parseIsoDateTime('2026-11-25 24:00'), undefined);
    assert.equal(parseIsoDateTime('2026-11-25 12:60'), undefined);
  });

  it('knows weekdays, weeks and month ends', () => {
    assert.equal(weekdayOf(day('2026-11-25')), 3);
    assert.equal(weekdayOf(day('1970-01-01')), 4);
    assert.equal(formatDay(startOfWeek(day('2026-11-25'), 1)), '2026-11-23');
    assert.equal(formatDay(startOfWeek(day('2026-11-25'), 7)), '2026-11-22');
    assert.equal(formatDay(addMonths(day('2026-01-31'), 1)), '2026-02-28');
    assert.equal(formatDay(addMonths(day('2024-01-31'), 1)), '2024-02-29');
    assert.equal(formatDay(addMonths(day('2026-12-15'), 1)), '2027-01-15');
    assert.equal(isoWeekKey(day('2026-01-01')), '2026-W01');
    assert.equal(isoWeekKey(day('2027-01-01')), '2026-W53');
  });
});

describe('durations', () => {
  const workingDays = new Set([1, 2, 3, 4, 5] as const);

  it('parses the cadence forms of the format', () => {
    assert.deepEqual(parseDuration('10d'), { amount: 10, unit: 'd' });
    assert.deepEqual(parseDuration('2w'), { amount: 2, unit: 'w' });
    assert.deepEqual(parseDuration('1M'), { amount: 1, unit: 'm' });
    assert.deepEqual(parseDuration('5wd'), { amount: 5, unit: 'wd' });
    assert.equal(parseDuration('two weeks'), undefined);
    assert.equal(parseDuration('-1d'), undefined);
  });

  it('adds working days over weekends', () => {
    assert.equal(formatDay(addWorkingDays(day('2026-11-27'), 1, workingDays)), '2026-11-30');
    assert.equal(formatDay(addWorkingDays(day('2026-11-25'), 5, workingDays)), '2026-12-02');
    assert.equal(formatDay(addWorkingDays(day('2026-11-30'), -1, workingDays)), '2026-11-27');
    assert.equal(formatDay(addDuration(day('2026-10-25'), { amount: 1, unit: 'm' }, workingDays)), '2026-11-25');
  });
});
