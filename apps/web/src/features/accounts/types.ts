/** The accounts API's shapes come from the shared contracts; these aliases name them for the web app. */
export type {
  Me,
  SignInResponse as SignInResult,
  SignInBody as PasswordSignIn,
  PhoneSignInBody as PhoneSignIn,
  PhoneCodeSent,
  TotpSetup,
  ChangePasswordBody as PasswordChange,
  PasswordPolicy,
} from '@youyu/contracts';
