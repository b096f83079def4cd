import type { SignUpInput } from '../../auth/Identity';
import { passwordProblem } from '../../auth/passwordPolicy';
import type { PasswordPolicy } from '../../config';
import { emailProblem } from './contactRules';
import { checkProfile, onlyProblems, type ProfileErrors } from './profileRules';

export type SignUpErrors = ProfileErrors & Partial<Record<'email' | 'password', string>>;

/** The same rules the user pool (its password policy, from config.json) and the order API apply, checked before sending. */
export function checkSignUp(input: SignUpInput, policy: PasswordPolicy): SignUpErrors {
  return onlyProblems<SignUpErrors>({
    ...checkProfile(input),
    email: emailProblem(input.email.trim()),
    password: passwordProblem(input.password, policy),
  });
}
