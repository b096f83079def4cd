/**
 * How checkout collects the card. Absent or `simulated`: the test cards (the simulated provider, the local environment).
 * `stripe`: Stripe's own card field, with the deployment's publishable key (public by design); the card never reaches Git Goods.
 */
export interface PaymentConfig {
  provider: 'simulated' | 'stripe';
  publishableKey?: string;
}

/**
 * The user pool's password policy (config.json's `passwordPolicy`), written from the one policy in the domain by the
 * local stack and the CDK deployment alike, so the forms check exactly what Cognito will.
 */
export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireDigits: boolean;
  requireSymbols: boolean;
  /** The characters Cognito counts as symbols (the space included). */
  symbols: string;
}

/** The runtime configuration: the local environment serves it, and the AWS deployment writes it, at /config.json. */
export interface AppConfig {
  apiBaseUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  cognitoEndpoint: string;
  payment?: PaymentConfig;
  passwordPolicy: PasswordPolicy;
  /** The managed platforms a product may take, in the order the seller's form offers them (the list the API checks). */
  platforms?: string[];
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  // Default cache mode, so the preload in index.html is used; the server marks the file no-store/no-cache.
  const response = await fetchImpl('/config.json');
  if (!response.ok) {
    throw new Error(`The shop's configuration could not be loaded (HTTP ${response.status}).`);
  }
  const config = (await response.json()) as Partial<AppConfig>;
  for (const key of ['apiBaseUrl', 'region', 'userPoolId', 'userPoolClientId', 'cognitoEndpoint'] as const) {
    if (typeof config[key] !== 'string') {
      throw new Error(`The shop's configuration has no ${key}.`);
    }
  }
  const { payment } = config;
  if (payment !== undefined && !(payment.provider === 'simulated' || (payment.provider === 'stripe' && payment.publishableKey?.startsWith('pk_')))) {
    throw new Error("The shop's payment configuration is not usable.");
  }
  if (!isPasswordPolicy(config.passwordPolicy)) {
    throw new Error("The shop's password policy configuration is missing or not usable.");
  }
  const { platforms } = config;
  if (platforms !== undefined && !(Array.isArray(platforms) && platforms.length > 0 && platforms.every((p) => typeof p === 'string' && p.trim() !== ''))) {
    throw new Error("The shop's platform list is not usable.");
  }
  return config as AppConfig;
}

/** Cognito's own bounds: a minimum length from 6 to 99, four switches, and a non-empty symbol set. */
function isPasswordPolicy(value: unknown): value is PasswordPolicy {
  if (typeof value !== 'object' || value === null) return false;
  const policy = value as Record<string, unknown>;
  const { minimumLength, symbols } = policy;
  return (
    typeof minimumLength === 'number' &&
    Number.isInteger(minimumLength) &&
    minimumLength >= 6 &&
    minimumLength <= 99 &&
    (['requireUppercase', 'requireLowercase', 'requireDigits', 'requireSymbols'] as const).every((key) => typeof policy[key] === 'boolean') &&
    typeof symbols === 'string' &&
    symbols.length > 0
  );
}

/** True when checkout must take the card through Stripe's card field. */
export function usesStripe(payment: PaymentConfig | undefined): payment is PaymentConfig & { publishableKey: string } {
  return payment?.provider === 'stripe' && typeof payment.publishableKey === 'string';
}
