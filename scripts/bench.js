// `npm run bench`: how fast the engine indexes 1,000 / 10,000 / 50,000 generated dossiers,
// against the floor of merely reading their bytes. A benchmark, not a test: it always exits 0
// and says which goals were missed.
//
//   node --expose-gc scripts/bench.js [--sizes 1000,10000] [--runs 5] [--profile] [--no-profile]
//
// The engine is bundled from src/ with esbuild's JS API into out/bench/ (esbuild.js and the
// shipped bundles are left alone). Notebooks are generated into bench-data/ (git-ignored) and
// regenerated only when missing or when the generator version changed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { ensureNotebook, GENERATOR_VERSION } = require('./bench-generate');

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(ROOT, 'bench-data');
const OUT = path.join(ROOT, 'out', 'bench');

const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const SIZES = argValue('--sizes', '1000,10000,50000').split(',').map(Number);
const RUNS = Number(argValue('--runs', '5'));
const FORCE_PROFILE = args.includes('--profile');
const NO_PROFILE = args.includes('--no-profile');

const GOALS = {
  10000: { ratio: 3, incrementalMs: 5, dueMs: 5, heapMB: 60 },
  50000: { ratio: 4 },
};

const ENGINE_EXPORTS = `
export { loadNotebook, listNotebookFiles } from './src/core/notebook/load';
export { NodeFileStore } from './src/node/fileStore';
export { loadNotebookCached } from './src/node/indexCache';
export { dueItems } from './src/core/notebook/queries';
export { parseDossier, parseDossierBytes, formatOfPath } from './src/core/dossier/parse';
export { readYamlFast, readYamlOracle } from './src/core/dossier/yamlRead';
export { findFrontMatter } from './src/core/dossier/textLayout';
export { findLogSection } from './src/core/dossier/logSection';
export { parseIsoDate } from './src/core/schedule/calendar';
`;

/** Bundles the engine as is, and a diagnostic copy whose YAML fast path records why it bails. */
async function buildBundles() {
  fs.mkdirSync(OUT, { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', sourcemap: false };
  const stdin = { contents: ENGINE_EXPORTS, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-engine.ts' };
  const reasons = {};
  const recordBails = {
    name: 'record-yaml-bails',
    setup(build) {
      build.onLoad({ filter: /[\\/]yamlRead\.ts$/ }, async (file) => {
        const source = await fs.promises.readFile(file.path, 'utf8');
        const lines = source.split('\n').map((line, index) => {
          if (/throw BAIL;/.test(line)) {
            reasons[index + 1] = line.trim();
            return line.replace(/throw BAIL;/, `throw __bail(${index + 1});`);
          }
          if (/if \(UNSURE_CHARS\.test\(text\)\) return undefined;/.test(line)) {
            reasons[index + 1] = 'UNSURE_CHARS: tab, control character, BOM, lone CR or surrogate';
            return line.replace('return undefined;', `{ __bail(${index + 1}); return undefined; }`);
          }
          return line;
        });
        lines.push('export const __bails: Map<number, number> = new Map();',
          'function __bail(line: number) { __bails.set(line, (__bails.get(line) ?? 0) + 1); return BAIL; }');
        return { contents: lines.join('\n'), loader: 'ts' };
      });
    },
  };
  await Promise.all([
    esbuild.build({ ...common, stdin, outfile: path.join(OUT, 'engine.js') }),
    esbuild.build({
      ...common,
      stdin: { ...stdin, contents: `export { readYamlFast, __bails } from './src/core/dossier/yamlRead';` },
      outfile: path.join(OUT, 'yaml-diagnostic.js'),
      plugins: [recordBails],
    }),
  ]);
  return { engine: require(path.join(OUT, 'engine.js')), diagnostic: require(path.join(OUT, 'yaml-diagnostic.js')), bailSource: reasons };
}

const now = () => process.hrtime.bigint();
const ms = (from, to) => Number(to - from) / 1e6;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const gc = () => { global.gc(); global.gc(); };
const heapMB = () => process.memoryUsage().heapUsed / 1048576;

/** Every file of the notebook, absolute and relative (the same list the engine reads). */
async function listFiles(engine, root) {
  const store = new engine.NodeFileStore(root);
  return (await engine.listNotebookFiles(store)).map((rel) => {
    const abs = store.absolute(rel);
    return { rel, abs, size: fs.statSync(abs).size };
  });
}

function readFloor(files) {
  const start = now();
  let bytes = 0;
  for (const file of files) bytes += fs.readFileSync(file.abs).length;
  const time = ms(start, now());
  return { time, bytes };
}

async function fullIndex(engine, root) {
  const start = now();
  const index = await engine.loadNotebook(new engine.NodeFileStore(root));
  return { time: ms(start, now()), index };
}

/** Warm-up, then floor and full index interleaved, so that a noisy neighbour hurts both alike. */
async function timedRuns(engine, root, files) {
  readFloor(files);
  await fullIndex(engine, root);
  const floors = [], indexes = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    gc();
    const floor = readFloor(files);
    floors.push(floor.time);
    bytes = floor.bytes;
    gc();
    indexes.push((await fullIndex(engine, root)).time);
  }
  return { floors, indexes, bytes };
}

/** A changed version of a Markdown dossier: one new log entry and a new next_contact. */
function changedText(text) {
  const withEntry = text.replace(/\n## Log\r?\n\r?\n/, (heading) => `${heading}- 2026-11-23 10:15 call: Bench: discussed the changed offer.\n`);
  return withEntry.replace(/\nnext_contact: [^\n]*\n/, '\nnext_contact: 2026-12-01 09:30\n');
}

async function measure(engine, size) {
  const root = path.join(DATA, `notebook-${size}`);
  const started = now();
  const generated = ensureNotebook(root, size);
  const generateSeconds = ms(started, now()) / 1000;
  const files = await listFiles(engine, root);

  const { floors, indexes, bytes } = await timedRuns(engine, root, files);

  // Warm start: the CLI's persisted index (written once, cold), then loads that find it and
  // check every file's size and modification time. The cache goes to bench-data/cache.
  const cacheFolder = path.join(DATA, 'cache');
  fs.rmSync(cacheFolder, { recursive: true, force: true });
  const coldCached = await engine.loadNotebookCached(new engine.NodeFileStore(root), { cacheFolder });
  const warms = [];
  let warmRead = 0;
  for (let run = 0; run < RUNS; run++) {
    gc();
    const start = now();
    const warm = await engine.loadNotebookCached(new engine.NodeFileStore(root), { cacheFolder });
    warms.push(ms(start, now()));
    if (!warm.warm || warm.index.clientCount !== coldCached.index.clientCount) throw new Error('the warm start did not use the cache');
    warmRead = warm.read;
  }
  const cacheMB = fs.readdirSync(cacheFolder).reduce((sum, name) => sum + fs.statSync(path.join(cacheFolder, name)).size, 0) / 1048576;

  // Heap growth of one index, kept alive while measured. (The timed runs live in their own
  // function: an async function's suspended frame may keep an awaited value, a whole index,
  // alive, which made an earlier version of this bench report ~0 MB.)
  gc();
  const heapBefore = heapMB();
  const index = await engine.loadNotebook(new engine.NodeFileStore(root));
  gc();
  const heapAfter = heapMB();
  const heapGrowth = heapAfter - heapBefore;

  // Incremental update: index.set of one changed Markdown dossier (its text already in hand),
  // and, for information, read + set.
  const target = files.filter((file) => file.rel.endsWith('.md') && file.size > 3000)[Math.floor(files.length / 3) % 100] ?? files.find((file) => file.rel.endsWith('.md'));
  const original = fs.readFileSync(target.abs, 'utf8');
  const changed = changedText(original);
  const stamp = { size: Buffer.byteLength(changed), mtimeMs: Date.now() };
  const setTimes = [], readSetTimes = [];
  for (let i = 0; i < 400; i++) {
    const text = i % 2 ? original : changed;
    const start = now();
    index.set(target.rel, text, stamp);
    setTimes.push(ms(start, now()));
  }
  const store = new engine.NodeFileStore(root);
  for (let i = 0; i < 200; i++) {
    const start = now();
    index.set(target.rel, store.readSync(target.rel), stamp);
    readSetTimes.push(ms(start, now()));
  }

  // The `due` query: overdue and due in the coming week.
  const today = engine.parseIsoDate('2026-11-23');
  const dueTimes = [], dueAfterSetTimes = [];
  let dueCount = 0;
  for (let i = 0; i < 60; i++) {
    const start = now();
    dueCount = engine.dueItems(index, today, 7).length;
    dueTimes.push(ms(start, now()));
  }
  // The first query after a change pays for rebuilding what the index derives per revision.
  for (let i = 0; i < 30; i++) {
    index.set(target.rel, i % 2 ? original : changed, stamp);
    const start = now();
    engine.dueItems(index, today, 7);
    dueAfterSetTimes.push(ms(start, now()));
  }

  const bestFloor = Math.min(...floors), bestIndex = Math.min(...indexes);
  return {
    size,
    root: path.relative(ROOT, root),
    generated,
    generateSeconds: generated ? +generateSeconds.toFixed(1) : 0,
    files: files.length,
    clients: index.clientCount,
    problems: index.problems().length,
    megabytes: +(bytes / 1048576).toFixed(1),
    floorMs: { best: bestFloor, median: median(floors), runs: floors },
    indexMs: { best: bestIndex, median: median(indexes), runs: indexes },
    ratio: bestIndex / bestFloor,
    ratioOfMedians: median(indexes) / median(floors),
    warmMs: { best: Math.min(...warms), median: median(warms), runs: warms, filesRead: warmRead, cacheMB: +cacheMB.toFixed(1) },
    incrementalMs: { median: median(setTimes), p95: quantile(setTimes, 0.95), readAndSetMedian: median(readSetTimes), file: target.rel },
    dueMs: { median: median(dueTimes), p95: quantile(dueTimes, 0.95), afterChangeMedian: median(dueAfterSetTimes), items: dueCount },
    heapMB: heapGrowth,
    heapPerClientKB: (heapGrowth * 1024) / index.clientCount,
  };
}

function goalsOf(result) {
  const goal = GOALS[result.size];
  if (!goal) return [];
  const checks = [];
  const check = (name, value, limit, unit) => checks.push({ size: result.size, goal: `${name} < ${limit}${unit}`, value: +value.toFixed(unit === 'x' ? 2 : 3), unit, pass: value < limit });
  if (goal.ratio) check('full index / floor', result.ratio, goal.ratio, 'x');
  if (goal.incrementalMs) check('incremental update', result.incrementalMs.median, goal.incrementalMs, ' ms');
  if (goal.dueMs) check('due query', result.dueMs.median, goal.dueMs, ' ms');
  if (goal.heapMB) check('heap growth', result.heapMB, goal.heapMB, ' MB');
  return checks;
}

// --- Profile: where the time of a full index goes, per dossier ------------------------

async function profile(engine, diagnostic, bailSource, size) {
  const root = path.join(DATA, `notebook-${size}`);
  const store = new engine.NodeFileStore(root);
  const timeIt = (fn) => { gc(); const start = now(); const value = fn(); return { time: ms(start, now()), value }; };
  const best = (fn, runs = 3) => { let result; for (let i = 0; i < runs; i++) { const r = timeIt(fn); if (!result || r.time < result.time) result = r; } return result; };

  const listing = [];
  for (let i = 0; i < 3; i++) { const start = now(); await engine.listNotebookFiles(store); listing.push(ms(start, now())); }
  const files = (await engine.listNotebookFiles(store)).filter((rel) => rel !== '.client-notebook.yaml').map((rel) => ({ path: rel }));
  const abs = files.map((file) => store.absolute(file.path));
  const { isUtf8 } = require('node:buffer');
  const bytes = best(() => abs.map((p) => fs.readFileSync(p)));
  const buffers = bytes.value;
  const binaries = best(() => buffers.map((buffer) => (isUtf8(buffer) ? buffer.toString('latin1') : undefined)));
  // As the index reads them: bytes that are not UTF-8 as text.
  const parse = best(() => buffers.map((buffer, i) => {
    const binary = binaries.value[i];
    return binary === undefined ? engine.parseDossier(files[i].path, buffer.toString('utf8'), 'Log') : engine.parseDossierBytes(files[i].path, binary, 'Log', (start, end) => buffer.toString('utf8', start, end));
  }));

  // The parts of parseDossierBytes, called one by one on the same files (as the index reads a Markdown dossier).
  const parts = buffers.map((buffer, i) => {
    const format = engine.formatOfPath(files[i].path);
    if (format === 'yaml') return { format, yaml: buffer.toString('utf8').replace(/^\ufeff/, ''), firstLine: 1 };
    const binary = binaries.value[i];
    if (binary === undefined) return { format };
    const block = engine.findFrontMatter(binary, true);
    if (!block || !block.closed) return { format, block };
    return { format, block, binary, yaml: buffer.toString('utf8', block.yamlStart, block.yamlEnd), firstLine: block.yamlFirstLine };
  });
  const frontMatter = best(() => binaries.value.map((binary, i) => (parts[i].format === 'markdown' ? engine.findFrontMatter(binary, true) : undefined)));
  const frontMatterText = best(() => parts.map((part, i) => (part.binary ? buffers[i].toString('utf8', part.block.yamlStart, part.block.yamlEnd) : undefined)));
  const withYaml = parts.filter((part) => part.yaml !== undefined);
  const fast = best(() => withYaml.map((part) => engine.readYamlFast(part.yaml, part.firstLine)));
  const bailed = withYaml.filter((_, i) => fast.value[i] === undefined);
  const oracle = best(() => bailed.map((part) => engine.readYamlOracle(part.yaml, { firstLine: part.firstLine })));
  const withLog = parts.filter((part) => part.binary !== undefined);
  const logTime = best(() => withLog.map((part) => engine.findLogSection(part.binary, part.block.bodyStart, part.block.closingLine + 1, 'Log', true)));

  // Why the fast path bailed, per file kind, from the diagnostic bundle.
  diagnostic.__bails.clear();
  const byFormat = { markdown: { total: 0, bailed: 0 }, yaml: { total: 0, bailed: 0 } };
  const examples = {};
  for (const part of withYaml) {
    const before = new Map(diagnostic.__bails);
    const result = diagnostic.readYamlFast(part.yaml, part.firstLine);
    byFormat[part.format].total++;
    if (result !== undefined) continue;
    byFormat[part.format].bailed++;
    for (const [line, count] of diagnostic.__bails) {
      if ((before.get(line) ?? 0) !== count && !examples[line]) examples[line] = { format: part.format, file: files[parts.indexOf(part)].path };
    }
  }
  const bails = [...diagnostic.__bails].sort((a, b) => b[1] - a[1]).map(([line, count]) => ({
    where: `src/core/dossier/yamlRead.ts:${line}`,
    code: bailSource[line],
    files: count,
    share: count / withYaml.length,
    example: examples[line],
  }));

  const n = files.length;
  const per = (time) => +((time * 1000) / n).toFixed(2);
  const rows = [
    ['listing (readdir)', median(listing)],
    ['read bytes (the floor)', bytes.time],
    ['check UTF-8, binary string (latin1)', binaries.time],
    ['parseDossierBytes, all of it', parse.time],
    ['  find front matter (bytes)', frontMatter.time],
    ['  decode the front matter', frontMatterText.time],
    [`  YAML fast path (${withYaml.length} texts)`, fast.time],
    [`  YAML oracle for the ${bailed.length} bails`, oracle.time],
    ['  log section (bytes, entries)', logTime.time],
    ['  rest: fields, whole-text files', Math.max(0, parse.time - frontMatter.time - frontMatterText.time - fast.time - oracle.time - logTime.time)],
  ].map(([what, time]) => ({ what, ms: +time.toFixed(1), usPerFile: per(time) }));
  return {
    size,
    files: n,
    rows,
    fastPath: {
      hitRate: 1 - bailed.length / withYaml.length,
      markdown: { ...byFormat.markdown, hitRate: 1 - byFormat.markdown.bailed / byFormat.markdown.total },
      yaml: { ...byFormat.yaml, hitRate: byFormat.yaml.total ? 1 - byFormat.yaml.bailed / byFormat.yaml.total : 1 },
      oracleUsPerBail: bailed.length ? +((oracle.time * 1000) / bailed.length).toFixed(1) : 0,
      fastUsPerText: +((fast.time * 1000) / withYaml.length).toFixed(1),
      bails,
    },
  };
}

// --- Bounds: what any design pays before it reads a single value ----------------------

/**
 * Passes over the same files that do less than an index can, each timed against the floor
 * in the same interleaved runs: how much of the goal is left for reading the dossiers. The
 * third pass cuts every front matter line at its first `: ` into two strings and keeps them
 * in an array (the cheapest way to keep them; an object keyed by them costs about four times
 * as much), with no validation, no nesting, no log: less than any exact YAML reader does.
 * The fourth finds the same keys and values on the bytes and keeps only their offsets:
 * the floor of a design that decodes a value only when it is asked for.
 */
async function bounds(engine, size) {
  const { isUtf8 } = require('node:buffer');
  const root = path.join(DATA, `notebook-${size}`);
  const store = new engine.NodeFileStore(root);
  const list = async () => (await engine.listNotebookFiles(store)).map((rel) => store.absolute(rel));
  const files = await list();
  /** Where a file's front matter is, [start, end): a YAML dossier's whole text, or between a Markdown file's fences ([0, 0] without). */
  const frontMatter = (file, bytes) => {
    if (/\.ya?ml$/i.test(file)) return [0, bytes.length];
    if (bytes[0] !== 0x2d || bytes[1] !== 0x2d || bytes[2] !== 0x2d) return [0, 0];
    const end = bytes.indexOf('\n---', 3);
    return end < 0 ? [0, 0] : [4, end];
  };
  const decodeFrontMatter = (file, bytes) => bytes.toString('utf8', ...frontMatter(file, bytes));
  const cutKeys = (text) => {
    const strings = [];
    let colon = -1; // the next `: `, found once for all the lines before it
    for (let start = 0; start < text.length;) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      if (colon < start) colon = text.indexOf(': ', start) >>> 0; // none left: past every line
      if (colon < end) strings.push(text.slice(start, colon), text.slice(colon + 2, end));
      start = end + 1;
    }
    return strings;
  };
  /** One growing column of numbers, as an index that keeps offsets would hold them. */
  const column = () => ({
    values: new Int32Array(1 << 16),
    count: 0,
    push(a, b) {
      if (this.count + 2 > this.values.length) {
        const bigger = new Int32Array(this.values.length * 2);
        bigger.set(this.values);
        this.values = bigger;
      }
      this.values[this.count++] = a;
      this.values[this.count++] = b;
    },
  });
  /** The same cut on the bytes, keeping each line's start and colon in the column: what an index that decodes values when asked would pay. */
  const cutOffsets = (bytes, [from, end], offsets) => {
    for (let start = from; start < end;) {
      let newline = bytes.indexOf(10, start);
      if (newline < 0 || newline > end) newline = end;
      for (let i = start; i < newline - 1; i++) {
        if (bytes[i] === 58 && bytes[i + 1] === 32) { offsets.push(start, i); break; }
      }
      start = newline + 1;
    }
  };
  const passes = [
    ['list + read every file', async () => { for (const file of await list()) fs.readFileSync(file); }],
    ['  + check UTF-8, decode the front matter', async () => {
      for (const file of await list()) { const bytes = fs.readFileSync(file); isUtf8(bytes); decodeFrontMatter(file, bytes); }
    }],
    ['  + cut its lines into keys and values', async () => {
      const kept = [];
      for (const file of await list()) { const bytes = fs.readFileSync(file); isUtf8(bytes); kept.push(cutKeys(decodeFrontMatter(file, bytes))); }
    }],
    ['list + read + check UTF-8, find the keys and values, keep bytes and offsets', async () => {
      const offsets = column();
      const kept = [];
      for (const file of await list()) { const bytes = fs.readFileSync(file); isUtf8(bytes); kept.push(bytes); cutOffsets(bytes, frontMatter(file, bytes), offsets); }
      return offsets.count;
    }],
    ['list + read + decode every whole file', async () => { for (const file of await list()) fs.readFileSync(file, 'utf8'); }],
  ];
  const floors = [];
  const times = passes.map(() => []);
  for (let run = 0; run < 3; run++) {
    gc();
    floors.push(readFloor(files.map((abs) => ({ abs }))).time);
    for (let i = 0; i < passes.length; i++) {
      gc();
      const start = now();
      await passes[i][1]();
      times[i].push(ms(start, now()));
    }
  }
  const floor = Math.min(...floors);
  return { size, floorMs: floor, rows: passes.map(([what], i) => ({ what, ms: Math.min(...times[i]), ratio: Math.min(...times[i]) / floor })) };
}

// --- Output ------------------------------------------------------------------------------

const fmt = (value, digits = 1) => (value >= 100 ? value.toFixed(0) : value.toFixed(digits));
function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  if (typeof global.gc !== 'function') {
    console.error('Run with node --expose-gc (npm run bench does).');
    process.exitCode = 0;
    return;
  }
  const { engine, diagnostic, bailSource } = await buildBundles();
  console.log(`Client Notebook bench — Node ${process.version}, ${require('node:os').cpus().length} cores, generator v${GENERATOR_VERSION}, best of ${RUNS} interleaved runs\n`);
  const results = [];
  for (const size of SIZES) {
    const result = await measure(engine, size);
    results.push(result);
    console.log(`  ${size.toLocaleString('en')} dossiers: ${result.files} files, ${result.megabytes} MB${result.generated ? ` (generated in ${result.generateSeconds} s)` : ''}; index runs ${result.indexMs.runs.map((t) => fmt(t)).join(' / ')} ms, floor runs ${result.floorMs.runs.map((t) => fmt(t)).join(' / ')} ms; warm runs ${result.warmMs.runs.map((t) => fmt(t)).join(' / ')} ms (cache ${result.warmMs.cacheMB} MB)`);
  }
  console.log('');
  console.log(table(results.map((r) => [
    r.size.toLocaleString('en'), r.clients, r.problems, r.megabytes, fmt(r.floorMs.best), fmt(r.indexMs.best), fmt(r.indexMs.median), `${r.ratio.toFixed(2)}x`, `${r.ratioOfMedians.toFixed(2)}x`,
    r.incrementalMs.median.toFixed(3), r.incrementalMs.readAndSetMedian.toFixed(3), r.dueMs.median.toFixed(2), r.dueMs.afterChangeMedian.toFixed(2), fmt(r.heapMB), r.heapPerClientKB.toFixed(2),
    fmt(r.warmMs.best), `${(r.warmMs.best / r.floorMs.best).toFixed(2)}x`,
  ]), ['dossiers', 'clients', 'problems', 'MB', 'floor ms', 'index ms', 'index med', 'ratio', 'ratio med', 'update ms', 'read+upd ms', 'due ms', 'due 1st ms', 'heap MB', 'KB/client', 'warm ms', 'warm/floor']));
  console.log('\nfloor = readFileSync of every listed file (bytes, no decoding); index = loadNotebook(NodeFileStore): list + read + parse;');
  console.log('ratio = best index / best floor of the same interleaved runs; update = index.set of one changed dossier (median of 400);');
  console.log('due = dueItems(index, 2026-11-23, 7) (median of 60), due 1st = the first due query after a change; heap = heapUsed after - before one index, gc() on both sides;');
  console.log('warm = loadNotebookCached with its cache present (read the snapshot, list, stat every file, read the settings file), best of the runs.\n');

  const checks = results.flatMap(goalsOf);
  console.log('Goals:');
  for (const check of checks) console.log(`  ${check.pass ? 'PASS' : 'MISS'}  at ${check.size.toLocaleString('en')}: ${check.goal} — measured ${check.value}${check.unit}`);
  const missed = checks.filter((check) => !check.pass);
  console.log(missed.length ? `\n${missed.length} goal(s) MISSED: ${missed.map((c) => `${c.goal} at ${c.size}`).join('; ')}` : '\nAll goals met.');

  const ratioMissed = missed.some((check) => check.goal.startsWith('full index'));
  const profiles = [];
  if ((ratioMissed || FORCE_PROFILE) && !NO_PROFILE) {
    const sizes = SIZES.filter((size) => size >= 10000);
    for (const size of sizes.length ? sizes : SIZES.slice(-1)) {
      const p = await profile(engine, diagnostic, bailSource, size);
      profiles.push(p);
      console.log(`\nProfile at ${size.toLocaleString('en')} (${p.files} files, each part timed alone, best of 3):`);
      console.log(table(p.rows.map((row) => [row.what, fmt(row.ms), row.usPerFile.toFixed(2)]), ['cost', 'ms', 'µs/file']));
      const f = p.fastPath;
      console.log(`YAML fast path hit rate ${(f.hitRate * 100).toFixed(1)}% (Markdown front matter ${(f.markdown.hitRate * 100).toFixed(1)}% of ${f.markdown.total}, YAML dossiers ${(f.yaml.hitRate * 100).toFixed(1)}% of ${f.yaml.total}); fast ${f.fastUsPerText} µs/text, oracle ${f.oracleUsPerBail} µs/bail`);
      for (const bail of f.bails) console.log(`  bail ${bail.files} (${(bail.share * 100).toFixed(2)}% of YAML texts) at ${bail.where}: ${bail.code}${bail.example ? `  e.g. ${bail.example.file}` : ''}`);
      const b = await bounds(engine, size);
      p.bounds = b;
      console.log(`\nBounds at ${size.toLocaleString('en')}: passes that do less than any index, against the floor (${fmt(b.floorMs)} ms) of the same runs, best of 3:`);
      console.log(table(b.rows.map((row) => [row.what, fmt(row.ms), `${row.ratio.toFixed(2)}x`]), ['pass', 'ms', 'ratio']));
    }
  }

  const summary = { when: new Date().toISOString(), node: process.version, cores: require('node:os').cpus().length, generator: GENERATOR_VERSION, runs: RUNS, results, goals: checks, missed: missed.map((c) => `${c.goal} at ${c.size}`), profiles };
  fs.mkdirSync(DATA, { recursive: true });
  fs.writeFileSync(path.join(DATA, 'results.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(`\nWrote ${path.relative(ROOT, path.join(DATA, 'results.json'))}`);
}

main().catch((error) => {
  // A benchmark reports; it does not fail the build. Still show the error plainly.
  console.error(error);
  process.exitCode = 1;
});
