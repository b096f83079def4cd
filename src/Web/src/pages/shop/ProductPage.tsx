import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/ApiError';
import { useServices } from '../../AppServices';
import { useCart, useSetQuantity } from '../../cart/useCart';
import { Price } from '../../components/Price';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/Status';
import { Cover } from './ProductCard';
import { StockState } from './StockState';
import { usePageTitle } from '../../components/usePageTitle';

/** One game: description, price, stock state and Add to cart (hidden when out of stock). */
export function ProductPage() {
  const { id = '' } = useParams();
  const { api } = useServices();
  const product = useQuery({ queryKey: ['product', id], queryFn: () => api.getProduct(id) });
  const cart = useCart();
  const setQuantity = useSetQuantity();
  usePageTitle(product.data?.title);

  if (product.isPending) return <Loading />;
  if (product.isError) {
    const missing = product.error instanceof ApiError && product.error.status === 404;
    return (
      <div className="page">
        <h1>{missing ? 'Game not found' : 'This game could not be shown'}</h1>
        {missing ? <p>It may have been removed from the shop.</p> : <ErrorNotice error={product.error} onRetry={() => product.refetch()} />}
        <p>
          <Link to="/">Back to all games</Link>
        </p>
      </div>
    );
  }

  const game = product.data;
  const inCart = cart.data?.items.find((line) => line.productId === game.id)?.quantity ?? 0;
  const canAdd = game.status === 'ACTIVE' && game.stock > 0;

  return (
    <div className="page product-page">
      <Cover product={game} large />
      <div className="product-details">
        <h1>{game.title}</h1>
        <p className="platform">{game.platform}</p>
        <p>
          <Price money={game.price} className="price price-large" />
        </p>
        <p>
          <StockState stock={game.stock} />
        </p>
        {canAdd && (
          <button
            type="button"
            className="primary"
            disabled={setQuantity.isPending}
            onClick={() => setQuantity.mutate({ productId: game.id, quantity: inCart + 1 })}
          >
            {setQuantity.isPending ? 'Adding…' : 'Add to cart'}
          </button>
        )}
        {setQuantity.isSuccess && (
          <SuccessNotice>
            Added to your cart. <Link to="/cart">View cart</Link>
          </SuccessNotice>
        )}
        {setQuantity.isError && <ErrorNotice error={setQuantity.error} />}
        <h2>About this game</h2>
        <p className="description">{game.description || 'No description yet.'}</p>
      </div>
    </div>
  );
}
