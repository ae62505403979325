import type { LogPort } from '../../ports';

/**
 * The use cases' error lines of the command running now. They are held until the command ends:
 * a command that succeeds prints them after its work; one that fails prints its one line
 * instead, since a warning such as "sending anyway" would be false once the run has stopped
 * (the lines are shown too when --verbose asks for details).
 */
const held: string[] = [];

/** Takes the error lines held so far (the CLI prints or drops them when the command ends). */
export function takeHeldErrors(): string[] {
  return held.splice(0, held.length);
}

/** The use cases' log on the console: errors (stderr) once the command ends, progress only when asked. */
export class ConsoleLog implements LogPort {
  constructor(private readonly verbose = false) {}

  info(message: string): void {
    if (this.verbose) console.error(message);
  }

  error(message: string): void {
    held.push(message);
  }
}
