// Bundles the extension (vscode external) and the CLI into dist/.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
/** Where the bundles go: dist/, or another folder (npm run package builds into its staging folder). */
const outdir = (process.argv.find((arg) => arg.startsWith('--outdir=')) ?? '--outdir=dist').slice('--outdir='.length);
/** `--metafile=FILE`: also write which source files went into each bundle (npm run audit:shipped reads it). */
const metafile = process.argv.find((arg) => arg.startsWith('--metafile='))?.slice('--metafile='.length);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const webview = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...webview, entryPoints: ['src/webview/morning.ts'], outfile: path.join(outdir, 'webview/morning.js') },
  { ...webview, entryPoints: ['src/webview/statistics.ts'], outfile: path.join(outdir, 'webview/statistics.js') },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: path.join(outdir, 'extension.js'), external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: path.join(outdir, 'cli.js'), banner: { js: '#!/usr/bin/env node' } },
];

/** The codicon font and stylesheet, next to the panel's script (the only folder the panel may load from). */
function copyCodicons() {
  fs.mkdirSync(path.join(outdir, 'webview'), { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join('node_modules', '@vscode', 'codicons', 'dist', file), path.join(outdir, 'webview', file));
}

/** A production build leaves no source maps of an earlier development build behind. */
function removeSourceMaps(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) removeSourceMaps(file);
    else if (entry.name.endsWith('.map')) fs.rmSync(file);
  }
}

(async () => {
  copyCodicons();
  if (production) removeSourceMaps(outdir);
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
  } else {
    const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: !!metafile })));
    if (metafile) {
      const inputs = Object.fromEntries(builds.map((options, i) => [options.outfile, Object.keys(results[i].metafile.inputs)]));
      fs.writeFileSync(metafile, JSON.stringify(inputs, null, 2));
    }
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
