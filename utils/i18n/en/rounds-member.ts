import type { roundsMember as vi } from '../vi/rounds-member';

export const roundsMember: Record<keyof typeof vi, string> = {
  'rounds.member.join.title': 'Receive a self-review round invitation',
  'rounds.member.join.intro':
    'Choose the invitation file (.json) the secretary sent you. It is read on this device only.',
  'rounds.member.join.drop': 'Choose the invitation file (.json)',
  'rounds.member.join.dropHint': 'or drag and drop the invitation file here',
  'rounds.member.join.dropActive': 'Drop the file to read the invitation',
  'rounds.member.join.reading': 'Reading the invitation…',
  'rounds.member.join.previewTitle': 'Invitation: {label}',
  'rounds.member.join.cell': 'Cell',
  'rounds.member.join.round': 'Round',
  'rounds.member.join.form': 'Form',
  'rounds.member.join.formValue': '{form} · version {version}',
  'rounds.member.join.items': 'Items counted',
  'rounds.member.join.fingerprintCheck':
    'Compare this code with the one the secretary reads out at the meeting. If it differs, do not use this invitation.',
  'rounds.member.join.privacyTitle': 'How your answers are protected',
  'rounds.member.join.packInstall':
    'The invitation carries the form pack {pack} version {version}; joining installs it.',
  'rounds.member.join.start': 'Join and start',
  'rounds.member.join.joining': 'Joining…',
  'rounds.member.join.already': 'You already have a review for this round.',
  'rounds.member.join.continue': 'Continue',
  'rounds.member.join.another': 'Choose another invitation',
  'rounds.member.mode.exact':
    'This round counts exactly: the cell’s report only shows totals over at least {k} people, small counts are shown as ranges, and nobody’s review is ever shown on its own.',
  'rounds.member.mode.randomised':
    'This round randomises answers: before the file is saved, your device changes some answers at random ({percent}% of answers stay your real answer), so nobody knows for sure what you answered; a report needs at least {k} people.',
  'rounds.member.review.contribute': 'Create the contribution file',
  'rounds.member.review.contributeHint':
    'This review belongs to a round of your cell. The contribution file holds only the counted answers, encrypted for the secretary.',
  'rounds.member.contribute.title': 'Create the contribution file',
  'rounds.member.contribute.back': 'Back to the review',
  'rounds.member.contribute.intro':
    'Below is exactly what the contribution file will hold, before it is encrypted for the secretary.',
  'rounds.member.contribute.fingerprint': 'The round’s check code: ',
  'rounds.member.contribute.item': 'Item',
  'rounds.member.contribute.answer': 'Your answer',
  'rounds.member.contribute.sent': 'Value sent',
  'rounds.member.contribute.changed': 'randomised',
  'rounds.member.contribute.none': '(nothing chosen)',
  'rounds.member.contribute.indicators': 'Summary indicators',
  'rounds.member.contribute.indicator': 'Indicator',
  'rounds.member.contribute.yes': 'Yes',
  'rounds.member.contribute.no': 'No',
  'rounds.member.contribute.size': 'Every file of this round has the same size: {size} bytes.',
  'rounds.member.contribute.notContainedTitle': 'This file does NOT contain',
  'rounds.member.contribute.notName': 'your name or anything that says who you are;',
  'rounds.member.contribute.notText':
    'text you wrote yourself (remedial measures, notes, explanations…);',
  'rounds.member.contribute.notTime': 'times: when you answered or saved the file;',
  'rounds.member.contribute.notDevice':
    'information about your device: browser, operating system, network address.',
  'rounds.member.contribute.whoTitle': 'Who can see what',
  'rounds.member.contribute.whoExact':
    'The secretary’s Tự soi decrypts the files only together and shows only totals, never a single file. But a determined secretary could read your file on its own.',
  'rounds.member.contribute.whoRandomised':
    'Before saving, your device changed some answers at random ({percent}% of answers are still your real answer). Nobody, not even the secretary, knows which ones are real.',
  'rounds.member.contribute.whoOthers': 'Other members only see the cell’s aggregate report.',
  'rounds.member.contribute.save': 'Save the contribution file',
  'rounds.member.contribute.saving': 'Saving…',
  'rounds.member.contribute.saved':
    'Saved. Send this file to the secretary the way your cell agreed. Doing it again replaces the earlier file.',
};
