import { useEffect, useState, type FormEvent } from 'react';
import type { PlatformCount, ProductQuery, ProductSort } from '../../api/types';
import { parsePrice, toPriceText } from '../../format/money';

interface FiltersProps {
  id?: string;
  /** On narrow screens the filters fold away behind a button; wide screens always show them. */
  open?: boolean;
  query: ProductQuery;
  platforms: PlatformCount[];
  onChange(query: ProductQuery): void;
}

const sortLabels: Record<ProductSort, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  price: 'Price: low to high',
  '-price': 'Price: high to low',
  title: 'Title A–Z',
};

/** Platform, price range, stock and sort. Choices apply at once; the price range applies with its button. */
export function Filters({ id, open = true, query: fromUrl, platforms, onChange }: FiltersProps) {
  // The choices show at once and build on each other, even before the URL (and so the props) catches up.
  const [query, setQuery] = useState(fromUrl);
  const urlKey = JSON.stringify(fromUrl);
  useEffect(() => setQuery(fromUrl), [urlKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const change = (next: ProductQuery) => {
    setQuery(next);
    onChange(next);
  };
  const [min, setMin] = useState(priceText(query.minPrice));
  const [max, setMax] = useState(priceText(query.maxPrice));
  const [priceError, setPriceError] = useState<string | null>(null);

  useEffect(() => {
    setMin(priceText(query.minPrice));
    setMax(priceText(query.maxPrice));
  }, [query.minPrice, query.maxPrice]);

  function togglePlatform(platform: string, on: boolean) {
    const chosen = new Set(query.platforms ?? []);
    if (on) chosen.add(platform);
    else chosen.delete(platform);
    change({ ...query, platforms: [...chosen] });
  }

  function applyPrices(event: FormEvent) {
    event.preventDefault();
    const minPrice = min.trim() ? parsePrice(min) : undefined;
    const maxPrice = max.trim() ? parsePrice(max) : undefined;
    if ((min.trim() && minPrice === undefined) || (max.trim() && maxPrice === undefined)) {
      setPriceError('Enter prices as numbers, such as 20 or 59.90.');
      return;
    }
    if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
      setPriceError('The lowest price must not be above the highest.');
      return;
    }
    setPriceError(null);
    change({ ...query, minPrice, maxPrice });
  }

  return (
    <aside id={id} className={open ? 'filters open' : 'filters'} aria-label="Filters">
      <div className="field">
        <label htmlFor="sort">Sort by</label>
        <select
          id="sort"
          value={query.sort ?? (query.q ? 'relevance' : 'newest')}
          onChange={(event) => change({ ...query, sort: event.target.value as ProductSort })}
        >
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>Platform</legend>
        {platforms.map(({ platform, count }) => (
          <label key={platform} className="check">
            <input
              type="checkbox"
              checked={query.platforms?.includes(platform) ?? false}
              onChange={(event) => togglePlatform(platform, event.target.checked)}
            />
            {platform} <span className="muted">({count})</span>
          </label>
        ))}
      </fieldset>

      <form onSubmit={applyPrices} noValidate>
        <fieldset>
          <legend>Price (S$)</legend>
          <div className="price-range">
            <label>
              From
              <input inputMode="decimal" value={min} onChange={(event) => setMin(event.target.value)} placeholder="0" />
            </label>
            <label>
              To
              <input inputMode="decimal" value={max} onChange={(event) => setMax(event.target.value)} placeholder="any" />
            </label>
          </div>
          {priceError && (
            <p className="field-error" role="alert">
              {priceError}
            </p>
          )}
          <button type="submit">Apply price</button>
        </fieldset>
      </form>

      <label className="check">
        <input
          type="checkbox"
          checked={query.inStock ?? false}
          onChange={(event) => change({ ...query, inStock: event.target.checked })}
        />
        In stock only
      </label>
    </aside>
  );
}

function priceText(amount: number | undefined): string {
  return amount === undefined ? '' : toPriceText(amount);
}
