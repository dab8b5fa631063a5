/** Base class for wallet / keyfile errors. */
export class KeyfileError extends Error {
  override name = 'KeyfileError';
}
/** Decryption failed the MAC check: the password is wrong (or the file is corrupt). */
export class WrongPasswordError extends KeyfileError {
  override name = 'WrongPasswordError';
  constructor(message = 'Wrong password for decryption.') {
    super(message);
  }
}
/** The keyfile is encrypted and no password was supplied (argument or BT_PW_ environment variable). */
export class PasswordRequiredError extends KeyfileError {
  override name = 'PasswordRequiredError';
}
/** Refusing to overwrite an existing keyfile without `overwrite: true`. */
export class KeyfileExistsError extends KeyfileError {
  override name = 'KeyfileExistsError';
}
/** The keyfile is encrypted in a format we cannot open (legacy Fernet, Ansible Vault). */
export class UnsupportedEncryptionError extends KeyfileError {
  override name = 'UnsupportedEncryptionError';
}
