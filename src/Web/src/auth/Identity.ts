import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import type { AppConfig, PasswordPolicy } from '../config';
import type { Address } from '../api/types';
import { describePasswordPolicy } from './passwordPolicy';
import { formatAddress, profileFromClaims, type UserProfile } from './profile';

/** What a shopper keeps in their account: the name, phone and address checkout starts from. */
export interface ProfileDetails {
  name: string;
  phone: string;
  address: Address;
}

export interface SignUpInput extends ProfileDetails {
  email: string;
  password: string;
}

/** Which flow a refusal came from, so its words fit ("ask for a new code" rather than "sign up again"). */
type Flow = 'signIn' | 'signUp' | 'reset' | 'account';

/**
 * Sign-up and sign-in against Cognito's API: the same calls reach Amazon Cognito on AWS and the local environment's
 * Cognito-compatible endpoint (both named by /config.json). USER_PASSWORD_AUTH, because the local endpoint does
 * not speak SRP. Tokens live in local storage, where the library keeps them, and are refreshed when they expire.
 */
export class Identity {
  private readonly pool: CognitoUserPool;
  private readonly policy: PasswordPolicy;
  private readonly endpoint: string;

  constructor(config: AppConfig, storage?: Storage) {
    this.policy = config.passwordPolicy;
    this.endpoint = config.cognitoEndpoint;
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
        onFailure: (error: unknown) => reject(this.refusal(error, 'signIn')),
        newPasswordRequired: () => reject(new IdentityError('PasswordResetRequired', 'This account must set a new password first.')),
      });
    });
  }

  /** Registers the user; resolves whether the account is confirmed already (locally it is; on AWS a code is e-mailed). */
  signUp(input: SignUpInput): Promise<{ confirmed: boolean }> {
    const attributes = [new CognitoUserAttribute({ Name: 'email', Value: input.email.trim().toLowerCase() }), ...profileAttributes(input)];
    return new Promise((resolve, reject) => {
      this.pool.signUp(input.email.trim().toLowerCase(), input.password, attributes, [], (error, result) => {
        if (error || !result) reject(this.refusal(error, 'signUp'));
        else resolve({ confirmed: result.userConfirmed });
      });
    });
  }

  confirmSignUp(email: string, code: string): Promise<void> {
    const user = new CognitoUser({ Username: email.trim().toLowerCase(), Pool: this.pool });
    return new Promise((resolve, reject) => {
      user.confirmRegistration(code.trim(), true, (error: unknown) => (error ? reject(this.refusal(error, 'signUp')) : resolve()));
    });
  }

  /** Asks Cognito to send a reset code to the account's email (locally it lands in /local/outbox). */
  forgotPassword(email: string): Promise<void> {
    const user = new CognitoUser({ Username: email.trim().toLowerCase(), Pool: this.pool });
    return new Promise((resolve, reject) => {
      user.forgotPassword({
        onSuccess: () => resolve(),
        onFailure: (error: unknown) =>
          // Whether an account exists is not told to whoever types an address (as Cognito does with the pool's
          // "prevent user existence errors"): the page says a code was sent if the account exists.
          codeOf(error) === 'UserNotFoundException' ? resolve() : reject(this.refusal(error, 'reset')),
      });
    });
  }

  /** Sets a new password with the code from the reset email (ConfirmForgotPassword). */
  confirmPassword(email: string, code: string, newPassword: string): Promise<void> {
    const user = new CognitoUser({ Username: email.trim().toLowerCase(), Pool: this.pool });
    return new Promise((resolve, reject) => {
      user.confirmPassword(code.trim(), newPassword, {
        onSuccess: () => resolve(),
        onFailure: (error: unknown) => reject(this.refusal(error, 'reset')),
      });
    });
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.signedInUser();
    return new Promise((resolve, reject) => {
      user.changePassword(currentPassword, newPassword, (error) => (error ? reject(this.refusal(error, 'account')) : resolve()));
    });
  }

  /**
   * Saves the name, phone and address (UpdateUserAttributes), then refreshes the session, so the new ID token —
   * which checkout pre-fills its shipping details from — carries the new values. Resolves the new profile.
   */
  async updateProfile(details: ProfileDetails): Promise<UserProfile> {
    const user = await this.signedInUser();
    await new Promise<void>((resolve, reject) => {
      user.updateAttributes(profileAttributes(details), (error) => (error ? reject(this.refusal(error, 'account')) : resolve()));
    });
    const session = await new Promise<CognitoUserSession>((resolve, reject) => {
      const refreshToken = user.getSignInUserSession()!.getRefreshToken();
      user.refreshSession(refreshToken, (error: unknown, fresh: CognitoUserSession) => (error ? reject(this.refusal(error, 'account')) : resolve(fresh)));
    });
    return profileFromClaims(session.getIdToken().decodePayload());
  }

  /** Ends every session of this user (GlobalSignOut: their refresh tokens stop working everywhere), then this one. */
  async signOutEverywhere(): Promise<void> {
    const user = await this.signedInUser();
    await new Promise<void>((resolve, reject) => {
      user.globalSignOut({ onSuccess: () => resolve(), onFailure: (error: unknown) => reject(this.refusal(error, 'account')) });
    });
    user.signOut();
  }

  /**
   * Signs out here and revokes this device's refresh token (RevokeToken), then clears the tokens on this device
   * whatever Cognito answers. The library revokes only when the access token names its `origin_jti`, as Amazon
   * Cognito's do when the app client allows revocation; for tokens without it the request is sent here, so a plain
   * sign-out never leaves a refresh token that still works.
   */
  async signOut(): Promise<void> {
    const user = this.pool.getCurrentUser();
    if (!user) return;
    const session = await sessionOf(user);
    if (session?.getAccessToken().decodePayload().origin_jti) {
      await new Promise<void>((resolve) => user.signOut(() => resolve()));
    } else if (session) {
      await this.revokeToken(session.getRefreshToken().getToken()).catch(() => undefined);
    }
    user.signOut();
  }

  private async revokeToken(token: string): Promise<void> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.RevokeToken' },
      body: JSON.stringify({ Token: token, ClientId: this.pool.getClientId() }),
    });
    if (!response.ok) throw new IdentityError('RevokeFailed', 'The session could not be revoked.');
  }

  /** The signed-in user with a live session, as the calls that need an access token require. */
  private async signedInUser(): Promise<CognitoUser> {
    const user = this.pool.getCurrentUser();
    const session = user && (await sessionOf(user));
    if (!user || !session?.isValid()) throw new IdentityError('NotSignedIn', 'Your session has ended. Sign in again.');
    return user;
  }

  private refusal(error: unknown, flow: Flow): IdentityError {
    const code = codeOf(error);
    if (code === 'InvalidPasswordException') {
      return new IdentityError(code, `Choose a stronger password. ${describePasswordPolicy(this.policy)}`);
    }
    return toIdentityError(error, flowMessages[flow][code]);
  }
}

/** The user's session from local storage, refreshed if its tokens expired; null when it cannot be had. */
function sessionOf(user: CognitoUser): Promise<CognitoUserSession | null> {
  return new Promise((resolve) => user.getSession((error: Error | null, session: CognitoUserSession | null) => resolve(error ? null : session)));
}

function profileAttributes(details: ProfileDetails): CognitoUserAttribute[] {
  return [
    new CognitoUserAttribute({ Name: 'name', Value: details.name.trim() }),
    new CognitoUserAttribute({ Name: 'phone_number', Value: details.phone.trim() }),
    new CognitoUserAttribute({ Name: 'address', Value: formatAddress(details.address) }),
  ];
}

function codeOf(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: string; name?: string };
  return code ?? name ?? 'Unknown';
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
  UserNotConfirmedException: 'Confirm your email first: enter the code we sent you.',
  CodeMismatchException: 'That code is not right. Check the email and try again.',
  ExpiredCodeException: 'That code has expired. Ask for a new one.',
  TooManyRequestsException: 'Too many attempts. Please wait a moment and try again.',
  LimitExceededException: 'Too many attempts. Please wait a moment and try again.',
};

/** Words that depend on the flow: a wrong password while changing it is the current one, not the sign-in's. */
const flowMessages: Record<Flow, Record<string, string>> = {
  signIn: {},
  signUp: { ExpiredCodeException: 'That code has expired. Sign up again to get a new one.' },
  reset: {
    CodeMismatchException: 'That code is not right. Check the latest email we sent and try again.',
    UserNotFoundException: 'That code is not right. Check the latest email we sent and try again.',
    ExpiredCodeException: 'That code has expired. Ask for a new one below.',
    LimitExceededException: 'Too many attempts for this account. Please wait a few minutes, then try again.',
  },
  account: {
    NotAuthorizedException: 'Your current password is not right, or your session has ended. Check it and try again.',
    LimitExceededException: 'Too many attempts. Please wait a few minutes, then try again.',
  },
};

function toIdentityError(error: unknown, override?: string): IdentityError {
  const { message } = (error ?? {}) as { message?: string };
  const key = codeOf(error);
  if (override) return new IdentityError(key, override);
  if (key === 'InvalidParameterException') {
    return new IdentityError(key, message ? `Please check your details: ${message}` : 'Please check your details.');
  }
  if (key === 'NetworkError' || error instanceof TypeError) {
    return new IdentityError(key, "We can't reach the sign-in service. Check your connection and try again.");
  }
  return new IdentityError(key, friendly[key] ?? 'Sign-in failed. Please try again.');
}
