import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../test/renderWithServices';
import { adminUser, stubApi } from '../seller/testing';
import { DeadLettersPage } from './DeadLettersPage';

const letters = [
  { messageId: 'msg-1', orderId: 'abcd2345efgh6723ijklmnop', receiveCount: 5, sentAt: '2026-03-02T03:04:05Z', error: 'Payment service timed out.' },
  { messageId: 'msg-2', receiveCount: 5, sentAt: '2026-03-02T03:05:05Z' },
];

describe('DeadLettersPage', () => {
  it('redrives every dead letter, says how many went back, and shows the queue again', async () => {
    let redriven = false;
    const api = stubApi({
      'GET /api/admin/dead-letters': () => ({ status: 200, body: { items: redriven ? [] : letters, nextCursor: null } }),
      'POST /api/admin/dead-letters/redrive': () => {
        redriven = true;
        return { status: 202, body: { redriven: 2 } };
      },
    });
    renderWithServices(<DeadLettersPage />, { fetch: api.fetch, user: adminUser });
    const user = userEvent.setup();

    expect(await screen.findByRole('rowheader', { name: 'msg-1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Order ABCD2345' })).toHaveAttribute('href', '/orders/abcd2345efgh6723ijklmnop');
    expect(screen.getByText('Payment service timed out.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Redrive all' }));

    expect(await screen.findByText('2 messages sent back for processing.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No failed orders — nothing to redrive' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Redrive all' })).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.path === '/api/admin/dead-letters')).toHaveLength(2);
  });
});
