import { Message } from './messages';

/** A validation problem, positioned in a file (1-based line and column). */
export interface Problem {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: Message;
}
