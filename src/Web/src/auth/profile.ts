import type { Address } from '../api/types';

/** Who is signed in, from the Cognito ID token. */
export interface UserProfile {
  sub: string;
  email: string;
  name: string;
  phone?: string;
  address?: Address;
  groups: string[];
}

/**
 * Cognito keeps the standard `address` attribute as one formatted string. The shop writes it as five lines —
 * line 1, line 2, city, postal code, country — so checkout can pre-fill each field again.
 */
export function formatAddress(address: Address): string {
  return [address.line1, address.line2 ?? '', address.city, address.postalCode, address.country].join('\n');
}

export function parseAddress(formatted: string | undefined): Address | undefined {
  if (!formatted) return undefined;
  const [line1 = '', line2 = '', city = '', postalCode = '', country = ''] = formatted.split('\n');
  if (!line1) return undefined;
  return { line1, line2: line2 || undefined, city, postalCode, country };
}

/** The profile carried by an ID token's claims. */
export function profileFromClaims(claims: Record<string, unknown>): UserProfile {
  const address = claims.address as { formatted?: string } | string | undefined;
  const groups = claims['cognito:groups'];
  return {
    sub: String(claims.sub ?? ''),
    email: String(claims.email ?? ''),
    name: String(claims.name ?? claims.email ?? ''),
    phone: typeof claims.phone_number === 'string' ? claims.phone_number : undefined,
    address: parseAddress(typeof address === 'string' ? address : address?.formatted),
    groups: Array.isArray(groups) ? groups.map(String) : [],
  };
}
