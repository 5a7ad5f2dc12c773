import * as vscode from 'vscode';
import { BucketId } from '../../core/schedule/buckets';
import { Day, partsFromDay } from '../../core/schedule/calendar';
import { dateFormat } from '../../core/schedule/intlFormat';

export function bucketTitle(bucket: BucketId): string {
  switch (bucket) {
    case 'overdue': return vscode.l10n.t('Overdue');
    case 'today': return vscode.l10n.t('Today');
    case 'tomorrow': return vscode.l10n.t('Tomorrow');
    case 'this_week': return vscode.l10n.t('This week');
    case 'next_week': return vscode.l10n.t('Next week');
    case 'later': return vscode.l10n.t('Later');
    case 'unscheduled': return vscode.l10n.t('Unscheduled');
  }
}

/** `December 2026`, in the user's language (stand-alone month form). */
export function monthTitle(day: Day): string {
  const { year, month } = partsFromDay(day);
  const title = dateFormat(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
  return title.charAt(0).toLocaleUpperCase(vscode.env.language) + title.slice(1);
}
