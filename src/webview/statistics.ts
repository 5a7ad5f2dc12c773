import type { Chart } from 'chart.js';
import type { ClientRowView, EntryView, FromStatistics, StatisticsPeriod, StatisticsState } from '../statisticsProtocol';
import { parseToStatistics } from '../statisticsProtocol';
import { format, h, icon } from './dom';
import { barsChart, colors, npsChart, palette, weeksChart } from './statisticsCharts';

declare function acquireVsCodeApi(): { postMessage(message: FromStatistics): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let state: StatisticsState | undefined;
let charts: Chart[] = [];
/** Charts to draw once their canvas is in the document. */
let pending: (() => Chart | undefined)[] = [];

function send(message: FromStatistics): void {
  vscode.postMessage(message);
}

function s(key: string): string {
  return state?.strings[key] ?? key;
}

function signed(value: number | null): string {
  return value === null ? '—' : value > 0 ? `+${value}` : String(value);
}

function figure(label: string, value: string, extra = '', title?: string): HTMLElement {
  return h('div', { class: `figure ${extra}`, title }, h('div', { class: 'figure-value' }, value), h('div', { class: 'figure-label' }, label));
}

/** A client's name as a button that opens the dossier. */
function clientButton(id: string, name: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'link', title: format(s('open'), name) }, name);
  button.addEventListener('click', () => send({ type: 'open', id }));
  return button;
}

function table(caption: string | undefined, head: string[], rows: (string | Node)[][], numeric: number[] = []): HTMLElement {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption ?? head.join(', ') },
    h('table', {},
      caption ? h('caption', { class: 'visually-hidden' }, caption) : undefined,
      h('thead', {}, h('tr', {}, ...head.map((cell, index) => h('th', { scope: 'col', class: numeric.includes(index) ? 'num' : undefined }, cell)))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell, index) => (index === 0
        ? h('th', { scope: 'row' }, cell)
        : h('td', { class: numeric.includes(index) ? 'num' : undefined }, cell))))))));
}

/** A chart with a text summary for screen readers and its numbers one click (or Enter) away. */
function chartCard(title: string, id: string, height: number, summary: string, draw: (canvas: HTMLCanvasElement) => Chart, data: HTMLElement, hint?: string, wide = false): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}: ${summary}` });
  pending.push(() => (canvas.isConnected ? draw(canvas) : undefined));
  return h('section', { class: `card${wide ? ' wide-chart' : ''}`, 'aria-labelledby': id },
    h('h3', { id }, title),
    hint ? h('p', { class: 'muted small' }, hint) : undefined,
    h('div', { class: 'chart', 'data-height': String(height) }, canvas),
    h('details', {}, h('summary', {}, s('showData')), data));
}

function entryList(entries: EntryView[], withScore: boolean): HTMLElement {
  return h('ul', { class: 'entries' }, ...entries.map((entry) => {
    const [first, ...rest] = entry.text.split('\n');
    return h('li', { class: `entry ${entry.kind}` },
      h('div', { class: 'entry-head' },
        icon(entry.kind === 'complaint' ? 'report' : entry.kind === 'refusal' ? 'circle-slash' : 'feedback'),
        clientButton(entry.id, entry.name),
        withScore && entry.score !== undefined ? h('span', { class: 'badge bad' }, String(entry.score)) : h('span', { class: 'kind' }, entry.kindLabel),
        h('span', { class: 'muted date' }, entry.dateLabel)),
      first ? h('div', { class: 'entry-text' }, first) : undefined,
      ...rest.map((line) => h('div', { class: 'entry-text more' }, line)));
  }));
}

function loyalty(current: StatisticsState): HTMLElement {
  const { nps } = current;
  const atRisk = current.clients.filter((client) => client.atRisk);
  const segmentColours = [colors.good(), colors.main(), palette()[3], colors.neutral(), colors.bad(), colors.muted()];
  const months = current.npsByMonth;
  return h('section', { class: 'block', 'aria-labelledby': 'loyalty-heading' },
    h('h2', { id: 'loyalty-heading' }, s('loyalty')),
    h('div', { class: 'figures' },
      figure(s('nps'), signed(nps.index), nps.index === null ? '' : nps.index >= 0 ? 'good' : 'bad'),
      figure(s('promoters'), String(nps.promoters)),
      figure(s('passives'), String(nps.passives)),
      figure(s('detractors'), String(nps.detractors), nps.detractors ? 'warn' : ''),
      figure(s('orders'), String(current.orders)),
      ...current.totals.map((total) => figure(total.currency, total.label, 'money', total.label)),
      figure(s('window'), current.repurchaseWindowText ?? s('windowUnknown'), '', s('windowHint')),
      figure(s('atRisk'), String(atRisk.length), atRisk.length ? 'warn' : '', s('atRiskHint'))),
    h('div', { class: 'grid' },
      months.length
        ? chartCard(s('npsByMonth'), 'nps-heading', 220, months.map((month) => `${month.label} ${signed(month.index)}`).join(', '),
          (canvas) => npsChart(canvas, months.map((month) => month.label), months.map((month) => month.index), { index: s('nps') }),
          table(s('npsByMonth'), ['', s('nps'), s('promoters'), s('passives'), s('detractors')],
            months.map((month) => [month.label, signed(month.index), String(month.promoters), String(month.passives), String(month.detractors)]), [1, 2, 3, 4]))
        : h('section', { class: 'card' }, h('h3', {}, s('npsByMonth')), h('p', { class: 'muted' }, s('noScores'))),
      chartCard(s('segments'), 'segments-heading', 220, current.segments.map((segment) => `${segment.label} ${segment.count}`).join(', '),
        (canvas) => barsChart(canvas, current.segments.map((segment) => segment.label), current.segments.map((segment) => segment.count), s('segments'), segmentColours),
        table(s('segments'), [s('segment'), s('count')], current.segments.map((segment) => [segment.label, String(segment.count)]), [1]),
        s('segmentsHint'))),
    current.detractors.length
      ? h('section', { class: 'card wide', 'aria-labelledby': 'follow-heading' },
        h('h3', { id: 'follow-heading' }, s('followUp'), h('span', { class: 'count' }, String(current.detractors.length))),
        h('p', { class: 'muted small' }, s('followUpHint')),
        entryList(current.detractors, true))
      : undefined,
    clientsTable(current.clients));
}

function clientsTable(clients: ClientRowView[]): HTMLElement {
  const buyers = clients.filter((client) => client.segment !== null);
  const order = ['vip', 'growing', 'newcomer', 'one_time', 'lost'];
  // A stable sort: within a segment, clients keep the model's order (the notebook's name order).
  buyers.sort((a, b) => Number(b.atRisk) - Number(a.atRisk) || order.indexOf(a.segment!) - order.indexOf(b.segment!));
  return h('section', { class: 'card wide', 'aria-labelledby': 'clients-heading' },
    h('h3', { id: 'clients-heading' }, s('clients')),
    buyers.length
      ? table(s('clients'), [s('client'), s('segment'), s('ordersEver'), s('inPeriod'), s('lastOrder'), s('nps')],
        buyers.map((client) => [
          h('span', { class: 'client-cell' }, clientButton(client.id, client.name),
            client.atRisk ? h('span', { class: 'badge risk', title: s('atRiskHint') }, icon('warning'), ` ${s('atRisk')}`) : undefined),
          h('span', { class: `segment segment-${client.segment}` }, client.segmentLabel),
          String(client.ordersEver),
          client.totalsLabel || '—',
          client.lastOrderLabel ?? '',
          client.nps === null ? '' : String(client.nps),
        ]), [2, 5])
      : h('p', { class: 'muted' }, s('noOrders')));
}

function activity(current: StatisticsState): HTMLElement {
  const { activity: a } = current;
  const colours = palette();
  const kinds = a.kinds;
  const countOf = (week: string, kind: string) => a.byWeek.find((count) => count.week === week && count.kind === kind)?.count ?? 0;
  const weekTotals = a.weeks.map((week) => kinds.reduce((sum, kind) => sum + countOf(week.key, kind.key), 0));
  const funnel = a.funnel;
  return h('section', { class: 'block', 'aria-labelledby': 'activity-heading' },
    h('h2', { id: 'activity-heading' }, s('activity')),
    h('div', { class: 'figures' },
      figure(s('interactions'), String(a.total)),
      ...a.byKind.slice(0, 6).map((kind) => figure(kind.label, String(kind.count), 'small')),
      figure(s('onTime'), String(a.onTime), a.onTime ? 'good' : ''),
      figure(s('late'), String(a.late), a.late ? 'warn' : '')),
    h('div', { class: 'grid' },
      a.weeks.length
        ? chartCard(s('byWeek'), 'weeks-heading', 240, a.weeks.map((week, index) => `${week.label} ${weekTotals[index]}`).join(', '),
          (canvas) => weeksChart(canvas, a.weeks.map((week) => week.label), kinds.map((kind) => ({ label: kind.label, data: a.weeks.map((week) => countOf(week.key, kind.key)) }))),
          table(s('byWeek'), [s('week'), ...kinds.map((kind) => kind.label)], a.weeks.map((week) => [week.label, ...kinds.map((kind) => String(countOf(week.key, kind.key)))]), kinds.map((_, index) => index + 1)),
          undefined, true)
        : h('section', { class: 'card' }, h('h3', {}, s('byWeek')), h('p', { class: 'muted' }, s('none'))),
      chartCard(s('funnel'), 'funnel-heading', 200, funnel.map((step) => `${step.label} ${step.reached}${step.conversion === null ? '' : `, ${step.conversion}%`}`).join('; '),
        (canvas) => barsChart(canvas, funnel.map((step) => step.label), funnel.map((step) => step.reached), s('reached'), funnel.map((_, index) => colours[index % colours.length])),
        table(s('funnel'), [s('stage'), s('reached'), s('conversion')], funnel.map((step) => [step.label, String(step.reached), step.conversion === null ? '' : `${step.conversion}%`]), [1, 2]),
        s('funnelHint')),
      h('section', { class: 'card', 'aria-labelledby': 'conversion-heading' },
        h('h3', { id: 'conversion-heading' }, s('stages')),
        h('ol', { class: 'conversions' }, ...funnel.filter((step) => step.conversion !== null).map((step, index) =>
          h('li', {}, h('span', {}, `${step.label} → ${funnel[index + 1].label}`), h('strong', {}, `${step.conversion}%`)))),
        table(s('stages'), [s('stage'), s('count')], a.stages.map((stage) => [stage.label, String(stage.count)]), [1])),
      h('section', { class: 'card', 'aria-labelledby': 'years-heading' },
        h('h3', { id: 'years-heading' }, s('years')),
        a.years.length
          ? table(s('years'), [s('year'), s('newClients'), s('returning')], a.years.map((year) => [String(year.year), String(year.newClients), String(year.returning)]), [1, 2])
          : h('p', { class: 'muted' }, s('none')))),
    h('section', { class: 'card wide', 'aria-labelledby': 'grievances-heading' },
      h('h3', { id: 'grievances-heading' }, s('grievances'), h('span', { class: 'count' }, String(a.grievances.length))),
      a.grievances.length ? entryList(a.grievances, false) : h('p', { class: 'muted' }, s('none'))));
}

function header(current: StatisticsState): HTMLElement {
  const periods: [StatisticsPeriod, string][] = [['12m', s('period12m')], ['3m', s('period3m')], ['all', s('periodAll')]];
  const period = h('select', { id: 'period', 'data-focus': 'period' }, ...periods.map(([value, label]) => h('option', { value, selected: value === current.period }, label)));
  period.addEventListener('change', () => send({ type: 'period', period: period.value as StatisticsPeriod }));
  const controls = h('div', { class: 'controls' }, h('label', { for: 'period' }, s('period')), period);
  if (current.notebooks.length > 1) {
    const notebook = h('select', { id: 'notebook', 'data-focus': 'notebook' }, ...current.notebooks.map((name, index) => h('option', { value: String(index), selected: index === current.notebook }, name)));
    notebook.addEventListener('change', () => send({ type: 'notebook', index: Number(notebook.value) }));
    controls.append(h('label', { for: 'notebook' }, s('notebook')), notebook);
  }
  return h('header', { class: 'top' }, h('div', {}, h('h1', {}, s('title')), h('p', { class: 'muted' }, current.periodLabel)), controls);
}

function render(): void {
  if (!state) return;
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focus;
  const scroll = window.scrollY;
  for (const chart of charts) chart.destroy();
  charts = [];
  pending = [];
  const current = state;
  app.replaceChildren(header(current), current.hasNotebook ? h('div', { class: 'layout' }, loyalty(current), activity(current)) : h('p', {}, s('noNotebook')));
  for (const element of app.querySelectorAll<HTMLElement>('.chart[data-height]')) element.classList.add(`h-${element.dataset.height}`);
  for (const draw of pending) {
    const chart = draw();
    if (chart) charts.push(chart);
  }
  window.scrollTo(0, scroll);
  if (focusKey) document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseToStatistics(event.data);
  if (!message) return;
  state = message.state;
  vscode.setState({ period: state.period, notebook: state.notebook });
  render();
});

send({ type: 'ready' });
