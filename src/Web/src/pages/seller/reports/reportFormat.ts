import type { Money, ProductSales, SalesReport } from '../../../api/types';
import { formatMoney } from '../../../format/money';
import { longDay, type DateRange } from './dateRange';

const compact = new Map<string, Intl.NumberFormat>();

/**
 * Minor units → a short amount for a chart's axis, for example 1,250,000 SGD cents → "S$12.5K". Kept here, not in
 * format/money.ts, so the shop's entry chunk carries none of the reports' code.
 */
export function formatMoneyCompact(money: Money): string {
  let format = compact.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat('en-SG', { style: 'currency', currency: money.currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    compact.set(money.currency, format);
  }
  const digits = new Intl.NumberFormat('en-SG', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

export function rangeText(range: DateRange): string {
  return range.from === range.to ? longDay(range.from) : `${longDay(range.from)} to ${longDay(range.to)}`;
}

/** The line chart's label: what a sighted reader takes from the picture at a glance. */
export function revenueSummary(report: SalesReport, range: DateRange): string {
  const best = report.byDay.reduce((top, day) => (day.revenue.amount > top.revenue.amount ? day : top), report.byDay[0]!);
  return `Line chart of revenue by day, ${rangeText(range)}. Highest: ${formatMoney(best.revenue)} on ${longDay(best.date)}. Every day's figures are in the table that follows.`;
}

export function productsSummary(kind: 'best' | 'slowest', products: ProductSales[]): string {
  const [first] = products;
  const lead = first ? ` ${kind === 'best' ? 'Most' : 'Fewest'}: ${first.title}, ${unitsText(first.units)}.` : '';
  return `Bar chart of units sold for your ${products.length} ${kind}-selling games.${lead} The table that follows lists them.`;
}

export function unitsText(units: number): string {
  return `${units} ${units === 1 ? 'unit' : 'units'}`;
}
