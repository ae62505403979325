import type { Finding } from '../core/findings';
import type { Language } from '../core/plan';
import type { AppPorts } from './ports-bundle';

export interface ValidationReport {
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Vietnamese (or English) one-paragraph summary for a toast/dialog/console. */
  summary: string;
  language: Language;
}

/**
 * Reads every tab once, validates, writes each row's findings into its findings column (one
 * block per tab) and a line to the log; changes no other cell.
 */
export function validatePlan(_ports: Pick<AppPorts, 'tables' | 'env' | 'clock' | 'log'>): ValidationReport {
  throw new Error('validatePlan: not implemented yet');
}
