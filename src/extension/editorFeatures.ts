import * as vscode from 'vscode';
import { agendaItemOf } from '../core/notebook/agenda';
import { parseDossier } from '../core/dossier/parse';
import { findFrontMatter } from '../core/dossier/textLayout';
import { parseIsoDate } from '../core/schedule/calendar';
import { KNOWN_KINDS } from '../core/dossier/logEntry';
import { displayDay, kindText, relativeDay } from './format';
import { Notebooks } from './notebooks';

export const DOSSIER_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'yaml' },
];

/** `Log call · Reschedule · due in 3 days (call)` above a dossier's front matter. */
export class DossierCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notebooks: Notebooks) {
    this.subscription = notebooks.onDidChange(() => this.changed.fire());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const root = this.notebooks.rootOf(document.uri);
    const path = root?.relativePath(document.uri);
    if (!root || path === undefined) return [];
    const parsed = parseDossier(path, document.getText(), root.index.settings.logHeading);
    if (parsed.kind !== 'dossier') return [];
    const range = new vscode.Range(0, 0, 0, 0);
    const target = [document.uri];
    const lenses = [
      new vscode.CodeLens(range, { title: vscode.l10n.t('Log call'), command: 'clientNotebook.logCall', arguments: target }),
      new vscode.CodeLens(range, { title: vscode.l10n.t('Reschedule'), command: 'clientNotebook.reschedule', arguments: target }),
    ];
    const today = this.notebooks.today();
    const item = agendaItemOf(parsed.client, root.index.settings, today);
    if (item.due) {
      const when = relativeDay(item.due.day, today);
      // The action inside the sentence, in the display language (`(звонок)`); a word of one's own as written.
      const action = parsed.client.nextAction && kindText(parsed.client.nextAction);
      const title = item.overdueDays
        ? (action ? vscode.l10n.t('overdue: was due {0} ({1})', when, action) : vscode.l10n.t('overdue: was due {0}', when))
        : (action ? vscode.l10n.t('due {0} ({1})', when, action) : vscode.l10n.t('due {0}', when));
      lenses.push(new vscode.CodeLens(range, { title, command: 'clientNotebook.reschedule', arguments: target, tooltip: vscode.l10n.t('Reschedule') }));
    }
    return lenses;
  }
}

/** The weekday and distance of a date under the pointer. */
export class DateHover implements vscode.HoverProvider {
  constructor(private readonly notebooks: Notebooks) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.notebooks.rootOf(document.uri)) return undefined;
    const range = document.getWordRangeAtPosition(position, /\d{4}-\d{2}-\d{2}/);
    if (!range) return undefined;
    const day = parseIsoDate(document.getText(range));
    if (day === undefined) return new vscode.Hover(vscode.l10n.t('Not a valid date'), range);
    return new vscode.Hover(`${displayDay(day)} · ${relativeDay(day, this.notebooks.today())}`, range);
  }
}

const KEYS = ['name', 'name_latin', 'aliases', 'company', 'role', 'email', 'phone', 'address', 'website', 'social', 'tags', 'stage', 'owner', 'next_contact', 'next_action', 'next_note', 'cadence', 'important_dates', 'contacts'];
const STAGES = ['lead', 'prospect', 'negotiation', 'client', 'dormant', 'lost'];
const ACTIONS = ['call', 'meeting', 'email', 'message', 'visit'];

/** Keys in the front matter; stages, actions and log kinds where they go. */
export class DossierCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly notebooks: Notebooks) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.notebooks.rootOf(document.uri)) return [];
    const line = document.lineAt(position.line).text.slice(0, position.character);
    const text = document.getText();
    const block = findFrontMatter(text);
    const offset = document.offsetAt(position);
    const inYaml = document.languageId === 'yaml' || (block !== undefined && offset >= block.yamlStart && offset <= block.yamlEnd);
    const words = (values: readonly string[], kind: vscode.CompletionItemKind) => values.map((value) => new vscode.CompletionItem(value, kind));
    if (inYaml) {
      if (/^stage:\s*\S*$/.test(line)) return words(STAGES, vscode.CompletionItemKind.EnumMember);
      if (/^next_action:\s*\S*$/.test(line)) return words(ACTIONS, vscode.CompletionItemKind.EnumMember);
      if (/^[a-z_]*$/.test(line)) {
        const present = new Set([...text.matchAll(/^([a-z_]+):/gm)].map((match) => match[1]));
        return KEYS.filter((key) => !present.has(key)).map((key) => {
          const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
          item.insertText = `${key}: `;
          return item;
        });
      }
      return [];
    }
    const entryKind = /^- \d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})? [\p{L}_-]*$/u.exec(line);
    if (entryKind) {
      return KNOWN_KINDS.map((kind) => {
        const item = new vscode.CompletionItem(kind, vscode.CompletionItemKind.EnumMember);
        item.insertText = `${kind}: `;
        return item;
      });
    }
    return [];
  }
}
