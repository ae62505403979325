import { drainOutboxAsync, type DrainOptions, type DrainResult } from '../../app/outbox/drain-outbox';
import type { AppPorts } from '../../app/ports-bundle';
import type { Deadline } from '../../app/deadline';
import type { AsyncLockPort, AsyncSleepPort, PropertiesPort, TriggersPort } from '../../ports';
import { cliLanguage } from '../runtime/cli-text';
import { LocalMail } from './local-mail';

/** Back-off waits for the local drain: real time, without blocking the event loop. */
export const realSleep: AsyncSleepPort = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const CONTINUATION_KEY = 'outbox.continuationAt';

/**
 * The local runtime has no time-driven triggers: the continuation is remembered (one value,
 * so never more than one) and shown by the CLI, which tells the user when to drain again.
 */
export class RememberedContinuation implements TriggersPort {
  constructor(
    private readonly properties: PropertiesPort,
    private readonly now: () => Date,
  ) {}

  scheduleContinuation(afterMs: number): void {
    this.properties.set(CONTINUATION_KEY, new Date(this.now().getTime() + afterMs).toISOString());
  }

  cancelContinuation(): void {
    this.properties.delete(CONTINUATION_KEY);
  }

  hasPendingContinuation(): boolean {
    return this.properties.get(CONTINUATION_KEY) !== undefined;
  }

  /** When the next drain is due, if one is. */
  pendingAt(): Date | undefined {
    const at = this.properties.get(CONTINUATION_KEY);
    return at ? new Date(at) : undefined;
  }
}

export interface LocalDrainOptions extends DrainOptions {
  /** SMTP URL (--smtp / SMTP_URL); absent: .eml files in outDir. */
  smtpUrl?: string;
  /** Recipients a day (--daily-limit); default 100. */
  dailyLimit?: number;
  /** Default out/mail. */
  outDir?: string;
  /** Saves the workbook; called after the 'đang gửi' marks, before any mail leaves. */
  save?: () => Promise<void>;
}

/**
 * `learning-week drain FILE`: the outbox drain with the local adapters. The caller saves the
 * workbook afterwards (the results) as after any command.
 */
export async function drainLocally(
  ports: Pick<AppPorts, 'tables' | 'clock' | 'log' | 'properties'> & {
    lock: AsyncLockPort;
    /** The deadline of the step or command this drain is part of; its own otherwise. */
    deadline?: Deadline;
  },
  options: LocalDrainOptions = {},
): Promise<DrainResult> {
  const { smtpUrl, dailyLimit, outDir, save, ...drainOptions } = options;
  const mail = new LocalMail({
    clock: ports.clock,
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(dailyLimit !== undefined ? { dailyLimit } : {}),
    ...(outDir ? { outDir } : {}),
  });
  try {
    return await drainOutboxAsync(
      {
        tables: ports.tables,
        clock: ports.clock,
        log: ports.log,
        lock: ports.lock,
        mail,
        sleep: realSleep,
        triggers: new RememberedContinuation(ports.properties, () => ports.clock.now()),
        // The send journal: a drain cut off mid-batch is settled from it, not handed to the principal.
        properties: ports.properties,
        ...(ports.deadline ? { deadline: ports.deadline } : {}),
        ...(save ? { checkpoint: { checkpoint: save } } : {}),
      },
      // The ledger's texts follow the sheet's language, as the command read it from Settings.
      { language: cliLanguage(), ...drainOptions },
    );
  } finally {
    mail.close();
  }
}
