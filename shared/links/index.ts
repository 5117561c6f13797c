export {
  createKeyringLoader,
  KeyringError,
  type KeyringLoaderDependencies,
  type KeyringSource,
  keyringSourceFromEnv,
  loadKeyring,
  SECRET_NAMES,
  type SecretName,
} from './secret.ts';
export {
  type Keyring,
  type LinkClaims,
  type LinkRejection,
  LinkSigningError,
  type LinkVerification,
  linkClaimsSchema,
  linkExpiry,
  MAX_TOKEN_LENGTH,
  type SigningKey,
  signaturesEqual,
  signLink,
  verifyLink,
} from './token.ts';
