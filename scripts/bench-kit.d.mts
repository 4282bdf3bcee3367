// Types of bench-kit.mjs, for TypeScript callers (tests, benchmarks written in TS).
export interface Summary {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}
export interface Measured {
  /** Median time per call, in ms. */
  ms: number;
  /** Per-round ratio of this function's time to the baseline's. */
  ratio: Summary;
}
export interface Measurement {
  ratio: Pick<Summary, 'median' | 'p25' | 'p75'>;
  [extra: string]: unknown;
}
export interface CheckOptions {
  budget?: number;
  atLeast?: boolean;
  floor?: number;
  digits?: number;
  note?: string;
}
export interface Entry {
  ratio: number;
  spread: [number, number];
  budget?: number;
  floor?: number;
  met?: boolean;
  remeasured?: boolean;
  note?: string;
  [extra: string]: unknown;
}
export function summarize(values: number[]): Summary;
export function timeOf(fn: () => unknown, reps?: number): Promise<number>;
export function interleave(
  fns: (() => unknown)[],
  options?: { rounds?: number; reps?: number | number[]; warmup?: number },
): Promise<Measured[]>;
export function benchResults(title: string): {
  results: Record<string, Entry>;
  check(name: string, measure: () => Promise<Measurement>, options?: CheckOptions): Promise<Entry>;
  write(file: string): string[];
};
