import { useState, type FormEvent } from 'react';
import type { SaleInput } from '../../api/types';
import { Field } from '../../components/Field';
import { inputOf, type SaleDraft } from './saleForm';

interface SaleFormProps {
  initial: SaleDraft;
  /** True when changing an existing sale: its id cannot change. */
  editing: boolean;
  busy: boolean;
  /** Field → messages from the API's 422. */
  errors: Record<string, string[]>;
  onSave: (saleId: string, input: SaleInput) => void;
  onCancel: () => void;
}

/** Creates or changes a sale; raising capacity or the admission rate of a live sale "opens the doors" at once. */
export function SaleForm({ initial, editing, busy, errors, onSave, onCancel }: SaleFormProps) {
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof SaleDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(draft.saleId.trim(), inputOf(draft));
  };
  return (
    <form onSubmit={submit} className="form" noValidate aria-label={editing ? `Change sale ${draft.saleId}` : 'New sale'}>
      <Field label="Sale id" value={draft.saleId} onChange={set('saleId')} disabled={editing} required errors={errors.saleId}
        hint="1–64 lower-case letters, digits and dashes, for example cyber-monday." />
      <Field label="Name" value={draft.name} onChange={set('name')} required errors={errors.name} />
      <Field label="Starts" type="datetime-local" value={draft.startsAt} onChange={set('startsAt')} required errors={errors.startsAt} />
      <Field label="Ends" type="datetime-local" value={draft.endsAt} onChange={set('endsAt')} required errors={errors.endsAt} />
      <Field label="Products in the sale" value={draft.productIds} onChange={set('productIds')} errors={errors.productIds}
        hint="Product ids separated by commas; leave empty for the whole shop." />
      <Field label="Shoppers checking out at once" type="number" min={1} value={draft.capacity} onChange={set('capacity')} required errors={errors.capacity} />
      <Field label="Shoppers let in per minute" type="number" min={1} value={draft.admissionRatePerMinute} onChange={set('admissionRatePerMinute')} required
        errors={errors.admissionRatePerMinute} hint="Set it to what checkout can take (docs/aws-latency-and-cost.md)." />
      <Field label="Time to check out once let in (seconds)" type="number" min={1} value={draft.admissionTtlSeconds} onChange={set('admissionTtlSeconds')}
        errors={errors.admissionTtlSeconds} />
      <Field label="Place kept without a check-in (seconds)" type="number" min={1} value={draft.abandonAfterSeconds} onChange={set('abandonAfterSeconds')}
        errors={errors.abandonAfterSeconds} />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save sale'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
