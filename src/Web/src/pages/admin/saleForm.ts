import type { Sale, SaleInput } from '../../api/types';

/** The sale form's fields, as the inputs hold them (text). */
export interface SaleDraft {
  saleId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  productIds: string;
  capacity: string;
  admissionRatePerMinute: string;
  admissionTtlSeconds: string;
  abandonAfterSeconds: string;
}

/** A new sale starting now for an hour, with the API's defaults for the pass and for abandoned places. */
export function newDraft(now: Date): SaleDraft {
  return {
    saleId: '',
    name: '',
    startsAt: toLocalInput(now.toISOString()),
    endsAt: toLocalInput(new Date(now.getTime() + 3_600_000).toISOString()),
    productIds: '',
    capacity: '100',
    admissionRatePerMinute: '600',
    admissionTtlSeconds: '300',
    abandonAfterSeconds: '30',
  };
}

export function draftOf(sale: Sale): SaleDraft {
  return {
    saleId: sale.saleId,
    name: sale.name,
    startsAt: toLocalInput(sale.startsAt),
    endsAt: toLocalInput(sale.endsAt),
    productIds: sale.productIds?.join(', ') ?? '',
    capacity: String(sale.capacity),
    admissionRatePerMinute: String(sale.admissionRatePerMinute),
    admissionTtlSeconds: String(sale.admissionTtlSeconds),
    abandonAfterSeconds: String(sale.abandonAfterSeconds),
  };
}

/** The PUT body: times in UTC, an empty product list meaning the whole shop; the server checks every rule. */
export function inputOf(draft: SaleDraft): SaleInput {
  const ids = draft.productIds.split(/[\s,]+/).filter(Boolean);
  return {
    name: draft.name.trim(),
    startsAt: toUtc(draft.startsAt),
    endsAt: toUtc(draft.endsAt),
    productIds: ids.length > 0 ? ids : null,
    capacity: Number(draft.capacity),
    admissionRatePerMinute: Number(draft.admissionRatePerMinute),
    admissionTtlSeconds: Number(draft.admissionTtlSeconds),
    abandonAfterSeconds: Number(draft.abandonAfterSeconds),
  };
}

/** `YYYY-MM-DDTHH:mm` in the admin's own time zone, as a datetime-local input wants it. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toUtc(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}
