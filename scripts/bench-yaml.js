#!/usr/bin/env node
// Micro benchmark of src/core/dossier/yamlRead.ts: µs per typical 15-key front matter,
// fast path (readYaml) vs the oracle (the `yaml` package, as readYamlOracle calls it).
//
//   node scripts/bench-yaml.js            (bundles to /tmp with esbuild, then measures)
'use strict';
const path = require('path');
const os = require('os');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const bundle = path.join(os.tmpdir(), `client-notebook-bench-yaml-${process.pid}.js`);
esbuild.buildSync({
  entryPoints: [path.join(root, 'src/core/dossier/yamlRead.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
});
const { readYaml, readYamlFast, readYamlOracle } = require(bundle);
require('fs').unlinkSync(bundle);

const FIRST = ['Иван', 'Әлия', 'Łucja', 'Jürgen', 'Gintarė', 'Anna', 'Нұрлан', 'Paweł'];
const LAST = ['Петров', 'Қасымова', 'Żółkiewska', 'Groß', 'Žemaitytė', 'Kowalska', 'Өтебаев', 'Wiśniewski'];
const STAGES = ['lead', 'prospect', 'negotiation', 'client', 'dormant'];

/** A typical dossier front matter: 15 top-level keys, lists, a nested map, important dates. */
function frontMatter(i) {
  const first = FIRST[i % FIRST.length];
  const last = LAST[(i * 7) % LAST.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  return `name: ${first} ${last}
name_latin: Client Number ${i}
company: "ТОО «Қазақ Тур ${i}»"
role: Директор по закупкам
email: [client${i}@example.kz, 'sales${i}@example.com']
phone: 0600${String(123456 + i).padStart(6, '0')}
address: Алматы, ул. Абая ${i % 200}
tags: [vip, travel, corporate]
stage: ${STAGES[i % STAGES.length]}
owner: Anna Kowalska
next_contact: 2026-11-${day} 10:00
next_action: call
next_note: Ask about the spring incentive trip # ${i}
cadence: 2w
social:
  linkedin: https://linkedin.com/in/client-${i}
  telegram: "@client${i}"
important_dates:
  - label: Birthday
    date: 1980-05-${day}
  - label: Company anniversary
    date: 03-15
`;
}

const N = 2000;
const texts = Array.from({ length: N }, (_, i) => frontMatter(i));
for (const text of texts.slice(0, 50)) {
  if (!readYamlFast(text)) throw new Error('the benchmark text is not on the fast path');
  if (JSON.stringify(readYaml(text)) !== JSON.stringify(readYamlOracle(text))) throw new Error('fast path differs from the oracle');
}

function measure(label, fn, rounds) {
  const samples = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (const text of texts) sink += fn(text).ok ? 1 : 0;
    samples.push(Number(process.hrtime.bigint() - started) / 1000 / N);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(34)} ${median.toFixed(2).padStart(8)} µs/dossier  (best ${samples[0].toFixed(2)}, ${rounds} rounds x ${N}, sink ${sink})`);
  return median;
}

const bytes = Buffer.byteLength(texts[0]);
console.log(`node ${process.version}, ${bytes} bytes per front matter, 15 top-level keys`);
measure('warm-up', (t) => readYaml(t), 5);
const fast = measure('readYaml (fast path)', (t) => readYaml(t), 30);
const oracle = measure('readYamlOracle (yaml failsafe)', (t) => readYamlOracle(t), 8);
console.log(`speed-up: ${(oracle / fast).toFixed(1)}x`);
