/**
 * Forms and responses: the pure core (docs/ARCHITECTURE.md, section 4).
 *
 * buildFormSpecs(plan) → the three FormSpecs; a runtime renders them (FormApp, a preview).
 * A response flows: RawResponse → normaliseResponse → rawRecord (audit, appended first) →
 * latestPerPerson (dedupe + one row per person) → normalisedRecord (the tab's row); training
 * responses → signupsFromResponses → allocateSeats → placementsOf / promotions; attendance
 * responses → openingAttendance → attendanceProgressText; nominations → exportableNominations.
 * Imports arrive as Google Forms CSV through parseFormsCsv (see forms-csv.ts for dates).
 *
 * Decisions: text that would start with = + - @ gets a leading "'" (sanitise.ts); HTML stays
 * text (mails escape); answers are capped at 10,000 characters in cells, the raw copy keeps all;
 * session choices carry "[HDxx]" and are matched by it; response ids without a source id are
 * "R" + 16 hex digits of FNV-1a over the cleaned content and timestamp.
 */
export * from './types';
export * from './build-form-specs';
export * from './session-choice';
export * from './sanitise';
export * from './hash';
export * from './reasons';
export * from './normalise-response';
export * from './latest-per-person';
export * from './seats';
export * from './attendance';
export * from './nominations';
export * from './csv';
export * from './forms-csv';
export * from './response-rows';
export * from './confirmation-details';
export * from './answer-labels';
export * from './result-form';
export * from './result-answers';
