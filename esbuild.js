// Bundles the extension (vscode external) and the CLI into dist/.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

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
  { ...webview, entryPoints: ['src/webview/morning.ts'], outfile: 'dist/webview/morning.js' },
  { ...webview, entryPoints: ['src/webview/statistics.ts'], outfile: 'dist/webview/statistics.js' },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/** The codicon font and stylesheet, next to the panel's script (the only folder the panel may load from). */
function copyCodicons() {
  fs.mkdirSync('dist/webview', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join('node_modules', '@vscode', 'codicons', 'dist', file), path.join('dist', 'webview', file));
}

(async () => {
  copyCodicons();
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
