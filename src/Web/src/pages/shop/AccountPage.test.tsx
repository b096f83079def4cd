import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { IdentityError, type ProfileDetails } from '../../auth/Identity';
import { RequireAuth } from '../../components/RequireAuth';
import { fakeFetch, json } from '../../test/fakeApi';
import { renderWithServices, shopper, type RenderOptions } from '../../test/renderWithServices';
import AccountPage from './AccountPage';
import { CheckoutPage } from './CheckoutPage';
import { SignInPage } from './SignInPage';

const sgd = (amount: number) => ({ amount, currency: 'SGD' });
const cart = {
  id: 'user-1',
  items: [{ productId: 'a', title: 'Starfall Vanguard', platform: 'PlayStation 5', image: null, unitPrice: sgd(6990), quantity: 1, lineTotal: sgd(6990), available: 5 }],
  subtotal: sgd(6990),
  itemCount: 1,
};

function renderAccount(identity: RenderOptions['identity'] = {}) {
  const api = fakeFetch({ 'GET /api/cart': () => json(200, cart) });
  renderWithServices(
    <>
      <Link to="/checkout">To checkout</Link>
      <Routes>
        <Route path="/account" element={<RequireAuth><AccountPage /></RequireAuth>} />
        <Route path="/checkout" element={<CheckoutPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
      </Routes>
    </>,
    { user: shopper, route: '/account', fetch: api.fetch, identity },
  );
}

async function replace(label: string, text: string) {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

describe('AccountPage details', () => {
  it('saves the edited address, and checkout starts from it at once', async () => {
    const updateProfile = vi.fn(async (details: ProfileDetails) => ({ ...shopper, ...details }));
    renderAccount({ updateProfile });

    expect(await screen.findByLabelText('Full name')).toHaveValue('Ana Tan');
    expect(screen.getByLabelText('Address line 1')).toHaveValue('1 Marina Blvd');
    await replace('Address line 1', '8 Sentosa Gateway');
    await replace('Postal code', '098269');
    await replace('Mobile phone', '+65 8123 4567');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your details are saved. Checkout will use them.');
    expect(updateProfile).toHaveBeenCalledWith({
      name: 'Ana Tan',
      phone: '+6581234567',
      address: { line1: '8 Sentosa Gateway', line2: undefined, city: 'Singapore', postalCode: '098269', country: 'SG' },
    });

    await userEvent.click(screen.getByRole('link', { name: 'To checkout' }));
    expect(await screen.findByLabelText('Address line 1')).toHaveValue('8 Sentosa Gateway');
    expect(screen.getByLabelText('Postal code')).toHaveValue('098269');
    expect(screen.getByLabelText(/Mobile phone/)).toHaveValue('+6581234567');
  });

  it('checks the details before sending and puts focus on the first problem', async () => {
    const updateProfile = vi.fn();
    renderAccount({ updateProfile });

    await screen.findByLabelText('Mobile phone');
    await replace('Mobile phone', '9123');
    await userEvent.clear(screen.getByLabelText('City'));
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));

    expect(screen.getByLabelText('Mobile phone')).toHaveAccessibleDescription(/Enter an international number/);
    expect(screen.getByLabelText('Mobile phone')).toHaveFocus();
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter your city.');
    expect(updateProfile).not.toHaveBeenCalled();
  });

  it("shows Cognito's refusal in words", async () => {
    renderAccount({ updateProfile: vi.fn(async () => Promise.reject(new IdentityError('LimitExceededException', 'Too many attempts. Please wait a few minutes, then try again.'))) });

    await userEvent.click(await screen.findByRole('button', { name: 'Save details' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Please wait a few minutes, then try again.');
  });
});

describe('AccountPage password', () => {
  it("refuses a new password outside the user pool's policy, naming the rules", async () => {
    const changePassword = vi.fn();
    renderAccount({ changePassword });

    await userEvent.type(await screen.findByLabelText('Current password'), 'GitGoods!2026');
    await userEvent.type(screen.getByLabelText('New password'), 'SHORT1!A');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Your password needs at least 12 characters and a lower-case letter\./);
    expect(screen.getByLabelText('New password')).toHaveFocus();
    expect(changePassword).not.toHaveBeenCalled();
  });

  it('changes the password and clears the fields', async () => {
    const changePassword = vi.fn(async () => undefined);
    renderAccount({ changePassword });

    await userEvent.type(await screen.findByLabelText('Current password'), 'GitGoods!2026');
    await userEvent.type(screen.getByLabelText('New password'), 'Brand-new-pass9');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your password is changed.');
    expect(changePassword).toHaveBeenCalledWith('GitGoods!2026', 'Brand-new-pass9');
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });

  it('says when the current password is wrong', async () => {
    const refusal = new IdentityError('NotAuthorizedException', 'Your current password is not right, or your session has ended. Check it and try again.');
    renderAccount({ changePassword: vi.fn(async () => Promise.reject(refusal)) });

    await userEvent.type(await screen.findByLabelText('Current password'), 'wrong-Password1');
    await userEvent.type(screen.getByLabelText('New password'), 'Brand-new-pass9');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your current password is not right');
  });
});

describe('AccountPage sign out of all devices', () => {
  it('signs out everywhere and lands on sign-in, saying so', async () => {
    const signOutEverywhere = vi.fn(async () => undefined);
    renderAccount({ signOutEverywhere });

    await userEvent.click(await screen.findByRole('button', { name: 'Sign out of all devices' }));

    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You are signed out on all your devices.');
    expect(signOutEverywhere).toHaveBeenCalledTimes(1);
  });
});
