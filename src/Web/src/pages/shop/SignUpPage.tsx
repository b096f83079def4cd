import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useServices } from '../../AppServices';
import { useAuth } from '../../auth/AuthProvider';
import { describePasswordPolicy } from '../../auth/passwordPolicy';
import { Field } from '../../components/Field';
import { AddressFields } from './AddressFields';
import { normalisePhone } from './contactRules';
import { checkSignUp, type SignUpErrors } from './signUpRules';
import { safeNext } from './SignInPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';

/** Sign up with name, email, password, phone (+65 by default) and address; on AWS a code confirms the email first. */
export function SignUpPage() {
  const { identity, passwordPolicy } = useServices();
  usePageTitle('Create your account');
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [form, setForm] = useState({ name: '', email: '', password: '', phone: '+65 ', line1: '', line2: '', city: 'Singapore', postalCode: '', country: 'SG' });
  const [errors, setErrors] = useState<SignUpErrors>({});
  const formRef = useFocusFirstInvalid(errors);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [awaitingCode, setAwaitingCode] = useState(false);
  const [code, setCode] = useState('');

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const input = () => ({
    email: form.email.trim(),
    password: form.password,
    name: form.name.trim(),
    phone: normalisePhone(form.phone),
    address: { line1: form.line1.trim(), line2: form.line2.trim() || undefined, city: form.city.trim(), postalCode: form.postalCode.trim(), country: form.country.trim().toUpperCase() },
  });

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Sign-up failed. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const details = input();
    const found = checkSignUp(details, passwordPolicy);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void run(async () => {
      const { confirmed } = await identity.signUp(details);
      if (!confirmed) {
        setAwaitingCode(true);
        return;
      }
      await signIn(details.email, details.password);
      navigate(next, { replace: true });
    });
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await identity.confirmSignUp(form.email, code);
      await signIn(form.email, form.password);
      navigate(next, { replace: true });
    });
  }

  const alert = failure && (
    <p className="notice notice-error" role="alert">
      {failure}
    </p>
  );

  if (awaitingCode) {
    return (
      <div className="page narrow">
        <h1>Confirm your email</h1>
        <p>We sent a code to {form.email}. Enter it to finish creating your account.</p>
        <form onSubmit={confirm} className="form">
          <Field label="Confirmation code" inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} />
          {alert}
          <button type="submit" className="primary" disabled={busy}>
            Confirm
          </button>
        </form>
      </div>
    );
  }

  const err = (key: keyof SignUpErrors) => (errors[key] ? [errors[key]!] : undefined);
  return (
    <div className="page narrow">
      <h1>Create your account</h1>
      <form ref={formRef} onSubmit={submit} className="form" noValidate>
        <Field label="Full name" autoComplete="name" required value={form.name} onChange={set('name')} errors={err('name')} />
        <Field label="Email" type="email" autoComplete="email" required value={form.email} onChange={set('email')} errors={err('email')} />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={set('password')}
          errors={err('password')}
          hint={describePasswordPolicy(passwordPolicy)}
        />
        <Field label="Mobile phone" type="tel" autoComplete="tel" required value={form.phone} onChange={set('phone')} errors={err('phone')} hint="We text your order confirmation here." />
        <AddressFields values={form} errors={errors} onChange={set} />
        {alert}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </div>
  );
}
