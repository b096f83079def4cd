import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shopPasswordPolicy } from '../test/shopPasswordPolicy';
import { describePasswordPolicy, passwordProblem } from './passwordPolicy';

interface PolicyCase {
  name?: string;
  password: string;
  valid: boolean;
  reason?: string;
}

// The cases the domain's PasswordPolicy (and so the local identity provider and the user pool) is tested with.
const shared = JSON.parse(readFileSync(resolve(__dirname, '../../../../tests/password-policy-cases.json'), 'utf8')) as {
  policy: Record<string, unknown>;
  cases: PolicyCase[];
};
const { cases } = shared;

describe('passwordProblem parity with the user pool', () => {
  it("is checked with the same policy as the cases' (the one config.json serves)", () => {
    for (const [key, value] of Object.entries(shared.policy)) expect(shopPasswordPolicy).toHaveProperty(key, value);
  });

  it('has the shared cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
  });

  it.each(cases.map((c) => [c.name ?? JSON.stringify(c.password), c] as const))(
    'agrees on %s',
    (_, c) => {
      expect(passwordProblem(c.password, shopPasswordPolicy) === undefined).toBe(c.valid);
    },
  );
});

describe('passwordProblem messages', () => {
  it('names the missing rules with the configured length', () => {
    expect(passwordProblem('abc', shopPasswordPolicy)).toBe(
      'Your password needs at least 12 characters, an upper-case letter, a number and a symbol such as ! or #.',
    );
    expect(passwordProblem('abcdefghijk1!', shopPasswordPolicy)).toBe('Your password needs an upper-case letter.');
    expect(passwordProblem('x'.repeat(257), shopPasswordPolicy)).toBe('Use at most 256 characters.');
  });

  it('follows the policy it is given, not a built-in one', () => {
    const lenient = { ...shopPasswordPolicy, minimumLength: 8, requireSymbols: false, requireUppercase: false };

    expect(passwordProblem('abcdefg1', lenient)).toBeUndefined();
    expect(passwordProblem('abcdefg1', shopPasswordPolicy)).toBe('Your password needs at least 12 characters, an upper-case letter and a symbol such as ! or #.');
    expect(describePasswordPolicy(lenient)).toBe('At least 8 characters, with a lower-case letter and a number.');
    expect(describePasswordPolicy(shopPasswordPolicy)).toBe(
      'At least 12 characters, with an upper-case letter, a lower-case letter, a number and a symbol such as ! or #.',
    );
  });
});
