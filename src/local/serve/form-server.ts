import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import { readSettings } from '../../app/plan/settings-store';
import type { Submission, SubmitOutcome } from '../../app/forms/handle-form-submit';
import { catalogue } from '../../core/i18n/catalogue';
import { FORM_IDS, type FormId, type FormSpec } from '../../core/forms/types';
import { readWebAnswers, type FieldProblem, type PostedFields } from '../../core/forms/web-answers';
import type { Language } from '../../core/plan';
import { SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import type { ClockPort } from '../../ports';
import { currentFormSpecs } from '../forms/current-form-specs';
import { renderFormPage, TOKEN_FIELD } from './form-page';
import { GroupCommit } from './group-commit';
import { PageTokens } from './page-token';
import { DEFAULT_RATE_LIMIT, RateLimit, type RateLimitOptions } from './rate-limit';
import { renderConfirmationPage, renderIndexPage, renderProblemPage } from './result-pages';
import type { WorkbookSession } from './workbook-session';

/** The largest post: every field of the longest form at its limit, with room for encoding. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface FormServerOptions {
  /** Where the forms live: the path of Settings' "Địa chỉ biểu mẫu trên máy" (default "/"). */
  readonly basePath?: string;
  /** The page at the root (the dashboard); without it the root lists the forms. */
  readonly dashboardPage?: () => Promise<string>;
  readonly rateLimit?: RateLimitOptions;
  readonly maxBodyBytes?: number;
  /** Told after each save, with how many answers it held. */
  readonly onBatch?: (recorded: number) => void;
}

export interface FormServer {
  readonly app: Hono;
  /** Settles once every answer received so far is in the workbook. */
  readonly idle: () => Promise<void>;
}

type Problem =
  | 'badToken'
  | 'tooLarge'
  | 'notFound'
  | 'tooMany'
  | 'busy'
  | 'failed'
  | 'dashboardLocal'
  | FieldProblem['kind'];

/**
 * The routes: the root, each form's page (GET) and its post (POST), nothing else — there are
 * no files to serve, so no path can reach outside the app; anything else is a Vietnamese 404.
 * A post is checked in order (rate, size, token, fields) and only a post that passes them all
 * is handed to the group commit; its confirmation is rendered after the save that holds it.
 */
export function formServer(
  session: WorkbookSession,
  clock: ClockPort,
  options: FormServerOptions = {},
): FormServer {
  const base = options.basePath ?? '/';
  const tokens = new PageTokens();
  const rate = new RateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const commit = new GroupCommit<Submission, SubmitOutcome>(async (batch) => {
    const outcomes = await session.record(batch);
    options.onBatch?.(outcomes.filter((o) => o.status !== 'duplicate').length);
    return outcomes;
  });
  const formHref = (id: string): string => `${base}forms/${id}`;
  // Built once per change of the workbook, not once per page: a page must not cost a plan read.
  const specs = session.memo(currentFormSpecs);
  const settings = session.memo(readSettings);
  const app = new Hono();

  const refuse = (
    c: Context,
    problem: Problem,
    message: string,
    status: 400 | 403 | 404 | 413 | 429 | 500 | 503,
    back?: string,
  ) => {
    const t = catalogue(session.language).serve.problem;
    const title: string = t[`${problem}Title`];
    const backLink = back
      ? { href: back }
      : { href: base, label: catalogue(session.language).serve.confirmation.again };
    return c.html(renderProblemPage(session.language, title, message, backLink), status);
  };

  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  // The path as the client sent it: URL parsing would resolve `/../` and `%2e%2e` to the root.
  app.use('*', async (c, next) => {
    const sent =
      (c.env as { incoming?: { url?: string } } | undefined)?.incoming?.url ?? new URL(c.req.url).pathname;
    if (climbsOut(sent))
      return refuse(c, 'notFound', catalogue(session.language).serve.problem.notFound, 404);
    await next();
  });

  app.get(base, async (c) => {
    const forms = (await specs()).map((s) => ({ title: s.title, href: formHref(s.id) }));
    const dashboard = options.dashboardPage && fromThisComputer(c) ? `${base}dashboard` : undefined;
    return c.html(renderIndexPage(session.language, forms, dashboard));
  });

  // The dashboard holds the whole school's figures: with --host the forms are open to the
  // network, the dashboard still only to this computer.
  app.get(`${base}dashboard`, async (c) => {
    const t = catalogue(session.language).serve.problem;
    if (!options.dashboardPage) return refuse(c, 'notFound', t.notFound, 404);
    if (!fromThisComputer(c)) return refuse(c, 'dashboardLocal', t.dashboardLocal, 403);
    return c.html(await options.dashboardPage());
  });

  app.get(`${base}forms/:id`, async (c) => {
    const spec = specOf(await specs(), c.req.param('id'));
    if (!spec) return refuse(c, 'notFound', catalogue(session.language).serve.problem.notFound, 404);
    const prefill = prefillOf(spec, c.req.query());
    const page = renderFormPage(spec, { token: tokens.issue(spec.id), action: formHref(spec.id), prefill });
    return c.html(page);
  });

  app.post(
    `${base}forms/:id`,
    async (c, next) => {
      const wait = rate.take(getConnInfo(c).remote.address ?? '');
      if (wait !== undefined) {
        c.header('Retry-After', String(wait));
        return refuse(c, 'tooMany', catalogue(session.language).serve.problem.tooMany(wait), 429);
      }
      await next();
    },
    bodyLimit({
      maxSize: maxBody,
      onError: (c) =>
        refuse(
          c,
          'tooLarge',
          catalogue(session.language).serve.problem.tooLargeText(Math.round(maxBody / 1024)),
          413,
        ),
    }),
    async (c) => {
      const t = catalogue(session.language).serve.problem;
      const spec = specOf(await specs(), c.req.param('id'));
      const found = { settings: await settings() };
      if (!spec) return refuse(c, 'notFound', t.notFound, 404);
      const back = formHref(spec.id);
      const fields = postedFields(await c.req.parseBody({ all: true }));
      const responseId = tokens.responseIdOf(fields[TOKEN_FIELD]?.[0] ?? '', spec.id);
      if (!responseId) return refuse(c, 'badToken', t.badToken, 403, back);
      const read = readWebAnswers(spec, fields);
      if (!read.ok)
        return refuse(
          c,
          read.problem.kind,
          fieldMessage(session.language, read.problem),
          read.problem.kind === 'tooLong' ? 413 : 400,
          back,
        );
      const timeZone = found.settings?.timeZone ?? SCHOOL_TIME_ZONE;
      const submission: Submission = {
        formId: spec.id,
        source: catalogue(found.settings?.language).serve.source,
        raw: {
          responseId,
          timestamp: toWallClock(clock.now(), timeZone),
          answers: read.answers,
          ...(read.email !== undefined ? { email: read.email } : {}),
        },
      };
      let outcome: SubmitOutcome;
      try {
        outcome = await commit.submit(submission);
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return refuse(c, 'busy', t.busy, 503, back);
      }
      return c.html(renderConfirmationPage(spec, outcome, read.answers, base));
    },
  );

  app.notFound((c) => refuse(c, 'notFound', catalogue(session.language).serve.problem.notFound, 404));
  app.onError((error, c) => {
    console.error(error.stack ?? error.message);
    return refuse(c, 'failed', catalogue(session.language).serve.problem.failed, 500);
  });
  return { app, idle: () => commit.idle() };
}

/** A dot segment, typed or percent-encoded, or a backslash: the path tries to leave its folder. */
function climbsOut(url: string): boolean {
  const path = (url.split('?')[0] ?? '').replace(/%2e/gi, '.').replace(/%2f|%5c|\\/gi, '/');
  return path.split('/').some((segment) => segment === '.' || segment === '..');
}

function specOf(specs: readonly FormSpec[], id: string): FormSpec | undefined {
  if (!(FORM_IDS as readonly string[]).includes(id)) return undefined;
  return specs.find((s) => s.id === (id as FormId));
}

/** Only a value the form offers in a prefilled link (the results form's activity) is taken. */
function prefillOf(spec: FormSpec, query: Record<string, string>): Record<string, string> {
  const key = spec.prefill?.questionKey;
  const value = key === undefined ? undefined : query[key]?.normalize('NFC');
  return key !== undefined && value !== undefined && spec.prefill!.values.includes(value)
    ? { [key]: value }
    : {};
}

/** A parsed body as lists of strings; a file where text belongs is no answer at all. */
function postedFields(body: Record<string, unknown>): PostedFields {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    const values = Array.isArray(value) ? value : [value];
    fields[name] = values.filter((v): v is string => typeof v === 'string');
  }
  return fields;
}

function fieldMessage(language: Language | undefined, problem: FieldProblem): string {
  const t = catalogue(language).serve.problem;
  switch (problem.kind) {
    case 'missing':
      return t.missing(problem.question);
    case 'tooLong':
      return t.tooLong(problem.question, problem.limit);
    case 'notAChoice':
      return t.notAChoice(problem.question, problem.value);
    case 'badEmail':
      return t.badEmail(problem.value);
  }
}

const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The request came over the loopback interface, from the computer running the server. */
function fromThisComputer(c: Context): boolean {
  const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;
  return peer !== undefined && LOOPBACK_PEERS.has(peer);
}
