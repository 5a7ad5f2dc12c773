import { DateTime } from '../schedule/calendar';
import { Duration } from '../schedule/duration';
import { LogEntry } from './logEntry';

/** A date that may lack its year (`MM-DD` birthdays). */
export interface PartialDate {
  year?: number;
  month: number;
  day: number;
}

export interface ImportantDate {
  label: string;
  date: PartialDate;
  /** Whose date it is: a contact's name for their birthday; undefined for the client's own dates. */
  person?: string;
}

export interface Contact {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  birthday?: PartialDate;
}

/** What the index keeps of one dossier: the front matter's meaning and the log. */
export interface Client {
  /** Path relative to the notebook root, `/` separated: the client's identity. */
  path: string;
  format: 'markdown' | 'yaml';
  name: string;
  nameLatin?: string;
  aliases: string[];
  company?: string;
  role?: string;
  emails: string[];
  phones: string[];
  tags: string[];
  stage?: string;
  owner?: string;
  next?: DateTime;
  nextAction?: string;
  nextNote?: string;
  cadence?: Duration;
  importantDates: ImportantDate[];
  contacts: Contact[];
  /** Newest first. */
  log: LogEntry[];
}
