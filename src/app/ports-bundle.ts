import type { ClockPort, EnvironmentPort, LockPort, LogPort, PropertiesPort, TablesPort } from '../ports';

/** What a use case may be handed; each use case takes only the ports it needs. */
export interface AppPorts {
  tables: TablesPort;
  env: EnvironmentPort;
  clock: ClockPort;
  properties: PropertiesPort;
  lock: LockPort;
  log: LogPort;
}
