// Runs the extension's Mocha integration tests in a real VS Code: code-server's
// extension host, with headless Chromium as the window.
//
//   node out/test/integration/runner/run.js [FOLDER]
//     [--extensionDevelopmentPath=DIR] [--extensionTestsPath=FILE]
//     [--timeout=MS] [--verbose] [--untrusted]
//
// --untrusted runs the suite in out/test/integration/untrusted instead, with
// Workspace Trust on and the folder not trusted (Restricted Mode).
//
// It accepts the arguments @vscode/test-electron's runTests() passes to a VS
// Code executable (through runner/code-shim.sh), ignoring desktop-only flags.
// Without FOLDER it opens a fresh temp copy of the default fixture notebook.
// Ends with the line "N passed, N failed" (unless CLIENT_NOTEBOOK_SUMMARY_FILE
// asks for the counts in a file, for a caller that prints the line itself),
// and exits 0 only when at least one test ran and none failed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ReportLine } from '../index';
import { killAllServers } from './codeServer';
import { runMain } from './entry';
import { codeServerDir, defaultFixture, defaultTestsPath, repoRoot } from './paths';
import { Session, startSession } from './session';
import { copyFixture, removeCopy } from './workspace';

interface Args {
  workspace?: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  timeoutMs: number;
  verbose: boolean;
  untrusted: boolean;
}

export interface Summary {
  passed: number;
  failed: number;
  pending: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: defaultTestsPath,
    timeoutMs: Number(process.env.CLIENT_NOTEBOOK_TEST_TIMEOUT_MS ?? 120000),
    verbose: process.env.CLIENT_NOTEBOOK_TEST_VERBOSE === '1',
    untrusted: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--extensionDevelopmentPath':
        args.extensionDevelopmentPath = path.resolve(value());
        break;
      case '--extensionTestsPath':
        args.extensionTestsPath = path.resolve(value());
        break;
      case '--timeout':
        args.timeoutMs = Number(value());
        break;
      case '--verbose':
        args.verbose = true;
        break;
      case '--untrusted':
        args.untrusted = true;
        break;
      default:
        // Desktop flags from runTests (--no-sandbox, --user-data-dir=..., ...)
        // do not apply: the server gets its own temp profile.
        if (!arg.startsWith('-') && args.workspace === undefined) args.workspace = path.resolve(arg);
    }
  }
  if (!Number.isFinite(args.timeoutMs) || args.timeoutMs <= 0) throw new Error(`bad --timeout ${args.timeoutMs}`);
  return args;
}

export async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  const args = parseArgs(argv);
  const copied = args.workspace === undefined ? copyFixture(defaultFixture()) : undefined;
  const workspace = args.workspace ?? copied!;
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-report-'));
  const reportFile = path.join(reportDir, 'report.jsonl');
  fs.writeFileSync(reportFile, '');

  const consoleLines: string[] = [];
  const shown = new Set<string>();
  const onConsole = (line: string) => {
    consoleLines.push(line);
    if (shown.has(line)) return; // the same error often arrives twice (console and log service)
    shown.add(line);
    // Quiet by default: only warnings and errors that are not known noise.
    // (first lines only: workbench stacks are minified noise; --verbose has them).
    if (args.verbose) console.log(`  [vscode] ${line}`);
    else if (/^\[(error|warn|warning|pageerror)\]/.test(line)) console.log(`  [vscode] ${line.split('\n').slice(0, 3).join('\n')}`);
  };

  let exitCode = -2;
  let problem: string | undefined;
  let session: Session | undefined;
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));
  const watchdog = setTimeout(() => finish(-1), args.timeoutMs);
  const starting = startSession({
    workspace,
    extensionDevelopmentPath: args.extensionDevelopmentPath,
    extensionTestsPath: args.extensionTestsPath,
    env: { CLIENT_NOTEBOOK_TEST_REPORT: reportFile, ...(args.untrusted ? { CLIENT_NOTEBOOK_TEST_SUITE: 'untrusted' } : {}) },
    workspaceTrust: args.untrusted,
    onConsole,
    onExit: (code) => finish(code),
  }).then((s) => (session = s));
  starting.catch(() => undefined);
  try {
    await Promise.race([starting, exited]);
    exitCode = await exited;
    if (exitCode === -1) problem = `timed out after ${args.timeoutMs} ms waiting for the tests to finish`;
  } catch (error) {
    problem = `could not start VS Code: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(watchdog);
    // The watchdog may fire while the session is still starting.
    if (!session) await Promise.race([starting.catch(() => undefined), sleep(10000)]);
    const current = session as Session | undefined;
    if (problem && exitCode === -1) {
      console.error(`code-server output:\n${indent((current?.server.output() ?? '').slice(-4000))}`);
      if (!args.verbose) console.error(`browser console (filtered):\n${indent(consoleLines.slice(-40).join('\n'))}`);
    }
    await current?.dispose().catch(() => undefined);
    killAllServers();
    if (copied) removeCopy(copied);
  }

  const summary = printReport(fs.readFileSync(reportFile, 'utf8'));
  fs.rmSync(reportDir, { recursive: true, force: true });
  if (problem) {
    console.error(`error: ${problem}`);
    // A run cut short failed, whatever passed before it hung.
    summary.failed = Math.max(summary.failed, 1);
  } else if (exitCode !== 0 && summary.failed === 0) {
    console.error(`error: the extension tests exited with code ${exitCode} without a failed test`);
    summary.failed = 1;
  } else if (summary.passed + summary.failed === 0) {
    console.error('error: no test ran');
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s in VS Code ${vscodeVersion()})`);

  const summaryFile = process.env.CLIENT_NOTEBOOK_SUMMARY_FILE;
  if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(summary));
  else console.log(formatSummary(summary));
  return summary.failed === 0 && summary.passed > 0 ? 0 : 1;
}

export function formatSummary(summary: Summary): string {
  return `${summary.passed} passed, ${summary.failed} failed${summary.pending ? `, ${summary.pending} skipped` : ''}`;
}

function printReport(text: string): Summary {
  const summary: Summary = { passed: 0, failed: 0, pending: 0 };
  let ended: Summary | undefined;
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let line: ReportLine;
    try {
      line = JSON.parse(raw) as ReportLine;
    } catch {
      continue;
    }
    switch (line.event) {
      case 'pass':
        summary.passed++;
        console.log(`  ✓ ${line.title} (${line.durationMs} ms)`);
        break;
      case 'fail':
        summary.failed++;
        console.log(`  ✗ ${line.title}\n${indent(line.error, '      ')}`);
        break;
      case 'pending':
        summary.pending++;
        console.log(`  - ${line.title} (skipped)`);
        break;
      case 'end':
        ended = { passed: line.passed, failed: line.failed, pending: line.pending };
        break;
      default:
        break;
    }
  }
  // Mocha's own counts win (a failing hook counts once, as Mocha counts it).
  return ended ?? summary;
}

function vscodeVersion(): string {
  try {
    const product = JSON.parse(fs.readFileSync(path.join(codeServerDir, 'lib', 'vscode', 'product.json'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(codeServerDir, 'package.json'), 'utf8'));
    return `${product.version ?? '?'} (code-server ${pkg.version})`;
  } catch {
    return '?';
  }
}

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

if (require.main === module) runMain(main, formatSummary({ passed: 0, failed: 1, pending: 0 }));
