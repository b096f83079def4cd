/** At or below this many units, shoppers are told how many are left. */
export const lowStockThreshold = 5;

export function StockState({ stock }: { stock: number }) {
  if (stock <= 0) return <span className="stock stock-out">Out of stock</span>;
  if (stock <= lowStockThreshold) return <span className="stock stock-low">Only {stock} left</span>;
  return <span className="stock stock-in">In stock</span>;
}
