import { describe, expect, it } from 'vitest';
import { niceTicks, spreadIndexes } from './charts/niceTicks';
import { daysIn, presetOf, presetRange, rangeFromSearch, rangeProblem, todayIn } from './dateRange';

describe('dateRange', () => {
  it("takes today from the shop's time zone, not the browser's", () => {
    // 20:00 UTC on 1 March is already 04:00 on 2 March in Singapore.
    expect(todayIn('Asia/Singapore', new Date('2026-03-01T20:00:00Z'))).toBe('2026-03-02');
    expect(todayIn('UTC', new Date('2026-03-01T20:00:00Z'))).toBe('2026-03-01');
  });

  it('makes presets of whole days ending today, across month and year ends', () => {
    expect(presetRange(7, '2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(presetRange(90, '2026-01-15')).toEqual({ from: '2025-10-18', to: '2026-01-15' });
    expect(daysIn(presetRange(30, '2024-03-01'))).toBe(30);
    expect(presetOf(presetRange(90, '2026-03-15'), '2026-03-15')).toBe(90);
    expect(presetOf({ from: '2026-03-01', to: '2026-03-15' }, '2026-03-15')).toBeUndefined();
  });

  it('accepts 1 to 366 days and names what is wrong otherwise', () => {
    expect(rangeProblem({ from: '2026-03-15', to: '2026-03-15' })).toBeNull();
    expect(rangeProblem({ from: '2025-03-15', to: '2026-03-15' })).toBeNull();
    expect(rangeProblem({ from: '2025-03-14', to: '2026-03-15' })).toBe('Choose a range of at most 366 days.');
    expect(rangeProblem({ from: '2026-03-16', to: '2026-03-15' })).toBe('The start date must be on or before the end date.');
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-15' })).toBe('Enter both dates.');
    expect(rangeProblem({ from: '', to: '2026-03-15' })).toBe('Enter both dates.');
  });

  it('reads the range from the address, falling back to the last 30 days', () => {
    expect(rangeFromSearch(new URLSearchParams('from=2026-01-01&to=2026-01-31'), '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(rangeFromSearch(new URLSearchParams('from=2026-31-01&to=x'), '2026-03-15')).toEqual({ from: '2026-02-14', to: '2026-03-15' });
  });
});

describe('chart scales', () => {
  it('steps the axis in round numbers up to at least the largest value', () => {
    expect(niceTicks(17997)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('labels the first and last points and a few evenly between', () => {
    expect(spreadIndexes(3, 6)).toEqual([0, 1, 2]);
    expect(spreadIndexes(30, 6)).toEqual([0, 6, 12, 17, 23, 29]);
  });
});
