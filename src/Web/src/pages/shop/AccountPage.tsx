import { useState, type FormEvent } from 'react';
import { useServices } from '../../AppServices';
import { useAuth } from '../../auth/AuthProvider';
import { describePasswordPolicy, passwordProblem } from '../../auth/passwordPolicy';
import type { UserProfile } from '../../auth/profile';
import { Field } from '../../components/Field';
import { SuccessNotice } from '../../components/Status';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid';
import { usePageTitle } from '../../components/usePageTitle';
import { AddressFields, type AddressValues } from './AddressFields';
import { normalisePhone } from './contactRules';
import { checkProfile, onlyProblems, type ProfileErrors } from './profileRules';

/** One form's progress: busy while sending, then what Cognito said (a refusal in words, or done). */
function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    setDone(false);
    try {
      await action();
      setDone(true);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'That did not work. Please try again.');
    } finally {
      setBusy(false);
    }
  }
  const alert = failure && (
    <p className="notice notice-error" role="alert">
      {failure}
    </p>
  );
  return { busy, done, alert, run };
}

/**
 * The signed-in shopper's account: the name, phone and address checkout starts from, the password, and signing
 * out of every device. Saving the details refreshes the session, so checkout sees them at once.
 */
export default function AccountPage() {
  const { user } = useAuth();
  usePageTitle('Your account');
  if (!user) return null;
  return (
    <div className="page narrow">
      <h1>Your account</h1>
      <p>Signed in as {user.email}.</p>
      <DetailsSection profile={user} />
      <PasswordSection />
      <SignOutEverywhereSection />
    </div>
  );
}

type DetailValues = AddressValues & { name: string; phone: string };

function DetailsSection({ profile }: { profile: UserProfile }) {
  const { updateProfile } = useAuth();
  const [values, setValues] = useState<DetailValues>({
    name: profile.name,
    phone: profile.phone ?? '+65 ',
    line1: profile.address?.line1 ?? '',
    line2: profile.address?.line2 ?? '',
    city: profile.address?.city ?? 'Singapore',
    postalCode: profile.address?.postalCode ?? '',
    country: profile.address?.country ?? 'SG',
  });
  const [errors, setErrors] = useState<ProfileErrors>({});
  const formRef = useFocusFirstInvalid(errors);
  const { busy, done, alert, run } = useSubmission();
  const set = (key: keyof DetailValues) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const err = (key: keyof ProfileErrors) => (errors[key] ? [errors[key]!] : undefined);

  function save(event: FormEvent) {
    event.preventDefault();
    const details = {
      name: values.name.trim(),
      phone: normalisePhone(values.phone),
      address: { line1: values.line1.trim(), line2: values.line2.trim() || undefined, city: values.city.trim(), postalCode: values.postalCode.trim(), country: values.country.trim().toUpperCase() },
    };
    const found = checkProfile(details);
    setErrors(found);
    if (Object.keys(found).length === 0) void run(async () => {
        await updateProfile(details);
      });
  }

  return (
    <section aria-labelledby="account-details">
      <h2 id="account-details">Your details</h2>
      <form ref={formRef} onSubmit={save} className="form" noValidate>
        <Field label="Full name" autoComplete="name" required value={values.name} onChange={set('name')} errors={err('name')} />
        <Field label="Mobile phone" type="tel" autoComplete="tel" required value={values.phone} onChange={set('phone')} errors={err('phone')} hint="We text your order confirmation here." />
        <AddressFields values={values} errors={errors} onChange={set} />
        {alert}
        {done && <SuccessNotice>Your details are saved. Checkout will use them.</SuccessNotice>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save details'}
        </button>
      </form>
    </section>
  );
}

function PasswordSection() {
  const { identity, passwordPolicy } = useServices();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'current' | 'next', string>>>({});
  const formRef = useFocusFirstInvalid(errors);
  const { busy, done, alert, run } = useSubmission();

  function change(event: FormEvent) {
    event.preventDefault();
    const found = onlyProblems({
      current: current ? undefined : 'Enter your current password.',
      next: passwordProblem(next, passwordPolicy) ?? (next === current ? 'Choose a password different from the current one.' : undefined),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void run(async () => {
      await identity.changePassword(current, next);
      setCurrent('');
      setNext('');
    });
  }

  return (
    <section aria-labelledby="account-password">
      <h2 id="account-password">Change password</h2>
      <form ref={formRef} onSubmit={change} className="form" noValidate>
        <Field label="Current password" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} errors={errors.current ? [errors.current] : undefined} />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.target.value)}
          errors={errors.next ? [errors.next] : undefined}
          hint={describePasswordPolicy(passwordPolicy)}
        />
        {alert}
        {done && <SuccessNotice>Your password is changed. Use the new one next time you sign in.</SuccessNotice>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}

function SignOutEverywhereSection() {
  const { signOutEverywhere } = useAuth();
  const { busy, alert, run } = useSubmission();

  // Once signed out, this page (behind sign-in) sends to the sign-in page, which says what happened.
  const signOutAll = () => void run(signOutEverywhere);

  return (
    <section aria-labelledby="account-devices">
      <h2 id="account-devices">Devices</h2>
      <p>Lost a phone, or signed in on a shared computer? Sign out everywhere: every device will have to sign in again.</p>
      {alert}
      <button type="button" disabled={busy} onClick={signOutAll}>
        {busy ? 'Signing out…' : 'Sign out of all devices'}
      </button>
    </section>
  );
}
