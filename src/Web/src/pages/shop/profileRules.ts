import type { ProfileDetails } from '../../auth/Identity';
import { countryProblem, phoneProblem, postalCodeProblem } from './contactRules';

export type ProfileErrors = Partial<Record<'name' | 'phone' | 'line1' | 'city' | 'postalCode' | 'country', string>>;

/** The name, phone and address rules of sign-up and the account page (the order API's own), checked before sending. */
export function checkProfile(details: ProfileDetails): ProfileErrors {
  const errors: ProfileErrors = {};
  if (!details.name.trim()) errors.name = 'Enter your name.';
  errors.phone = phoneProblem(details.phone);
  if (!details.address.line1.trim()) errors.line1 = 'Enter your street address.';
  if (!details.address.city.trim()) errors.city = 'Enter your city.';
  errors.postalCode = postalCodeProblem(details.address.postalCode.trim());
  errors.country = countryProblem(details.address.country.trim());
  return onlyProblems(errors);
}

/** Only the fields with a problem: the forms count the keys to decide whether to send. */
export function onlyProblems<T extends Record<string, string | undefined>>(errors: T): T {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as T;
}
