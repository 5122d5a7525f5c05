/** What every benchmark section receives and returns. */
export interface BenchContext {
  /** The project folder. */
  root: string;
  /** A temporary folder holding the synthetic corpus in `content/`; sections write their output beside it. */
  work: string;
  claims: number;
  sources: number;
  /** Also run the stock baselines (slow). */
  baseline: boolean;
  log: (line: string) => void;
}

/** One printed figure: what was measured, its value, and the target it is held to, if any. */
export interface Figure {
  section: string;
  measure: string;
  value: string;
  target?: string;
  /** Whether the target is met, when there is one. */
  met?: boolean;
}

export type BenchSection = (context: BenchContext) => Promise<Figure[]>;
