import type { roundErrors as vi } from '../vi/round-errors';

export const roundErrors: Record<keyof typeof vi, string> = {
  'rounds.file.kind.invitation': 'invitation',
  'rounds.file.kind.contribution': 'contribution file',
  'rounds.file.kind.key-backup': 'key backup file',
  'rounds.file.error.too-large':
    'The file is too large for a {kind} ({size} bytes, at most {max}). It was not read.',
  'rounds.file.error.not-json': 'This is not a Tự soi {kind}: the file is not UTF-8 JSON.',
  'rounds.file.error.wrong-format': 'This is not a Tự soi {kind}, or it was altered (at {path}).',
  'rounds.file.error.pack-hash':
    'The form pack inside the {kind} does not match its stated hash: the file was altered or damaged. Ask the secretary to send it again.',
  'rounds.file.error.fingerprint':
    "The invitation's check code does not match the round's key: the file was altered or damaged. Do not use it; ask the secretary to send it again.",
  'rounds.file.error.undecryptable':
    "This contribution file cannot be decrypted with this round's key: it was altered, damaged, or made for another round.",
  'rounds.file.error.wrong-passphrase':
    'Wrong passphrase (or the backup file was altered). Check capitals, accents and the keyboard layout, then try again.',
  'rounds.file.error.key-mismatch':
    "The private key in the {kind} does not match the round's public key: the file was altered or damaged. The key cannot be restored from it.",
  'rounds.error.round-not-found': 'This round is not on this device.',
  'rounds.error.no-key':
    "This device has the round but not its key. Restore the key from its backup file to read the round's contribution files.",
  'rounds.error.pack-missing': 'The form pack {pack} this round uses is not installed.',
  'rounds.error.nothing-to-count':
    'Form “{formId}” has no questions counted anonymously, so a round cannot be opened on it.',
  'rounds.error.invalid-input': 'The value of “{field}” is not valid.',
  'rounds.error.passphrase-short': 'The passphrase needs at least {min} characters.',
  'rounds.error.backup-required':
    'Before exporting the invitation, save the key backup file and tick “I understand: if the key is lost, this round’s contribution files cannot be read”.',
  'rounds.error.other-round':
    'This contribution file belongs to another round, not the one being collected.',
  'rounds.error.other-pack':
    'This contribution file was made on form {found}; the round uses {expected}.',
  'rounds.error.invalid-payload':
    "Decrypted, but its content does not fit the round's form: the file was not accepted.",
  'rounds.error.too-few':
    '{received} contribution files received; a report needs at least {k} ({needed} more).',
  'rounds.error.too-close':
    'A new report would differ from the previous one by only {difference} contribution files; it must differ by at least {k} so nobody can work out one person’s answers.',
  'rounds.error.invitation-pack-invalid':
    'The form pack {pack} in the invitation failed the pack checks. Ask the secretary to check the file.',
  'rounds.error.invitation-pack-conflict':
    'This device already has a different file with the same id and version {pack}. Ask the secretary which one is right.',
  'rounds.error.not-completed': 'Complete the review before making a contribution file.',
  'rounds.error.not-in-round': 'This review belongs to no round, so it has no contribution file.',
  'rounds.error.answer-missing':
    'Item “{item}” has no valid answer. Edit the review, then make the contribution file.',
  'rounds.error.round-exists': 'This device already has this round and its key.',
};
