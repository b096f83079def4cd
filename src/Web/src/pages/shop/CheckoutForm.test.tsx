import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OrderInput } from '../../api/types';
import type { UserProfile } from '../../auth/profile';
import { shopper } from '../../test/renderWithServices';
import { CheckoutForm } from './CheckoutForm';

function renderForm(profile: UserProfile = shopper, serverErrors: Record<string, string[]> = {}) {
  const onSubmit = vi.fn<(input: OrderInput) => void>();
  render(<CheckoutForm profile={profile} serverErrors={serverErrors} busy={false} onSubmit={onSubmit} />);
  return onSubmit;
}

describe('CheckoutForm', () => {
  it('pre-fills the shipping details from the profile', () => {
    renderForm();
    expect(screen.getByLabelText('Full name')).toHaveValue('Ana Tan');
    expect(screen.getByLabelText(/Mobile phone/)).toHaveValue('+6591234567');
    expect(screen.getByLabelText('Email (optional)')).toHaveValue('ana@example.com');
    expect(screen.getByLabelText('Address line 1')).toHaveValue('1 Marina Blvd');
    expect(screen.getByLabelText('Postal code')).toHaveValue('018989');
    expect(screen.getByLabelText('Country code')).toHaveValue('SG');
  });

  it('defaults the phone to +65 when the profile has none', () => {
    renderForm({ ...shopper, phone: undefined, address: undefined });
    expect(screen.getByLabelText(/Mobile phone/)).toHaveValue('+65 ');
    expect(screen.getByLabelText('Address line 1')).toHaveValue('');
  });

  it('sends the order with the chosen test card and the phone without spaces', async () => {
    const onSubmit = renderForm();
    const phone = screen.getByLabelText(/Mobile phone/);
    await userEvent.clear(phone);
    await userEvent.type(phone, '+65 8123 4567');
    await userEvent.click(screen.getByRole('radio', { name: /Mastercard/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(onSubmit).toHaveBeenCalledWith({
      shipping: {
        name: 'Ana Tan',
        phone: '+6581234567',
        email: 'ana@example.com',
        address: { line1: '1 Marina Blvd', line2: undefined, city: 'Singapore', postalCode: '018989', country: 'SG' },
      },
      payment: { method: 'card', token: 'pm_card_mastercard' },
    });
  });

  it('does not send an order with a missing address or a bad phone, and says why beside each field', async () => {
    const onSubmit = renderForm({ ...shopper, address: undefined });
    await userEvent.clear(screen.getByLabelText(/Mobile phone/));
    await userEvent.type(screen.getByLabelText(/Mobile phone/), '91234567');
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Mobile phone/)).toHaveAccessibleDescription(/\+ then 7–15 digits/);
    expect(screen.getByLabelText('Address line 1')).toHaveAccessibleDescription('Enter the street address.');
    expect(screen.getByLabelText('Address line 1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription('Enter a postal code such as 018956.');
  });

  it("shows the API's validation messages beside the fields they name", () => {
    renderForm(shopper, { 'shipping.address.city': ['Required, at most 100 characters.'], 'shipping.name': ['Too long.'] });
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Required, at most 100 characters.');
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('Too long.');
  });

  it('offers the declined test card too', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: 'Card that is declined (test)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect(onSubmit.mock.calls[0]![0].payment.token).toBe('pm_card_chargeDeclined');
  });
});
