import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProductQuery } from '../../api/types';
import { Filters } from './Filters';

const platforms = [
  { platform: 'Nintendo Switch', count: 12 },
  { platform: 'PlayStation 5', count: 9 },
];

function renderFilters(query: ProductQuery = {}) {
  const onChange = vi.fn<(query: ProductQuery) => void>();
  render(<Filters query={query} platforms={platforms} onChange={onChange} />);
  return onChange;
}

describe('Filters', () => {
  it('lists every platform with its count', () => {
    renderFilters();
    expect(screen.getByRole('checkbox', { name: /Nintendo Switch \(12\)/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /PlayStation 5 \(9\)/ })).toBeInTheDocument();
  });

  it('adds a platform to the query and keeps the others', async () => {
    const onChange = renderFilters({ q: 'drift', platforms: ['PlayStation 5'] });
    await userEvent.click(screen.getByRole('checkbox', { name: /Nintendo Switch/ }));
    expect(onChange).toHaveBeenCalledWith({ q: 'drift', platforms: ['PlayStation 5', 'Nintendo Switch'] });
  });

  it('removes a platform that was chosen', async () => {
    const onChange = renderFilters({ platforms: ['PlayStation 5'] });
    const box = screen.getByRole('checkbox', { name: /PlayStation 5/ });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(onChange).toHaveBeenCalledWith({ platforms: [] });
  });

  it('sends the price range in minor units', async () => {
    const onChange = renderFilters();
    await userEvent.type(screen.getByLabelText('From'), '20');
    await userEvent.type(screen.getByLabelText('To'), '59.9');
    await userEvent.click(screen.getByRole('button', { name: 'Apply price' }));
    expect(onChange).toHaveBeenCalledWith({ minPrice: 2000, maxPrice: 5990 });
  });

  it('refuses a range whose lowest price is above its highest', async () => {
    const onChange = renderFilters();
    await userEvent.type(screen.getByLabelText('From'), '80');
    await userEvent.type(screen.getByLabelText('To'), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Apply price' }));
    expect(screen.getByRole('alert')).toHaveTextContent('lowest price must not be above the highest');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a price that is not a number', async () => {
    const onChange = renderFilters();
    await userEvent.type(screen.getByLabelText('From'), 'cheap');
    await userEvent.click(screen.getByRole('button', { name: 'Apply price' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter prices as numbers');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows the current range in dollars and clears it', async () => {
    const onChange = renderFilters({ minPrice: 1500, maxPrice: 7000 });
    expect(screen.getByLabelText('From')).toHaveValue('15.00');
    await userEvent.clear(screen.getByLabelText('From'));
    await userEvent.clear(screen.getByLabelText('To'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply price' }));
    expect(onChange).toHaveBeenCalledWith({ minPrice: undefined, maxPrice: undefined });
  });

  it('builds each choice on the last one, before the URL (the props) catches up', async () => {
    const onChange = renderFilters({ q: 'farm' });
    expect(screen.getByLabelText('Sort by')).toHaveValue('relevance');
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'Price: low to high');
    expect(onChange).toHaveBeenLastCalledWith({ q: 'farm', sort: 'price' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'In stock only' }));
    expect(onChange).toHaveBeenLastCalledWith({ q: 'farm', sort: 'price', inStock: true });
    expect(screen.getByRole('checkbox', { name: 'In stock only' })).toBeChecked();
  });
});
