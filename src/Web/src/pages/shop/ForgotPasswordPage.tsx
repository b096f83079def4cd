import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useServices } from '../../AppServices';
import { useAuth } from '../../auth/AuthProvider';
import { describePasswordPolicy, passwordProblem } from '../../auth/passwordPolicy';
import { Field } from '../../components/Field';
import { SuccessNotice } from '../../components/Status';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { usePageTitle } from '../../components/usePageTitle';
import { emailProblem } from './contactRules';
import { onlyProblems } from './profileRules';
import { safeNext } from './SignInPage';

type ResetErrors = Partial<Record<'email' | 'code' | 'password', string>>;

/**
 * "Forgot password?": the shopper asks for a code (ForgotPassword; Cognito e-mails it, the local stack puts it in
 * /local/outbox), enters it with a new password (ConfirmForgotPassword), and is signed in with the new password.
 */
export default function ForgotPasswordPage() {
  const { identity, passwordPolicy } = useServices();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // The address typed on the sign-in page comes in the router's state, never in the URL.
  const typed = (useLocation().state as { email?: unknown } | null)?.email;
  const [email, setEmail] = useState(typeof typed === 'string' ? typed : '');
  const [codeSent, setCodeSent] = useState(false);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ResetErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstInvalid(errors);
  usePageTitle(codeSent ? 'Choose a new password' : 'Reset your password');

  async function run(found: ResetErrors, action: () => Promise<void>) {
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'That did not work. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  function sendCode(event?: FormEvent) {
    event?.preventDefault();
    void run(onlyProblems<ResetErrors>({ email: emailProblem(email.trim()) }), async () => {
      await identity.forgotPassword(email);
      setCode('');
      setCodeSent(true);
    });
  }

  function reset(event: FormEvent) {
    event.preventDefault();
    const found = onlyProblems<ResetErrors>({
      code: code.trim() ? undefined : 'Enter the code from the email.',
      password: passwordProblem(password, passwordPolicy),
    });
    void run(found, async () => {
      await identity.confirmPassword(email, code, password);
      await signIn(email, password);
      navigate(next, { replace: true });
    });
  }

  const err = (key: keyof ResetErrors) => (errors[key] ? [errors[key]!] : undefined);
  const alert = failure && (
    <p className="notice notice-error" role="alert">
      {failure}
    </p>
  );

  if (!codeSent) {
    return (
      <div className="page narrow">
        <h1>Reset your password</h1>
        <p>Enter the email of your account. We'll send you a code to choose a new password.</p>
        <form ref={formRef} onSubmit={sendCode} className="form" noValidate>
          <Field label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} errors={err('email')} />
          {alert}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Sending…' : 'Send code'}
          </button>
        </form>
        <p>
          Remembered it? <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page narrow">
      <h1>Choose a new password</h1>
      <SuccessNotice>
        <p>If there is an account for {email.trim()}, we have emailed it a code. It works for one hour.</p>
      </SuccessNotice>
      <form ref={formRef} onSubmit={reset} className="form" noValidate>
        <Field label="Code" inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} errors={err('code')} />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={err('password')}
          hint={describePasswordPolicy(passwordPolicy)}
        />
        {alert}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Set new password'}
        </button>
      </form>
      <p>
        No email?{' '}
        <button type="button" className="link-button" disabled={busy} onClick={() => sendCode()}>
          Send a new code
        </button>
      </p>
    </div>
  );
}
