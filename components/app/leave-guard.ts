/**
 * Decides whether moving to `targetHash` must wait: returns true when it has taken over (asked
 * the member) and the move should not happen now.
 */
export type LeaveGuard = (targetHash: string) => boolean;

let current: LeaveGuard | undefined;

/** Installs the guard of the view on screen; returns a function that removes it. */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = undefined;
  };
}

export function leaveIsHeld(targetHash: string): boolean {
  return current?.(targetHash) ?? false;
}
