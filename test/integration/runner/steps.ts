// The steps of one run in the real window: each timed and printed as ✓ or ✗, a
// watchdog over the whole run, and the closing "N passed, N failed" line that
// npm test and CI read.
import { killAllServers } from './codeServer';

export class StepRun {
  private passed = 0;
  private failed = 0;
  private readonly started = Date.now();
  private readonly watchdog: NodeJS.Timeout;

  /** `onTimeout` tidies what the run made (a workspace copy, a window) before the process exits. */
  constructor(timeoutMs: number, onTimeout: () => void = () => undefined) {
    this.watchdog = setTimeout(() => {
      console.error(`error: timed out after ${timeoutMs} ms; killing VS Code`);
      onTimeout();
      killAllServers();
      console.log(`${this.passed} passed, ${this.failed + 1} failed`);
      process.exit(1);
    }, timeoutMs);
  }

  /** Runs one step; when it fails, `onFailure` gets its number, e.g. to take a screenshot. */
  async step(title: string, body: () => Promise<void>, onFailure?: (number: number) => Promise<void>): Promise<boolean> {
    const t0 = Date.now();
    try {
      await body();
      this.passed++;
      console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
      return true;
    } catch (error) {
      this.fail(title, error);
      await onFailure?.(this.passed + this.failed).catch(() => undefined);
      return false;
    }
  }

  /** A failure outside a step, e.g. a window that does not start. */
  fail(title: string, error: unknown): void {
    this.failed++;
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  ✗ ${title}\n${message.split('\n').map((line) => `      ${line}`).join('\n')}`);
  }

  /** Stops the watchdog and prints the time and the summary; returns the exit code. */
  finish(): number {
    clearTimeout(this.watchdog);
    console.log(`  (${((Date.now() - this.started) / 1000).toFixed(1)} s)`);
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}
