import * as vscode from 'vscode';
import { BucketId } from '../../core/schedule/buckets';
import { Day } from '../../core/schedule/calendar';
import { monthYearText } from '../../core/schedule/intlFormat';
import * as shared from '../../messageText';

/** A divider's title in the display language. */
export function bucketTitle(bucket: BucketId): string {
  return shared.bucketTitle(bucket, vscode.l10n);
}

/** `December 2026`, `Grudzień 2026`: the month of `day` as a title, in the display language. */
export function monthTitle(day: Day): string {
  return monthYearText(day, vscode.env.language);
}
