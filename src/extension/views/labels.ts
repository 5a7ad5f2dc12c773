import * as vscode from 'vscode';
import { BucketId } from '../../core/schedule/buckets';
import { Day, partsFromDay } from '../../core/schedule/calendar';
import { dateFormat } from '../../core/schedule/intlFormat';
import * as shared from '../../messageText';

/** A divider's title in the display language. */
export function bucketTitle(bucket: BucketId): string {
  return shared.bucketTitle(bucket, vscode.l10n);
}

/** `December 2026`, in the user's language (stand-alone month form). */
export function monthTitle(day: Day): string {
  const { year, month } = partsFromDay(day);
  const title = dateFormat(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
  return title.charAt(0).toLocaleUpperCase(vscode.env.language) + title.slice(1);
}
