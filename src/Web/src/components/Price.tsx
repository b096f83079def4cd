import type { Money } from '../api/types';
import { formatMoney } from '../format/money';

export function Price({ money, className }: { money: Money; className?: string }) {
  return <span className={className ?? 'price'}>{formatMoney(money)}</span>;
}
