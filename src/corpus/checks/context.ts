/** What a check across files receives: the whole graph, and a callback to report through. */
import type { Span } from '../../diagnostics/diagnostic';
import type { RuleId } from '../../diagnostics/rules';
import type { ContentGraph } from '../graph';

export type Report = (file: string, span: Span, rule: RuleId, message: string, fix?: string) => void;

export type CrossFileCheck = (graph: ContentGraph, report: Report) => void;
