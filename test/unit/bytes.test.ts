import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { decodeUtf8 } from '../../src/core/dossier/binaryText';
import { LazyTextEntry } from '../../src/core/dossier/logEntry';
import { parseDossier, parseDossierBytes } from '../../src/core/dossier/parse';
import { loadNotebook } from '../../src/core/notebook/load';
import { NodeFileStore } from '../../src/node/fileStore';
import { fixturePath } from './fixtures';

/** A file's bytes as the Node store hands them to the index. */
function bytesOf(text: string): { binary: string; decode: (start: number, end: number) => string } {
  const bytes = Buffer.from(text, 'utf8');
  return { binary: bytes.toString('latin1'), decode: (start, end) => bytes.toString('utf8', start, end) };
}

function parseAsBytes(file: string, text: string, heading = 'Log') {
  const { binary, decode } = bytesOf(text);
  return parseDossierBytes(file, binary, heading, decode);
}

/** The same data, whichever reader made it (a lazy entry's text included). */
const asData = (value: unknown) => JSON.parse(JSON.stringify(value));

const runs = Number(process.env.YAML_FUZZ_RUNS ?? 1000);

describe('reading a dossier from its bytes', function () {
  this.timeout(120_000);

  describe('decodeUtf8', () => {
    it('decodes any range of whole characters as Node does', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
          const bytes = Buffer.from(text, 'utf8');
          const { binary } = bytesOf(text);
          assert.equal(decodeUtf8(binary, 0, binary.length), text);
          // Cut at character boundaries: bytes that do not start with 10xxxxxx.
          const starts = [...Array(bytes.length + 1).keys()].filter((i) => i === bytes.length || (bytes[i] & 0xc0) !== 0x80);
          const [from, to] = [starts[a % starts.length], starts[b % starts.length]].sort((x, y) => x - y);
          assert.equal(decodeUtf8(binary, from, to), bytes.toString('utf8', from, to));
        }),
        { numRuns: runs },
      );
    });
    it('decodes a long text beyond one chunk of character codes', () => {
      const text = 'Ąžuolas Әліпқұлов 😀 '.repeat(2000);
      assert.equal(decodeUtf8(bytesOf(text).binary, 0, Buffer.byteLength(text)), text);
    });
  });

  describe('property: the same parse as the decoded text', () => {
    const word = fc.constantFrom('Anna', 'Ąžuolas', 'Әліпқұлов', 'Дмитрий', 'Groß', 'call', 'offer', '😀', '€', '—', '«ёлка»', 'C#', 'x: y', '-5%');
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    /** Characters trim() takes for white space, and others that look like it but are not. */
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u200b', '\u0085', '\v');
    const date = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('2026-11-20', '2026-11-20 14:30', '2025-02-28 09:05') },
      { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-1-20', '2026-11-20 9:05', '2026-11-20 25:00', '2026-11-20 14:30:00') },
    );
    const kind = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('call', 'Call', 'meeting', 'order', 'payment', 'nps', 'note', 'zvonok_2', 'a-b') },
      { weight: 1, arbitrary: fc.constantFrom('Звонок', 'spotkanie') },
    );
    const figure = fc.constantFrom('', '', '12500,50 PLN ', '100\u00a0EUR ', '9 ', '11 ', '7.5 ', 'EUR 5 ');
    const colon = fc.oneof({ weight: 8, arbitrary: fc.constant(': ') }, { weight: 1, arbitrary: fc.constantFrom(':', ' :', ':\u00a0') });
    const entry = fc.tuple(date, kind, colon, figure, fc.option(words)).map(([d, k, c, f, t]) => `- ${d} ${k}${c}${f}${t ?? ''}`);
    const continuation = fc.tuple(space, fc.option(words)).map(([s, w]) => `${s}${w ?? ''}`);
    const blankish = fc.array(space, { maxLength: 3 }).map((s) => s.join(''));
    const noise = fc.oneof(
      fc.constantFrom('```', '```js', '~~~', '   ```', '````', '``` x ```', '~~~\u00a0', '    ```'),
      fc.constantFrom('# Title', '### Log', '#######', '##', '## Notes', '#Log', '-', '-x', '- ', 'plain text', '* 2026-11-20 call: x', '\u0000', '\ufffd'),
      words,
    );
    /** The section's heading as people write it for `heading`, or one that does not open it. */
    const headingLine = (heading: string) => {
      const title = heading.trim();
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(`## ${title}`, `##\t${title}`, `## ${title.toUpperCase()} ##`, `## ${title}\u00a0`, `##  ${title}  `) },
        { weight: 1, arbitrary: fc.constantFrom(`### ${title}`, `# ${title}`, `## ${title}s`) },
      );
    };
    const sectionLine = fc.oneof({ weight: 8, arbitrary: entry }, { weight: 4, arbitrary: continuation }, { weight: 2, arbitrary: blankish }, { weight: 1, arbitrary: noise });
    const body = (heading: string) =>
      fc
        .tuple(fc.array(fc.oneof(noise, blankish), { maxLength: 5 }), headingLine(heading), fc.array(sectionLine, { maxLength: 15 }), fc.option(fc.tuple(fc.constantFrom('## Next', '# End', '### Deeper'), fc.array(sectionLine, { maxLength: 3 }))))
        .map(([before, open, section, after]) => [...before, open, ...section, ...(after ? [after[0], ...after[1]] : [])]);
    const name = fc.array(fc.constantFrom('Anna', 'Ąžuolas', 'Әліпқұлов', 'Дмитрий', 'Groß', '😀', '«ёлка»'), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    const frontMatter = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(name, fc.constantFrom('2026-12-01', '2026-12-01 09:30', 'tomorrow', '')).map(([n, next]) => `name: ${n}\nnext_contact: ${next}\ncompany: "${n} GmbH"\n`) },
      { weight: 1, arbitrary: fc.constantFrom('company: Nameless\n', 'name: [a, b]\n', 'name: "open\n', '', 'name: X\n--- x\n', 'name: a: b\n') },
    );
    const fence = fc.oneof({ weight: 6, arbitrary: fc.constant('---') }, { weight: 2, arbitrary: fc.constantFrom('--- ', '---\u00a0', '---\u2003', '...', '---x', '-- -') });
    const dossier = fc.constantFrom('Log', 'Журнал', ' log ').chain((heading) =>
      fc
        .tuple(fc.boolean(), frontMatter, fence, body(heading), fc.boolean(), fc.boolean())
        .map(([bom, yaml, close, lines, crlf, finalNewline]) => {
          const all = ['---', ...yaml.split('\n').filter((line, i, every) => i < every.length - 1 || line), close, '', ...lines];
          const text = all.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
          return { heading, text: (bom ? '\ufeff' : '') + text };
        }),
    );

    it('generated Markdown dossiers: fences, headings, entries, continuation and blank lines in every script', () => {
      let lazy = 0;
      let entries = 0;
      fc.assert(
        fc.property(dossier, ({ heading, text }) => {
          const fromBytes = parseAsBytes('a.md', text, heading);
          assert.deepEqual(asData(fromBytes), asData(parseDossier('a.md', text, heading)));
          if (fromBytes.kind === 'dossier') {
            entries += fromBytes.client.log.length;
            lazy += fromBytes.client.log.filter((each) => each instanceof LazyTextEntry).length;
          }
        }),
        { numRuns: runs },
      );
      // The generator must reach many entries, most of them lazy, and some read from their decoded text.
      assert.ok(entries > runs / 2 && lazy > entries * 0.5 && lazy < entries, `${lazy} lazy entries of ${entries}`);
    });

    it('YAML dossiers and other files are read as their decoded text', () => {
      for (const [file, text] of [['a.yaml', 'name: Anna\nlog:\n  - 2026-11-20 call: Ąžuolas\n'], ['notes.txt', 'name: x'], ['b.md', 'no front matter']]) {
        assert.deepEqual(asData(parseAsBytes(file, text)), asData(parseDossier(file, text, 'Log')));
      }
    });
  });

  it('every fixture and example file parses the same from its bytes', () => {
    const roots = [fixturePath(''), path.join(__dirname, '../../../examples')];
    let files = 0;
    for (const root of roots) {
      for (const name of fs.readdirSync(root, { recursive: true }) as string[]) {
        if (!/\.(md|ya?ml)$/i.test(name)) continue;
        const text = fs.readFileSync(path.join(root, name), 'utf8');
        assert.deepEqual(asData(parseAsBytes(name, text)), asData(parseDossier(name, text, 'Log')), name);
        files++;
      }
    }
    assert.ok(files > 40, `${files} files`);
  });

  it('a log entry decodes its text when first read, and a snapshot stores it as text', () => {
    const text = '---\nname: Anna\n---\n\n## Log\n\n- 2026-11-20 14:30 call: Ąžuolas agreed\n  to the «offer»\n\n  \n- 2026-11-21 order: 12500,50 PLN Әліпқұлов\n';
    const parse = parseAsBytes('a.md', text);
    assert.equal(parse.kind, 'dossier');
    const [order, call] = parse.kind === 'dossier' ? parse.client.log : [];
    assert.ok(call instanceof LazyTextEntry && order instanceof LazyTextEntry);
    assert.deepEqual({ text: call.text, line: call.line, time: call.time }, { text: 'Ąžuolas agreed\nto the «offer»', line: 7, time: 14 * 60 + 30 });
    assert.deepEqual(asData(order), { day: order.day, kind: 'order', text: '12500,50 PLN Әліпқұлов', line: 11, amount: 12500.5, currency: 'PLN' });
    call.text = 'changed';
    assert.equal(call.text, 'changed');
  });

  it('keeps only the bytes of the log entries, not the whole file', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const dossier = (i: number) =>
      ['---', `name: Client ${i}`, '---', '', `Notes ${'y'.repeat(100_000)}`, '', '## Log', '', `- 2026-11-20 call: Ąžuolas ${i}`, `  and more ${i}`, `${'z'.repeat(100_000)}`, ''].join('\n');
    const kept: unknown[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 60; i++) kept.push(parseAsBytes('a.md', dossier(i)));
    gc();
    assert.ok((process.memoryUsage().heapUsed - before) / kept.length < 20_000);
  });

  it('the Node store hands the index bytes, and text where they are not UTF-8', async () => {
    const store = new NodeFileStore(fixturePath('notebook-basic'));
    const read = await store.readForIndex('anna-nowak.md');
    assert.ok(read && 'binary' in read);
    assert.equal(read.decode(0, read.binary.length), fs.readFileSync(path.join(fixturePath('notebook-basic'), 'anna-nowak.md'), 'utf8'));
    const index = await loadNotebook(store);
    assert.ok([...index.clientList()].some((client) => client.log.some((each) => each instanceof LazyTextEntry)));

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-bytes-'));
    try {
      fs.writeFileSync(path.join(folder, 'latin1.md'), Buffer.from('---\nname: Gro\xdf\n---\n', 'latin1'));
      const latin1 = await new NodeFileStore(folder).readForIndex('latin1.md');
      assert.ok(latin1 && 'text' in latin1 && latin1.text.includes('\ufffd'));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
