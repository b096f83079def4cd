import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/ApiError';
import type { Product, ProductInput } from '../../api/types';
import { useServices } from '../../AppServices';
import { ErrorNotice, Loading } from '../../components/Status';
import type { ProductsNotice } from './MyProductsPage';
import { ProductForm } from './ProductForm';
import { valuesOf } from './productRules';
import { cachedProduct, findSellerProduct, replaceInPages, sellerBase, sellerProductKey, sellerProductsKey } from './sellerQueries';

/** Edits one of the seller's games, including listing or unlisting it; a game that is not theirs is "not found". */
export function EditProductPage() {
  const { id = '' } = useParams();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const product = useQuery({
    queryKey: sellerProductKey(id),
    queryFn: () => findSellerProduct(api, id),
    initialData: () => cachedProduct(queryClient, id),
  });

  if (product.isPending) return <Loading label="Loading the game…" />;
  if (product.isError && !isNotFound(product.error)) return <ErrorNotice error={product.error} onRetry={() => product.refetch()} />;
  if (!product.data) return <NotFound />;
  return <EditForm key={product.data.id} product={product.data} />;
}

function EditForm({ product }: { product: Product }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (input: ProductInput) => api.updateProduct(product.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(sellerProductKey(saved.id), saved);
      replaceInPages(queryClient, sellerProductsKey, saved);
      const state: ProductsNotice = { notice: `Your changes to ${saved.title} were saved.` };
      navigate(`${sellerBase}/products`, { state });
    },
  });
  if (save.error && isNotFound(save.error)) return <NotFound />;
  const serverErrors = save.error instanceof ApiError && save.error.status === 422 ? save.error.fieldErrors : {};

  return (
    <section aria-labelledby="edit-product-heading">
      <p>
        <Link to={`${sellerBase}/products`}>← My products</Link>
      </p>
      <h2 id="edit-product-heading">Edit {product.title}</h2>
      {save.isError && <ErrorNotice error={save.error} />}
      <ProductForm
        initial={valuesOf(product)}
        editing
        serverErrors={serverErrors}
        busy={save.isPending}
        submitLabel="Save changes"
        onSubmit={(input) => save.mutate(input)}
      />
    </section>
  );
}

function NotFound() {
  return (
    <section aria-labelledby="product-not-found-heading">
      <h2 id="product-not-found-heading">Game not found</h2>
      <p>You have no game with this id. It may belong to another seller, or the link may be wrong.</p>
      <p>
        <Link to={`${sellerBase}/products`}>Back to my products</Link>
      </p>
    </section>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
