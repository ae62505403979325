import { SCHOOL_TIME_ZONE } from '../../core/time-zone';
import type { EnvironmentPort } from '../../ports';

/**
 * A local workbook has no time zone of its own: its dates are floating wall-clock times,
 * read and written without any zone (see excel-cells.ts). So both zones are the school's
 * zone, whatever the machine's TZ — validation output never depends on where the CLI runs.
 */
export class LocalEnvironment implements EnvironmentPort {
  constructor(private readonly zone: string = SCHOOL_TIME_ZONE) {}

  spreadsheetTimeZone(): string {
    return this.zone;
  }

  scriptTimeZone(): string {
    return this.zone;
  }
}
