// Bundles the extension (vscode external) and the CLI into dist/.
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

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

(async () => {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
