import { afterEach, describe, expect, it } from 'vitest';
import { localDateTime } from '../../src/core/cell';
import { NO_EVENT_MESSAGE, submissionFromResponse } from '../../src/gas/form-event';
import { onAttendanceSubmit, onNominationSubmit, onTrainingSubmit } from '../../src/gas/main';
import type { GasFakes } from './fakes';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

function eventFor(fakes: GasFakes, answers: Record<string, string | string[]>) {
  const form = fakes.formApp.create('Tập huấn');
  form.addTextItem().setTitle('Họ và tên');
  form.addCheckboxItem().setTitle('Buổi').setChoiceValues(['[HD05] A', '[HD06] B']);
  form.setPublished(true);
  const response = fakes.formApp.respond(form, 'Co.Lan@Truong.edu.vn', answers);
  return { response, source: form } as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
}

describe('form response → Submission', () => {
  it('keeps the response id, the collected address, text answers and ticked choices by title', () => {
    const fakes = withFakes();
    const e = eventFor(fakes, { 'Họ và tên': 'Nguyễn Thị Lan', Buổi: ['[HD05] A', '[HD06] B'] });
    expect(submissionFromResponse(e.response, 'training', 'Asia/Ho_Chi_Minh')).toEqual({
      formId: 'training',
      raw: {
        responseId: 'resp-1',
        timestamp: localDateTime(2021, 9, 30, 10, 0),
        email: 'Co.Lan@Truong.edu.vn',
        answers: { 'Họ và tên': 'Nguyễn Thị Lan', Buổi: ['[HD05] A', '[HD06] B'] },
      },
    });
  });

  it('gives the time as the wall clock of the spreadsheet’s zone', () => {
    const fakes = withFakes();
    const e = eventFor(fakes, { 'Họ và tên': 'An' });
    expect(submissionFromResponse(e.response, 'training', 'America/New_York').raw.timestamp).toEqual(
      localDateTime(2021, 9, 29, 23, 0),
    );
  });

  it.each([
    ['onAttendanceSubmit', onAttendanceSubmit],
    ['onTrainingSubmit', onTrainingSubmit],
    ['onNominationSubmit', onNominationSubmit],
  ])('%s run from the editor (no event) explains in Vietnamese and changes nothing', (_, handler) => {
    const fakes = withFakes();
    expect(() => handler()).not.toThrow();
    expect(fakes.ui!.alerts.map((a) => a.prompt)).toEqual([NO_EVENT_MESSAGE]);
    expect(fakes.calls['Range.setValues']).toBeUndefined();
    expect(fakes.calls['Lock.tryLock']).toBeUndefined();
  });
});
