import { isTransient, SheetsCallFailed, sheetsFailureOf } from './sheets-failure';

export interface BackOff {
  /** Calls in all, the first included. */
  readonly tries: number;
  /** The pause before the second call; each next pause doubles it. */
  readonly firstDelayMs: number;
}

/**
 * Google's advice for 429 and 5xx: wait, double the wait, give up after a few tries. Four tries
 * from one second wait 1 + 2 + 4 s at most, so a quota per minute shared by a few schools at a
 * time has room to refill without a district run standing still for minutes.
 */
export const GOOGLE_BACK_OFF: BackOff = { tries: 4, firstDelayMs: 1_000 };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `call`, again after each transient failure; any other failure, or the last, is thrown as SheetsCallFailed. */
export async function withBackOff<T>(call: () => Promise<T>, backOff: BackOff = GOOGLE_BACK_OFF): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = sheetsFailureOf(error);
      if (!isTransient(failure) || attempt >= backOff.tries) throw new SheetsCallFailed(failure);
      await pause(backOff.firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
