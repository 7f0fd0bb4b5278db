import type { rounds as vi } from '../vi/rounds';

export const rounds: Record<keyof typeof vi, string> = {
  'rounds.title': 'Cell review rounds',
  'rounds.common.received': 'Received {received} / expected {expected}',
  'rounds.common.mode.exact': 'Exact counts, small numbers banded (k = {k})',
  'rounds.common.mode.randomised': 'Randomised answers ({truth} answers kept, k = {k})',
  'rounds.common.truth.0.5': '1 in 2',
  'rounds.common.truth.0.75': '3 in 4',
  'rounds.common.formVersion': '{form} · {pack} version {version}',
  'rounds.common.fingerprint': 'Round check code',
  'rounds.common.showPassphrase': 'Show the passphrase',
  'rounds.common.backToList': 'List of rounds',
  'rounds.secretary.list.intro':
    'The secretary opens a round, sends members an invitation, and collects their encrypted contribution files to make one report for the meeting.',
  'rounds.secretary.list.empty':
    'No rounds yet. A round is one time the whole cell reviews itself on one form: each member answers on their own device and sends back one anonymous, encrypted contribution file; Tự soi only adds the files up into a shared report and never shows anyone’s own answers.',
  'rounds.secretary.list.unreadable':
    '{count} rounds stored on this device cannot be read (the data may be damaged, or written by a newer version of Tự soi). Tự soi does not delete them; the other rounds work as usual.',
  'rounds.secretary.list.new': 'New round',
  'rounds.secretary.list.restore': 'Restore a key from its backup file',
  'rounds.secretary.list.label': 'Rounds',
  'rounds.secretary.list.created': 'Created {date}',
  'rounds.secretary.badge.keyNotSaved': 'Key not saved',
  'rounds.secretary.badge.collecting': 'Collecting',
  'rounds.secretary.badge.reported': 'Report made',
  'rounds.secretary.create.title': 'New round',
  'rounds.secretary.create.noForms':
    'No installed form can be used for a round yet. Install a form pack in the library first.',
  'rounds.secretary.create.form': 'Form',
  'rounds.secretary.create.formOption': '{form} — {pack} {version}',
  'rounds.secretary.create.formNoIndicator': '{form} — {pack} {version} (no overall indicator)',
  'rounds.secretary.create.label': 'Round name',
  'rounds.secretary.create.labelPlaceholder': 'Review 3 — Q4/2026',
  'rounds.secretary.create.cellName': 'Cell name',
  'rounds.secretary.create.expected': 'Expected number of members',
  'rounds.secretary.create.expectedHint': 'From {min} to {max}.',
  'rounds.secretary.create.series': 'Series to compare with',
  'rounds.secretary.create.seriesHint':
    'Rounds of one series (same form) are compared with each other in the report.',
  'rounds.secretary.create.seriesNew': 'New series',
  'rounds.secretary.create.seriesExisting': '{label} ({rounds} rounds)',
  'rounds.secretary.create.seriesLabel': 'Name of the new series',
  'rounds.secretary.create.mode': 'How answers are protected',
  'rounds.secretary.create.modeExact': 'Exact counts, small numbers banded',
  'rounds.secretary.create.modeExactAbout':
    'The secretary’s copy of Tự soi decrypts contribution files only as a batch and never shows a single one; numbers below k are printed as ranges. This does not protect against a determined secretary, who could still read a single file.',
  'rounds.secretary.create.modeRandomised': 'Randomised answers',
  'rounds.secretary.create.modeRandomisedAbout':
    'Each member’s device randomises the answers before sending, so not even the secretary can be sure of one member’s answer. The price: the report’s numbers are estimates with a margin of error.',
  'rounds.secretary.create.modeRandomisedOption': 'Randomised answers: {truth} answers kept',
  'rounds.secretary.create.margin':
    'Expected margin of error with {n} members: ± {points} percentage points, that is ± {persons} members out of {n}.',
  'rounds.secretary.create.marginUnknown':
    'Enter the expected number of members to see the expected margin of error.',
  'rounds.secretary.create.k': 'Threshold k',
  'rounds.secretary.create.kHint':
    'With fewer than k contributions there is no report; with exact counts, numbers below k are printed as ranges.',
  'rounds.secretary.create.passphrase': 'Passphrase protecting the key backup file',
  'rounds.secretary.create.passphraseHint':
    'At least {min} characters. You need it to restore the key on another device; nobody can recover it if forgotten.',
  'rounds.secretary.create.passphraseAgain': 'Passphrase again',
  'rounds.secretary.create.submit': 'Create the round',
  'rounds.secretary.create.creating': 'Creating the key…',
  'rounds.secretary.create.error.form': 'Choose a form.',
  'rounds.secretary.create.error.label': 'Name the round (at most {max} characters).',
  'rounds.secretary.create.error.cellName': 'Enter the cell’s name (at most {max} characters).',
  'rounds.secretary.create.error.expected':
    'The expected number of members must be a whole number from {min} to {max}.',
  'rounds.secretary.create.error.seriesLabel': 'Name the new series (at most {max} characters).',
  'rounds.secretary.create.error.passphrase': 'The passphrase needs at least {min} characters.',
  'rounds.secretary.create.error.passphraseAgain': 'The two passphrases differ.',
  'rounds.secretary.round.meta.cell': 'Cell',
  'rounds.secretary.round.meta.form': 'Form',
  'rounds.secretary.round.meta.series': 'Series',
  'rounds.secretary.round.meta.mode': 'Protection',
  'rounds.secretary.round.meta.expected': 'Expected members',
  'rounds.secretary.round.fingerprintHint':
    'Read this code aloud at the meeting; each member compares it with the code on their own screen.',
  'rounds.secretary.round.noKey':
    'This device has the round but not its key, so it cannot read the contribution files.',
  'rounds.secretary.round.step1': 'Step 1. Keep the round’s key safe',
  'rounds.secretary.round.step1Intro':
    'The round’s key exists only on this device. Save its backup file (protected by the passphrase) somewhere safe off this device.',
  'rounds.secretary.round.saveBackup': 'Save the key backup file',
  'rounds.secretary.round.saveBackupAgain': 'Save the key backup file again',
  'rounds.secretary.round.backupSaved': 'The key backup file was saved.',
  'rounds.secretary.round.acknowledge':
    'I understand: if the key is lost, this round’s contribution files cannot be read',
  'rounds.secretary.round.step2': 'Step 2. Send the invitation',
  'rounds.secretary.round.step2Intro':
    'Send the invitation file to each member. It holds nothing secret: only the form, the round’s details and the public key.',
  'rounds.secretary.round.exportInvitation': 'Export the invitation',
  'rounds.secretary.round.needBackupAndAck':
    'Not yet: first save the key backup file and tick “I understand” in step 1.',
  'rounds.secretary.round.needBackup': 'Not yet: first save the key backup file in step 1.',
  'rounds.secretary.round.needAck': 'Not yet: first tick “I understand” in step 1.',
  'rounds.secretary.round.step3': 'Step 3. Collect the contribution files',
  'rounds.secretary.round.drop': 'Choose contribution files',
  'rounds.secretary.round.dropActive': 'Drop the files here',
  'rounds.secretary.round.dropHint': 'or drag several files here at once',
  'rounds.secretary.round.importing': 'Reading the files: {done} / {total} done…',
  'rounds.secretary.round.imported': 'Read all {total} files.',
  'rounds.secretary.round.results': 'Result per file',
  'rounds.secretary.round.outcome.added': 'Received',
  'rounds.secretary.round.outcome.replaced': 'Replaces the same member’s earlier file',
  'rounds.secretary.round.outcome.unchanged': 'Already received',
  'rounds.secretary.round.outcome.older':
    'An older file from someone whose newer file is already here: the newer one is kept',
  'rounds.secretary.round.tooMany':
    'More files than expected members — check whether someone sent twice from two devices.',
  'rounds.secretary.round.step4': 'Step 4. Make the report',
  'rounds.secretary.round.makeReport': 'Make the report',
  'rounds.secretary.round.making': 'Making the report…',
  'rounds.secretary.round.reportMade': 'Report made from {n} contribution files.',
  'rounds.secretary.round.openReport': 'Open the report',
  'rounds.secretary.restore.title': 'Restore a key from its backup file',
  'rounds.secretary.restore.intro':
    'Choose the key backup file saved when the round was created, then enter its passphrase. This device will then read the round’s contribution files.',
  'rounds.secretary.restore.file': 'Choose the key backup file',
  'rounds.secretary.restore.fileActive': 'Drop the file here',
  'rounds.secretary.restore.fileHint': 'or drag the file here',
  'rounds.secretary.restore.reading': 'Reading the file…',
  'rounds.secretary.restore.contents': 'In the backup file',
  'rounds.secretary.restore.round': 'Round',
  'rounds.secretary.restore.form': 'Form',
  'rounds.secretary.restore.formValue': '{form} (pack {pack} version {version})',
  'rounds.secretary.restore.fingerprintHint':
    'This code must match the one read aloud at the round’s meeting; if it differs, this is another round’s key.',
  'rounds.secretary.restore.passphrase': 'Passphrase of the backup file',
  'rounds.secretary.restore.submit': 'Restore',
  'rounds.secretary.restore.restoring': 'Unlocking the key…',
  'rounds.secretary.restore.openExisting': 'Open this round',
};
