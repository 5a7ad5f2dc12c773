import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The `git` command, run without a shell (execFile), for the CLI's
 * `--commit` and `history`. Paths are pathspecs taken literally, so a file
 * named `[draft].md` is that file and not a pattern.
 */

export type GitFailure = 'missing' | 'not-a-repository' | 'failed';

export class GitError extends Error {
  constructor(message: string, readonly failure: GitFailure) {
    super(message);
  }
}

export class Git {
  constructor(readonly cwd: string, private readonly executable = 'git') {}

  private options() {
    return {
      cwd: this.cwd,
      encoding: 'utf8' as const,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, GIT_LITERAL_PATHSPECS: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    };
  }

  private failure(error: unknown, args: string[]): GitError {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') return new GitError('the git command was not found', 'missing');
    const stderr = String(failure.stderr ?? '').trim();
    if (/not a git repository/i.test(stderr)) return new GitError(`${this.cwd} is not in a git repository`, 'not-a-repository');
    return new GitError(stderr.split('\n').filter(Boolean).slice(-3).join(' ') || `git ${args[0]} failed`, 'failed');
  }

  run(args: string[]): string {
    try {
      return execFileSync(this.executable, args, { ...this.options(), stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw this.failure(error, args);
    }
  }

  /** The same without blocking (the extension host must not wait on a process). */
  runAsync(args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = execFile(this.executable, args, this.options(), (error, stdout, stderr) => {
        if (error) reject(this.failure(Object.assign(error, { stderr }), args));
        else resolve(stdout);
      });
      child.stdin?.end();
    });
  }

  /** The repository's top folder; throws a GitError outside a repository. */
  topLevel(): string {
    return this.run(['rev-parse', '--show-toplevel']).trim();
  }

  /**
   * The given paths (relative to `cwd`) that differ from HEAD in the index or
   * the working tree, or are untracked: someone's uncommitted work.
   */
  uncommitted(paths: string[]): string[] {
    if (!paths.length) return [];
    const output = this.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=no', '--', ...paths]);
    const top = fs.realpathSync(this.topLevel());
    const cwd = fs.realpathSync(this.cwd);
    const dirty = new Set<string>();
    const records = output.split('\0');
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      if (record.length < 4) continue;
      // A rename or copy is followed by its source path.
      if (record[0] === 'R' || record[0] === 'C') index++;
      dirty.add(path.relative(cwd, path.join(top, record.slice(3))).split(path.sep).join('/'));
    }
    return paths.filter((each) => dirty.has(path.normalize(each).split(path.sep).join('/')));
  }

  /**
   * Commits exactly `paths` as they are in the working tree, whatever else is
   * staged: `git add` (for new files), then `git commit --only`, which leaves
   * the rest of the index alone. Returns the new commit's hash.
   */
  commitOnly(paths: string[], message: string): string {
    this.run(['add', '--', ...paths]);
    this.run(['commit', '--only', '--quiet', '-m', message, '--', ...paths]);
    return this.run(['rev-parse', 'HEAD']).trim();
  }
}
