/**
 * The messages between the extension and the statistics panel, typed on both
 * sides and checked on arrival (like the morning panel's, in protocol.ts).
 */

export type StatisticsPeriod = 'all' | '12m' | '3m';

export const STATISTICS_PERIODS: readonly StatisticsPeriod[] = ['12m', '3m', 'all'];

export interface Labelled {
  /** Machine key (a month, a week's first day, a stage, a segment, a log entry's kind). */
  key: string;
  /** For people. */
  label: string;
}

export interface NpsView {
  index: number | null;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface MonthNpsView extends NpsView, Labelled {}

export interface ClientRowView {
  /** Opaque id the extension resolves to a dossier. */
  id: string;
  name: string;
  path: string;
  segment: string | null;
  segmentLabel: string;
  atRisk: boolean;
  /** Orders in the period and ever (up to the period's end). */
  orders: number;
  ordersEver: number;
  /** Per currency, in the period. */
  totals: Record<string, number>;
  totalsLabel: string;
  lastOrder?: string;
  lastOrderLabel?: string;
  nps: number | null;
}

export interface EntryView {
  id: string;
  name: string;
  date: string;
  dateLabel: string;
  kind: string;
  /** The kind for people: `Complaint`, `Reklamation`; another word as written. */
  kindLabel: string;
  text: string;
  score?: number;
}

export interface StatisticsState {
  today: string;
  period: StatisticsPeriod;
  /** e.g. "1 Dec 2025 – 25 Nov 2026". */
  periodLabel: string;
  notebooks: string[];
  notebook: number;
  hasNotebook: boolean;
  nps: NpsView;
  npsByMonth: MonthNpsView[];
  detractors: EntryView[];
  repurchaseWindow: number | null;
  /** `170 days`, `170 күн`: formatted by the extension, since a browser's ICU may lack the unit's words (Kazakh in Chromium). */
  repurchaseWindowText: string | null;
  segments: (Labelled & { count: number })[];
  clients: ClientRowView[];
  orders: number;
  totals: { currency: string; amount: number; label: string }[];
  activity: {
    weeks: Labelled[];
    /** Kinds in the order the legend shows them (most frequent first). */
    kinds: Labelled[];
    byWeek: { week: string; kind: string; count: number }[];
    byKind: (Labelled & { count: number })[];
    total: number;
    onTime: number;
    late: number;
    years: { year: number; newClients: number; returning: number }[];
    stages: (Labelled & { count: number })[];
    funnel: (Labelled & { reached: number; conversion: number | null })[];
    grievances: EntryView[];
  };
  strings: Record<string, string>;
}

export type ToStatistics = { type: 'state'; state: StatisticsState };

export type FromStatistics =
  | { type: 'ready' }
  | { type: 'open'; id: string }
  | { type: 'period'; period: StatisticsPeriod }
  | { type: 'notebook'; index: number };

/** The message if it is one the extension accepts, else undefined. */
export function parseFromStatistics(message: unknown): FromStatistics | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open':
      return typeof m.id === 'string' && m.id.length <= 1000 ? { type: 'open', id: m.id } : undefined;
    case 'period':
      return STATISTICS_PERIODS.includes(m.period as StatisticsPeriod) ? { type: 'period', period: m.period as StatisticsPeriod } : undefined;
    case 'notebook':
      return typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0 && m.index < 1000 ? { type: 'notebook', index: m.index } : undefined;
    default:
      return undefined;
  }
}

/** The panel's check of what arrives from the extension. */
export function parseToStatistics(message: unknown): ToStatistics | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'state' || typeof m.state !== 'object' || m.state === null) return undefined;
  const state = m.state as Partial<StatisticsState>;
  if (typeof state.today !== 'string' || !Array.isArray(state.clients) || !Array.isArray(state.npsByMonth) || typeof state.activity !== 'object' || state.activity === null || typeof state.strings !== 'object') return undefined;
  return { type: 'state', state: state as StatisticsState };
}
