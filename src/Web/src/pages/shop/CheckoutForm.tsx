import { lazy, Suspense, useCallback, useRef, useState, type FormEvent } from 'react';
import type { OrderInput } from '../../api/types';
import type { UserProfile } from '../../auth/profile';
import { Field } from '../../components/Field';
import { usesStripe, type PaymentConfig } from '../../config';
import type { CardTokenizer } from './cardTokenizer';
import { countryProblem, emailProblem, normalisePhone, phoneProblem, postalCodeProblem } from './contactRules';
import { testCards } from './paymentTokens';

interface CheckoutFormProps {
  profile: UserProfile;
  /** Messages per API field name (`shipping.address.city`, `payment.token`) from a 422. */
  serverErrors: Record<string, string[]>;
  busy: boolean;
  /** config.json's `payment`: Stripe's card field when it names Stripe, else the test cards. */
  payment?: PaymentConfig;
  onSubmit(input: OrderInput): void;
}

// Stripe.js and its card field load only when checkout uses the real processor: the shop's entry chunk stays as it was.
const StripeCardField = lazy(() => import('./StripeCardField'));

type Values = Record<'name' | 'phone' | 'email' | 'line1' | 'line2' | 'city' | 'postalCode' | 'country' | 'token', string>;

/** Shipping details pre-filled from the profile, then the payment method; checks what the API checks. */
export function CheckoutForm({ profile, serverErrors, busy, payment, onSubmit }: CheckoutFormProps) {
  const [values, setValues] = useState<Values>({
    name: profile.name,
    phone: profile.phone ?? '+65 ',
    email: profile.email,
    line1: profile.address?.line1 ?? '',
    line2: profile.address?.line2 ?? '',
    city: profile.address?.city ?? '',
    postalCode: profile.address?.postalCode ?? '',
    country: profile.address?.country ?? 'SG',
    token: 'pm_card_visa',
  });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const stripe = usesStripe(payment) ? payment : undefined;
  const tokenizer = useRef<CardTokenizer | null>(null);
  const onCardReady = useCallback((tokenize: CardTokenizer | null) => {
    tokenizer.current = tokenize;
  }, []);
  const [tokenizing, setTokenizing] = useState(false);

  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const errors = (apiField: string) => clientErrors[apiField] ?? serverErrors[apiField];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: OrderInput = {
      shipping: {
        name: values.name.trim(),
        phone: normalisePhone(values.phone),
        email: values.email.trim() || undefined,
        address: {
          line1: values.line1.trim(),
          line2: values.line2.trim() || undefined,
          city: values.city.trim(),
          postalCode: values.postalCode.trim(),
          country: values.country.trim().toUpperCase(),
        },
      },
      payment: { method: 'card', token: values.token },
    };
    const found = check(input);
    if (stripe && Object.keys(found).length === 0) {
      const card = await tokenizeCard();
      if ('error' in card) found['payment.token'] = [card.error];
      else input.payment.token = card.token;
    }
    setClientErrors(found);
    if (Object.keys(found).length === 0) onSubmit(input);
  }

  async function tokenizeCard(): Promise<{ token: string } | { error: string }> {
    if (!tokenizer.current) return { error: 'The secure card field is still loading.' };
    setTokenizing(true);
    try {
      return await tokenizer.current();
    } catch {
      return { error: "Stripe can't be reached right now. Try again in a moment." };
    } finally {
      setTokenizing(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate aria-label="Checkout">
      <fieldset>
        <legend>Shipping</legend>
        <Field label="Full name" autoComplete="name" value={values.name} onChange={set('name')} errors={errors('shipping.name')} />
        <Field label="Mobile phone" type="tel" autoComplete="tel" value={values.phone} onChange={set('phone')} errors={errors('shipping.phone')} hint="Your order confirmation is texted here." />
        <Field label="Email (optional)" type="email" autoComplete="email" value={values.email} onChange={set('email')} errors={errors('shipping.email')} />
        <Field label="Address line 1" autoComplete="address-line1" value={values.line1} onChange={set('line1')} errors={errors('shipping.address.line1')} />
        <Field label="Address line 2 (optional)" autoComplete="address-line2" value={values.line2} onChange={set('line2')} errors={errors('shipping.address.line2')} />
        <Field label="City" autoComplete="address-level2" value={values.city} onChange={set('city')} errors={errors('shipping.address.city')} />
        <Field label="Postal code" autoComplete="postal-code" value={values.postalCode} onChange={set('postalCode')} errors={errors('shipping.address.postalCode')} />
        <Field label="Country code" autoComplete="country" maxLength={2} value={values.country} onChange={set('country')} errors={errors('shipping.address.country')} />
      </fieldset>
      <fieldset>
        <legend>Payment</legend>
        {stripe ? (
          <>
            <p className="hint">Your card goes straight to Stripe, our payment processor: Git Goods never sees its number. It is charged when your order ships.</p>
            <Suspense fallback={<p className="hint">Loading the secure card field…</p>}>
              <StripeCardField publishableKey={stripe.publishableKey} onReady={onCardReady} />
            </Suspense>
          </>
        ) : (
          <>
            <p className="hint">Test mode: choose a test card. No real card is charged.</p>
            {testCards.map((card) => (
              <label key={card.token} className="check">
                <input type="radio" name="payment" value={card.token} checked={values.token === card.token} onChange={set('token')} />
                {card.label}
              </label>
            ))}
          </>
        )}
        {errors('payment.token') && <p className="field-error">{errors('payment.token')!.join(' ')}</p>}
      </fieldset>
      <button type="submit" className="primary" disabled={busy || tokenizing}>
        {busy || tokenizing ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  );
}

function check(input: OrderInput): Record<string, string[]> {
  const { shipping } = input;
  const problems: Record<string, string | undefined> = {
    'shipping.name': shipping.name ? undefined : 'Enter the name to deliver to.',
    'shipping.phone': phoneProblem(shipping.phone),
    'shipping.email': shipping.email ? emailProblem(shipping.email) : undefined,
    'shipping.address.line1': shipping.address.line1 ? undefined : 'Enter the street address.',
    'shipping.address.city': shipping.address.city ? undefined : 'Enter the city.',
    'shipping.address.postalCode': postalCodeProblem(shipping.address.postalCode),
    'shipping.address.country': countryProblem(shipping.address.country),
  };
  return Object.fromEntries(Object.entries(problems).flatMap(([field, message]) => (message ? [[field, [message]]] : [])));
}
