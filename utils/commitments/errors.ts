export type CommitmentErrorCode = 'registration-not-found' | 'unknown-task' | 'unmarked-task';

/** A request the commitments service refuses; the UI names it with `commitments.error.<code>`. */
export class CommitmentError extends Error {
  override name = 'CommitmentError';

  constructor(readonly code: CommitmentErrorCode) {
    super(code);
  }
}
