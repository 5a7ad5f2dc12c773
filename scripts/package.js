#!/usr/bin/env node
// npm run package: production bundles (minified, no source maps) and the
// files the package needs, in a staging folder (so a build running in the
// tree meanwhile cannot slip a development bundle in), a check that the
// package would hold only what runs, then the .vsix with @vscode/vsce.
// Prints the package's path and size.
//
//   node scripts/package.js [--out FILE.vsix]
//
// esbuild bundles every dependency, so vsce is told not to look for any
// (--no-dependencies). There is no public repository yet
// (--allow-missing-repository), so README links stay relative
// (--no-rewrite-relative-links): VS Code shows them from the package.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(root, outArg > 0 ? process.argv[outArg + 1] : `${manifest.name}-${manifest.version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const lsFlags = ['--no-dependencies'];

/** What must never be in the package: sources, tests, tooling, source maps, node_modules. */
const FORBIDDEN = [/^src\//, /^test\//, /^out\//, /^scripts\//, /^\.tools\//, /^bench-data\//, /^screenshots\/tmp\//, /(^|\/)node_modules\//, /\.ts$/, /\.map$/, /^dist\/cli\.js$/, /^\.ci\//, /tsconfig.*\.json$/, /eslint\.config/];
/** What must be: the bundles, the manifest and the documents. */
const REQUIRED = ['package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/webview/morning.js', 'media/icon.png'];

/** What is copied into the staging folder besides the bundles; .vscodeignore picks from it. */
const COPIED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media', 'l10n', 'examples/notebook'];

function run(file, args, cwd = root) {
  return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-vsix-'));
process.on('exit', () => fs.rmSync(stage, { recursive: true, force: true }));
run(process.execPath, ['esbuild.js', '--production', `--outdir=${path.join(stage, 'dist')}`]);
for (const entry of [...COPIED, ...fs.readdirSync(root).filter((name) => /^package\.nls(\..+)?\.json$/.test(name))]) {
  if (fs.existsSync(path.join(root, entry))) fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
}
const files = run(process.execPath, [vsce, 'ls', ...lsFlags], stage).split('\n').map((line) => line.trim()).filter(Boolean);
const forbidden = files.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));
const missing = REQUIRED.filter((file) => !files.includes(file));
if (forbidden.length || missing.length) {
  if (forbidden.length) console.error(`package: these must not be packaged:\n  ${forbidden.join('\n  ')}`);
  if (missing.length) console.error(`package: these are missing:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
run(process.execPath, [vsce, 'package', ...lsFlags, '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], stage);
const size = fs.statSync(out).size;
console.log(`${path.relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KB, ${files.length} files`);
