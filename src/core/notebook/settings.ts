import { Problem } from '../problems';
import { Weekday } from '../schedule/calendar';
import { Duration, parseDuration } from '../schedule/duration';
import { YamlValue, readYaml } from '../dossier/yamlRead';

export const SETTINGS_FILE = '.client-notebook.yaml';

/** What `.client-notebook.yaml` says, with defaults for what it leaves out. */
export interface NotebookSettings {
  logHeading: string;
  weekStartsOn: Weekday;
  workingDays: ReadonlySet<Weekday>;
  dailyCapacity: number;
  cadenceByTag: ReadonlyMap<string, Duration>;
  currency?: string;
}

export const DEFAULT_SETTINGS: NotebookSettings = {
  logHeading: 'Log',
  weekStartsOn: 1,
  workingDays: new Set<Weekday>([1, 2, 3, 4, 5]),
  dailyCapacity: 8,
  cadenceByTag: new Map(),
};

const WEEKDAYS: Record<string, Weekday> = {
  mon: 1, monday: 1, tue: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thursday: 4,
  fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
};

export interface SettingsParse {
  settings: NotebookSettings;
  problems: Problem[];
}

/** Reads `.client-notebook.yaml`; whatever is wrong is reported and replaced by its default. */
export function parseSettings(text: string, path = SETTINGS_FILE): SettingsParse {
  const problems: Problem[] = [];
  const result = readYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!result.ok) {
    problems.push({ path, ...result.error, severity: 'error', message: `The notebook settings do not parse: ${result.error.message}` });
    return { settings: DEFAULT_SETTINGS, problems };
  }
  const value = result.value;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ path, line: 1, column: 1, severity: 'error', message: 'The notebook settings must be a mapping of keys to values.' });
    return { settings: DEFAULT_SETTINGS, problems };
  }
  const report = (key: string, message: string) =>
    problems.push({ path, line: result.keyLines[key] ?? 1, column: 1, severity: 'error', message });
  const settings = { ...DEFAULT_SETTINGS, cadenceByTag: new Map<string, Duration>() };

  const heading = value.log_heading;
  if (typeof heading === 'string' && heading.trim()) settings.logHeading = heading.trim();
  else if (heading !== undefined && heading !== null) report('log_heading', 'log_heading must be the text of a heading, e.g. "Log".');

  const weekStart = value.week_starts_on;
  if (typeof weekStart === 'string') {
    const day = WEEKDAYS[weekStart.trim().toLowerCase()];
    if (day) settings.weekStartsOn = day;
    else report('week_starts_on', `week_starts_on must be a weekday such as monday or sunday, not "${weekStart}".`);
  }

  const working = value.working_days;
  if (Array.isArray(working)) {
    const days = new Set<Weekday>();
    for (const item of working) {
      const day = typeof item === 'string' ? WEEKDAYS[item.trim().toLowerCase()] : undefined;
      if (day) days.add(day);
      else report('working_days', `working_days must list weekdays such as mon, tue, …; "${String(item)}" is not one.`);
    }
    if (days.size) settings.workingDays = days;
  } else if (working !== undefined && working !== null) {
    report('working_days', 'working_days must be a list of weekdays, e.g. [mon, tue, wed, thu, fri].');
  }

  const capacity = value.daily_capacity;
  if (typeof capacity === 'string') {
    const number = Number(capacity);
    if (Number.isInteger(number) && number > 0) settings.dailyCapacity = number;
    else report('daily_capacity', `daily_capacity must be a whole number above 0, not "${capacity}".`);
  }

  const cadences = value.cadence_by_tag;
  if (cadences && typeof cadences === 'object' && !Array.isArray(cadences)) {
    for (const [tag, text] of Object.entries(cadences)) {
      const duration = typeof text === 'string' ? parseDuration(text) : undefined;
      if (duration) settings.cadenceByTag.set(tag.toLowerCase(), duration);
      else report('cadence_by_tag', `The cadence for tag "${tag}" must be a duration such as 10d, 2w, 1m or 1y.`);
    }
  } else if (cadences !== undefined && cadences !== null) {
    report('cadence_by_tag', 'cadence_by_tag must map tags to durations, e.g. "vip: 2w".');
  }

  const currency = value.currency;
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency.trim())) settings.currency = currency.trim();
  else if (currency !== undefined && currency !== null) report('currency', 'currency must be a three-letter code such as PLN or EUR.');

  return { settings, problems };
}

export function isYamlMapping(value: YamlValue | undefined): value is { [key: string]: YamlValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
