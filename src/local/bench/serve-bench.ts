import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTab } from '../../app/forms/response-store';
import { catalogue } from '../../core/i18n/catalogue';
import type { FormSpec } from '../../core/forms/types';
import { RAW_RESPONSES_TABLE } from '../../core/schema/response-tables';
import { currentFormSpecs } from '../forms/current-form-specs';
import { WorkbookSession } from '../serve/workbook-session';
import { Workbook } from '../workbook/workbook';

export interface ServePostsRun {
  readonly posts: number;
  readonly clients: number;
  readonly postsPerSecond: number;
  readonly p95Ms: number;
  /** Workbook saves the posts took: fewer than posts is the group commit at work. */
  readonly saves: number;
}

/**
 * `serve` on 127.0.0.1 taking POSTS attendance answers from CLIENTS clients at once, each
 * client opening the form (for its token) then sending it, as a browser does; only the posts
 * are timed, each until its confirmation page has arrived. The sample workbook comes from the
 * CLI's `init --sample`. Afterwards the saved file is read back: every answer must be in the raw
 * log exactly once, or the run is not a measure. The server's rate limit is raised for the run:
 * every client here shares one address.
 */
export async function measureServePosts(cli: string, posts: number, clients: number): Promise<ServePostsRun> {
  const dir = mkdtempSync(join(tmpdir(), 'learning-week-serve-bench-'));
  try {
    const file = join(dir, 'k.xlsx');
    const init = spawnSync(process.execPath, [cli, 'init', '--sample', '--out', file], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`serve bench: init exited ${init.status}: ${init.stderr}`);
    // Loaded here: the HTTP framework is for this measure only, not for the CLI's start.
    const { startFormServer } = await import('../serve/start-server');
    const clock = { now: () => new Date() };
    const session = await WorkbookSession.open(file, clock);
    let saves = 0;
    const server = await startFormServer(session, clock, {
      port: 0,
      host: '127.0.0.1',
      rateLimit: { posts: posts * 2, windowMs: 60_000 },
      onBatch: () => saves++,
    });
    const spec = (await session.read(currentFormSpecs)).find((s) => s.id === 'attendance')!;
    const heading = catalogue(spec.language).serve.confirmation.heading;
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    try {
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = next++; i < posts; i = next++) {
            const url = `${server.url}forms/attendance`;
            const token = tokenOf(await (await fetch(url)).text());
            const sent = performance.now();
            const reply = await fetch(url, { method: 'POST', body: attendanceAnswer(spec, i, token) });
            const page = await reply.text();
            latencies.push(performance.now() - sent);
            if (reply.status !== 200 || !page.includes(heading))
              throw new Error(`serve bench: post ${i} answered ${reply.status}`);
          }
        }),
      );
    } finally {
      await server.close();
    }
    const ms = performance.now() - started;
    checkRecordedOnce(await Workbook.open(file), posts);
    const sorted = latencies.sort((a, b) => a - b);
    return {
      posts,
      clients,
      postsPerSecond: Math.round((posts * 1000) / ms),
      p95Ms: Math.round(sorted[Math.ceil(sorted.length * 0.95) - 1]!),
      saves,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tokenOf = (page: string): string => /name="_token" value="([^"]+)"/.exec(page)?.[1] ?? '';

/** Person i's answer: every required question, its first choice. */
function attendanceAnswer(spec: FormSpec, i: number, token: string): URLSearchParams {
  const body = new URLSearchParams({ _token: token });
  for (const q of spec.questions) {
    if (!q.required) continue;
    if (q.key === 'email') body.set(q.key, `nguoi${i}@truong.edu.vn`);
    else if (q.choices?.length) body.set(q.key, q.choices[0]!);
    else body.set(q.key, `Người số ${i}`);
  }
  return body;
}

/** Every post in the raw log once: none lost, none twice. */
function checkRecordedOnce(workbook: Workbook, posts: number): void {
  const raw = loadTab(workbook, RAW_RESPONSES_TABLE, workbook.tableNames());
  const ids = raw.rows.map((r) => String(r.cells['responseId'] ?? '')).filter((id) => id.startsWith('web-'));
  const distinct = new Set(ids).size;
  if (ids.length !== posts || distinct !== posts)
    throw new Error(`serve bench: ${ids.length} rows, ${distinct} distinct, for ${posts} posts`);
}
