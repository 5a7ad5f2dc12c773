// The flags every run in the real window reads the same way: --timeout=MS
// (the watchdog) and --verbose (the window's console lines), with their
// defaults from the environment. Each runner reads its own flags through
// `other`.

export interface RunArgs {
  timeoutMs: number;
  verbose: boolean;
}

/**
 * Reads `--timeout=MS` (default: CLIENT_NOTEBOOK_E2E_TIMEOUT_MS, else
 * `defaultTimeoutMs`) and `--verbose` (default: CLIENT_NOTEBOOK_TEST_VERBOSE=1).
 * Every other argument goes to `other`, which returns false for one it does
 * not know (an error) and may take the value after it with `next`.
 */
export function parseRunArgs(
  argv: string[],
  defaultTimeoutMs: number,
  other: (arg: string, next: () => string | undefined) => boolean = () => false,
): RunArgs {
  const args: RunArgs = {
    timeoutMs: Number(process.env.CLIENT_NOTEBOOK_E2E_TIMEOUT_MS ?? defaultTimeoutMs),
    verbose: process.env.CLIENT_NOTEBOOK_TEST_VERBOSE === '1',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--timeout=')) args.timeoutMs = Number(arg.slice('--timeout='.length));
    else if (arg === '--verbose') args.verbose = true;
    else if (!other(arg, () => argv[++i])) throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isFinite(args.timeoutMs) || args.timeoutMs <= 0) throw new Error(`bad --timeout ${args.timeoutMs}`);
  return args;
}
