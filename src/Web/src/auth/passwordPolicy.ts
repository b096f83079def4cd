import type { PasswordPolicy } from '../config';

/** Cognito refuses any password over 256 characters, whatever the pool's policy. */
export const maximumPasswordLength = 256;

const asciiUpper = /[A-Z]/;
const asciiLower = /[a-z]/;
const asciiDigit = /[0-9]/;

/** A few of the policy's symbols a person recognises, for the messages ("such as ! or #"). */
function symbolExamples(policy: PasswordPolicy): string {
  const familiar = ['!', '#', '@', '%'].filter((symbol) => policy.symbols.includes(symbol));
  const shown = familiar.length >= 2 ? familiar.slice(0, 2) : [...policy.symbols.replace(' ', '')].slice(0, 2);
  return `a symbol such as ${shown.join(' or ')}`;
}

function list(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What the policy asks for, without the length: "an upper-case letter, a lower-case letter, a number and a symbol such as ! or #". */
function classRules(policy: PasswordPolicy): { rule: string; met: (password: string) => boolean }[] {
  return [
    policy.requireUppercase && { rule: 'an upper-case letter', met: (p: string) => asciiUpper.test(p) },
    policy.requireLowercase && { rule: 'a lower-case letter', met: (p: string) => asciiLower.test(p) },
    policy.requireDigits && { rule: 'a number', met: (p: string) => asciiDigit.test(p) },
    policy.requireSymbols && { rule: symbolExamples(policy), met: (p: string) => [...p].some((c) => policy.symbols.includes(c)) },
  ].filter((rule) => rule !== false);
}

/** The policy in words, for the password fields' hints: "At least 12 characters, with an upper-case letter, … and a symbol such as ! or #." */
export function describePasswordPolicy(policy: PasswordPolicy): string {
  const classes = classRules(policy).map(({ rule }) => rule);
  return `At least ${policy.minimumLength} characters${classes.length ? `, with ${list(classes)}` : ''}.`;
}

/**
 * The one password check of the sign-up, reset and change-password forms, driven by config.json's policy (the user
 * pool's): the message names what is missing ("Your password needs at least 12 characters and a number."), or
 * undefined when the user pool will accept the password. Letters and digits are ASCII, as Cognito counts them.
 */
export function passwordProblem(password: string, policy: PasswordPolicy): string | undefined {
  if (password.length > maximumPasswordLength) return `Use at most ${maximumPasswordLength} characters.`;
  const missing = [
    ...(password.length < policy.minimumLength ? [`at least ${policy.minimumLength} characters`] : []),
    ...classRules(policy)
      .filter(({ met }) => !met(password))
      .map(({ rule }) => rule),
  ];
  return missing.length ? `Your password needs ${list(missing)}.` : undefined;
}
