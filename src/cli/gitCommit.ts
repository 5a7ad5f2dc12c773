import { Git, GitError } from '../node/git';
import * as l10n from '@vscode/l10n';
import { Session } from './session';

/**
 * One change of the notebook as one commit (the global `--commit` flag).
 * `begin` is called before anything is written, with the files the command
 * will change: a file that already differs from HEAD holds work of the
 * user's own, so the change is then written but not committed, and the
 * user is told why. `finish` commits exactly the changed files with
 * `git commit --only`, so whatever else is staged or modified stays as it is.
 */
export interface PendingCommit {
  finish(paths: string[], message: string): void;
}

const NOTHING: PendingCommit = { finish: () => undefined };

export function beginCommit(session: Session, paths: string[]): PendingCommit {
  if (!session.commit) return NOTHING;
  const git = new Git(session.root);
  const tell = (text: string) => (session.json ? session.io.err(text) : session.io.out(text));
  const refuse = (why: string) => session.io.err(`client-notebook: ${l10n.t('not committed: {0}. The change itself was written.', why)}`);
  let blocked: string | undefined;
  try {
    git.topLevel();
    const dirty = git.uncommitted(paths);
    if (dirty.length) {
      blocked = l10n.t('{0} already had uncommitted changes of your own, which a commit would sweep in; commit or stash them first', dirty.join(', '));
    }
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    blocked = error.failure === 'not-a-repository' ? l10n.t('the notebook {0} is not in a git repository', session.root) : error.message;
  }
  return {
    finish(changed: string[], message: string) {
      if (blocked) return refuse(blocked);
      try {
        const toCommit = git.uncommitted(changed);
        if (!toCommit.length) return tell(l10n.t('Nothing to commit: the files are as they were.'));
        const hash = git.commitOnly(toCommit, message);
        tell(l10n.t('Committed {0}: {1}', hash.slice(0, 7), message));
      } catch (error) {
        if (!(error instanceof GitError)) throw error;
        refuse(l10n.t('git failed: {0}', error.message));
      }
    },
  };
}
