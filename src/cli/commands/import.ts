import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { MappingError } from '../../core/exchange/columns';
import { decodeContacts } from '../../core/exchange/decode';
import { ImportPlan, planImport, planJson } from '../../core/exchange/importPlan';
import { ImportSource, readImportSource } from '../../core/exchange/importSource';
import { VCardError } from '../../core/exchange/vcard';
import { DEFAULT_TEMPLATE, TEMPLATE_FILE } from '../../core/notebook/newDossier';
import { folderOption } from '../folderOption';
import { createFileExclusive } from '../../node/atomicWrite';
import { importCommitMessage } from '../../core/notebook/commitMessage';
import { beginCommit } from '../gitCommit';
import * as l10n from '@vscode/l10n';
import { say, sayInEnglish } from '../l10n';
import { CliError, Session } from '../session';
import { importSourceLabel } from '../../messageText';

const usage = () => `${l10n.t('Usage:')} client-notebook import FILE [--dry-run] [--json] [--map "name=Full name,email=E-mail,…"] [--folder DIR] [--tag T]`;

function describe(each: { name: string; company?: string; emails: string[]; phones: string[]; birthday?: string }): string {
  const details = [each.company, each.emails[0], each.phones[0], each.birthday && l10n.t('birthday {0}', each.birthday)].filter(Boolean).join(', ');
  return `${each.name}${details ? ` (${details})` : ''}`;
}

function planText(plan: ImportPlan, file: string, source: ImportSource, dryRun: boolean, failed: string[]): string {
  const lines = [l10n.t('{0}: {1}, {2} contacts.', file, importSourceLabel(source.source, l10n), plan.create.length + plan.skip.length)];
  const width = Math.max(0, ...plan.create.map((each) => each.path.length));
  lines.push('', dryRun ? l10n.t('Would create {0}:', plan.create.length) : l10n.t('Created {0}:', plan.create.length - failed.length));
  for (const each of plan.create) {
    if (failed.includes(each.path)) continue;
    lines.push(`  ${each.path.padEnd(width)}  ${describe(each)}`);
    for (const warning of each.warnings) lines.push(`  ${' '.repeat(width)}  ${l10n.t('line {0}', each.line)}: ${say(warning)}`);
  }
  if (plan.skip.length) {
    lines.push('', l10n.t('Skipped {0}:', plan.skip.length));
    for (const each of plan.skip) lines.push(`  ${l10n.t('line {0}', each.line)}  ${each.name}: ${say(each.reason)}`);
  }
  if (failed.length) lines.push('', l10n.t('Not created, the file appeared meanwhile: {0}', failed.join(', ')));
  if (dryRun) lines.push('', l10n.t('Dry run: nothing was written.'));
  return lines.join('\n');
}

/** `import FILE`: contacts from a CSV/TSV table or a vCard file become dossiers; duplicates are skipped. */
export function runImport(session: Session, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean' },
      map: { type: 'string' },
      folder: { type: 'string' },
      tag: { type: 'string', multiple: true },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliError(usage(), 2);
  const [file] = positionals;
  const folder = folderOption(values.folder);
  let bytes: Buffer;
  try {
    bytes = file === '-' ? fs.readFileSync(0) : fs.readFileSync(path.resolve(file));
  } catch (error) {
    throw new CliError(l10n.t('Cannot read {0}: {1}', file, (error as Error).message), 2);
  }
  let source: ImportSource;
  try {
    source = readImportSource(decodeContacts(bytes), values.map);
  } catch (error) {
    if (error instanceof MappingError || error instanceof VCardError) throw new CliError(say(error.reason), 2);
    throw error;
  }
  const template = session.store.readSync(TEMPLATE_FILE) ?? DEFAULT_TEMPLATE;
  const diskPath = (relative: string) => path.join(session.root, ...relative.split('/'));
  const plan = planImport(source.records, session.index.clients(), {
    template,
    today: session.clock.today(),
    folder,
    tags: values.tag ?? [],
    taken: (relative) => fs.existsSync(diskPath(relative)),
  });
  const dryRun = Boolean(values['dry-run']);
  const failed: string[] = [];
  if (!dryRun) {
    const pending = beginCommit(session, plan.create.map((each) => each.path));
    for (const each of plan.create) {
      try {
        createFileExclusive(diskPath(each.path), each.text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        failed.push(each.path);
      }
    }
    const created = plan.create.map((each) => each.path).filter((each) => !failed.includes(each));
    if (created.length) pending.finish(created, importCommitMessage(created.length));
  }
  if (session.json) {
    const json = planJson({ create: plan.create.filter((each) => !failed.includes(each.path)), skip: plan.skip }, sayInEnglish);
    session.io.out(JSON.stringify({ source: source.source, dry_run: dryRun, ...json, failed }, null, 2));
  } else {
    session.io.out(planText(plan, file === '-' ? 'stdin' : path.basename(file), source, dryRun, failed));
  }
  return failed.length ? 1 : 0;
}
