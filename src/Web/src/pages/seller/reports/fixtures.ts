import type { SalesReport } from '../../../api/types';
import { addDays, type DateRange } from './dateRange';

const sgd = (amount: number) => ({ amount, currency: 'SGD' });

/** A report as the API sends it: every day of the range, zeros included, with sales on the last two days. */
export function aSalesReport(range: DateRange, overrides: Partial<SalesReport> = {}): SalesReport {
  const byDay = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    byDay.push({ date, revenue: sgd(0), units: 0, orders: 0 });
  }
  const last = byDay.length - 1;
  byDay[last] = { ...byDay[last]!, revenue: sgd(11998), units: 2, orders: 1 };
  if (last > 0) byDay[last - 1] = { ...byDay[last - 1]!, revenue: sgd(5999), units: 1, orders: 1 };
  return {
    currency: 'SGD',
    totals: { revenue: sgd(17997), units: 3, orders: 2 },
    byDay,
    topProducts: [
      { productId: 'p-starfall', title: 'Starfall Vanguard', units: 2, revenue: sgd(11998) },
      { productId: 'p-moss', title: 'Moss Garden', units: 1, revenue: sgd(5999) },
    ],
    bottomProducts: [
      { productId: 'p-moss', title: 'Moss Garden', units: 1, revenue: sgd(5999) },
      { productId: 'p-starfall', title: 'Starfall Vanguard', units: 2, revenue: sgd(11998) },
    ],
    ...overrides,
  };
}

export function anEmptyReport(range: DateRange): SalesReport {
  const report = aSalesReport(range);
  return {
    ...report,
    totals: { revenue: sgd(0), units: 0, orders: 0 },
    byDay: report.byDay.map((day) => ({ ...day, revenue: sgd(0), units: 0, orders: 0 })),
    topProducts: [],
    bottomProducts: [],
  };
}
