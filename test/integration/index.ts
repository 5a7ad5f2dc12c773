// Runs inside the VS Code extension host (extensionTestsPath): Mocha over the
// compiled suite in out/test/integration/suite/**/*.test.js (or the folder
// CLIENT_NOTEBOOK_TEST_SUITE names, e.g. `untrusted` for the Restricted Mode run).
//
// When CLIENT_NOTEBOOK_TEST_REPORT names a file, each result is appended to it
// as one JSON line ({"event":"pass"|"fail"|"end",...}) so the runner outside
// the extension host can print them and the pass/fail counts.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export type ReportLine =
  | { event: 'start'; total: number }
  | { event: 'pass'; title: string; durationMs: number }
  | { event: 'fail'; title: string; error: string }
  | { event: 'pending'; title: string }
  | { event: 'end'; passed: number; failed: number; pending: number };

export function run(): Promise<void> {
  const reportFile = process.env.CLIENT_NOTEBOOK_TEST_REPORT;
  const report = (line: ReportLine): void => {
    if (reportFile) fs.appendFileSync(reportFile, `${JSON.stringify(line)}\n`);
  };

  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.CLIENT_NOTEBOOK_MOCHA_TIMEOUT ?? 20000),
    grep: process.env.CLIENT_NOTEBOOK_TEST_GREP,
  });
  const suiteDir = path.resolve(__dirname, process.env.CLIENT_NOTEBOOK_TEST_SUITE ?? 'suite');
  for (const file of findTests(suiteDir)) mocha.addFile(file);

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        report({
          event: 'end',
          passed: runner.stats?.passes ?? 0,
          failed: failures,
          pending: runner.stats?.pending ?? 0,
        });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('start', () => report({ event: 'start', total: runner.total }));
      runner.on('pass', (test) => report({ event: 'pass', title: test.fullTitle(), durationMs: test.duration ?? 0 }));
      runner.on('fail', (test, error: Error) =>
        report({ event: 'fail', title: test.fullTitle(), error: String(error?.stack ?? error) }),
      );
      runner.on('pending', (test) => report({ event: 'pending', title: test.fullTitle() }));
    } catch (error) {
      report({ event: 'fail', title: 'loading the suite', error: String((error as Error)?.stack ?? error) });
      report({ event: 'end', passed: 0, failed: 1, pending: 0 });
      reject(error);
    }
  });
}

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}
