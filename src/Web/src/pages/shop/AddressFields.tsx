import type { ChangeEvent } from 'react';
import { Field } from '../../components/Field';
import type { ProfileErrors } from './profileRules';

export interface AddressValues {
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
}

interface AddressFieldsProps {
  values: AddressValues;
  errors: ProfileErrors;
  onChange(key: keyof AddressValues): (event: ChangeEvent<HTMLInputElement>) => void;
}

/** The delivery address of sign-up and the account page: the five lines Cognito keeps and checkout pre-fills. */
export function AddressFields({ values, errors, onChange }: AddressFieldsProps) {
  const err = (key: keyof ProfileErrors) => (errors[key] ? [errors[key]!] : undefined);
  return (
    <fieldset>
      <legend>Delivery address</legend>
      <Field label="Address line 1" autoComplete="address-line1" required value={values.line1} onChange={onChange('line1')} errors={err('line1')} />
      <Field label="Address line 2 (optional)" autoComplete="address-line2" value={values.line2} onChange={onChange('line2')} />
      <Field label="City" autoComplete="address-level2" required value={values.city} onChange={onChange('city')} errors={err('city')} />
      <Field label="Postal code" autoComplete="postal-code" required value={values.postalCode} onChange={onChange('postalCode')} errors={err('postalCode')} />
      <Field label="Country code" autoComplete="country" required maxLength={2} value={values.country} onChange={onChange('country')} errors={err('country')} />
    </fieldset>
  );
}
