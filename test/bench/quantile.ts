// The bench scripts' statistics.
/** The q-quantile of the samples (0.5: the median), interpolated between the two nearest. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)]!;
  return below + (sorted[Math.ceil(at)]! - below) * (at - Math.floor(at));
}

export const median = (values: number[]): number => quantile(values, 0.5);
