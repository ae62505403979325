import type { AppPorts } from '../../app/ports-bundle';
import type { ClockPort } from '../../ports';
import { ConsoleLog } from '../runtime/console-log';
import { LocalEnvironment } from '../runtime/environment';
import { FileLock, lockPathOf } from '../files/file-lock';
import { JsonProperties, propertiesPathOf } from '../files/json-properties';
import type { Workbook } from '../workbook/workbook';

/** Every port of the local runtime for one workbook file. */
export function localPorts(
  workbook: Workbook,
  file: string,
  clock: ClockPort,
  verbose = false,
  /** The lock the CLI already holds on FILE (re-entered by the use cases); a new one otherwise. */
  lock: FileLock = new FileLock(lockPathOf(file)),
): AppPorts & { lock: FileLock } {
  return {
    tables: workbook,
    env: new LocalEnvironment(),
    clock,
    properties: new JsonProperties(propertiesPathOf(file)),
    lock,
    log: new ConsoleLog(verbose),
  };
}
