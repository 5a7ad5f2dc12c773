import { Day, Weekday, monthKey, startOfWeek } from './calendar';

export type BucketId = 'overdue' | 'today' | 'tomorrow' | 'this_week' | 'next_week' | 'later' | 'unscheduled';

export const BUCKET_ORDER: readonly BucketId[] = ['overdue', 'today', 'tomorrow', 'this_week', 'next_week', 'later', 'unscheduled'];

/** The tickler divider a due date files under. */
export function bucketOf(due: Day | undefined, today: Day, weekStartsOn: Weekday): BucketId {
  if (due === undefined) return 'unscheduled';
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  if (due === today + 1) return 'tomorrow';
  const nextWeek = startOfWeek(today, weekStartsOn) + 7;
  if (due < nextWeek) return 'this_week';
  if (due < nextWeek + 7) return 'next_week';
  return 'later';
}

/** A group in the tree: a bucket, with later dates split by month (`later:2027-01`). */
export function groupKeyOf(bucket: BucketId, due: Day | undefined): string {
  return bucket === 'later' && due !== undefined ? `later:${monthKey(due)}` : bucket;
}
