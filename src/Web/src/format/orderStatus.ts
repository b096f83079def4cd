import type { Order, OrderStatus, RejectionReason } from '../api/types';

export const statusLabels: Record<OrderStatus, string> = {
  PENDING: 'Processing',
  CONFIRMED: 'Confirmed',
  REJECTED: 'Not placed',
  CANCELLED: 'Cancelled',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
};

const reasons: Record<RejectionReason, string> = {
  OUT_OF_STOCK: 'Sorry — some items sold out before we could reserve them. You have not been charged.',
  PAYMENT_DECLINED: 'Your card was declined. You have not been charged; try another card.',
  PAYMENT_ERROR: "We couldn't reach the payment service. You have not been charged; please try again.",
};

/** Why an order was not placed, in plain words. */
export function rejectionText(order: Order): string {
  return order.rejectionReason ? reasons[order.rejectionReason] : 'Sorry — this order could not be placed.';
}

/** A shopper may cancel while the order is processing or confirmed (the API's rule). */
export function canCancel(order: Order): boolean {
  return order.status === 'PENDING' || order.status === 'CONFIRMED';
}
