import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useServices } from '../../AppServices';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../components/Status';
import { formatDateTime, shortOrderId } from '../../format/dates';
import { deadLettersKey } from './adminQueries';

/** Order messages the workflow gave up on after every retry, and "Redrive all" to send them back to the order queue. */
export function DeadLettersPage() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const letters = useQuery({ queryKey: deadLettersKey, queryFn: () => api.listDeadLetters() });
  const redrive = useMutation({
    mutationFn: () => api.redriveDeadLetters(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deadLettersKey }),
  });
  const items = letters.data?.items ?? [];

  return (
    <section aria-labelledby="dead-letters-heading">
      <h2 id="dead-letters-heading">Dead letters</h2>
      <p className="hint">Order messages that failed processing after every retry. Redriving sends them back to the order queue; processing is idempotent.</p>
      {redrive.isSuccess && (
        <SuccessNotice>
          {redrive.data.redriven} {redrive.data.redriven === 1 ? 'message' : 'messages'} sent back for processing.
        </SuccessNotice>
      )}
      {redrive.isError && <ErrorNotice error={redrive.error} />}
      {letters.isPending && <Loading label="Loading dead letters…" />}
      {letters.isError && <ErrorNotice error={letters.error} onRetry={() => letters.refetch()} />}
      {letters.isSuccess && items.length === 0 && <EmptyState title="No failed orders — nothing to redrive" />}
      {items.length > 0 && (
        <>
          <button type="button" className="primary" onClick={() => redrive.mutate()} disabled={redrive.isPending}>
            {redrive.isPending ? 'Redriving…' : 'Redrive all'}
          </button>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Failed order messages</caption>
              <thead>
                <tr>
                  <th scope="col">Message</th>
                  <th scope="col">Order</th>
                  <th scope="col">Receives</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Error</th>
                </tr>
              </thead>
              <tbody>
                {items.map((letter) => (
                  <tr key={letter.messageId}>
                    <th scope="row" className="mono">
                      {letter.messageId}
                    </th>
                    <td>
                      {letter.orderId ? (
                        <Link to={`/orders/${encodeURIComponent(letter.orderId)}`} aria-label={`Order ${shortOrderId(letter.orderId)}`}>
                          {shortOrderId(letter.orderId)}
                        </Link>
                      ) : (
                        <span className="muted">none</span>
                      )}
                    </td>
                    <td>{letter.receiveCount}</td>
                    <td>{formatDateTime(letter.sentAt)}</td>
                    <td>{letter.error ?? <span className="muted">not recorded</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
