import * as assert from 'assert';
import { dateFormat, numberFormat, relativeDayText, relativeTimeFormat } from '../../src/core/schedule/intlFormat';
import { parseIsoDate } from '../../src/core/schedule/calendar';

describe('Intl formatters', () => {
  it('are built once per locale and options, and format as a new one does', () => {
    const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
    assert.strictEqual(dateFormat('pl', options), dateFormat('pl', { ...options }));
    assert.notStrictEqual(dateFormat('pl', options), dateFormat('ru', options));
    assert.notStrictEqual(dateFormat('pl', options), dateFormat('pl', { ...options, year: 'numeric' }));
    const instant = new Date(Date.UTC(2026, 4, 15, 12));
    assert.strictEqual(dateFormat('pl', options).format(instant), new Intl.DateTimeFormat('pl', options).format(instant));
    assert.strictEqual(relativeTimeFormat('ru', { numeric: 'auto' }), relativeTimeFormat('ru', { numeric: 'auto' }));
    assert.strictEqual(numberFormat('kk', { style: 'currency', currency: 'KZT' }).format(5), new Intl.NumberFormat('kk', { style: 'currency', currency: 'KZT' }).format(5));
    const today = parseIsoDate('2026-11-25')!;
    assert.strictEqual(relativeDayText(today - 3, today, 'ru'), '3 дня назад');
  });
});
