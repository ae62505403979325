import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { html } from '../../src/core/mail/escape';
import { Workbook } from '../../src/local/workbook/workbook';
import { runFormPreviews } from '../../src/local/commands/forms-command';
import { propertiesPathOf } from '../../src/local/files/json-properties';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/local/serve/start-server';
import { formServer } from '../../src/local/serve/form-server';
import type { FormSpec } from '../../src/core/forms/types';
import { goodAnswers, openForm, post, rawLog, sampleWorkbook, serveWorkbook, specFor } from './serve-support';

/**
 * What a broken or hostile post gets from `serve`, over plain HTTP: a Vietnamese page with the
 * status that names the problem, nothing in the workbook, and a server that still answers.
 */
let file: string;
let server: RunningServer & { specs: FormSpec[] };

beforeAll(async () => {
  file = await sampleWorkbook();
  server = await serveWorkbook(file);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function expectNothingRecordedAndStillServing(): Promise<void> {
  expect(await rawLog(file)).toEqual([]);
  const index = await fetch(server.url);
  expect(index.status).toBe(200);
  expect(await index.text()).toContain('Biểu mẫu của tuần lễ');
}

/**
 * A request sent as typed (fetch and http.request would tidy `/../` away); what came back
 * before the server closed. The server may close while a long body is still being written.
 */
function rawRequest(head: string, body = ''): Promise<string> {
  return new Promise((resolve) => {
    let reply = '';
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(head);
      if (body) socket.write(body);
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(reply));
  });
}

const rawGet = (path: string): Promise<string> =>
  rawRequest(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

function parseReply(reply: string): { status: number; page: string } {
  return { status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(reply)?.[1] ?? 0), page: reply };
}

describe('serve refuses bad input with a Vietnamese page and records nothing', () => {
  it('a tampered token: 403', async () => {
    const token = await openForm(server.url, 'attendance');
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const reply = await post(server.url, 'attendance', {
      ...goodAnswers(specFor(server.specs, 'attendance')),
      _token: tampered,
    });
    expect(reply.status).toBe(403);
    expect(reply.page).toContain('<h1>Trang biểu mẫu đã cũ hoặc bị sửa</h1>');
    expect(reply.page).toContain('Chưa có gì được ghi.');
    // Another form's token does not open this one either.
    const training = await openForm(server.url, 'training');
    const crossed = await post(server.url, 'attendance', {
      ...goodAnswers(specFor(server.specs, 'attendance')),
      _token: training,
    });
    expect(crossed.status).toBe(403);
    await expectNothingRecordedAndStillServing();
  });

  it('a 10 MB body: 413, before it is read', async () => {
    const token = await openForm(server.url, 'nomination');
    const body = `_token=${token}&achievements=${'a'.repeat(10 * 1024 * 1024)}`;
    const reply = parseReply(
      await rawRequest(
        `POST /forms/nomination HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        body,
      ),
    );
    expect(reply.status).toBe(413);
    expect(reply.page).toContain('<h1>Nội dung gửi lên quá lớn</h1>');
    await expectNothingRecordedAndStillServing();
  });

  it('a missing required field: 400 naming the question', async () => {
    const spec = specFor(server.specs, 'training');
    const fields = goodAnswers(spec);
    delete fields['name'];
    const reply = await post(server.url, 'training', {
      ...fields,
      _token: await openForm(server.url, 'training'),
    });
    expect(reply.status).toBe(400);
    expect(reply.page).toContain('<h1>Còn thiếu câu trả lời</h1>');
    expect(reply.page).toContain('Câu &quot;Họ và tên&quot; là câu bắt buộc.');
    await expectNothingRecordedAndStillServing();
  });

  it('a choice that is not among the choices: 400 naming it', async () => {
    const fields = { ...goodAnswers(specFor(server.specs, 'attendance')), group: 'Tổ <b>giả</b>' };
    const reply = await post(server.url, 'attendance', {
      ...fields,
      _token: await openForm(server.url, 'attendance'),
    });
    expect(reply.status).toBe(400);
    expect(reply.page).toContain('<h1>Lựa chọn không có trong biểu mẫu</h1>');
    expect(reply.page).toContain('Tổ &lt;b&gt;giả&lt;/b&gt;');
    await expectNothingRecordedAndStillServing();
  });

  it('an answer longer than its field: 413 naming the limit', async () => {
    const fields = { ...goodAnswers(specFor(server.specs, 'attendance')), name: 'x'.repeat(1_001) };
    const reply = await post(server.url, 'attendance', {
      ...fields,
      _token: await openForm(server.url, 'attendance'),
    });
    expect(reply.status).toBe(413);
    expect(reply.page).toContain('<h1>Câu trả lời quá dài</h1>');
    expect(reply.page).toContain('tối đa 1000 ký tự');
    await expectNothingRecordedAndStillServing();
  });

  it.each([
    '/../',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/forms/%2e%2e',
    '/forms/..%2f..%2fk.xlsx',
    '/k.xlsx',
    '/forms/attendance/../../k.xlsx',
  ])('a path outside the app (%s): 404', async (path) => {
    const reply = await rawGet(path);
    expect(reply).toMatch(/^HTTP\/1\.1 404 /);
    expect(reply).toContain('<h1>Không có trang này</h1>');
    expect(reply).not.toContain('PK');
    await expectNothingRecordedAndStillServing();
  });
});

describe('serve takes a good answer once', () => {
  it('records it, shows it back escaped, and a second send of the same page records nothing more', async () => {
    const onceFile = await sampleWorkbook();
    const local = await serveWorkbook(onceFile);
    try {
      const token = await openForm(local.url, 'attendance');
      const fields = {
        ...goodAnswers(specFor(local.specs, 'attendance')),
        name: '<img src=x onerror=alert(1)>',
        _token: token,
      };
      const [first, second] = await Promise.all([
        post(local.url, 'attendance', fields),
        post(local.url, 'attendance', fields),
      ]);
      const third = await post(local.url, 'attendance', fields);
      for (const reply of [first, second, third]) {
        expect(reply.status).toBe(200);
        expect(reply.page).toContain('Đã ghi nhận câu trả lời');
        expect(reply.page).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(reply.page).not.toContain('<img');
      }
      expect(third.page).toContain('đã được ghi nhận trước đó');
    } finally {
      await local.close();
    }
    expect(await rawLog(onceFile)).toEqual([
      { id: expect.stringMatching(/^web-/), form: expect.any(String) },
    ]);
  });

  it('refuses the 4th post of a minute from one address with 429, and records the three', async () => {
    const busyFile = await sampleWorkbook();
    const local = await serveWorkbook(busyFile, { rateLimit: { posts: 3, windowMs: 60_000 } });
    try {
      const spec = specFor(local.specs, 'attendance');
      const replies = [];
      for (let i = 0; i < 4; i++) {
        const token = await openForm(local.url, 'attendance');
        replies.push(
          await post(local.url, 'attendance', { ...goodAnswers(spec, `Người ${i}`), _token: token }),
        );
      }
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect(replies[3]!.page).toContain('<h1>Gửi quá nhiều lần</h1>');
    } finally {
      await local.close();
    }
    expect(await rawLog(busyFile)).toHaveLength(3);
  });

  it('lists the forms and, for this computer only, the dashboard; another computer gets 403', async () => {
    const index = await (await fetch(server.url)).text();
    for (const spec of server.specs) expect(index).toContain(`href="/forms/${spec.id}"`);
    expect(index).toContain('href="/dashboard"');
    const dashboard = await fetch(`${server.url}dashboard`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('Bảng điều khiển');
    // A phone on the school's network (serve --host 0.0.0.0) answers forms, but sees no figures.
    const fromPhone = { incoming: { socket: { remoteAddress: '192.168.1.23' }, url: '/dashboard' } };
    const app = formServer(
      server.session,
      { now: () => new Date() },
      { dashboardPage: async () => 'figures' },
    ).app;
    const refused = await app.fetch(new Request('http://192.168.1.10:8080/dashboard'), fromPhone);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('<h1>Bảng điều khiển chỉ mở trên máy của nhà trường</h1>');
    const list = await app.fetch(new Request('http://192.168.1.10:8080/'), {
      incoming: { socket: { remoteAddress: '192.168.1.23' }, url: '/' },
    });
    expect(await list.text()).not.toContain('/dashboard');
    await expectNothingRecordedAndStillServing();
  });

  it('opens every link the invitations carry: the forms and the prefilled results form of each activity', async () => {
    const linked = await sampleWorkbook();
    const out = join(dirname(linked), 'forms');
    await runFormPreviews(linked, 'html', out, {
      clock: { now: () => new Date() },
      verbose: false,
      out: () => {},
    });
    // Where the links are kept: Settings (the forms) and the properties (each activity's results link).
    const properties = JSON.parse(readFileSync(propertiesPathOf(linked), 'utf8')) as Record<string, unknown>;
    const workbook = await Workbook.open(linked);
    const cells = workbook.tableNames().flatMap((tab) => (workbook.read(tab) ?? []).flat());
    const links = [...Object.values(properties), ...cells]
      .map(String)
      .filter((v) => v.startsWith('http://127.0.0.1:8080/forms/'));
    for (const id of ['attendance', 'training', 'nomination', 'result'])
      expect(links).toContain(`http://127.0.0.1:8080/forms/${id}`);
    const local = await serveWorkbook(linked);
    try {
      expect(links.length).toBeGreaterThan(10);
      for (const link of links) {
        const reply = await fetch(link.replace('http://127.0.0.1:8080/', local.url));
        expect(reply.status, link).toBe(200);
        const page = await reply.text();
        if (link.includes('?activity=')) {
          const activity = new URL(link).searchParams.get('activity')!;
          expect(page).toContain(`<option selected>${html(activity)}</option>`);
        }
      }
    } finally {
      await local.close();
    }
  });
});
