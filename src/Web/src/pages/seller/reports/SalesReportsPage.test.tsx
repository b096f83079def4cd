import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '../../../test/renderWithServices';
import { sellerUser, stubApi, type ApiCall } from '../testing';
import { formatMoney } from '../../../format/money';
import { aSalesReport, anEmptyReport } from './fixtures';
import SalesReportsPage from './SalesReportsPage';

// 02:00 UTC on 15 March is 10:00 on 15 March in Singapore, the shop's time zone: "today" is 2026-03-15.
const now = new Date('2026-03-15T02:00:00Z');

// As the app formats it (Node's ICU may print "$" where browsers print "S$").
const money = (amount: number) => formatMoney({ amount, currency: 'SGD' });

function reportApi(answer: (call: ApiCall) => { status: number; body?: unknown } = (call) => ({ status: 200, body: aSalesReport(rangeOf(call)) })) {
  return stubApi({ 'GET /api/seller/reports/sales': answer });
}

function rangeOf(call: ApiCall) {
  return { from: call.query.get('from') ?? '', to: call.query.get('to') ?? '' };
}

function requestedRanges(calls: ApiCall[]) {
  return calls.map(rangeOf);
}

describe('SalesReportsPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for the last 30 days and shows the totals, the charts and their tables', async () => {
    const api = reportApi();
    renderWithServices(<SalesReportsPage />, { fetch: api.fetch, user: sellerUser, route: '/seller/reports' });

    const totals = await screen.findByLabelText('Totals, 14 Feb 2026 to 15 Mar 2026');
    expect(within(totals).getByText('Revenue').nextElementSibling).toHaveTextContent(money(17997));
    expect(within(totals).getByText('Units sold').nextElementSibling).toHaveTextContent('3');
    expect(within(totals).getByText('Orders').nextElementSibling).toHaveTextContent('2');
    expect(requestedRanges(api.calls)).toEqual([{ from: '2026-02-14', to: '2026-03-15' }]);
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');

    expect(screen.getByRole('img', { name: /^Line chart of revenue by day, 14 Feb 2026 to 15 Mar 2026\. Highest: \S*119\.98 on 15 Mar 2026/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Bar chart of units sold for your 2 best-selling games\. Most: Starfall Vanguard, 2 units/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Bar chart of units sold for your 2 slowest-selling games\. Fewest: Moss Garden, 1 unit\./ })).toBeInTheDocument();
  });

  it('gives every chart a table with a caption, every day of the range included', async () => {
    renderWithServices(<SalesReportsPage />, { fetch: reportApi().fetch, user: sellerUser, route: '/seller/reports?from=2026-03-09&to=2026-03-15' });

    const days = await screen.findByRole('table', { name: 'Revenue by day, 9 Mar 2026 to 15 Mar 2026' });
    expect(within(days).getAllByRole('row')).toHaveLength(1 + 7);
    const last = within(days).getByRole('rowheader', { name: '15 Mar 2026' }).closest('tr')!;
    expect(within(last).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([money(11998), '2', '1']);

    const best = screen.getByRole('table', { name: 'Best sellers by units' });
    expect(within(best).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Starfall Vanguard', 'Moss Garden']);
    const slowest = screen.getByRole('table', { name: 'Slowest sellers by units' });
    expect(within(slowest).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Moss Garden', 'Starfall Vanguard']);
  });

  it('shows a table on request', async () => {
    renderWithServices(<SalesReportsPage />, { fetch: reportApi().fetch, user: sellerUser, route: '/seller/reports' });
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Best sellers by units' });
    expect(table.parentElement).toHaveClass('visually-hidden');
    await user.click(screen.getByRole('button', { name: 'Show table of best sellers' }));

    expect(table.parentElement).not.toHaveClass('visually-hidden');
    expect(screen.getByRole('button', { name: 'Hide table of best sellers' })).toBeInTheDocument();
  });

  it('asks for the chosen preset or dates', async () => {
    const api = reportApi();
    renderWithServices(<SalesReportsPage />, { fetch: api.fetch, user: sellerUser, route: '/seller/reports' });
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Best sellers by units' });

    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(await screen.findByRole('table', { name: 'Revenue by day, 9 Mar 2026 to 15 Mar 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-09');

    await user.click(screen.getByRole('button', { name: 'Last 90 days' }));
    expect(await screen.findByRole('table', { name: 'Revenue by day, 16 Dec 2025 to 15 Mar 2026' })).toBeInTheDocument();

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-01-01');
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-01-31');
    await user.click(screen.getByRole('button', { name: 'Show sales' }));
    expect(await screen.findByRole('table', { name: 'Revenue by day, 1 Jan 2026 to 31 Jan 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'false');

    expect(requestedRanges(api.calls)).toEqual([
      { from: '2026-02-14', to: '2026-03-15' },
      { from: '2026-03-09', to: '2026-03-15' },
      { from: '2025-12-16', to: '2026-03-15' },
      { from: '2026-01-01', to: '2026-01-31' },
    ]);
  });

  it('refuses a reversed range without asking the API', async () => {
    const api = reportApi();
    renderWithServices(<SalesReportsPage />, { fetch: api.fetch, user: sellerUser, route: '/seller/reports' });
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Best sellers by units' });

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-03-20');
    await user.click(screen.getByRole('button', { name: 'Show sales' }));

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('The start date must be on or before the end date.');
    expect(api.calls).toHaveLength(1);
  });

  it('says plainly when there were no sales, with no empty charts', async () => {
    const api = reportApi((call) => ({ status: 200, body: anEmptyReport(rangeOf(call)) }));
    renderWithServices(<SalesReportsPage />, { fetch: api.fetch, user: sellerUser, route: '/seller/reports' });

    expect(await screen.findByRole('heading', { name: 'No sales in this range' })).toBeInTheDocument();
    expect(screen.getByText('No orders for your games were confirmed from 14 Feb 2026 to 15 Mar 2026. Try a longer range.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 90 days' })).toBeEnabled();
  });

  it("shows the API's detail when it refuses, and tries again on request", async () => {
    let refuse = true;
    const api = reportApi((call) =>
      refuse
        ? { status: 400, body: { title: 'Bad Request', status: 400, detail: 'The range is more than 366 days.' } }
        : { status: 200, body: aSalesReport(rangeOf(call)) },
    );
    renderWithServices(<SalesReportsPage />, { fetch: api.fetch, user: sellerUser, route: '/seller/reports' });
    const user = userEvent.setup();

    expect(await screen.findByRole('alert')).toHaveTextContent('The range is more than 366 days.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    refuse = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Best sellers by units' })).toBeInTheDocument();
  });

  it('shows the detail of a server failure too', async () => {
    const api = reportApi(() => ({ status: 503, body: { title: 'Service Unavailable', status: 503, detail: 'Reports are being rebuilt; try again in a minute.' } }));
    renderWithServices(<SalesReportsPage />, { fetch: api.fetch, user: sellerUser, route: '/seller/reports' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Reports are being rebuilt; try again in a minute.');
  });

  it('says it is loading until the report arrives', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetch = (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof globalThis.fetch;
    renderWithServices(<SalesReportsPage />, { fetch, user: sellerUser, route: '/seller/reports' });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading sales…');
    answer(new Response(JSON.stringify(anEmptyReport({ from: '2026-02-14', to: '2026-03-15' })), { status: 200 }));
    expect(await screen.findByRole('heading', { name: 'No sales in this range' })).toBeInTheDocument();
  });
});
