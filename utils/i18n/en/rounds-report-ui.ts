import type { roundsReportUi as vi } from '../vi/rounds-report-ui';

export const roundsReportUi: Record<keyof typeof vi, string> = {
  'rounds.report.title': 'Self-review report — {label}',
  'rounds.report.backToRound': 'Back to the round',
  'rounds.report.loading': 'Loading the report…',
  'rounds.report.none':
    'This round has no report yet. Make one on the round’s page once enough contributions are in.',
  'rounds.report.cell': 'Cell',
  'rounds.report.round': 'Round',
  'rounds.report.series': 'Series',
  'rounds.report.form': 'Form',
  'rounds.report.formValue': '{form} · version {version}',
  'rounds.report.date': 'Report date',
  'rounds.report.mode': 'Protection',
  'rounds.report.modeExact': 'Exact counts, threshold k = {k}',
  'rounds.report.modeRandomised':
    'Randomised answers, probability of keeping the real answer t = {truth}, threshold k = {k}',
  'rounds.report.count': 'Reviews counted',
  'rounds.report.countValue': '{n} of {expected} expected members',
  'rounds.report.headline': '{number} of {n} members self-identified at least one manifestation',
  'rounds.report.groupIndicator':
    '{number} of {n} members with at least one manifestation in this group',
  'rounds.report.item': 'Manifestation',
  'rounds.report.flagged': 'Self-identified (partly or fully)',
  'rounds.report.hidden': 'Hidden to protect respondents',
  'rounds.report.hiddenNote':
    '{hidden} of {total} manifestations are hidden. This is not a fault: the cell sent {n} files, and in those rows one answer was chosen by few members (under {k}) or by nearly all; printing the row would let someone work out who answered what. The more members send a file, the fewer rows are hidden.',
  'rounds.report.tableCaption': '{group}: members per answer',
  'rounds.report.top': 'Most often reported manifestations',
  'rounds.report.topNone': 'No manifestation can be compared.',
  'rounds.report.chartTitle': 'Members self-identifying each manifestation — {group}',
  'rounds.report.chartHidden': 'hidden',
  'rounds.report.trend': 'Across the rounds of the series “{series}”',
  'rounds.report.trendCaption': 'Rounds compared: round 1 → round {last}',
  'rounds.report.trendRound': 'Round {index}: {label} (n = {n})',
  'rounds.report.trendGroup': '{group} — members with at least one manifestation',
  'rounds.report.trendRow': 'Measure',
  'rounds.report.trendMissing': 'not asked',
  'rounds.report.trendFirst':
    'This is the first round of the series; there is nothing earlier to compare.',
  'rounds.report.method': 'How to read the numbers',
  'rounds.report.methodExact':
    'The numbers are members, counted exactly from {n} contribution files. So that nobody can be recognised, a number below {k} (or close to the total) is shown only as a range such as “1–4”; a row is hidden when its other numbers would reveal a small one. A report needs at least {k} files.',
  'rounds.report.methodRandomised':
    'Every device changed some answers at random before sending, so there are no exact counts. A number such as “≈ 8 (1–12)” is an unbiased estimate of members with its 95 % confidence interval. With few members the interval is wide: read it as a tendency, not a certain figure. A report needs at least {k} files.',
  'rounds.report.methodNoIndividual': 'The report holds nobody’s individual answers.',
  'rounds.report.actions': 'Print and download the report',
  'rounds.report.print': 'Print the report',
  'rounds.report.csvSeparator': 'CSV separator',
  'rounds.report.csvComma': 'Comma (,)',
  'rounds.report.csvSemicolon': 'Semicolon (;) — for Excel in Vietnamese',
  'rounds.report.csv': 'Download CSV',
  'rounds.report.json': 'Download the aggregate file (JSON)',
};
