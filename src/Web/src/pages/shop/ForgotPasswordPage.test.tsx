import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { IdentityError } from '../../auth/Identity';
import { renderWithServices, shopper, type RenderOptions } from '../../test/renderWithServices';
import ForgotPasswordPage from './ForgotPasswordPage';
import { SignInPage } from './SignInPage';

function renderReset(identity: RenderOptions['identity'] = {}) {
  renderWithServices(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/checkout" element={<h1>Checkout</h1>} />
    </Routes>,
    { route: '/sign-in?next=%2Fcheckout', identity },
  );
}

async function askForCode() {
  await userEvent.type(await screen.findByLabelText('Email'), 'ana@example.com');
  await userEvent.click(screen.getByRole('link', { name: 'Forgot password?' }));
  expect(await screen.findByRole('heading', { name: 'Reset your password', level: 1 })).toBeInTheDocument();
  expect(screen.getByLabelText('Email')).toHaveValue('ana@example.com');
  await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByRole('heading', { name: 'Choose a new password', level: 1 })).toBeInTheDocument();
}

describe('ForgotPasswordPage', () => {
  it('asks for a code, sets the new password with it, signs in and goes on', async () => {
    const forgotPassword = vi.fn(async () => undefined);
    const confirmPassword = vi.fn(async () => undefined);
    const signIn = vi.fn(async () => shopper);
    renderReset({ forgotPassword, confirmPassword, signIn });

    await askForCode();
    expect(forgotPassword).toHaveBeenCalledWith('ana@example.com');
    expect(screen.getByRole('status')).toHaveTextContent('If there is an account for ana@example.com, we have emailed it a code.');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/At least 12 characters, with an upper-case letter/);
    await userEvent.type(screen.getByLabelText('Code'), '123456');
    await userEvent.type(screen.getByLabelText('New password'), 'Brand-new-pass9');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(await screen.findByRole('heading', { name: 'Checkout', level: 1 })).toBeInTheDocument();
    expect(confirmPassword).toHaveBeenCalledWith('ana@example.com', '123456', 'Brand-new-pass9');
    expect(signIn).toHaveBeenCalledWith('ana@example.com', 'Brand-new-pass9');
  });

  it("checks the new password against the user pool's policy before sending", async () => {
    const confirmPassword = vi.fn();
    renderReset({ confirmPassword });

    await askForCode();
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription('Enter the code from the email.');
    expect(screen.getByLabelText('Code')).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Code'), '123456');
    await userEvent.type(screen.getByLabelText('New password'), 'alllowercase');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Your password needs an upper-case letter, a number and a symbol such as ! or #\.$/);
    expect(confirmPassword).not.toHaveBeenCalled();
  });

  it.each([
    ['CodeMismatchException', 'That code is not right. Check the latest email we sent and try again.'],
    ['ExpiredCodeException', 'That code has expired. Ask for a new one below.'],
  ])('shows %s in words and can send a new code', async (code, message) => {
    const forgotPassword = vi.fn(async () => undefined);
    renderReset({ forgotPassword, confirmPassword: vi.fn(async () => Promise.reject(new IdentityError(code, message))) });

    await askForCode();
    await userEvent.type(screen.getByLabelText('Code'), '000000');
    await userEvent.type(screen.getByLabelText('New password'), 'Brand-new-pass9');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);

    await userEvent.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(forgotPassword).toHaveBeenCalledTimes(2);
    expect(screen.getByLabelText('Code')).toHaveValue('');
  });

  it('refuses an address that is not one before asking Cognito', async () => {
    const forgotPassword = vi.fn();
    renderReset({ forgotPassword });

    await userEvent.click(await screen.findByRole('link', { name: 'Forgot password?' }));
    await userEvent.type(await screen.findByLabelText('Email'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address such as you@example.com.');
    expect(forgotPassword).not.toHaveBeenCalled();
  });
});
