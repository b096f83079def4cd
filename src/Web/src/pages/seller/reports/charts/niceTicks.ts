/**
 * Axis ticks from 0 to at least `max` in round steps (1, 2 or 5 × 10ⁿ), about `count` of them. Values are integers
 * (minor units, units sold), so the step is never below 1.
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power));
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

/** Up to `count` indexes spread evenly over `length` items, first and last included: which x labels to print. */
export function spreadIndexes(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const indexes = new Set<number>();
  for (let i = 0; i < count; i++) indexes.add(Math.round((i * (length - 1)) / (count - 1)));
  return [...indexes];
}
