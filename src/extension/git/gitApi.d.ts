/*
 * The few types of VS Code's built-in Git extension API (version 1) that
 * Client Notebook uses, copied from microsoft/vscode
 * extensions/git/src/api/git.d.ts (MIT). Only what is read or called here.
 */
import type { Event, Uri } from 'vscode';

export interface Git {
  readonly path: string;
}

export interface Change {
  readonly uri: Uri;
  readonly originalUri: Uri;
  readonly renameUri: Uri | undefined;
  readonly status: number;
}

export interface RepositoryState {
  readonly mergeChanges: Change[];
  readonly indexChanges: Change[];
  readonly workingTreeChanges: Change[];
  /** Only when `git.untrackedChanges` is `separate`; otherwise untracked files are working-tree changes. */
  readonly untrackedChanges?: Change[];
  readonly onDidChange: Event<void>;
}

/**
 * `commit` has no pathspec: it commits what is staged (`all: false`, the
 * default) or every tracked change (`all: true`). Hence the notebook stages
 * its own files with `add` and refuses to commit while anything else is staged.
 */
export interface CommitOptions {
  all?: boolean | 'tracked';
  noVerify?: boolean;
}

export interface Repository {
  readonly rootUri: Uri;
  readonly state: RepositoryState;
  status(): Promise<void>;
  /** Paths are file-system paths. */
  add(paths: string[]): Promise<void>;
  commit(message: string, opts?: CommitOptions): Promise<void>;
}

export interface API {
  readonly git: Git;
  readonly repositories: Repository[];
  getRepository(uri: Uri): Repository | null;
  openRepository?(root: Uri): Promise<Repository | null>;
  toGitUri(uri: Uri, ref: string): Uri;
}

export interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): API;
}
