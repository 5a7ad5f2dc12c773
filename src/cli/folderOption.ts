import * as l10n from '@vscode/l10n';
import { isReadFolder, safeRelativePath } from '../core/notebook/paths';
import { CliError } from './session';

/**
 * The notebook-relative folder `--folder` names for new dossiers ('' when not given): one
 * inside the notebook, and one the notebook reads (a dossier in `.git/` or `node_modules/`
 * would never be seen again).
 */
export function folderOption(value: string | undefined): string {
  if (value === undefined) return '';
  const folder = safeRelativePath(value);
  if (folder === undefined) throw new CliError(l10n.t('--folder "{0}" must be a folder inside the notebook.', value), 2);
  if (!isReadFolder(folder)) throw new CliError(l10n.t('--folder "{0}" is a folder the notebook does not read: names that start with a dot, and node_modules, are skipped.', value), 2);
  return folder;
}
