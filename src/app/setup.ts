import type { AppPorts } from './ports-bundle';

export interface SetupOptions {
  /** 'seed': the default plan (2021 plan of Trường Mầm non 20/10, adapted by the options). */
  plan: 'seed' | 'blank';
  year?: number;
  school?: string;
  theme?: string;
  /** Week start as a wall-clock date (YYYY-MM-DD); default 01/10 of the year. */
  start?: string;
  /** Adds a clearly fake sample roster (~40 staff, ~120 families at reserved domains). */
  sample?: boolean;
}

export interface SetupResult {
  /** Tabs that did not exist and were created. */
  createdTabs: string[];
  /** Headers that were missing and appended, per tab. */
  repairedHeaders: { tab: string; headers: string[] }[];
  /** Settings rows that were missing and added. */
  addedSettings: string[];
  /** True when the sheet was empty and the default plan was written. */
  filledDefaultPlan: boolean;
  activities: number;
  people: number;
  families: number;
}

/**
 * Idempotent: creates missing tabs and headers, fills the default plan only into an empty
 * sheet, repairs, never overwrites user data.
 */
export function setup(
  _ports: Pick<AppPorts, 'tables' | 'clock' | 'log'>,
  _options: SetupOptions,
): SetupResult {
  throw new Error('setup: not implemented yet');
}
