import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { createSideBySide } from '../gas/fakes/side-by-side/world';
import { buildBase, type Base } from './concurrency-world';
import { filledAnswers } from './form-answers';
import { bundleCode } from './load-bundle';
import { formOf } from './week-world';

/**
 * The evening run records what the submit runs missed, then queues the organiser's note under
 * the lock. A form rebuild started just after it holds the lock past the note's wait: the run
 * fails, and the confirmations its sweep queued must still leave within minutes, not with
 * tomorrow's drain. Played through dist/Code.js with the executions side by side.
 */
let code = '';
let base: Base;

beforeAll(async () => {
  code = await bundleCode();
  base = buildBase(code);
}, 120_000);

afterAll(() => closePools());

const SECOND = 1000;
const MINUTE = 60_000;

describe('the evening run cut off by a form rebuild', () => {
  it('still sends the confirmations of the responses its sweep recorded', () => {
    const world = createSideBySide(code, { from: base.fakes });
    const { fakes } = world;
    const t0 = fakes.clock.nowMs;
    const owner = fakes.scriptApp.triggers[0]?.owner ?? fakes.users.current;
    const form = formOf(fakes, 'attendance');
    const person = base.people[3]!;
    // Google Forms keeps an answer whose submit run never came: only the sweep records it.
    world.at(t0, () => void fakes.formApp.respond(form, person.email, filledAnswers(form, person.name, 1)));
    world.at(t0 + 10 * SECOND, () => void world.startAsTrigger(owner, 'sendDailyProgress'));
    world.at(t0 + 14 * SECOND, () => void world.start('syncForms'));
    world.runUntil(t0 + 15 * MINUTE);
    world.settle(t0 + 3600_000);

    const evening = world.executions.find((e) => e.name === 'sendDailyProgress')!;
    const rebuild = world.executions.find((e) => e.name === 'syncForms')!;
    // The case this test is about: the rebuild kept the lock past the evening run's wait.
    expect(rebuild.ok).toBe(true);
    expect(evening.error?.message).toMatch(/lock/i);
    const confirmation = fakes.mail.sent.find((m) => m.to === person.email);
    expect(confirmation?.subject).toMatch(/^Xác nhận/);
    expect(confirmation!.atMs - t0).toBeLessThan(10 * MINUTE);
    world.close();
  });
});
