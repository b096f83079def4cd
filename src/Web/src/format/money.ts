import type { Money } from '../api/types';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string): Intl.NumberFormat {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-SG', { style: 'currency', currency });
    formatters.set(currency, format);
  }
  return format;
}

/** Minor units → a price as shoppers read it, for example {amount: 5999, currency: "SGD"} → "S$59.99". */
export function formatMoney(money: Money): string {
  const format = formatter(money.currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** A price typed by a person ("59.99", "60") → minor units; undefined when it is not a price. */
export function parsePrice(text: string, digits = 2): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0'));
}

export function toPriceText(amount: number, digits = 2): string {
  return (amount / 10 ** digits).toFixed(digits);
}
