import { afterEach, describe, expect, it } from 'vitest';
import { continuationTriggers } from '../../src/gas/continuation';
import {
  CONTINUATION_HANDLER,
  DAILY_DRAIN_HANDLER,
  PURGE_HANDLER,
  SUBMIT_HANDLERS,
} from '../../src/gas/handlers';
import { scriptProperties } from '../../src/gas/services';
import { installTriggers, wantedTriggers } from '../../src/gas/trigger-installer';
import type { GasFakes } from './fakes';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

const continuation = (fakes: GasFakes) => continuationTriggers(scriptProperties(), () => fakes.clock.now());

describe('the outbox continuation trigger', () => {
  it('at most one is ever pending: scheduling again replaces it', () => {
    const fakes = withFakes();
    const port = continuation(fakes);
    port.scheduleContinuation(60_000);
    port.scheduleContinuation(120_000);
    expect(fakes.scriptApp.of(CONTINUATION_HANDLER)).toHaveLength(1);
    expect(fakes.scriptApp.of(CONTINUATION_HANDLER)[0]!.nextMs).toBe(fakes.clock.nowMs + 120_000);
    expect(port.hasPendingContinuation()).toBe(true);
  });

  it('a fired one-off trigger no longer counts as pending, and cancel deletes it too', () => {
    const fakes = withFakes();
    const port = continuation(fakes);
    port.scheduleContinuation(60_000);
    fakes.scriptApp.runUntil(fakes.clock.nowMs + 61_000); // no vm: nothing is invoked
    expect(fakes.scriptApp.of(CONTINUATION_HANDLER)[0]!.fired).toBe(true);
    expect(port.hasPendingContinuation()).toBe(false);
    port.cancelContinuation();
    expect(fakes.scriptApp.of(CONTINUATION_HANDLER)).toHaveLength(0);
  });

  it('never touches triggers of other handlers', () => {
    const fakes = withFakes();
    ScriptApp.newTrigger('myOwnReport').timeBased().everyDays(1).atHour(7).create();
    installTriggers(wantedTriggers({ attendance: 'form-a' }));
    const port = continuation(fakes);
    port.scheduleContinuation(1000);
    port.cancelContinuation();
    expect(fakes.scriptApp.triggers.map((t) => t.handler).sort()).toEqual(
      [
        'myOwnReport',
        DAILY_DRAIN_HANDLER,
        'sendDailyProgress',
        'sendReminders',
        'purgePersonalData',
        SUBMIT_HANDLERS.attendance,
      ].sort(),
    );
  });
});

describe('the trigger installer', () => {
  const forms = { attendance: 'form-a', training: 'form-t', nomination: 'form-n' };

  it('installs exactly one of each; running again creates and deletes nothing', () => {
    const fakes = withFakes();
    const first = installTriggers(wantedTriggers(forms));
    // The daily drain, the progress note, the 07:00 reminders, the 02:00 purge and one per form.
    expect(first.created).toHaveLength(7);
    const second = installTriggers(wantedTriggers(forms));
    expect(second).toEqual({ created: [], kept: first.created, removed: 0 });
    const submit = fakes.scriptApp.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
    expect(submit.map((t) => [t.handler, t.sourceId])).toEqual([
      ['onAttendanceSubmit', 'form-a'],
      ['onTrainingSubmit', 'form-t'],
      ['onNominationSubmit', 'form-n'],
    ]);
    expect(fakes.scriptApp.of(DAILY_DRAIN_HANDLER)[0]!.schedule).toEqual({
      kind: 'daily',
      hour: 0,
      minute: 10,
    });
    expect(fakes.scriptApp.of(PURGE_HANDLER).map((t) => t.schedule)).toEqual([
      { kind: 'daily', hour: 2, minute: 0 },
    ]);
  });

  it('repairs: a duplicate is deleted, a trigger of a replaced form moves to the new one', () => {
    const fakes = withFakes();
    installTriggers(wantedTriggers(forms));
    ScriptApp.newTrigger(DAILY_DRAIN_HANDLER).timeBased().everyDays(1).atHour(0).create();
    const result = installTriggers(wantedTriggers({ ...forms, training: 'form-t2' }));
    expect(result.created).toEqual(['onTrainingSubmit']);
    expect(result.removed).toBe(2);
    expect(fakes.scriptApp.of(DAILY_DRAIN_HANDLER)).toHaveLength(1);
    expect(fakes.scriptApp.submitTriggers('form-t')).toHaveLength(0);
    expect(fakes.scriptApp.submitTriggers('form-t2')).toHaveLength(1);
  });

  it('costs one getProjectTriggers call whatever is installed', () => {
    const fakes = withFakes();
    installTriggers(wantedTriggers(forms));
    fakes.rec.reset();
    installTriggers(wantedTriggers(forms));
    expect(fakes.calls['ScriptApp.getProjectTriggers']).toBe(1);
    expect(fakes.calls['ScriptApp.newTrigger']).toBeUndefined();
  });
});
