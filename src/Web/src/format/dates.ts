const dateTime = new Intl.DateTimeFormat('en-SG', { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO-8601 UTC time shown in the reader's own time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** The short order number shoppers see (and the SMS names): the id's first 8 characters, upper-case (Order.ShortId). */
export function shortOrderId(id: string): string {
  return id.slice(0, 8).toUpperCase();
}
