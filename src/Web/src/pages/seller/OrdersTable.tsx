import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Order } from '../../api/types';
import { Price } from '../../components/Price';
import { formatDateTime, shortOrderId } from '../../format/dates';
import { statusLabels } from '../../format/orderStatus';

interface OrdersTableProps {
  orders: Order[];
  /** Read by screen readers before the table. */
  caption: string;
  /** Link each order to its page (admins may open any order; sellers may not). */
  linkOrders?: boolean;
  /** Buttons for one order, such as "Mark shipped"; no Actions column without it. */
  actions?: (order: Order) => ReactNode;
}

/** Orders as a table (short id, date, status, lines, total), shared by the seller's and the admin's consoles. */
export function OrdersTable({ orders, caption, linkOrders = false, actions }: OrdersTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Placed</th>
            <th scope="col">Status</th>
            <th scope="col">Items</th>
            <th scope="col">Total</th>
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                {linkOrders ? (
                  <Link to={`/orders/${encodeURIComponent(order.id)}`} aria-label={`Order ${shortOrderId(order.id)}`}>
                    {shortOrderId(order.id)}
                  </Link>
                ) : (
                  shortOrderId(order.id)
                )}
              </th>
              <td>{formatDateTime(order.createdAt)}</td>
              <td>
                <span className={`order-status status-${order.status.toLowerCase()}`}>{statusLabels[order.status]}</span>
              </td>
              <td>
                <ul className="order-lines-compact">
                  {order.items.map((line) => (
                    <li key={line.productId}>
                      {line.quantity} × {line.title} <span className="platform">({line.platform})</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <Price money={order.total} />
              </td>
              {actions && <td>{actions(order)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
