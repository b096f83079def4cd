import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/ApiError';
import type { ProductInput } from '../../api/types';
import { useServices } from '../../AppServices';
import { ErrorNotice } from '../../components/Status';
import type { ProductsNotice } from './MyProductsPage';
import { ProductForm } from './ProductForm';
import { emptyValues } from './productRules';
import { sellerBase, sellerProductKey, sellerProductsKey } from './sellerQueries';

/** Adds a game to the shop (listed at once), then returns to the list naming it. */
export function NewProductPage() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (input: ProductInput) => api.createProduct(input),
    onSuccess: async (product) => {
      queryClient.setQueryData(sellerProductKey(product.id), product);
      await queryClient.invalidateQueries({ queryKey: sellerProductsKey });
      const state: ProductsNotice = { notice: `${product.title} was added to the shop.` };
      navigate(`${sellerBase}/products`, { state });
    },
  });
  const serverErrors = create.error instanceof ApiError && create.error.status === 422 ? create.error.fieldErrors : {};

  return (
    <section aria-labelledby="new-product-heading">
      <p>
        <Link to={`${sellerBase}/products`}>← My products</Link>
      </p>
      <h2 id="new-product-heading">Add a game</h2>
      {create.isError && <ErrorNotice error={create.error} />}
      <ProductForm
        initial={emptyValues}
        editing={false}
        serverErrors={serverErrors}
        busy={create.isPending}
        submitLabel="Add game"
        onSubmit={(input) => create.mutate(input)}
      />
    </section>
  );
}
