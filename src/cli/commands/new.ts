import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_TEMPLATE, TEMPLATE_FILE, renderTemplate } from '../../core/notebook/newDossier';
import { folderOption } from '../folderOption';
import { slugOf, uniqueFileName } from '../../core/notebook/slug';
import { createFileExclusive } from '../../node/atomicWrite';
import { newClientCommitMessage } from '../../core/notebook/commitMessage';
import { beginCommit } from '../gitCommit';
import * as l10n from '@vscode/l10n';
import { CliError, Session } from '../session';

/** `new NAME`: a dossier from the notebook's template, under a safe, unused file name. */
export function runNew(session: Session, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { company: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' }, folder: { type: 'string' } },
    allowPositionals: true,
  });
  const name = positionals.join(' ').trim();
  if (!name) throw new CliError(`${l10n.t('Usage:')} client-notebook new NAME [--company C] [--email E] [--phone P] [--folder DIR]`, 2);
  const folder = folderOption(values.folder);
  const template = session.store.readSync(TEMPLATE_FILE) ?? DEFAULT_TEMPLATE;
  const text = renderTemplate(template, { name, company: values.company, email: values.email, phone: values.phone }, session.clock.today());
  const directory = path.join(session.root, ...(folder ? folder.split('/') : []));
  const fileName = uniqueFileName(slugOf(name), '.md', (candidate) => fs.existsSync(path.join(directory, candidate)));
  const relative = folder ? `${folder}/${fileName}` : fileName;
  const pending = beginCommit(session, [relative]);
  createFileExclusive(path.join(directory, fileName), text);
  session.io.out(session.json ? JSON.stringify({ path: relative, name }, null, 2) : l10n.t('{0}: new dossier for {1}.', relative, name));
  pending.finish([relative], newClientCommitMessage(name));
  return 0;
}
