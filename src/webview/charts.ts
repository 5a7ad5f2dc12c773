import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LineController, LineElement, LinearScale, PointElement, Tooltip, Legend);

function themeColor(variable: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(variable).trim() || fallback;
}

function baseOptions() {
  const foreground = themeColor('--vscode-foreground', '#888');
  const grid = themeColor('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)');
  const font = { family: themeColor('--vscode-font-family', 'sans-serif'), size: 12 };
  Chart.defaults.color = foreground;
  Chart.defaults.font = font;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    scales: {
      x: { grid: { display: false }, ticks: { color: foreground } },
      y: { grid: { color: grid }, ticks: { color: foreground, precision: 0 }, beginAtZero: true },
    },
    plugins: { legend: { labels: { color: foreground, boxWidth: 12 } } },
  };
}

/** This week's interactions by kind against last week's. */
export function weekChart(canvas: HTMLCanvasElement, labels: string[], thisWeek: number[], lastWeek: number[], names: [string, string]): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: names[0], data: thisWeek, backgroundColor: themeColor('--vscode-charts-blue', '#3794ff') },
        { label: names[1], data: lastWeek, backgroundColor: themeColor('--vscode-charts-lines', '#888888') },
      ],
    },
    options: baseOptions(),
  });
}

/** The NPS index month by month, on a fixed -100..100 scale. */
export function npsChart(canvas: HTMLCanvasElement, labels: string[], values: (number | null)[], name: string): Chart {
  const options = baseOptions();
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [{ label: name, data: values, borderColor: themeColor('--vscode-charts-green', '#89d185'), backgroundColor: themeColor('--vscode-charts-green', '#89d185'), spanGaps: true, tension: 0.2 }],
    },
    options: {
      ...options,
      // offset: the first and last months sit inside the plot, under their labels, not clipped at its edges.
      scales: { ...options.scales, x: { ...options.scales.x, offset: true }, y: { ...options.scales.y, beginAtZero: false, min: -100, max: 100, ticks: { ...options.scales.y.ticks, stepSize: 50 } } },
      elements: { point: { radius: 3, hoverRadius: 5 } },
      plugins: { legend: { display: false } },
    },
  });
}
