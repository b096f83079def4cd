import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { Sale, SaleInput } from '../../api/types';
import { useServices } from '../../AppServices';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../components/Status';
import { formatDateTime } from '../../format/dates';
import { salesKey } from './adminQueries';
import { SaleForm } from './SaleForm';
import { draftOf, newDraft, type SaleDraft } from './saleForm';

/** Sales days: each sale's line and checkout counters, and the form that creates a sale or opens its doors wider. */
export function SalesPage() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const sales = useQuery({ queryKey: salesKey, queryFn: () => api.listSales(), refetchInterval: 5_000 });
  const [editing, setEditing] = useState<{ draft: SaleDraft; existing: boolean; key: number } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: salesKey });
  const save = useMutation({
    mutationFn: ({ saleId, input }: { saleId: string; input: SaleInput }) => api.saveSale(saleId, input),
    onSuccess: () => {
      setEditing(null);
      void refresh();
    },
  });
  const end = useMutation({ mutationFn: (saleId: string) => api.endSale(saleId), onSuccess: () => void refresh() });
  const open = (draft: SaleDraft, existing: boolean) => {
    save.reset();
    setEditing({ draft, existing, key: Date.now() });
  };
  const fieldErrors = save.error instanceof ApiError && save.error.status === 422 ? save.error.fieldErrors : {};

  return (
    <section aria-labelledby="sales-heading">
      <h2 id="sales-heading">Sales</h2>
      <p className="hint">During a sale, shoppers of its products wait in line and are let in at the rate you set. Raise the capacity or the rate to open the doors wider.</p>
      {save.isSuccess && <SuccessNotice>Sale {save.data.saleId} saved.</SuccessNotice>}
      {end.isSuccess && <SuccessNotice>Sale ended.</SuccessNotice>}
      {end.isError && <ErrorNotice error={end.error} />}
      {editing ? (
        <>
          {save.isError && <ErrorNotice error={save.error} />}
          <SaleForm key={editing.key} initial={editing.draft} editing={editing.existing} busy={save.isPending} errors={fieldErrors}
            onSave={(saleId, input) => save.mutate({ saleId, input })} onCancel={() => setEditing(null)} />
        </>
      ) : (
        <button type="button" className="primary" onClick={() => open(newDraft(new Date()), false)}>
          New sale
        </button>
      )}
      {sales.isPending && <Loading label="Loading sales…" />}
      {sales.isError && <ErrorNotice error={sales.error} onRetry={() => sales.refetch()} />}
      {sales.isSuccess && sales.data.length === 0 && <EmptyState title="No sales — every shopper checks out straight away" />}
      {sales.isSuccess && sales.data.length > 0 && <SalesTable sales={sales.data} onChange={(sale) => open(draftOf(sale), true)} onEnd={(id) => end.mutate(id)} />}
    </section>
  );
}

function SalesTable({ sales, onChange, onEnd }: { sales: Sale[]; onChange: (sale: Sale) => void; onEnd: (saleId: string) => void }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Sales</caption>
        <thead>
          <tr>
            <th scope="col">Sale</th>
            <th scope="col">When</th>
            <th scope="col">Products</th>
            <th scope="col">Capacity</th>
            <th scope="col">Per minute</th>
            <th scope="col">Waiting</th>
            <th scope="col">Checking out</th>
            <th scope="col">Ordered</th>
            <th scope="col">Gave up</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sales.map((sale) => (
            <tr key={sale.saleId}>
              <th scope="row">
                {sale.name} <span className="mono muted">{sale.saleId}</span>
              </th>
              <td>
                {formatDateTime(sale.startsAt)} – {formatDateTime(sale.endsAt)}
              </td>
              <td>{sale.productIds === null ? 'Whole shop' : sale.productIds.length}</td>
              <td>{sale.capacity}</td>
              <td>{sale.admissionRatePerMinute}</td>
              <td>{sale.waiting}</td>
              <td>{sale.inCheckout}</td>
              <td>{sale.completed}</td>
              <td>{sale.abandoned}</td>
              <td>
                <button type="button" onClick={() => onChange(sale)} aria-label={`Change ${sale.name}`}>
                  Change
                </button>{' '}
                <button type="button" onClick={() => onEnd(sale.saleId)} aria-label={`End ${sale.name}`}>
                  End
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
