import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ProductInput } from '../../api/types';
import { Field } from '../../components/Field';
import { useServices } from '../../AppServices';
import { PlatformField } from './PlatformField';
import { SelectField, TextAreaField } from './FormControls';
import { ImagePicker } from './ImagePicker';
import { limits, toProductInput, type FieldErrors, type ProductValues } from './productRules';

interface ProductFormProps {
  initial: ProductValues;
  /** Editing shows the status (Listed/Unlisted) and sends it. */
  editing: boolean;
  /** The API's 422 messages, keyed by its field names (`title`, `price.amount`, `images[0]`, …). */
  serverErrors: FieldErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit(input: ProductInput): void;
}

/** Which form control shows the messages of an API field: `price.amount` beside the price, `images[2]` beside the images. */
function controlOf(apiField: string): keyof ProductValues | undefined {
  const root = apiField.split(/[.[]/, 1)[0];
  switch (root) {
    case 'title':
    case 'platform':
    case 'description':
    case 'price':
    case 'stock':
    case 'images':
    case 'status':
      return root;
    default:
      return undefined;
  }
}

/** Groups messages by form control; messages for fields the form has no control for are kept under ''. */
function byControl(errors: FieldErrors): Partial<Record<keyof ProductValues | '', string[]>> {
  const grouped: Partial<Record<keyof ProductValues | '', string[]>> = {};
  for (const [field, messages] of Object.entries(errors)) {
    const control = controlOf(field) ?? '';
    grouped[control] = [...(grouped[control] ?? []), ...messages];
  }
  return grouped;
}

/**
 * Adds or edits a game: the same checks as the API (so most mistakes are caught before sending), the price typed
 * in dollars and sent in cents (SGD), and the API's own messages shown beside the fields they concern.
 */
export function ProductForm({ initial, editing, serverErrors, busy, submitLabel, onSubmit }: ProductFormProps) {
  const [values, setValues] = useState<ProductValues>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [uploading, setUploading] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { platforms } = useServices();

  // While the form's own checks fail, the previous answer's messages are out of date: show only the form's.
  const shown = byControl(Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors);
  const other = shown[''];
  // The API names a refused upload by its URL: show that message beside the picker, the rest beside the URL list.
  const coverErrors = values.cover ? shown.images?.filter((message) => message.includes(values.cover)) : undefined;
  const urlErrors = coverErrors?.length ? shown.images?.filter((message) => !coverErrors.includes(message)) : shown.images;

  useEffect(() => {
    if (Object.keys(clientErrors).length > 0 || Object.keys(serverErrors).length > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [clientErrors, serverErrors]);

  const set = (key: keyof ProductValues) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors } = toProductInput(values, editing, platforms);
    setClientErrors(errors);
    if (input) onSubmit(input);
  }

  return (
    <form ref={form} onSubmit={submit} className="form product-form" noValidate aria-label={editing ? 'Edit game' : 'Add a game'}>
      <Field label="Title" value={values.title} onChange={set('title')} maxLength={limits.title} required errors={shown.title} />
      <PlatformField platforms={platforms} value={values.platform} onChange={set('platform')} errors={shown.platform} />
      <TextAreaField
        label="Description"
        value={values.description}
        onChange={set('description')}
        maxLength={limits.description}
        rows={5}
        hint={`Optional; up to ${limits.description} characters.`}
        errors={shown.description}
      />
      <Field
        label="Price (S$)"
        inputMode="decimal"
        autoComplete="off"
        value={values.price}
        onChange={set('price')}
        required
        hint="Singapore dollars including GST, such as 59.99."
        errors={shown.price}
      />
      <Field label="Stock" inputMode="numeric" autoComplete="off" value={values.stock} onChange={set('stock')} required hint="Units you can ship now." errors={shown.stock} />
      <ImagePicker
        value={values.cover}
        onChange={(cover) => setValues((current) => ({ ...current, cover }))}
        onUploadingChange={setUploading}
        errors={coverErrors}
      />
      <TextAreaField
        label="Image URLs"
        value={values.images}
        onChange={set('images')}
        rows={3}
        spellCheck={false}
        hint={`Optional: images hosted elsewhere, one https:// address a line, up to ${limits.images} in all. Without an uploaded cover, the first is the cover.`}
        errors={urlErrors}
      />
      {editing && (
        <SelectField label="Status" value={values.status} onChange={set('status')} hint="Unlisted games are hidden from the shop." errors={shown.status}>
          <option value="ACTIVE">Listed</option>
          <option value="UNLISTED">Unlisted</option>
        </SelectField>
      )}
      {other && (
        <div className="notice notice-error" role="alert">
          {other.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <button type="submit" className="primary" disabled={busy || uploading}>
        {busy ? 'Saving…' : uploading ? 'Uploading image…' : submitLabel}
      </button>
    </form>
  );
}
