import type { StripeCardElement } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { useEffect, useId, useRef, useState } from 'react';
import type { CardTokenizer } from './cardTokenizer';

interface StripeCardFieldProps {
  publishableKey: string;
  /** Called with the tokenizer once the field is usable, and with null when it goes away. Keep it stable (useCallback). */
  onReady(tokenize: CardTokenizer | null): void;
}

/**
 * Stripe's own card field (an iframe served by js.stripe.com): the card number goes from the shopper's browser to Stripe,
 * and Git Goods only ever sees the resulting PaymentMethod id. Loaded lazily, with Stripe.js, only when checkout shows it.
 * The id is kept until the card changes, so a retried order sends the same body (and the same Idempotency-Key).
 */
export default function StripeCardField({ publishableKey, onReady }: StripeCardFieldProps) {
  const mountPoint = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [cardError, setCardError] = useState<string>();

  useEffect(() => {
    let card: StripeCardElement | undefined;
    let cancelled = false;
    let tokenForCard: string | undefined;
    loadStripe(publishableKey).then(
      (stripe) => {
        if (cancelled) return;
        if (!stripe || !mountPoint.current) {
          setState('failed');
          return;
        }
        const element = stripe.elements().create('card', { hidePostalCode: true });
        card = element;
        element.on('change', (event) => {
          tokenForCard = undefined;
          setCardError(event.error?.message);
        });
        element.mount(mountPoint.current);
        setState('ready');
        onReady(async () => {
          if (tokenForCard) return { token: tokenForCard };
          const result = await stripe.createPaymentMethod({ type: 'card', card: element });
          if (result.error) return { error: result.error.message ?? 'Check the card details.' };
          tokenForCard = result.paymentMethod.id;
          return { token: tokenForCard };
        });
      },
      () => {
        if (!cancelled) setState('failed');
      },
    );
    return () => {
      cancelled = true;
      card?.destroy();
      onReady(null);
    };
  }, [publishableKey, onReady]);

  return (
    <div className="field">
      <span id={labelId} className="label">Card</span>
      <div ref={mountPoint} role="group" aria-labelledby={labelId} className="card-field" data-testid="stripe-card" />
      {state === 'loading' && <p className="hint">Loading the secure card field…</p>}
      {state === 'failed' && (
        <p className="field-error" role="alert">
          The secure card field could not load. Check your connection and reload the page.
        </p>
      )}
      {cardError && <p className="field-error">{cardError}</p>}
    </div>
  );
}
