import type { ProductSales, SalesDay } from '../../../api/types';
import { Price } from '../../../components/Price';
import { longDay } from './dateRange';

/** Every day of the range with its revenue, units and orders: the line chart's table alternative. */
export function DaysTable({ caption, days }: { caption: string; days: SalesDay[] }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Revenue</th>
          <th scope="col">Units</th>
          <th scope="col">Orders</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{longDay(day.date)}</th>
            <td><Price money={day.revenue} /></td>
            <td>{day.units}</td>
            <td>{day.orders}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Games with their units and revenue: a bar chart's table alternative. */
export function ProductsTable({ caption, products }: { caption: string; products: ProductSales[] }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Game</th>
          <th scope="col">Units</th>
          <th scope="col">Revenue</th>
        </tr>
      </thead>
      <tbody>
        {products.map((product) => (
          <tr key={product.productId}>
            <th scope="row">{product.title}</th>
            <td>{product.units}</td>
            <td><Price money={product.revenue} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
