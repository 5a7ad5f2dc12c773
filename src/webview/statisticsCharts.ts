import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { color } from 'chart.js/helpers';

Chart.register(BarController, BarElement, CategoryScale, LineController, LineElement, LinearScale, PointElement, Tooltip, Legend);

function themeColor(variable: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(variable).trim() || fallback;
}

/** The theme's chart colours, in the order series take them. */
export function palette(): string[] {
  return [
    themeColor('--vscode-charts-blue', '#3794ff'),
    themeColor('--vscode-charts-green', '#89d185'),
    themeColor('--vscode-charts-orange', '#d18616'),
    themeColor('--vscode-charts-purple', '#b180d7'),
    themeColor('--vscode-charts-yellow', '#cca700'),
    themeColor('--vscode-charts-red', '#f14c4c'),
    themeColor('--vscode-charts-lines', '#888888'),
  ];
}

export const colors = {
  good: () => themeColor('--vscode-charts-green', '#89d185'),
  neutral: () => themeColor('--vscode-charts-yellow', '#cca700'),
  bad: () => themeColor('--vscode-charts-red', '#f14c4c'),
  main: () => themeColor('--vscode-charts-blue', '#3794ff'),
  muted: () => themeColor('--vscode-charts-lines', '#888888'),
};

function base(stacked = false, horizontal = false) {
  const foreground = themeColor('--vscode-foreground', '#888');
  const grid = themeColor('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)');
  Chart.defaults.color = foreground;
  Chart.defaults.font = { family: themeColor('--vscode-font-family', 'sans-serif'), size: 12 };
  const value = { grid: { color: grid }, ticks: { color: foreground, precision: 0 }, beginAtZero: true, stacked };
  const category = { grid: { display: false }, ticks: { color: foreground, autoSkip: true, maxRotation: 0 }, stacked };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    indexAxis: horizontal ? ('y' as const) : ('x' as const),
    scales: horizontal ? { x: value, y: category } : { x: category, y: value },
    plugins: { legend: { labels: { color: foreground, boxWidth: 12 } } },
  };
}

/** The NPS index month by month (line, -100..100) over the promoters and detractors (bars). */
export function npsChart(canvas: HTMLCanvasElement, labels: string[], index: (number | null)[], names: { index: string }): Chart {
  const options = base();
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [{
        label: names.index,
        data: index.map((value) => value ?? 0),
        backgroundColor: index.map((value) => ((value ?? 0) >= 0 ? colors.good() : colors.bad())),
      }],
    },
    options: {
      ...options,
      scales: { ...options.scales, y: { ...options.scales.y, beginAtZero: false, min: -100, max: 100, ticks: { ...options.scales.y.ticks, stepSize: 50 } } },
      plugins: { legend: { display: false } },
    },
  });
}

/**
 * Past the palette, its colours again mixed half with the text colour: darker on a light
 * theme, lighter on a dark one. (Made translucent instead, they were hard to tell from the
 * first round on a light background.)
 */
export function seriesColour(index: number, colours = palette()): string {
  const colour = colours[index % colours.length];
  if (index < colours.length) return colour;
  const mixed = color(colour);
  const text = color(themeColor('--vscode-foreground', '#888888'));
  return mixed.valid && text.valid ? mixed.mix(text, 0.5).hexString() : colour;
}

/** Interactions per week, one stacked series per kind. */
export function weeksChart(canvas: HTMLCanvasElement, labels: string[], series: { label: string; data: number[] }[]): Chart {
  const colours = palette();
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: series.map((each, index) => ({ ...each, backgroundColor: seriesColour(index, colours) })) },
    options: base(true),
  });
}

/** One horizontal bar per category (segments, the funnel). */
export function barsChart(canvas: HTMLCanvasElement, labels: string[], values: number[], name: string, colours?: string[]): Chart {
  const options = base(false, true);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label: name, data: values, backgroundColor: colours ?? colors.main() }] },
    options: { ...options, plugins: { legend: { display: false } } },
  });
}
