import type { LocalDateTime } from '../../core/cell';
import { certificateMails, type MadeCertificate } from '../../core/commendation/certificate-mail';
import type { Plan } from '../../core/plan';
import type { LockPort, TablesPort } from '../../ports';
import { enqueueEntries } from '../outbox/outbox-store';

const LOCK_WAIT_MS = 10_000;

/** The certificates' mails into "Hộp thư đi", under the lock; returns how many were new. */
export function queueCertificateMails(
  ports: { readonly tables: TablesPort; readonly lock: LockPort },
  plan: Plan,
  made: readonly MadeCertificate[],
  at: LocalDateTime,
): number {
  const entries = certificateMails(plan, made, at);
  if (entries.length === 0) return 0;
  return ports.lock.withLock(LOCK_WAIT_MS, () => enqueueEntries(ports.tables, entries).added.length);
}
