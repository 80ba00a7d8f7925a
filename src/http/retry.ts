// The one retry policy of every request the action makes: a bounded number
// of attempts, an exponential, jittered pause between them, or the server's
// own Retry-After (seconds or an HTTP date), cut to a few minutes at most.
import type { Deps } from '../deps.ts';
import { ReleaseError, isReleaseError } from '../errors.ts';
import { describeNetworkError, isRetryableNetworkError, networkErrorCode, networkHint } from './errors.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut short: the job should fail in minutes, not hours. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export type Attempt<T> = { kind: 'done'; value: T } | { kind: 'retry'; reason: string; retryAfterMs: number | undefined };

export interface RetryHooks<T> {
  /** The error when the attempts run out, or a transport failure no retry fixes. */
  giveUp(reason: string, cause: unknown): ReleaseError;
  /** Called before each retry: may find the work already done (an upload stored before its answer was lost). */
  beforeRetry?(): Promise<T | undefined>;
  /** How the pause is announced; default a warning. */
  announce?(line: string): void;
}

/**
 * Runs `attempt` until it is done, at most `policy.attempts` times. An
 * attempt asks for a retry itself (a 5xx, a 429), or throws: a transport
 * failure worth a retry (a dropped connection, a request past its deadline)
 * is retried, one that is not (a bad certificate) ends in `giveUp` with a
 * hint; anything else (our own verdicts, and bugs) passes through.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  deps: Deps,
  what: string,
  attempt: (n: number) => Promise<Attempt<T>>,
  hooks: RetryHooks<T>,
): Promise<T> {
  for (let n = 1; ; n++) {
    let outcome: Attempt<T>;
    let cause: unknown;
    try {
      outcome = await attempt(n);
    } catch (error) {
      if (isReleaseError(error) || networkErrorCode(error) === undefined) throw error;
      if (!isRetryableNetworkError(error)) {
        const hint = networkHint(error);
        const failure = hooks.giveUp(describeNetworkError(error), error);
        throw hint === undefined ? failure : new ReleaseError({ code: failure.code, message: failure.message, details: failure.details, hint, cause: error });
      }
      outcome = { kind: 'retry', reason: describeNetworkError(error), retryAfterMs: undefined };
      cause = error;
    }
    if (outcome.kind === 'done') return outcome.value;
    if (n >= policy.attempts) throw hooks.giveUp(`${outcome.reason} (gave up after ${n} attempts)`, cause);
    const delay = pauseBefore(n + 1, policy, outcome.retryAfterMs);
    (hooks.announce ?? deps.log.warning)(`${what}: ${outcome.reason}. Retry ${n} of ${policy.attempts - 1} in ${(delay / 1000).toFixed(1)} s.`);
    await deps.sleep(delay);
    if (hooks.beforeRetry) {
      const done = await hooks.beforeRetry();
      if (done !== undefined) return done;
    }
  }
}

/** The pause before attempt `n` (2 or more): the server's Retry-After if it gave one, else backoff with jitter. */
export function pauseBefore(n: number, policy: RetryPolicy, retryAfterMs: number | undefined): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 2));
  // Full jitter over the upper half: clients failing together do not come back together.
  return Math.round(backoff / 2 + Math.random() * (backoff / 2));
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
