import type { FormHandle, FormsPort } from '../ports';
import type { FormId } from '../core/forms/types';
import type { AppPorts } from './ports-bundle';

export interface SyncFormsResult {
  readonly forms: readonly (FormHandle & { formId: FormId; created: boolean })[];
}

/**
 * Builds the three FormSpecs from the plan (sessions with seats left), creates or updates each
 * form through the port (ids kept in properties under `form.<formId>.id`), and writes the
 * published links into Settings. Implemented in the forms work.
 */
export function syncForms(
  _ports: Pick<AppPorts, 'tables' | 'properties' | 'log'> & { forms: FormsPort },
): SyncFormsResult {
  throw new Error('syncForms: not implemented yet');
}
