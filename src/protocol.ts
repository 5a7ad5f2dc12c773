/**
 * The messages between the extension and the morning panel, typed on both
 * sides and checked on arrival: the panel and the extension each accept only
 * what these types describe and drop anything else.
 */

export interface CardView {
  /** Opaque id the extension resolves to a dossier. */
  id: string;
  name: string;
  company?: string;
  /** The next action as written (`call`), which picks the icon. */
  action?: string;
  /** The next action for people: a known kind in the display language (`Anruf`), another word as written. */
  actionLabel?: string;
  note?: string;
  /** Why the client is due, for people. */
  reason: string;
  due: string;
  dueLabel: string;
  time?: string;
  overdueDays: number;
  phone?: string;
  email?: string;
  /** The last interaction in one line. */
  last?: string;
  /** A one-order client past the notebook's repurchase window. */
  atRisk?: boolean;
}

export interface DateView {
  id: string;
  person: string;
  client: string;
  /** The label for people: a contact's birthday translated, others as written. */
  label: string;
  /** A birthday (guessed by the engine from the label as written): the gift icon. */
  birthday: boolean;
  date: string;
  dateLabel: string;
  /** `47 years`, `47 лет`: formatted here, since a browser's ICU may lack the unit's words (Kazakh in Chromium). */
  ageText?: string;
}

export interface DayView {
  date: string;
  /** Day of the month. */
  dayOfMonth: number;
  count: number;
  working: boolean;
  level: 'none' | 'light' | 'busy' | 'full' | 'over';
  isToday: boolean;
  isPast: boolean;
  /** Full date for screen readers, e.g. "Friday, 27 November 2026". */
  label: string;
}

export interface MonthView {
  /** `YYYY-MM` */
  key: string;
  title: string;
  /** Weekday names in display order, starting with the notebook's first day of the week. */
  weekdays: string[];
  /** Empty cells before the first day, so the grid lines up with `weekdays`. */
  leadingBlanks: number;
  days: DayView[];
}

export interface MoveView {
  id: string;
  name: string;
  /** The next action for people, as in CardView.actionLabel. */
  actionLabel?: string;
  from: string;
  fromLabel: string;
  to: string;
  toLabel: string;
}

export interface KindCount {
  kind: string;
  label: string;
  thisWeek: number;
  lastWeek: number;
}

export interface WeekView {
  kinds: KindCount[];
  onTime: number;
  late: number;
  overdue: number;
  nps: { promoters: number; passives: number; detractors: number; index: number | null };
  npsTrend: { month: string; label: string; index: number | null }[];
}

export interface MorningState {
  today: string;
  todayLabel: string;
  capacity: number;
  /** Overdue first, then today's, in agenda order. */
  cards: CardView[];
  /** Scheduled follow-ups in the months shown, for the day lists. */
  scheduled: CardView[];
  dates: DateView[];
  months: MonthView[];
  balance?: { until: string; untilLabel: string; moves: MoveView[] };
  week: WeekView;
  /** Localised strings the panel shows. */
  strings: Record<string, string>;
  hasNotebook: boolean;
}

export type ToPanel = { type: 'state'; state: MorningState };

export type FromPanel =
  | { type: 'ready' }
  | { type: 'open'; id: string }
  | { type: 'log'; id: string }
  | { type: 'reschedule'; id: string }
  | { type: 'move'; id: string; to: string }
  | { type: 'congratulate'; id: string; person: string; label: string }
  | { type: 'showMonths'; count: number }
  | { type: 'balance' }
  | { type: 'applyBalance' }
  | { type: 'dismissBalance' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isText(value: unknown, max = 1000): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** The message if it is one the extension accepts, else undefined. */
export function parseFromPanel(message: unknown): FromPanel | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'balance':
    case 'applyBalance':
    case 'dismissBalance':
      return { type: m.type };
    case 'open':
    case 'log':
    case 'reschedule':
      return isText(m.id) ? { type: m.type, id: m.id } : undefined;
    case 'move':
      return isText(m.id) && isText(m.to) && ISO_DATE.test(m.to) ? { type: 'move', id: m.id, to: m.to } : undefined;
    case 'congratulate':
      return isText(m.id) && isText(m.person) && isText(m.label) ? { type: 'congratulate', id: m.id, person: m.person, label: m.label } : undefined;
    case 'showMonths':
      return typeof m.count === 'number' && Number.isInteger(m.count) && m.count >= 1 && m.count <= 3 ? { type: 'showMonths', count: m.count } : undefined;
    default:
      return undefined;
  }
}

/** The panel's check of what arrives from the extension. */
export function parseToPanel(message: unknown): ToPanel | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'state' || typeof m.state !== 'object' || m.state === null) return undefined;
  const state = m.state as Partial<MorningState>;
  if (!isText(state.today) || !Array.isArray(state.cards) || !Array.isArray(state.months) || typeof state.strings !== 'object') return undefined;
  return { type: 'state', state: state as MorningState };
}
