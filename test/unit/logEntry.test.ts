import * as assert from 'assert';
import * as fc from 'fast-check';
import { EntryParse, parseEntryText } from '../../src/core/dossier/logEntry';
import { parseIsoDateTime } from '../../src/core/schedule/calendar';

/** The definition that parseEntryText's character scanner must agree with: the regex alone. */
const ENTRY_SHAPE = /^(\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?) ([\p{L}\p{N}_-]+):(?: (.*)|$)/su;
function headByRegex(content: string): { day: number; time?: number; kind: string; text: string } | 'no shape' | 'bad date' {
  const shape = ENTRY_SHAPE.exec(content);
  if (!shape) return 'no shape';
  const when = parseIsoDateTime(shape[1]);
  if (!when) return 'bad date';
  return { day: when.day, ...(when.time !== undefined ? { time: when.time } : {}), kind: shape[2].toLowerCase(), text: shape[3] ?? '' };
}
function headOf(parse: EntryParse): ReturnType<typeof headByRegex> {
  if (!parse.entry) return parse.issue!.severity === 'error' ? 'bad date' : 'no shape';
  const { day, time, kind, text } = parse.entry;
  return { day, ...(time !== undefined ? { time } : {}), kind, text };
}

describe('log entries', () => {
  it('read the usual and the unusual entry', () => {
    const usual = parseEntryText('2026-11-20 14:30 Call: Discussed the offer', 3).entry;
    assert.deepStrictEqual(usual && { kind: usual.kind, time: usual.time, text: usual.text, line: usual.line }, { kind: 'call', time: 14 * 60 + 30, text: 'Discussed the offer', line: 3 });
    assert.strictEqual(parseEntryText('2026-11-20 звонок: обсудили', 1).entry?.kind, 'звонок');
    assert.strictEqual(parseEntryText('2026-02-30 call: x', 1).issue?.severity, 'error');
    assert.strictEqual(parseEntryText('2026-11-20 24:00 call: x', 1).issue?.severity, 'error');
    assert.strictEqual(parseEntryText('2026-11-20 9:30 call: x', 1).issue?.severity, 'error');
    assert.strictEqual(parseEntryText('2026-11-20 call:x', 1).issue?.message.code, 'log.notAnEntry');
    assert.deepStrictEqual(parseEntryText('2026-11-20 order: 12500,50 PLN hotel', 1).entry?.amount, 12500.5);
    assert.deepStrictEqual(parseEntryText('2026-11-20 nps: 9', 1).entry?.score, 9);
  });

  it('the character scanner reads every text as the regex does (property)', () => {
    const piece = fc.constantFrom(
      '2026', '2024', '0000', '9999', '-', '11', '02', '29', '30', '13', '00', ' ', '  ', ':', '14', '9', '23', '59', '60', '24',
      'call', 'Call', 'order', 'nps', 'a_b', 'x-y', '7', 'звонок', 'ł', 'Ә', '😀', '\n', 'text', '#', '\t', '1',
    );
    const date = fc.tuple(fc.constantFrom('2026', '2024', '0000', '1900'), fc.constantFrom('01', '02', '11', '12', '13', '00'), fc.constantFrom('01', '28', '29', '30', '31', '32', '00'))
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    const time = fc.option(fc.tuple(fc.constantFrom('0', '9', '00', '09', '14', '23', '24', '99', '123'), fc.constantFrom('00', '30', '59', '60', '5')).map(([h, m]) => ` ${h}:${m}`), { nil: '' });
    const tail = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const entry = fc.oneof(
      fc.tuple(date, time, tail).map(([d, t, rest]) => `${d}${t} ${rest}`),
      fc.tuple(date, time, fc.constantFrom('call', 'Meeting', 'x_1', 'a-b', 'звонок', 'café', '', '9'), fc.constantFrom(':', ': ', ': text', ':x', ': 12 EUR', ' :', ':\n more'))
        .map(([d, t, k, rest]) => `${d}${t} ${k}${rest}`),
      tail,
    );
    fc.assert(fc.property(entry, (content) => {
      assert.deepStrictEqual(headOf(parseEntryText(content, 1)), headByRegex(content), JSON.stringify(content));
    }), { numRuns: 3000 });
  });
});
