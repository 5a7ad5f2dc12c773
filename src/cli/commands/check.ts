import { formatProblem } from '../../core/problems';
import { Session } from '../session';

/** Prints every problem as `path:line:column: severity: message`; exit 1 when any is an error. */
export function runCheck(session: Session, args: string[]): number {
  if (args.length) session.io.err(`check takes no arguments; ignoring ${args.join(' ')}`);
  const problems = session.index.problems();
  if (session.json) {
    session.io.out(JSON.stringify({ problems }, null, 2));
  } else if (problems.length) {
    session.io.out(problems.map(formatProblem).join('\n'));
  } else {
    session.io.err(`${session.index.clientCount} dossiers, no problems.`);
  }
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}
