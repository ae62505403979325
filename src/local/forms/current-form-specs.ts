import { loadFormsContext } from '../../app/forms/forms-context';
import { seatsFromTrainingRows } from '../../app/forms/forms-seat-counts';
import { loadTab } from '../../app/forms/response-store';
import { buildFormSpecs } from '../../core/forms/build-form-specs';
import type { FormSpec } from '../../core/forms/types';
import { TRAINING_SIGNUPS_TABLE } from '../../core/schema/response-tables';
import type { TablesPort } from '../../ports';

/** The forms as syncForms builds them from the plan now: session labels show the seats left. */
export function currentFormSpecs(tables: TablesPort): FormSpec[] {
  const context = loadFormsContext(tables);
  const training = loadTab(tables, TRAINING_SIGNUPS_TABLE, context.allTabNames);
  const seatsTaken = seatsFromTrainingRows(training.rows).seated;
  return buildFormSpecs(context.plan, { seatsTaken });
}
