// Entry point of `npm run test:integration`: runs the suite through
// @vscode/test-electron's runTests(), as a desktop VS Code extension would.
// Here the "VS Code executable" is runner/code-shim.sh (code-server + headless
// Chromium, see runner/run.ts), since desktop VS Code cannot be downloaded on
// these machines. Where it can, drop vscodeExecutablePath to run the same
// suite in desktop VS Code.
//
//   node out/test/integration/runTest.js [FIXTURE_FOLDER]
//
// Each run opens a fresh temp copy of the fixture notebook (default:
// test/fixtures/notebook-basic, else test/integration/workspace).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { defaultFixture, defaultTestsPath, repoRoot } from './runner/paths';
import { formatSummary, Summary } from './runner/run';
import { copyFixture, removeCopy } from './runner/workspace';

async function main(): Promise<number> {
  const fixture = path.resolve(process.argv[2] ?? defaultFixture());
  const workspace = copyFixture(fixture);
  const summaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-summary-'));
  const summaryFile = path.join(summaryDir, 'summary.json');
  let failed = false;
  try {
    await runTests({
      vscodeExecutablePath: path.join(repoRoot, 'test', 'integration', 'runner', 'code-shim.sh'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: defaultTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { CLIENT_NOTEBOOK_SUMMARY_FILE: summaryFile },
    });
  } catch (error) {
    failed = true;
    console.error(`integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    removeCopy(workspace);
  }
  let summary: Summary = { passed: 0, failed: 1, pending: 0 };
  try {
    summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as Summary;
  } catch {
    console.error('integration tests: the runner wrote no summary');
  }
  fs.rmSync(summaryDir, { recursive: true, force: true });
  if (failed && summary.failed === 0) summary.failed = 1;
  console.log(formatSummary(summary));
  return failed || summary.failed > 0 || summary.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log(formatSummary({ passed: 0, failed: 1, pending: 0 }));
    process.exit(1);
  },
);
