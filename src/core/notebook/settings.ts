import { Message } from '../messages';
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
  segments: SegmentThresholds;
}

/** The thresholds of the order segments (`segments:` in the settings file; see the README's "Numbers"). */
export interface SegmentThresholds {
  /** An order at most this many days old is recent: a first order makes a newcomer, a last one keeps a VIP. */
  recentDays: number;
  /** A client with two or more orders and none for more than this many days is lost. */
  lostDays: number;
  /** A VIP has at least this many orders in the last `vipDays` days… */
  vipOrders: number;
  vipDays: number;
  /**
   * …worth at least this much in one currency over those days. Keyed by
   * currency code; the key '' stands for the notebook's `currency`.
   */
  vipAmount: ReadonlyMap<string, number>;
}

export const DEFAULT_SEGMENTS: SegmentThresholds = {
  recentDays: 90,
  lostDays: 365,
  vipOrders: 3,
  vipDays: 365,
  vipAmount: new Map([['', 20000]]),
};

export const DEFAULT_SETTINGS: NotebookSettings = {
  logHeading: 'Log',
  weekStartsOn: 1,
  workingDays: new Set<Weekday>([1, 2, 3, 4, 5]),
  dailyCapacity: 8,
  cadenceByTag: new Map(),
  segments: DEFAULT_SEGMENTS,
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
    problems.push({ path, ...result.error, severity: 'error', message: { code: 'settings.unparsable', detail: result.error.message } });
    return { settings: DEFAULT_SETTINGS, problems };
  }
  const value = result.value;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ path, line: 1, column: 1, severity: 'error', message: { code: 'settings.notMapping' } });
    return { settings: DEFAULT_SETTINGS, problems };
  }
  const report = (key: string, message: Message) =>
    problems.push({ path, line: result.keyLines[key] ?? 1, column: 1, severity: 'error', message });
  const settings = { ...DEFAULT_SETTINGS, cadenceByTag: new Map<string, Duration>() };

  const heading = value.log_heading;
  if (typeof heading === 'string' && heading.trim()) settings.logHeading = heading.trim();
  else if (heading !== undefined && heading !== null) report('log_heading', { code: 'settings.logHeading' });

  const weekStart = value.week_starts_on;
  if (typeof weekStart === 'string') {
    const day = WEEKDAYS[weekStart.trim().toLowerCase()];
    if (day) settings.weekStartsOn = day;
    else report('week_starts_on', { code: 'settings.weekStartsOn', value: weekStart });
  }

  const working = value.working_days;
  if (Array.isArray(working)) {
    const days = new Set<Weekday>();
    for (const item of working) {
      const day = typeof item === 'string' ? WEEKDAYS[item.trim().toLowerCase()] : undefined;
      if (day) days.add(day);
      else report('working_days', { code: 'settings.workingDay', value: String(item) });
    }
    if (days.size) settings.workingDays = days;
  } else if (working !== undefined && working !== null) {
    report('working_days', { code: 'settings.workingDays' });
  }

  const capacity = value.daily_capacity;
  if (typeof capacity === 'string') {
    const number = Number(capacity);
    if (Number.isInteger(number) && number > 0) settings.dailyCapacity = number;
    else report('daily_capacity', { code: 'settings.dailyCapacity', value: capacity });
  }

  const cadences = value.cadence_by_tag;
  if (cadences && typeof cadences === 'object' && !Array.isArray(cadences)) {
    for (const [tag, text] of Object.entries(cadences)) {
      const duration = typeof text === 'string' ? parseDuration(text) : undefined;
      if (duration) settings.cadenceByTag.set(tag.toLowerCase(), duration);
      else report('cadence_by_tag', { code: 'settings.tagCadence', tag });
    }
  } else if (cadences !== undefined && cadences !== null) {
    report('cadence_by_tag', { code: 'settings.cadenceByTag' });
  }

  const currency = value.currency;
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency.trim())) settings.currency = currency.trim();
  else if (currency !== undefined && currency !== null) report('currency', { code: 'settings.currency' });

  settings.segments = parseSegments(value.segments, report);

  return { settings, problems };
}

const SEGMENT_DAYS: [key: string, field: 'recentDays' | 'lostDays' | 'vipDays' | 'vipOrders'][] = [
  ['recent_days', 'recentDays'],
  ['lost_days', 'lostDays'],
  ['vip_orders', 'vipOrders'],
  ['vip_days', 'vipDays'],
];

function parseSegments(value: YamlValue | undefined, report: (key: string, message: Message) => void): SegmentThresholds {
  if (value === undefined || value === null) return DEFAULT_SEGMENTS;
  if (!isYamlMapping(value)) {
    report('segments', { code: 'settings.segments' });
    return DEFAULT_SEGMENTS;
  }
  const segments = { ...DEFAULT_SEGMENTS };
  for (const [key, field] of SEGMENT_DAYS) {
    const text = value[key];
    if (text === undefined || text === null) continue;
    const number = typeof text === 'string' ? Number(text.trim()) : NaN;
    if (typeof text === 'string' && /^\d+$/.test(text.trim()) && number > 0) segments[field] = number;
    else report('segments', { code: 'settings.segmentNumber', key, value: typeof text === 'string' ? text : undefined });
  }
  const amount = value.vip_amount;
  const amountOf = (text: YamlValue): number | undefined => {
    if (typeof text !== 'string' || !/^\d+(?:[.,]\d{1,2})?$/.test(text.trim())) return undefined;
    return Number(text.trim().replace(',', '.'));
  };
  if (typeof amount === 'string') {
    const number = amountOf(amount);
    if (number !== undefined) segments.vipAmount = new Map([['', number]]);
    else report('segments', { code: 'settings.vipAmount', value: amount });
  } else if (isYamlMapping(amount)) {
    const amounts = new Map<string, number>();
    for (const [code, text] of Object.entries(amount)) {
      const number = amountOf(text);
      if (/^[A-Z]{3}$/.test(code) && number !== undefined) amounts.set(code, number);
      else report('segments', { code: 'settings.vipAmountCurrency', currency: code });
    }
    segments.vipAmount = amounts;
  } else if (amount !== undefined && amount !== null) {
    report('segments', { code: 'settings.vipAmount' });
  }
  for (const key of Object.keys(value)) {
    if (key !== 'vip_amount' && !SEGMENT_DAYS.some(([known]) => known === key)) report('segments', { code: 'settings.unknownThreshold', key });
  }
  return segments;
}

export function isYamlMapping(value: YamlValue | undefined): value is { [key: string]: YamlValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
