/**
 * What a check on one entry's validated data receives: the data, where each field is, today's date,
 * and a callback to report through. Checks never print and never throw at the caller.
 */
import type { Span } from '../../diagnostics/diagnostic';
import type { RuleId } from '../../diagnostics/rules';
import type { DataOf, Kind } from '../../schema/index';
import type { FieldPath } from '../yaml';

export interface EntryCheckContext<K extends Kind = Kind> {
  kind: K;
  id: string;
  data: DataOf[K];
  /** Span of a field's value (or key) in the file. */
  spanOf(path: FieldPath, part?: 'key' | 'value'): Span;
  /** Today, YYYY-MM-DD, in the time zone where it is latest (UTC+14), so no contributor's today is "in the future". */
  today: string;
  report(span: Span, rule: RuleId, message: string, fix?: string): void;
  /** Records that the result depends on today's date until `date` (a date now in the future). */
  dependsOnToday(date: string): void;
}

export type EntryCheck<K extends Kind = Kind> = (ctx: EntryCheckContext<K>) => void;
