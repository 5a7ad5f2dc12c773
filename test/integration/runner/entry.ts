// How every runner starts from the command line: exit with main's code; on
// Ctrl+C, a kill or a crash, stop the VS Code servers it started and still
// print the summary line that npm test and CI read.
import { killAllServers } from './codeServer';

export function runMain(main: (argv: string[]) => Promise<number>, failedSummary = '0 passed, 1 failed'): void {
  const stop = (signal: NodeJS.Signals) => {
    killAllServers();
    console.log(failedSummary);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      killAllServers();
      console.error(error instanceof Error ? error.stack : error);
      console.log(failedSummary);
      process.exit(1);
    },
  );
}
