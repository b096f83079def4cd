import type { SignUpInput } from '../../auth/Identity';

export type SignUpErrors = Partial<Record<'name' | 'email' | 'password' | 'phone' | 'line1' | 'city' | 'postalCode' | 'country', string>>;

/** The same rules the user pool and the order API apply, checked before sending so the shopper sees them at once. */
export function checkSignUp(input: SignUpInput): SignUpErrors {
  const errors: SignUpErrors = {};
  if (!input.name.trim()) errors.name = 'Enter your name.';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email.trim())) errors.email = 'Enter an email address such as you@example.com.';
  if (input.password.length < 8 || !/[a-z]/.test(input.password) || !/[A-Z]/.test(input.password) || !/\d/.test(input.password) || !/[^A-Za-z0-9]/.test(input.password)) {
    errors.password = 'Use at least 8 characters with upper- and lower-case letters, a number and a symbol.';
  }
  if (!/^\+[1-9]\d{6,14}$/.test(input.phone)) errors.phone = 'Enter an international number: + then 7–15 digits, such as +6591234567.';
  if (!input.address.line1.trim()) errors.line1 = 'Enter your street address.';
  if (!input.address.city.trim()) errors.city = 'Enter your city.';
  if (!/^[A-Za-z0-9][A-Za-z0-9 -]{0,10}[A-Za-z0-9]$/.test(input.address.postalCode.trim())) errors.postalCode = 'Enter a postal code such as 018956.';
  if (!/^[A-Z]{2}$/.test(input.address.country.trim())) errors.country = 'Enter a two-letter country code such as SG.';
  return errors;
}

/** "+65 9123 4567" → "+6591234567": spaces and dashes people type are dropped. */
export function normalisePhone(text: string): string {
  return text.replace(/[\s-]/g, '');
}
