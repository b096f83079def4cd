import type { PasswordPolicy } from '../config';

/** The policy both environments write into /config.json (PasswordPolicyConfig.Shop, from Domain/Accounts/PasswordPolicy). */
export const shopPasswordPolicy: PasswordPolicy = {
  minimumLength: 12,
  requireUppercase: true,
  requireLowercase: true,
  requireDigits: true,
  requireSymbols: true,
  symbols: '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ',
};
