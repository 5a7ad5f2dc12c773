#!/usr/bin/env node
// npm run audit:shipped: what ships, and whether npm knows of an advisory
// against it.
//
// 1. Builds the bundles into a temp folder with esbuild's metafile and lists
//    every npm package whose files went into them, with its version: that,
//    not package.json, is what users run (esbuild bundles every dependency).
// 2. Runs `npm audit --omit=dev`. When the registry's audit endpoint cannot
//    be reached or refuses (some mirrors answer HTTP 405 to its POST), it
//    says so and exits 0: a network refusal is not a finding. Known
//    vulnerabilities exit 1. docs/security-audit.md holds the last manual
//    check of the list against public advisories.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function shippedPackages() {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-audit-'));
  try {
    const meta = path.join(temp, 'inputs.json');
    execFileSync(process.execPath, [path.join(root, 'esbuild.js'), `--outdir=${path.join(temp, 'dist')}`, `--metafile=${meta}`], { cwd: root, stdio: 'inherit' });
    const packages = new Map();
    for (const [bundle, inputs] of Object.entries(JSON.parse(fs.readFileSync(meta, 'utf8')))) {
      for (const input of inputs) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
        if (!match) continue;
        const { version } = JSON.parse(fs.readFileSync(path.join(root, match[1], 'package.json'), 'utf8'));
        const key = `${match[2]}@${version}`;
        if (!packages.has(key)) packages.set(key, new Set());
        packages.get(key).add(path.basename(bundle));
      }
    }
    return packages;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

const packages = shippedPackages();
console.log('Shipped inside the bundles:');
for (const [name, bundles] of [...packages].sort()) console.log(`  ${name.padEnd(28)} ${[...bundles].sort().join(', ')}`);

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120000 });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.statusCode ? `HTTP ${report.statusCode} ${report.method ?? ''} ${report.uri ?? ''}`.trim() : report?.error?.summary ?? report?.message ?? (audit.error ? String(audit.error) : (audit.stderr || 'no answer').trim().split('\n').pop());
  console.log(`npm audit --omit=dev: the audit endpoint is unavailable (${why}). Nothing was checked; see docs/security-audit.md for the last manual check.`);
  process.exit(0);
}
if (counts.total === 0) {
  console.log(`npm audit --omit=dev: no known vulnerabilities (${report.metadata.dependencies?.prod ?? '?'} production dependencies).`);
  process.exit(0);
}
console.log(`npm audit --omit=dev: ${counts.total} known vulnerabilities (critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low}):`);
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) console.log(`  ${name} ${entry.range}: ${entry.severity}`);
process.exit(1);
