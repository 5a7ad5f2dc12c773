/** A validation problem, positioned in a file (1-based line and column). */
export interface Problem {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}
