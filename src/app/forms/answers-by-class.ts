import { answersByClass, classAnswersOf, type AnswersByClass } from '../../core/announce/answers-by-class';
import type { TablesPort } from '../../ports';
import { loadFormsContext, type FormsContext } from './forms-context';
import { loadRawLog, rawHistory, type RawLog } from './response-store';

/**
 * How many families of each class have answered, replayed from "Phản hồi gốc" (what was
 * received) like the rest of the progress, so a normalised tab edited by hand does not change it.
 */
export function readAnswersByClass(
  tables: TablesPort,
  loaded?: FormsContext,
  rawLog?: RawLog,
): AnswersByClass {
  const context = loaded ?? loadFormsContext(tables);
  const log = rawLog ?? loadRawLog(tables, context.allTabNames);
  const responses = [
    ...rawHistory(log, 'attendance', context.normalise),
    ...rawHistory(log, 'training', context.normalise),
  ];
  return answersByClass(context.plan.families, context.plan.people, classAnswersOf(responses));
}
