import type { SignUpInput } from '../../auth/Identity';
import { countryProblem, emailProblem, phoneProblem, postalCodeProblem } from './contactRules';

export type SignUpErrors = Partial<Record<'name' | 'email' | 'password' | 'phone' | 'line1' | 'city' | 'postalCode' | 'country', string>>;

/** The same rules the user pool and the order API apply, checked before sending so the shopper sees them at once. */
export function checkSignUp(input: SignUpInput): SignUpErrors {
  const errors: SignUpErrors = {};
  if (!input.name.trim()) errors.name = 'Enter your name.';
  errors.email = emailProblem(input.email.trim());
  if (input.password.length < 8 || !/[a-z]/.test(input.password) || !/[A-Z]/.test(input.password) || !/\d/.test(input.password) || !/[^A-Za-z0-9]/.test(input.password)) {
    errors.password = 'Use at least 8 characters with upper- and lower-case letters, a number and a symbol.';
  }
  errors.phone = phoneProblem(input.phone);
  if (!input.address.line1.trim()) errors.line1 = 'Enter your street address.';
  if (!input.address.city.trim()) errors.city = 'Enter your city.';
  errors.postalCode = postalCodeProblem(input.address.postalCode.trim());
  errors.country = countryProblem(input.address.country.trim());
  // Only the fields with a problem: the form counts the keys to decide whether to send.
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
}
