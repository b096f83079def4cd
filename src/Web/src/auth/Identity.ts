import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import type { AppConfig } from '../config';
import type { Address } from '../api/types';
import { formatAddress, profileFromClaims, type UserProfile } from './profile';

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  phone: string;
  address: Address;
}

/**
 * Sign-up and sign-in against Cognito's API: the same calls reach Amazon Cognito on AWS and the local environment's
 * Cognito-compatible endpoint (both named by /config.json). USER_PASSWORD_AUTH, because the local endpoint does
 * not speak SRP. Tokens live in local storage, where the library keeps them, and are refreshed when they expire.
 */
export class Identity {
  private readonly pool: CognitoUserPool;

  constructor(config: AppConfig, storage?: Storage) {
    this.pool = new CognitoUserPool({
      UserPoolId: config.userPoolId,
      ClientId: config.userPoolClientId,
      endpoint: config.cognitoEndpoint,
      Storage: storage,
    });
  }

  /** The signed-in user's session, refreshed if its tokens expired; null when nobody is signed in. */
  currentSession(): Promise<CognitoUserSession | null> {
    const user = this.pool.getCurrentUser();
    if (!user) return Promise.resolve(null);
    return new Promise((resolve) => {
      user.getSession((error: Error | null, session: CognitoUserSession | null) => {
        resolve(error || !session?.isValid() ? null : session);
      });
    });
  }

  async currentProfile(): Promise<UserProfile | null> {
    const session = await this.currentSession();
    return session ? profileFromClaims(session.getIdToken().decodePayload()) : null;
  }

  async idToken(): Promise<string | null> {
    const session = await this.currentSession();
    return session ? session.getIdToken().getJwtToken() : null;
  }

  signIn(email: string, password: string): Promise<UserProfile> {
    const user = new CognitoUser({ Username: email.trim().toLowerCase(), Pool: this.pool });
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    return new Promise((resolve, reject) => {
      user.authenticateUser(new AuthenticationDetails({ Username: email.trim().toLowerCase(), Password: password }), {
        onSuccess: (session) => resolve(profileFromClaims(session.getIdToken().decodePayload())),
        onFailure: (error: unknown) => reject(toIdentityError(error)),
        newPasswordRequired: () => reject(new IdentityError('PasswordResetRequired', 'This account must set a new password first.')),
      });
    });
  }

  /** Registers the user; resolves whether the account is confirmed already (locally it is; on AWS a code is e-mailed). */
  signUp(input: SignUpInput): Promise<{ confirmed: boolean }> {
    const attributes = [
      new CognitoUserAttribute({ Name: 'email', Value: input.email.trim().toLowerCase() }),
      new CognitoUserAttribute({ Name: 'name', Value: input.name.trim() }),
      new CognitoUserAttribute({ Name: 'phone_number', Value: input.phone.trim() }),
      new CognitoUserAttribute({ Name: 'address', Value: formatAddress(input.address) }),
    ];
    return new Promise((resolve, reject) => {
      this.pool.signUp(input.email.trim().toLowerCase(), input.password, attributes, [], (error, result) => {
        if (error || !result) reject(toIdentityError(error));
        else resolve({ confirmed: result.userConfirmed });
      });
    });
  }

  confirmSignUp(email: string, code: string): Promise<void> {
    const user = new CognitoUser({ Username: email.trim().toLowerCase(), Pool: this.pool });
    return new Promise((resolve, reject) => {
      user.confirmRegistration(code.trim(), true, (error: unknown) => (error ? reject(toIdentityError(error)) : resolve()));
    });
  }

  signOut(): void {
    this.pool.getCurrentUser()?.signOut();
  }
}

/** A Cognito refusal, with a message a shopper understands. */
export class IdentityError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'IdentityError';
    this.code = code;
  }
}

const friendly: Record<string, string> = {
  NotAuthorizedException: 'That email and password do not match.',
  UserNotFoundException: 'That email and password do not match.',
  UsernameExistsException: 'An account with this email already exists. Sign in instead.',
  InvalidPasswordException:
    'Choose a password of at least 8 characters with upper- and lower-case letters, a number and a symbol.',
  UserNotConfirmedException: 'Confirm your email first: enter the code we sent you.',
  CodeMismatchException: 'That code is not right. Check the email and try again.',
  ExpiredCodeException: 'That code has expired. Sign up again to get a new one.',
  TooManyRequestsException: 'Too many attempts. Please wait a moment and try again.',
  LimitExceededException: 'Too many attempts. Please wait a moment and try again.',
};

function toIdentityError(error: unknown): IdentityError {
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  const key = code ?? name ?? 'Unknown';
  if (key === 'InvalidParameterException') {
    return new IdentityError(key, message ? `Please check your details: ${message}` : 'Please check your details.');
  }
  if (key === 'NetworkError' || error instanceof TypeError) {
    return new IdentityError(key, "We can't reach the sign-in service. Check your connection and try again.");
  }
  return new IdentityError(key, friendly[key] ?? 'Sign-in failed. Please try again.');
}
