import type { ChangeEvent } from 'react';
import { Field } from '../../components/Field';
import { SelectField } from './FormControls';
import { limits } from './productRules';

interface PlatformFieldProps {
  /** The managed platforms from config.json; absent (an older deployment), the field takes free text. */
  platforms?: readonly string[];
  value: string;
  onChange(event: ChangeEvent<HTMLInputElement | HTMLSelectElement>): void;
  errors?: string[];
}

/**
 * The product's platform: a choice of the shop's managed platforms (decision 0033), so one console is one facet in the
 * shop. A product still carrying a platform the list no longer holds shows it, marked, until the seller picks another.
 */
export function PlatformField({ platforms, value, onChange, errors }: PlatformFieldProps) {
  if (!platforms?.length) {
    return <Field label="Platform" value={value} onChange={onChange} maxLength={limits.platform} required hint="Such as PC." errors={errors} />;
  }
  const retired = value !== '' && !platforms.includes(value);
  return (
    <SelectField label="Platform" value={value} onChange={onChange} required hint="The console or system the game is for." errors={errors}>
      <option value="" disabled>
        Choose a platform
      </option>
      {retired && (
        <option value={value} disabled>
          {value} (no longer offered)
        </option>
      )}
      {platforms.map((platform) => (
        <option key={platform} value={platform}>
          {platform}
        </option>
      ))}
    </SelectField>
  );
}
