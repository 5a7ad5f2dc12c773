import { Problem } from '../../core/problems';
import * as l10n from '@vscode/l10n';
import { say, sayInEnglish } from '../l10n';
import { Session } from '../session';

function severityText(severity: Problem['severity']): string {
  switch (severity) {
    case 'error': return l10n.t('error');
    case 'warning': return l10n.t('warning');
    case 'info': return l10n.t('info');
  }
}

/** Prints every problem as `path:line:column: severity: message`; exit 1 when any is an error. */
export function runCheck(session: Session, args: string[]): number {
  if (args.length) session.io.err(l10n.t('check takes no arguments; ignoring {0}', args.join(' ')));
  const problems = session.index.problems();
  if (session.json) {
    session.io.out(JSON.stringify({ problems: problems.map((problem) => ({ ...problem, message: sayInEnglish(problem.message), code: problem.message.code })) }, null, 2));
  } else if (problems.length) {
    session.io.out(problems.map((each) => `${each.path}:${each.line}:${each.column}: ${severityText(each.severity)}: ${say(each.message)}`).join('\n'));
  } else {
    session.io.err(l10n.t('Dossiers: {0}. No problems.', session.index.clientCount));
  }
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}
