import type { LogPort } from '../../ports';

/** The use cases' log on the console: errors always (stderr), progress only when asked. */
export class ConsoleLog implements LogPort {
  constructor(private readonly verbose = false) {}

  info(message: string): void {
    if (this.verbose) console.error(message);
  }

  error(message: string): void {
    console.error(message);
  }
}
