import type { Chart } from 'chart.js';
import type { CardView, DateView, DayView, FromPanel, MonthView, MorningState } from '../protocol';
import { parseToPanel } from '../protocol';
import { npsChart, weekChart } from './charts';
import { format, h, icon, safeHref } from './dom';

declare function acquireVsCodeApi(): { postMessage(message: FromPanel): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let state: MorningState | undefined;
let selectedDay: string | undefined;
/** The card being moved with the keyboard. */
let moving: CardView | undefined;
let charts: Chart[] = [];

const ACTION_ICONS: Record<string, string> = { call: 'call-outgoing', meeting: 'organization', email: 'mail', message: 'comment', visit: 'location' };

function send(message: FromPanel): void {
  vscode.postMessage(message);
}

function s(key: string): string {
  return state?.strings[key] ?? key;
}

function button(label: string, iconName: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, icon(iconName), h('span', {}, label));
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return element;
}

function card(view: CardView, compact = false): HTMLElement {
  const overdue = view.overdueDays > 0;
  const title = h('h3', { class: 'card-title' }, view.name);
  const what = [view.actionLabel, view.note].filter(Boolean).join(' · ');
  const links = h('div', { class: 'card-links' });
  const tel = view.phone ? safeHref('tel', view.phone) : undefined;
  const mail = view.email ? safeHref('mailto', view.email) : undefined;
  if (view.phone) links.append(tel ? h('a', { href: tel }, icon('call-outgoing'), ` ${view.phone}`) : h('span', {}, view.phone));
  if (view.email) links.append(mail ? h('a', { href: mail }, icon('mail'), ` ${view.email}`) : h('span', {}, view.email));
  const element = h(
    'article',
    {
      class: `card${overdue ? ' overdue' : ''}${moving?.id === view.id ? ' moving' : ''}`,
      tabindex: '0',
      draggable: 'true',
      'data-id': view.id,
      'data-focus': `card:${view.id}`,
      'aria-label': [view.name, view.company, what, view.reason].filter(Boolean).join(', '),
    },
    h('div', { class: 'card-head' },
      icon(view.action && ACTION_ICONS[view.action] ? ACTION_ICONS[view.action] : 'person'),
      title,
      view.time ? h('span', { class: 'badge' }, view.time) : undefined,
      view.atRisk ? h('span', { class: 'badge risk', title: s('atRisk') }, icon('warning')) : undefined),
    view.company ? h('div', { class: 'card-company' }, view.company) : undefined,
    what ? h('div', { class: 'card-what' }, what) : undefined,
    h('div', { class: `card-reason${overdue ? ' error' : ''}` }, view.reason),
    compact ? undefined : links.childElementCount ? links : undefined,
    !compact && view.last ? h('div', { class: 'card-last' }, `${s('lastContact')}: ${view.last}`) : undefined,
    h('div', { class: 'card-actions' },
      button(s('log'), 'comment-discussion', () => send({ type: 'log', id: view.id })),
      button(s('reschedule'), 'calendar', () => send({ type: 'reschedule', id: view.id })),
      button(s('open'), 'go-to-file', () => send({ type: 'open', id: view.id }))),
  );
  element.addEventListener('dragstart', (event) => {
    event.dataTransfer?.setData('application/x-client-notebook-card', view.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  });
  element.addEventListener('keydown', (event) => {
    if (event.target !== element) return;
    if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      startMoving(view);
    } else if (event.key === 'Enter') {
      send({ type: 'open', id: view.id });
    }
  });
  return element;
}

function startMoving(view: CardView): void {
  moving = view;
  render();
  const target = document.querySelector<HTMLElement>(`[data-date="${view.due}"]`) ?? document.querySelector<HTMLElement>('.day.today');
  target?.focus();
}

function stopMoving(): void {
  const id = moving?.id;
  moving = undefined;
  render();
  if (id) document.querySelector<HTMLElement>(`[data-focus="card:${CSS.escape(id)}"]`)?.focus();
}

function dayCell(day: DayView): HTMLElement {
  const countText = day.count ? format(s('followUps'), day.count) : s('noFollowUps');
  const cell = h('div', {
    class: `day level-${day.level}${day.working ? '' : ' off'}${day.isToday ? ' today' : ''}${day.isPast ? ' past' : ''}${selectedDay === day.date ? ' selected' : ''}`,
    role: 'gridcell',
    tabindex: '-1',
    'data-date': day.date,
    'data-focus': `day:${day.date}`,
    'aria-selected': selectedDay === day.date ? 'true' : 'false',
    'aria-label': `${day.label}: ${countText}`,
  },
  h('span', { class: 'day-number' }, String(day.dayOfMonth)),
  day.count ? h('span', { class: 'day-count' }, String(day.count)) : undefined);
  cell.addEventListener('click', () => selectDay(day.date));
  cell.addEventListener('keydown', (event) => onDayKey(event, day));
  cell.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('application/x-client-notebook-card')) {
      event.preventDefault();
      cell.classList.add('drop');
    }
  });
  cell.addEventListener('dragleave', () => cell.classList.remove('drop'));
  cell.addEventListener('drop', (event) => {
    event.preventDefault();
    const id = event.dataTransfer?.getData('application/x-client-notebook-card');
    if (id) send({ type: 'move', id, to: day.date });
  });
  return cell;
}

function selectDay(date: string): void {
  selectedDay = selectedDay === date ? undefined : date;
  render();
  document.querySelector<HTMLElement>(`[data-date="${date}"]`)?.focus();
}

function onDayKey(event: KeyboardEvent, day: DayView): void {
  const cells = [...document.querySelectorAll<HTMLElement>('.day[data-date]')];
  const index = cells.findIndex((cell) => cell.dataset.date === day.date);
  const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -index, End: cells.length - 1 - index };
  if (event.key in step) {
    event.preventDefault();
    cells[Math.max(0, Math.min(cells.length - 1, index + step[event.key]))]?.focus();
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    if (moving) {
      send({ type: 'move', id: moving.id, to: day.date });
      moving = undefined;
    } else {
      selectDay(day.date);
    }
  } else if (event.key === 'Escape' && moving) {
    event.preventDefault();
    stopMoving();
  }
}

function month(view: MonthView): HTMLElement {
  const grid = h('div', { class: 'month-grid', role: 'grid', 'aria-label': view.title });
  const header = h('div', { class: 'weekdays', role: 'row' }, ...view.weekdays.map((name) => h('div', { role: 'columnheader', class: 'weekday' }, name)));
  grid.append(header);
  const cells: HTMLElement[] = [];
  for (let index = 0; index < view.leadingBlanks; index++) cells.push(h('div', { class: 'day blank', role: 'gridcell', 'aria-hidden': 'true' }));
  for (const day of view.days) cells.push(dayCell(day));
  for (let row = 0; row < cells.length; row += 7) grid.append(h('div', { class: 'week', role: 'row' }, ...cells.slice(row, row + 7)));
  return h('section', { class: 'month' }, h('h3', {}, view.title), grid);
}

function dateRow(view: DateView): HTMLElement {
  const who = view.person === view.client ? view.client : `${view.person} (${view.client})`;
  return h('li', { class: 'date-row' },
    icon(view.birthday ? 'gift' : 'star-empty'),
    h('span', { class: 'date-what' }, `${view.label}: ${who}`, view.ageText ? h('span', { class: 'muted' }, ` · ${view.ageText}`) : undefined),
    h('span', { class: 'muted date-when' }, view.dateLabel),
    button(s('congratulate'), 'heart', () => send({ type: 'congratulate', id: view.id, person: view.person, label: view.label })));
}

function todaySection(current: MorningState): HTMLElement {
  const overdue = current.cards.filter((view) => view.overdueDays > 0);
  const today = current.cards.filter((view) => view.overdueDays === 0);
  const section = h('section', { class: 'today-section', 'aria-labelledby': 'today-heading' },
    h('h2', { id: 'today-heading' }, s('today'), h('span', { class: 'count' }, String(today.length))));
  if (overdue.length) {
    section.append(h('h3', { class: 'subhead error' }, s('overdue'), h('span', { class: 'count' }, String(overdue.length))), h('div', { class: 'cards' }, ...overdue.map((view) => card(view))));
  }
  if (today.length) section.append(h('div', { class: 'cards' }, ...today.map((view) => card(view))));
  if (!current.cards.length) section.append(h('p', { class: 'muted' }, s('nothingDue')));
  if (current.dates.length) {
    section.append(h('h3', { class: 'subhead' }, s('comingDates')), h('ul', { class: 'dates' }, ...current.dates.map(dateRow)));
  }
  return section;
}

function loadSection(current: MorningState): HTMLElement {
  const section = h('section', { class: 'load-section', 'aria-labelledby': 'load-heading' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'load-heading' }, s('load'), h('span', { class: 'muted small' }, ` · ${format(s('capacity'), current.capacity)}`)),
      h('div', { class: 'toolbar' },
        button(current.months.length > 1 ? s('fewerMonths') : s('nextMonth'), current.months.length > 1 ? 'chevron-up' : 'chevron-down', () => send({ type: 'showMonths', count: current.months.length > 1 ? 1 : 2 })),
        button(s('balance'), 'law', () => send({ type: 'balance' }), { title: s('balanceHint') }))),
    h('p', { class: 'muted small', id: 'move-hint' }, moving ? format(s('moving'), moving.name) : s('moveHint')),
    h('div', { class: 'months' }, ...current.months.map(month)));
  if (current.balance) section.append(balanceBox(current.balance));
  if (selectedDay) {
    const label = current.months.flatMap((view) => view.days).find((day) => day.date === selectedDay)?.label ?? selectedDay;
    const onDay = current.scheduled.filter((view) => (view.overdueDays > 0 ? current.today : view.due) === selectedDay);
    section.append(h('div', { class: 'day-list' }, h('h3', {}, format(s('dayClients'), label)),
      onDay.length ? h('div', { class: 'cards compact' }, ...onDay.map((view) => card(view, true))) : h('p', { class: 'muted' }, s('noFollowUps'))));
  }
  return section;
}

function balanceBox(balance: NonNullable<MorningState['balance']>): HTMLElement {
  const box = h('div', { class: 'balance', role: 'region', 'aria-label': s('balance') });
  if (!balance.moves.length) {
    box.append(h('p', {}, format(s('balanceNone'), balance.untilLabel)), button(s('cancel'), 'close', () => send({ type: 'dismissBalance' })));
    return box;
  }
  box.append(
    h('h3', {}, format(s('balanceTitle'), balance.untilLabel)),
    h('ul', {}, ...balance.moves.map((move) => h('li', {}, h('strong', {}, move.name), move.actionLabel ? ` (${move.actionLabel})` : '', ` ${move.fromLabel} → ${move.toLabel}`))),
    h('div', { class: 'toolbar' },
      button(s('apply'), 'check', () => send({ type: 'applyBalance' }), { class: 'primary' }),
      button(s('cancel'), 'close', () => send({ type: 'dismissBalance' }))));
  return box;
}

function weekSection(current: MorningState): HTMLElement {
  const { week } = current;
  const total = (key: 'thisWeek' | 'lastWeek') => week.kinds.reduce((sum, kind) => sum + kind[key], 0);
  const figure = (label: string, value: string, extra = '') => h('div', { class: `figure ${extra}` }, h('div', { class: 'figure-value' }, value), h('div', { class: 'figure-label' }, label));
  const table = h('table', { class: 'kinds' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, s('thisWeek')), h('th', { scope: 'col' }, s('lastWeek')))),
    h('tbody', {}, ...week.kinds.map((kind) => h('tr', {}, h('th', { scope: 'row' }, kind.label), h('td', {}, String(kind.thisWeek)), h('td', {}, String(kind.lastWeek))))));
  const weekCanvas = h('canvas', { 'aria-label': s('week'), role: 'img' });
  const npsCanvas = h('canvas', { 'aria-label': s('npsTrend'), role: 'img' });
  const nps = week.nps;
  const section = h('section', { class: 'week-section', 'aria-labelledby': 'week-heading' },
    h('h2', { id: 'week-heading' }, s('week')),
    h('div', { class: 'figures' },
      figure(s('thisWeek'), String(total('thisWeek'))),
      figure(s('lastWeek'), String(total('lastWeek'))),
      figure(s('onTime'), String(week.onTime)),
      figure(s('late'), String(week.late), week.late ? 'warn' : ''),
      figure(s('overdueCount'), String(week.overdue), week.overdue ? 'error' : '')),
    week.kinds.length ? h('div', { class: 'chart-row' }, table, h('div', { class: 'chart' }, weekCanvas)) : undefined,
    h('h3', {}, s('nps')),
    nps.index === null ? h('p', { class: 'muted' }, s('noScores')) : h('div', { class: 'figures' },
      figure(s('nps'), (nps.index > 0 ? '+' : '') + String(nps.index), nps.index >= 0 ? 'good' : 'error'),
      figure(s('promoters'), String(nps.promoters)),
      figure(s('passives'), String(nps.passives)),
      figure(s('detractors'), String(nps.detractors))),
    week.npsTrend.length > 1 ? h('div', { class: 'chart small-chart' }, npsCanvas) : undefined);
  queueMicrotask(() => {
    if (week.kinds.length && weekCanvas.isConnected) charts.push(weekChart(weekCanvas, week.kinds.map((kind) => kind.label), week.kinds.map((kind) => kind.thisWeek), week.kinds.map((kind) => kind.lastWeek), [s('thisWeek'), s('lastWeek')]));
    if (week.npsTrend.length > 1 && npsCanvas.isConnected) charts.push(npsChart(npsCanvas, week.npsTrend.map((point) => point.label), week.npsTrend.map((point) => point.index), s('nps')));
  });
  return section;
}

/** Redraws everything from the state, keeping focus and scroll where they were. */
function render(): void {
  if (!state) return;
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focus;
  const scroll = window.scrollY;
  for (const chart of charts) chart.destroy();
  charts = [];
  const current = state;
  const overdue = current.cards.filter((view) => view.overdueDays > 0).length;
  const header = h('header', { class: 'top' },
    h('h1', {}, current.todayLabel),
    h('p', { class: 'muted' }, [
      overdue ? `${s('overdue')}: ${overdue}` : '',
      `${s('today')}: ${current.cards.length - overdue}`,
      format(s('capacity'), current.capacity),
    ].filter(Boolean).join(' · ')));
  const content = current.hasNotebook
    ? h('div', { class: 'layout' }, todaySection(current), loadSection(current), weekSection(current))
    : h('p', {}, s('noNotebook'));
  app.replaceChildren(header, content);
  window.scrollTo(0, scroll);
  if (focusKey) document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseToPanel(event.data);
  if (!message) return;
  state = message.state;
  if (moving && !state.scheduled.some((view) => view.id === moving!.id)) moving = undefined;
  vscode.setState({ monthsShown: state.months.length });
  render();
});

// A theme change restyles the page through CSS variables, but the charts
// were painted with the old colours: redraw once the new theme is in.
let themeRedraw = 0;
new MutationObserver(() => {
  cancelAnimationFrame(themeRedraw);
  themeRedraw = requestAnimationFrame(render);
}).observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-id'] });

window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && moving) stopMoving();
});

send({ type: 'ready' });
