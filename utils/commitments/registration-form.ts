/**
 * Where the built-in registration form (forms/dang-ky-cam-ket.json) keeps what the tracker
 * reads: its tasks are the rows of the `viec-lam` dynamic panel.
 */
export const REGISTRATION_FORM = {
  packId: 'dang-ky-cam-ket',
  formId: 'dang-ky-nam',
  year: 'nam',
  tasks: 'viec-lam',
  task: 'viec',
  target: 'chi-tieu',
  deadline: 'thoi-han',
} as const;
