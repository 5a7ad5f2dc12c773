import * as vscode from 'vscode';
import { BucketId } from '../core/schedule/buckets';

/** The extension's settings (contributes.configuration), read when needed, never cached globally. */
export type ClientsGrouping = 'stage' | 'tag' | 'owner';

const SECTION = 'clientNotebook';

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

export const config = {
  roots: (): string[] => section().get<string[]>('roots', []),
  exclude: (scope?: vscode.ConfigurationScope): string[] => section(scope).get<string[]>('exclude', []),
  clientsGroupBy: (): ClientsGrouping => section().get<ClientsGrouping>('clients.groupBy', 'stage'),
  expandedBuckets: (): BucketId[] => section().get<BucketId[]>('followUps.expandedBuckets', ['overdue', 'today']),
  nextContactPresets: (): string[] => section().get<string[]>('nextContactPresets', ['tomorrow', '+3d', 'next monday', '+1w', '+2w', '+1m']),
  openMorningOnStartup: (): boolean => section().get<boolean>('morningSummary.openOnStartup', false),
  gitCommitOnChange: (scope?: vscode.ConfigurationScope): boolean => section(scope).get<boolean>('git.commitOnChange', false),
  dateFormat: (): 'iso' | 'locale' => section().get<'iso' | 'locale'>('dateFormat', 'locale'),
  affects: (event: vscode.ConfigurationChangeEvent, key: string): boolean => event.affectsConfiguration(`${SECTION}.${key}`),
};
