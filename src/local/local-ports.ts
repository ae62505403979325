import type { AppPorts } from '../app/ports-bundle';
import type { ClockPort } from '../ports';
import { ConsoleLog } from './console-log';
import { LocalEnvironment } from './environment';
import { FileLock, lockPathOf } from './file-lock';
import { JsonProperties, propertiesPathOf } from './json-properties';
import type { Workbook } from './workbook';

/** Every port of the local runtime for one workbook file. */
export function localPorts(workbook: Workbook, file: string, clock: ClockPort, verbose = false): AppPorts {
  return {
    tables: workbook,
    env: new LocalEnvironment(),
    clock,
    properties: new JsonProperties(propertiesPathOf(file)),
    lock: new FileLock(lockPathOf(file)),
    log: new ConsoleLog(verbose),
  };
}
