import { Link } from 'react-router';
import type { Product } from '../../api/types';
import { Price } from '../../components/Price';
import { StockState } from './StockState';

export function ProductCard({ product }: { product: Product }) {
  return (
    <li className="product-card">
      <Link to={`/products/${encodeURIComponent(product.id)}`} className="product-link">
        <Cover product={product} />
        <span className="product-title">{product.title}</span>
      </Link>
      <span className="platform">{product.platform}</span>
      <Price money={product.price} />
      <StockState stock={product.stock} />
    </li>
  );
}

export function Cover({ product, large }: { product: Pick<Product, 'images' | 'title'>; large?: boolean }) {
  const image = product.images[0];
  return image ? (
    <img
      className={large ? 'cover cover-large' : 'cover'}
      src={image}
      alt=""
      loading="lazy"
      width={large ? 480 : 240}
      height={large ? 600 : 300}
    />
  ) : (
    <span className={large ? 'cover cover-large cover-blank' : 'cover cover-blank'} aria-hidden="true" />
  );
}
