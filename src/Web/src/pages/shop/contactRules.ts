/**
 * The contact rules the user pool and the order API apply (docs/openapi.json ShippingInput), written once for the
 * sign-up and checkout forms. Each answers the message to show, or undefined when the value is fine.
 */
export function emailProblem(email: string): string | undefined {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? undefined : 'Enter an email address such as you@example.com.';
}

export function phoneProblem(phone: string): string | undefined {
  return /^\+[1-9]\d{6,14}$/.test(phone) ? undefined : 'Enter an international number: + then 7–15 digits, such as +6591234567.';
}

export function postalCodeProblem(postalCode: string): string | undefined {
  return /^[A-Za-z0-9][A-Za-z0-9 -]{0,10}[A-Za-z0-9]$/.test(postalCode) ? undefined : 'Enter a postal code such as 018956.';
}

export function countryProblem(country: string): string | undefined {
  return /^[A-Z]{2}$/.test(country) ? undefined : 'Enter a two-letter country code such as SG.';
}

/** "+65 9123 4567" → "+6591234567": spaces and dashes people type are dropped. */
export function normalisePhone(text: string): string {
  return text.replace(/[\s-]/g, '');
}
