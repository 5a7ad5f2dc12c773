import * as vscode from 'vscode';
import { Client } from '../../core/dossier/dossier';
import { CsvDelimiter, buildCsv, excelDelimiter, segmentLookup } from '../../core/exchange/csvExport';
import { buildIcs, parseAlarm } from '../../core/exchange/ics';
import { Notebooks } from '../notebooks';
import { NotebookRoot } from '../notebookRoot';
import { mayWrite } from '../trust';
import { pickNotebook } from './places';
import { compareNames } from '../../core/text';

/**
 * Arguments that skip the prompts (tests, keybindings, tasks): `out` is a
 * file path or a URI; filters take one value or several.
 */
export interface ExportArgs {
  out?: string;
  /** The notebook's folder (path or URI) when the window has several. */
  root?: string;
  tag?: string | string[];
  stage?: string | string[];
  segment?: string | string[];
  /** `30m`, `1h`, `1d`, …; none when absent. */
  alarm?: string;
  days?: number;
  bom?: boolean;
  /** The field separator (`,` when not given). */
  delimiter?: CsvDelimiter;
}

export interface ExportResult {
  uri: vscode.Uri;
  /** Events (ICS) or rows (CSV) written. */
  count: number;
}

function argsOf(args: unknown[]): ExportArgs | undefined {
  const [first] = args;
  return typeof first === 'object' && first !== null && !(first instanceof vscode.Uri) ? (first as ExportArgs) : undefined;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function uriOfArgument(text: string): vscode.Uri {
  return /^[a-zA-Z][\w+.-]+:\/\//.test(text) ? vscode.Uri.parse(text) : vscode.Uri.file(text);
}

async function chooseRoot(notebooks: Notebooks, options: ExportArgs | undefined): Promise<NotebookRoot | undefined> {
  if (options?.root !== undefined) {
    const wanted = uriOfArgument(options.root).toString();
    return notebooks.roots.find((root) => root.uri.toString() === wanted || root.name === options.root);
  }
  return pickNotebook(notebooks, vscode.l10n.t('Export which notebook?'));
}

/** Writes beside the target and renames over it, so a calendar app never reads half a file. */
async function writeWhole(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** The closing message: what was written, with a button to show the file. */
function announce(message: string, uri: vscode.Uri): void {
  const reveal = vscode.l10n.t('Reveal File');
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(message, reveal, open).then((choice) => {
    if (choice === reveal) {
      void vscode.commands.executeCommand(uri.scheme === 'file' ? 'revealFileInOS' : 'revealInExplorer', uri);
    } else if (choice === open) {
      void vscode.commands.executeCommand('vscode.open', uri);
    }
  });
}

async function target(options: ExportArgs | undefined, root: NotebookRoot, fileName: string, filters: Record<string, string[]>, title: string): Promise<vscode.Uri | undefined> {
  if (options?.out !== undefined) {
    // A file picked in the save dialog is the user's yes; a path passed in is asked about.
    const uri = uriOfArgument(options.out);
    return (await mayWrite([uri])) ? uri : undefined;
  }
  return vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(root.uri, fileName), filters, title, saveLabel: vscode.l10n.t('Export') });
}

function noNotebook(): undefined {
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the notebook is a folder of client dossiers.'));
  return undefined;
}

/** Export Calendar (ICS): follow-ups and yearly dates as a file calendar apps subscribe to. */
export async function exportCalendar(notebooks: Notebooks, args: unknown[]): Promise<ExportResult | undefined> {
  const options = argsOf(args);
  const root = await chooseRoot(notebooks, options);
  if (!root) return noNotebook();
  let alarm = options?.alarm;
  if (options?.out === undefined && alarm === undefined) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('No reminder'), value: '' },
        { label: vscode.l10n.t('15 minutes before'), value: '15m' },
        { label: vscode.l10n.t('30 minutes before'), value: '30m' },
        { label: vscode.l10n.t('1 hour before'), value: '1h' },
        { label: vscode.l10n.t('1 day before'), value: '1d' },
      ],
      { title: vscode.l10n.t('Export Calendar: a reminder before each event?') },
    );
    if (!picked) return undefined;
    alarm = picked.value || undefined;
  }
  const alarmMinutes = alarm === undefined ? undefined : parseAlarm(alarm);
  if (alarm !== undefined && alarmMinutes === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a reminder time; use e.g. 30m, 1h or 1d.', alarm));
    return undefined;
  }
  const uri = await target(options, root, 'client-notebook.ics', { [vscode.l10n.t('iCalendar')]: ['ics'] }, vscode.l10n.t('Export Calendar (ICS)'));
  if (!uri) return undefined;
  await root.ready;
  await notebooks.settled();
  const result = buildIcs(root.index.clients(), root.index.settings, {
    clock: notebooks.clock,
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
    alarmMinutes,
    days: options?.days,
    calendarName: `Client Notebook: ${root.name}`,
  });
  await writeWhole(uri, result.text);
  announce(vscode.l10n.t('Calendar exported to {0} (follow-ups: {1}, yearly dates: {2}).', uri.fsPath, result.followUps, result.dates), uri);
  return { uri, count: result.followUps + result.dates };
}

interface FilterItem extends vscode.QuickPickItem {
  kind?: vscode.QuickPickItemKind;
  filter?: { type: 'tag' | 'stage' | 'segment'; value: string };
}

/** Tags, then stages (then segments), each with how many clients have it. */
function filterItems(clients: readonly Client[], segmentOf: (client: Client) => string | undefined): FilterItem[] {
  const count = (values: Iterable<string | undefined>) => {
    const counts = new Map<string, number>();
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => compareNames(a, b));
  };
  const items: FilterItem[] = [];
  const section = (label: string, type: 'tag' | 'stage' | 'segment', counted: [string, number][]) => {
    if (!counted.length) return;
    items.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const [value, n] of counted) items.push({ label: value, description: vscode.l10n.t('clients: {0}', n), filter: { type, value } });
  };
  section(vscode.l10n.t('Tags'), 'tag', count(clients.flatMap((client) => client.tags)));
  section(vscode.l10n.t('Stages'), 'stage', count(clients.map((client) => client.stage)));
  section(vscode.l10n.t('Segments'), 'segment', count(clients.map(segmentOf)));
  return items;
}

/** Export Mailing List (CSV): name, company, email, phone, tags … of the clients the filters keep. */
export async function exportMailingList(notebooks: Notebooks, args: unknown[]): Promise<ExportResult | undefined> {
  const options = argsOf(args);
  const root = await chooseRoot(notebooks, options);
  if (!root) return noNotebook();
  await root.ready;
  await notebooks.settled();
  const segmentOf = segmentFunction(root, notebooks);
  let tags = list(options?.tag);
  let stages = list(options?.stage);
  let segments = list(options?.segment);
  let bom = options?.bom;
  let delimiter: CsvDelimiter = options?.delimiter ?? ',';
  if (options?.out === undefined) {
    if (!tags.length && !stages.length && !segments.length) {
      const picked = await vscode.window.showQuickPick(filterItems([...root.index.clients()], segmentOf), {
        canPickMany: true,
        title: vscode.l10n.t('Export Mailing List: which clients? (none picked: everyone)'),
        placeHolder: vscode.l10n.t('Any of the picked tags, and any of the picked stages'),
      });
      if (!picked) return undefined;
      tags = picked.filter((item) => item.filter?.type === 'tag').map((item) => item.filter!.value);
      stages = picked.filter((item) => item.filter?.type === 'stage').map((item) => item.filter!.value);
      segments = picked.filter((item) => item.filter?.type === 'segment').map((item) => item.filter!.value);
    }
    if (bom === undefined) {
      // Excel splits on the system's list separator; the guess from the display language comes first.
      const excel = [
        { label: vscode.l10n.t('For Excel with semicolons'), description: vscode.l10n.t('UTF-8 with a byte order mark, for Excel where numbers are written 1,5'), bom: true, delimiter: ';' as const },
        { label: vscode.l10n.t('For Excel with commas'), description: vscode.l10n.t('UTF-8 with a byte order mark, for Excel where numbers are written 1.5'), bom: true, delimiter: ',' as const },
      ];
      if (excelDelimiter(vscode.env.language) === ',') excel.reverse();
      const format = await vscode.window.showQuickPick(
        [...excel, { label: vscode.l10n.t('Plain UTF-8'), description: vscode.l10n.t('for mail tools, Google Sheets, scripts'), bom: false, delimiter: ',' as const }],
        { title: vscode.l10n.t('Export Mailing List: which program opens it?') },
      );
      if (!format) return undefined;
      bom = format.bom;
      delimiter = format.delimiter;
    }
  }
  const uri = await target(options, root, 'mailing-list.csv', { CSV: ['csv'] }, vscode.l10n.t('Export Mailing List (CSV)'));
  if (!uri) return undefined;
  const result = buildCsv(root.index.clients(), { tags, stages, segments, segmentOf, bom: bom ?? false, delimiter });
  await writeWhole(uri, result.text);
  announce(vscode.l10n.t('Mailing list exported to {0} (clients: {1}).', uri.fsPath, result.rows), uri);
  return { uri, count: result.rows };
}

/** The statistics' order segment of a client, as of today. */
function segmentFunction(root: NotebookRoot, notebooks: Notebooks): (client: Client) => string | undefined {
  return segmentLookup(root.index.settings, notebooks.today());
}
