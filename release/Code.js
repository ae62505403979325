"use strict";
var __app = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // src/gas/main.ts
  var main_exports = {};
  __export(main_exports, {
    buildReportNow: () => buildReportNow,
    buildReportOnSchedule: () => buildReportOnSchedule,
    continueOutboxDrain: () => continueOutboxDrain,
    dashboardData: () => dashboardData,
    drainOutbox: () => drainOutbox2,
    exportPlan: () => exportPlan,
    importPlan: () => importPlan,
    makeAnnouncements: () => makeAnnouncements,
    makeCommendation: () => makeCommendation,
    onAttendanceSubmit: () => onAttendanceSubmit,
    onNominationSubmit: () => onNominationSubmit,
    onOpen: () => onOpen,
    onPlanEdit: () => onPlanEdit,
    onResultSubmit: () => onResultSubmit,
    onTrainingSubmit: () => onTrainingSubmit,
    openDashboard: () => openDashboard,
    previewCalendarSync: () => previewCalendarSync,
    processResponses: () => processResponses,
    purgePersonalData: () => purgePersonalData2,
    sendDailyProgress: () => sendDailyProgress,
    sendInvitations: () => sendInvitations2,
    sendReminders: () => sendReminders,
    setup: () => setup2,
    syncCalendar: () => syncCalendar2,
    syncForms: () => syncForms2,
    takeOverAutomation: () => takeOverAutomation,
    validatePlan: () => validatePlan3
  });

  // src/core/outbox/classify-error.ts
  var QUOTA = [
    /too many times for one day/i,
    /daily (sending )?(limit|quota)/i,
    /\bquota\b/i,
    /hạn mức/i,
    /quá nhiều lần trong (một )?ngày/i,
    /\b(452|550)[ -]5\.4\.5\b/
    // Gmail SMTP: daily sending limit exceeded
  ];
  var TRANSIENT = [
    /too many times in a short time/i,
    /service unavailable/i,
    /service error/i,
    /quá nhiều lần trong (một )?(khoảng )?thời gian ngắn/i,
    /không (khả dụng|phản hồi)|tạm thời/i,
    /lỗi dịch vụ/i,
    /thử lại sau/i,
    /temporar(y|ily)/i,
    /timed? ?out|timeout/i,
    /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ESOCKET|ECONNECTION|EAI_AGAIN/,
    /connection (reset|closed|lost)/i,
    /try again/i,
    /^\s*4\d\d\b/,
    // SMTP 4xx reply
    /\b4\d\d[ -]4\.\d+\.\d+\b/,
    // enhanced status 4.x.x
    /\bresponseCode\W+4\d\d\b/
  ];
  function classifyMailError(message4, responseCode) {
    if (QUOTA.some((re) => re.test(message4))) return "quota";
    if (responseCode !== void 0 && responseCode >= 400 && responseCode < 500) return "transient";
    if (TRANSIENT.some((re) => re.test(message4))) return "transient";
    return "other";
  }
  function classifyFailure(message4, responseCode, quotaLeft, recipients) {
    if (quotaLeft !== void 0 && quotaLeft < recipients) return "quota";
    return classifyMailError(message4, responseCode);
  }
  function errorMessage(error) {
    const e = error;
    if (e && typeof e === "object" && typeof e.message === "string") {
      return e.message || (typeof e.name === "string" ? e.name : "Error");
    }
    if (typeof error === "string") return error;
    try {
      return JSON.stringify(error) ?? String(error);
    } catch {
      return String(error);
    }
  }
  function errorResponseCode(error) {
    const code = error?.responseCode;
    return typeof code === "number" ? code : void 0;
  }

  // src/ports.ts
  var LockUnavailableError = class extends Error {
    constructor(message4 = "lock not acquired") {
      super(message4);
      this.name = "LockUnavailableError";
    }
  };

  // src/app/deadline.ts
  var EXECUTION_LIMIT_MS = 36e4;
  var WORK_BUDGET_MS = 27e4;
  var LEASE_MARGIN_MS = 6e4;
  function executionDeadline(clock, budgetMs = WORK_BUDGET_MS) {
    const startedMs = clock.now().getTime();
    const lastEndMs = startedMs + Math.max(EXECUTION_LIMIT_MS, budgetMs + EXECUTION_LIMIT_MS - WORK_BUDGET_MS);
    const leaseEndMs = Math.ceil((lastEndMs + LEASE_MARGIN_MS) / 6e4) * 6e4;
    return {
      // The start instant and a random tail: two executions starting in the same millisecond differ.
      id: `${new Date(startedMs).toISOString()}#${Math.random().toString(36).slice(2, 8)}`,
      startedMs,
      remainingMs: () => startedMs + budgetMs - clock.now().getTime(),
      leaseEndMs
    };
  }

  // src/core/outbox/send-journal.ts
  var SEND_JOURNAL_KEY = "outbox.sendJournal";
  var PROPERTY_LIMIT_BYTES = 9 * 1024;
  var JOURNAL_KEY_CHARS = 64;
  var VERSION = 1;
  function startJournal(batchId, keys) {
    return {
      batchId,
      size: keys.length,
      first: shortKey(keys[0] ?? ""),
      last: shortKey(keys[keys.length - 1] ?? ""),
      digest: digestKeys(keys),
      outcomes: "",
      closed: false
    };
  }
  function recordStart(journal, at2) {
    return { ...journal, outcomes: `${journal.outcomes.slice(0, at2).padEnd(at2, "-")}?` };
  }
  function recordOutcome(journal, at2, sent) {
    return { ...journal, outcomes: `${journal.outcomes.slice(0, at2).padEnd(at2, "-")}${sent ? "S" : "-"}` };
  }
  function closeJournal(journal, sent) {
    return { ...journal, outcomes: sent.map((s) => s ? "S" : "-").join(""), closed: true };
  }
  function encodeJournals(journals) {
    return JSON.stringify({
      v: VERSION,
      batches: journals.map((j) => ({
        id: j.batchId,
        m: j.size,
        first: j.first,
        last: j.last,
        digest: j.digest,
        out: j.outcomes,
        closed: j.closed
      }))
    });
  }
  function decodeJournals(value) {
    if (!value) return [];
    let data;
    try {
      data = JSON.parse(value);
    } catch {
      return [];
    }
    if (!isObject(data) || data.v !== VERSION || !Array.isArray(data.batches)) return [];
    const out = [];
    for (const b of data.batches) {
      if (!isObject(b)) return [];
      const { id, m, first, last, digest, out: outcomes, closed } = b;
      if (typeof id !== "string" || typeof m !== "number" || !Number.isInteger(m) || m < 1 || typeof first !== "string" || typeof last !== "string" || typeof digest !== "string" || typeof outcomes !== "string" || typeof closed !== "boolean" || outcomes.length > m || !/^[S?-]*$/.test(outcomes)) {
        return [];
      }
      out.push({ batchId: id, size: m, first, last, digest, outcomes, closed });
    }
    return out;
  }
  function journalMatches(journal, keys) {
    return keys.length === journal.size && keys.length > 0 && shortKey(keys[0]) === journal.first && shortKey(keys[keys.length - 1]) === journal.last && digestKeys(keys) === journal.digest;
  }
  function recoverBatch(journals, keys) {
    for (let i2 = journals.length - 1; i2 >= 0; i2--) {
      const journal = journals[i2];
      if (!journalMatches(journal, keys)) continue;
      const rows = keys.map((_, at2) => {
        const c = journal.outcomes[at2];
        if (c === "S") return "sent";
        if (c === "?") return "review";
        return "waiting";
      });
      return { journal, rows };
    }
    return void 0;
  }
  function propertyBytes(value, key = SEND_JOURNAL_KEY) {
    return utf8Length(key) + utf8Length(value);
  }
  function journalsFit(journals, limit = PROPERTY_LIMIT_BYTES) {
    const largest = journals.map((j) => ({ ...j, outcomes: "S".repeat(j.size), closed: true }));
    return propertyBytes(encodeJournals(largest)) <= limit;
  }
  function shortKey(key) {
    const points = Array.from(key);
    return points.length <= JOURNAL_KEY_CHARS ? key : points.slice(0, JOURNAL_KEY_CHARS).join("");
  }
  function digestKeys(keys) {
    const text2 = keys.join("\0");
    let h1 = 3735928559 ^ keys.length;
    let h22 = 1103547991 ^ keys.length;
    for (let i2 = 0; i2 < text2.length; i2++) {
      const ch = text2.charCodeAt(i2);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h22 = Math.imul(h22 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h22 ^ h22 >>> 13, 3266489909);
    h22 = Math.imul(h22 ^ h22 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
    return (4294967296 * (2097151 & h22) + (h1 >>> 0)).toString(16);
  }
  function utf8Length(text2) {
    let bytes = 0;
    for (let i2 = 0; i2 < text2.length; i2++) {
      const c = text2.charCodeAt(i2);
      if (c < 128) bytes += 1;
      else if (c < 2048) bytes += 2;
      else if (c >= 55296 && c <= 56319 && i2 + 1 < text2.length) {
        const next = text2.charCodeAt(i2 + 1);
        if (next >= 56320 && next <= 57343) {
          bytes += 4;
          i2++;
        } else bytes += 3;
      } else bytes += 3;
    }
    return bytes;
  }
  function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }

  // src/core/outbox/entry.ts
  var PENDING = "chờ gửi";
  var SENDING = "đang gửi";
  var SENT = "đã gửi";
  var DEFERRED = "hoãn do hạn mức";
  var TRANSIENT2 = "lỗi tạm thời";
  var FAILED = "thất bại";
  var NEEDS_REVIEW = "cần kiểm tra";
  var WAITING_STATES = [PENDING, DEFERRED, TRANSIENT2];
  var CELL_LIMIT = 5e4;
  function outboxKey(action, sourceId, ...scope) {
    return [action, sourceId, ...scope.map(String)].map((part) => part.trim()).join(":");
  }

  // src/core/cell.ts
  function isLocalDateTime(value) {
    return typeof value === "object" && value !== null && value.kind === "local-datetime" && typeof value.iso === "string";
  }
  var pad = (n2, width = 2) => String(n2).padStart(width, "0");
  function localDateTime(year, month, day, hour = 0, minute = 0) {
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || probe.getUTCHours() !== hour || probe.getUTCMinutes() !== minute) {
      throw new RangeError(`impossible date ${year}-${month}-${day} ${hour}:${minute}`);
    }
    return {
      kind: "local-datetime",
      iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`
    };
  }
  function partsOf(value) {
    const [date3, time] = value.iso.split("T");
    const [year, month, day] = date3.split("-").map(Number);
    const [hour, minute] = time.split(":").map(Number);
    return { year, month, day, hour, minute };
  }
  function wallMinutes(value) {
    const p2 = partsOf(value);
    return Date.UTC(p2.year, p2.month - 1, p2.day, p2.hour, p2.minute) / 6e4;
  }
  function weekdayOf(value) {
    const p2 = partsOf(value);
    return new Date(Date.UTC(p2.year, p2.month - 1, p2.day)).getUTCDay();
  }
  function fromUtcFields(d) {
    return localDateTime(
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes()
    );
  }
  function addDays(value, days) {
    const p2 = partsOf(value);
    return fromUtcFields(new Date(Date.UTC(p2.year, p2.month - 1, p2.day + days, p2.hour, p2.minute)));
  }
  function addMinutes(value, minutes2) {
    return fromUtcFields(new Date((wallMinutes(value) + minutes2) * 6e4));
  }
  function withTime(value, hour, minute = 0) {
    const p2 = partsOf(value);
    return localDateTime(p2.year, p2.month, p2.day, hour, minute);
  }
  function sameCell(a, b) {
    if (isLocalDateTime(a) || isLocalDateTime(b)) {
      return isLocalDateTime(a) && isLocalDateTime(b) && a.iso === b.iso;
    }
    return a === b;
  }

  // src/core/outbox/schedule.ts
  function nextQuotaDay(now) {
    const p2 = partsOf(now);
    return addDays(localDateTime(p2.year, p2.month, p2.day, 0, 5), 1);
  }
  function retryAfterTransient(now, attempts) {
    const minutes2 = Math.min(60, 5 * 2 ** Math.max(0, Math.min(attempts - 1, 4)));
    return addMinutes(now, minutes2);
  }
  function isDue(entry2, now) {
    if (!WAITING_STATES.includes(entry2.state)) return false;
    return !entry2.nextAttempt || wallMinutes(entry2.nextAttempt) <= wallMinutes(now);
  }
  function earliestWork(entries, now) {
    let best;
    for (const entry2 of entries) {
      if (!WAITING_STATES.includes(entry2.state)) continue;
      const at2 = entry2.nextAttempt ? Math.max(wallMinutes(entry2.nextAttempt), wallMinutes(now)) : wallMinutes(now);
      if (best === void 0 || at2 < best) best = at2;
    }
    return best === void 0 ? void 0 : addMinutes(now, best - wallMinutes(now));
  }

  // src/core/outbox/quota-window.ts
  var WINDOW_MINUTES = 24 * 60;
  function windowFromLedger(entries, now) {
    const sends = [...entries].filter((e) => e.kind === "mail" && e.state === SENT && e.doneAt).map((e) => ({ at: e.doneAt, minutes: wallMinutes(e.doneAt), recipients: e.recipients.length })).sort((a, b) => a.minutes - b.minutes);
    let open;
    for (const send of sends) {
      if (!open || send.minutes >= open.minutes + WINDOW_MINUTES)
        open = { start: send.at, minutes: send.minutes, used: 0 };
      open.used += send.recipients;
    }
    if (!open || wallMinutes(now) >= open.minutes + WINDOW_MINUTES) return void 0;
    return { start: open.start, used: open.used };
  }
  var windowReset = (window) => window ? addMinutes(window.start, WINDOW_MINUTES) : void 0;

  // src/core/outbox/urgency.ts
  var URGENCY_CLASSES = ["calendar", "reminder", "promotion", "confirmation", "note", "bulk"];
  var URGENCY_BY_ACTION = {
    "confirm-mail": "confirmation",
    "flagged-mail": "confirmation",
    promote: "promotion",
    "calendar-invite": "calendar",
    "calendar-cancel": "calendar",
    reminder: "reminder",
    "progress-note": "note",
    "report-mail": "note",
    // Owners asked for their results: days of slack before the report, so after the mail with a
    // deadline of hours, before bulk invitations.
    "result-ask": "note",
    "result-reminder": "note",
    "invite-mail": "bulk",
    "invite-family-mail": "bulk"
  };
  function urgencyOf(key) {
    const action = key.trim().split(":")[0].toLowerCase();
    return URGENCY_BY_ACTION[action] ?? "note";
  }
  var urgencyRank = (key) => URGENCY_CLASSES.indexOf(urgencyOf(key));
  var isBulk = (key) => urgencyOf(key) === "bulk";
  function reminderDay(key) {
    if (urgencyOf(key) !== "reminder") return void 0;
    const match = /:(\d{4})-(\d{2})-(\d{2})\s*$/.exec(key);
    if (!match) return void 0;
    return localDateTime(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  function reminderTooLate(key, now) {
    const day = reminderDay(key);
    return day && day.iso <= now.iso ? day : void 0;
  }

  // src/app/outbox/send-forecast.ts
  var DUE_AFTER_RESET_MINUTES = 1;
  var WindowPlanner = class {
    constructor(now, left, window) {
      this.now = now;
      this.window = window;
      this.index = 0;
      this.placedNow = false;
      this.room = Math.max(0, left);
      this.size = (window?.used ?? 0) + this.room;
    }
    /** When window `index` opens: now for the open one, a minute after each reset for the next. */
    opensAt(index) {
      if (index === 0) return this.now;
      const open = this.window ?? (this.placedNow ? { start: this.now, used: 0 } : void 0);
      const reset = windowReset(open);
      if (!reset) return void 0;
      return addMinutes(reset, (index - 1) * (WINDOW_MINUTES + DUE_AFTER_RESET_MINUTES));
    }
    /** Nothing more goes in the current window (the drain kept the rest back, e.g. for the reserve). */
    closeWindow() {
      this.index++;
      this.room = this.size;
    }
    /**
     * The slot of a mail to `recipients` with idempotency key `key`, not before `notBefore` (a
     * retry planned later): it takes its room there, unless it is a reminder that would be too late.
     */
    place(key, recipients, notBefore) {
      if (recipients > this.size) return { window: Infinity };
      if (recipients > this.room) this.closeWindow();
      let at2 = this.opensAt(this.index);
      if (at2 && notBefore && wallMinutes(notBefore) > wallMinutes(at2)) at2 = notBefore;
      if (at2 && reminderTooLate(key, at2)) return { window: this.index, at: at2, tooLate: true };
      this.room -= recipients;
      if (this.index === 0) this.placedNow = true;
      return at2 ? { window: this.index, at: at2 } : { window: this.index };
    }
  };
  function sendForecast(rows, now, left) {
    const planner = new WindowPlanner(
      now,
      left,
      windowFromLedger(
        rows.map((r) => r.entry),
        now
      )
    );
    const waiting = rows.filter((r) => r.entry.kind === "mail" && WAITING_STATES.includes(r.entry.state)).sort((a, b) => urgencyRank(a.entry.key) - urgencyRank(b.entry.key) || a.row - b.row);
    let mails = 0;
    let recipients = 0;
    let windows = 0;
    let tooLate = 0;
    let unknown = false;
    let last;
    for (const { entry: entry2 } of waiting) {
      const notBefore = entry2.state === DEFERRED ? void 0 : entry2.nextAttempt;
      const slot = planner.place(entry2.key, entry2.recipients.length, notBefore);
      if (slot.tooLate) {
        tooLate++;
        continue;
      }
      mails++;
      recipients += entry2.recipients.length;
      if (!slot.at) {
        unknown = true;
        continue;
      }
      windows = Math.max(windows, slot.window);
      if (!last || wallMinutes(slot.at) > wallMinutes(last)) last = slot.at;
    }
    return {
      mails,
      recipients,
      windows,
      unknown,
      tooLate,
      ...last && !unknown ? { lastAt: last } : {}
    };
  }

  // src/core/time-zone.ts
  var SCHOOL_TIME_ZONE = "Asia/Ho_Chi_Minh";
  var MINUTE_MS = 6e4;
  var DAY_MS = 24 * 60 * MINUTE_MS;
  var formatters = /* @__PURE__ */ new WeakMap();
  function formatterFor(timeZone) {
    const constructor = Intl.DateTimeFormat;
    let byZone = formatters.get(constructor);
    if (!byZone) {
      byZone = /* @__PURE__ */ new Map();
      formatters.set(constructor, byZone);
    }
    let formatter = byZone.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric"
      });
      byZone.set(timeZone, formatter);
    }
    return formatter;
  }
  function zoneFields(ms, timeZone) {
    const fields = {};
    for (const part of formatterFor(timeZone).formatToParts(ms)) {
      if (part.type in FIELD_NAMES) fields[part.type] = Number(part.value);
    }
    const { year, month, day, hour, minute, second } = fields;
    for (const value of [year, month, day, hour, minute, second]) {
      if (value === void 0 || !Number.isInteger(value)) {
        throw new RangeError(
          `Intl không cho ngày giờ đọc được của ${new Date(ms).toISOString()} ở múi giờ ${timeZone}`
        );
      }
    }
    return {
      year,
      month,
      day,
      hour: hour === 24 ? 0 : hour,
      minute,
      second
    };
  }
  var FIELD_NAMES = {
    year: true,
    month: true,
    day: true,
    hour: true,
    minute: true,
    second: true
  };
  function utcMs(year, month, day, hour, minute, second = 0) {
    const d = /* @__PURE__ */ new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(hour, minute, second, 0);
    return d.getTime();
  }
  function offsetMs(ms, timeZone) {
    const f = zoneFields(ms, timeZone);
    const wholeSecond = Math.floor(ms / 1e3) * 1e3;
    return utcMs(f.year, f.month, f.day, f.hour, f.minute, f.second) - wholeSecond;
  }
  function utcOffsetMinutes(instant, timeZone) {
    return offsetMs(instant.getTime(), timeZone) / MINUTE_MS;
  }
  function toWallClock(instant, timeZone) {
    const f = zoneFields(instant.getTime(), timeZone);
    return localDateTime(f.year, f.month, f.day, f.hour, f.minute);
  }
  function toInstant(value, timeZone) {
    const p2 = partsOf(value);
    const wall3 = utcMs(p2.year, p2.month, p2.day, p2.hour, p2.minute);
    const before = offsetMs(wall3 - DAY_MS, timeZone);
    const after = offsetMs(wall3 + DAY_MS, timeZone);
    const fitting = [.../* @__PURE__ */ new Set([before, after])].map((offset) => wall3 - offset).filter((ms) => wall3 - offsetMs(ms, timeZone) === ms);
    return new Date(fitting.length > 0 ? Math.min(...fitting) : wall3 - before);
  }
  function isKnownTimeZone(timeZone) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
      return true;
    } catch {
      return false;
    }
  }

  // src/core/schema/outbox-table.ts
  var OUTBOX_STATES = [
    "chờ gửi",
    "đang gửi",
    "đã gửi",
    "hoãn do hạn mức",
    "lỗi tạm thời",
    "thất bại",
    "cần kiểm tra"
  ];
  var OUTBOX_TABLE = {
    key: "outbox",
    name: "Hộp thư đi",
    aliases: ["Outbox"],
    columns: [
      { key: "key", header: "Khóa", aliases: ["Key"], type: "id", required: true, system: true, width: 220 },
      {
        key: "kind",
        header: "Loại",
        aliases: ["Kind"],
        type: "text",
        required: true,
        system: true,
        width: 120
      },
      {
        key: "recipients",
        header: "Người nhận",
        aliases: ["Recipients"],
        type: "emails",
        required: false,
        system: true,
        width: 240
      },
      {
        key: "subject",
        header: "Tiêu đề",
        aliases: ["Subject"],
        type: "text",
        required: false,
        system: true,
        width: 280
      },
      {
        key: "payload",
        header: "Dữ liệu",
        aliases: ["Payload"],
        type: "text",
        required: false,
        system: true,
        width: 200
      },
      {
        key: "state",
        header: "Trạng thái",
        aliases: ["State"],
        type: "choice",
        choices: OUTBOX_STATES,
        required: true,
        width: 130
      },
      {
        key: "attempts",
        header: "Số lần thử",
        aliases: ["Attempts"],
        type: "number",
        required: false,
        system: true,
        width: 90
      },
      {
        key: "nextAttempt",
        header: "Thử lại lúc",
        aliases: ["Next attempt"],
        type: "datetime",
        required: false,
        system: true,
        width: 140
      },
      {
        key: "lastError",
        header: "Lỗi gần nhất",
        aliases: ["Last error"],
        type: "text",
        required: false,
        system: true,
        width: 280
      },
      {
        key: "createdAt",
        header: "Tạo lúc",
        aliases: ["Created at"],
        type: "datetime",
        required: false,
        system: true,
        width: 140
      },
      {
        key: "doneAt",
        header: "Hoàn tất lúc",
        aliases: ["Done at"],
        type: "datetime",
        required: false,
        system: true,
        width: 140
      }
    ]
  };

  // src/core/i18n/en/sheet.ts
  var FINDINGS_HELP = 'Written by "Check the plan". No need to edit this cell.';
  var CHILD_CLASS_HELP = "The class the parent chose; left empty, it is the class of the family with the same email in the Families tab.";
  var PROBLEMS_HELP = "Why the response was flagged (a required answer missing, a bad e-mail…). Empty means valid.";
  var CLEANING_HELP = 'What the system changed when recording (hidden characters removed, formulas blocked, long answers cut). The original is in the "Raw responses" tab.';
  var FORM_HELP = "Written by the system when it creates the form.";
  var sheet = {
    tabs: {
      settings: "Settings",
      people: "People",
      families: "Families",
      activities: "Activities",
      outreach: "Outreach",
      attendance: "Opening attendance",
      trainingSignups: "Training signups",
      nominations: "Nominations",
      activityResults: "Activity results",
      rawResponses: "Raw responses",
      outbox: "Outbox",
      log: "Log",
      commendations: "Commendations"
    },
    headers: {
      settings: { label: "Setting", value: "Value", help: "Help", findings: "Findings" },
      people: {
        id: "ID",
        name: "Name",
        email: "Email",
        role: "Role",
        group: "Group",
        active: "Active",
        findings: "Findings"
      },
      families: {
        id: "ID",
        parentName: "Parent name",
        email: "Email",
        child: "Child",
        className: "Class",
        address: "Address",
        findings: "Findings"
      },
      activities: {
        id: "ID",
        title: "Title",
        category: "Category",
        start: "Start",
        end: "End",
        timeConfirmed: "Time confirmed",
        location: "Location",
        platform: "Platform",
        link: "Link",
        owner: "Owner",
        audience: "Audience",
        capacity: "Capacity",
        invite: "Invite",
        status: "Status",
        resultNotes: "Notes",
        evidence: "Evidence",
        eventId: "Event id",
        lastSync: "Last sync",
        findings: "Findings"
      },
      outreach: {
        date: "Date",
        channel: "Channel",
        link: "Link",
        by: "By",
        note: "Note",
        findings: "Findings"
      },
      attendance: {
        responseId: "Response id",
        submittedAt: "Timestamp",
        email: "Email Address",
        name: "Name",
        group: "Group",
        childClass: "Child class",
        intent: "Intent",
        mode: "Mode",
        problems: "Problems",
        cleaning: "Cleaning",
        findings: "Findings"
      },
      trainingSignups: {
        responseId: "Response id",
        submittedAt: "Timestamp",
        email: "Email Address",
        name: "Name",
        who: "Who",
        childClass: "Child class",
        sessions: "Sessions",
        seats: "Seats",
        pledges: "Pledges",
        problems: "Problems",
        cleaning: "Cleaning",
        findings: "Findings"
      },
      nominations: {
        responseId: "Response id",
        submittedAt: "Timestamp",
        email: "Email Address",
        name: "Nominator",
        relation: "Relation",
        family: "Family",
        child: "Child",
        className: "Class",
        address: "Address",
        achievements: "Achievements",
        evidence: "Evidence",
        consent: "Consent",
        status: "Review",
        reviewNote: "Review note",
        sentOn: "Sent to ward",
        problems: "Problems",
        cleaning: "Cleaning",
        findings: "Findings"
      },
      activityResults: {
        responseId: "Response id",
        submittedAt: "Timestamp",
        email: "Email Address",
        activityId: "Activity id",
        activity: "Activity",
        outcome: "Outcome",
        staff: "Staff",
        children: "Children",
        parents: "Parents",
        others: "Others",
        achieved: "Achieved",
        evidenceLinks: "Evidence",
        posts: "Posts",
        landed: "Written to Activities",
        problems: "Problems",
        cleaning: "Cleaning",
        findings: "Findings"
      },
      rawResponses: {
        responseId: "Response id",
        form: "Form",
        submittedAt: "Timestamp",
        receivedAt: "Received",
        source: "Source",
        email: "Email Address",
        content: "Content",
        content2: "Content 2",
        content3: "Content 3",
        content4: "Content 4"
      },
      outbox: {
        key: "Key",
        kind: "Kind",
        recipients: "Recipients",
        subject: "Subject",
        payload: "Payload",
        state: "State",
        attempts: "Attempts",
        nextAttempt: "Next attempt",
        lastError: "Last error",
        createdAt: "Created at",
        doneAt: "Done at"
      },
      log: { at: "At", action: "Action", outcome: "Outcome", detail: "Detail" },
      commendations: {
        id: "Id",
        kind: "Kind",
        name: "Name",
        group: "Group",
        reason: "Reason",
        award: "Award",
        decision: "Decision",
        state: "Generated"
      }
    },
    columnHelp: {
      settings: { findings: FINDINGS_HELP },
      people: { findings: FINDINGS_HELP },
      families: { findings: FINDINGS_HELP },
      activities: {
        timeConfirmed: '"no" when the time is only a proposal that still needs confirming.',
        audience: "All staff, Parents, Everyone, Not invited, or the name of a group in the People tab.",
        findings: FINDINGS_HELP
      },
      outreach: { findings: FINDINGS_HELP },
      attendance: {
        childClass: CHILD_CLASS_HELP,
        problems: PROBLEMS_HELP,
        cleaning: CLEANING_HELP,
        findings: FINDINGS_HELP
      },
      trainingSignups: {
        childClass: CHILD_CLASS_HELP,
        sessions: "One session a line, the activity id in square brackets.",
        seats: 'Assigned by the system in the order responses are recorded (a seat once given is never taken back), e.g. "HD05: seat; HD07: waiting no. 2".',
        problems: PROBLEMS_HELP,
        cleaning: CLEANING_HELP,
        findings: FINDINGS_HELP
      },
      nominations: {
        consent: '"no": the nomination is kept but never sent on.',
        status: "Updated by the school leadership: new → seen → chosen / not chosen → sent to ward.",
        problems: PROBLEMS_HELP,
        cleaning: CLEANING_HELP,
        findings: FINDINGS_HELP
      },
      activityResults: {
        landed: "Written by the system: a fingerprint of what it wrote into the Activities tab. A cell there that differs from it was typed by hand and is never overwritten.",
        problems: PROBLEMS_HELP,
        cleaning: CLEANING_HELP,
        findings: FINDINGS_HELP
      },
      rawResponses: {},
      outbox: {},
      log: {},
      commendations: {
        decision: "The principal chooses: proposed (not decided) / approved / no.",
        state: "Written by the system: the decision, the certificate made, or why it could not be."
      }
    },
    settings: {
      school: { label: "School", help: "The school’s full name." },
      governingBody: {
        label: "Governing body",
        help: "The authority the school reports to. Printed top left of the report’s heading."
      },
      wardAssociation: {
        label: "Ward association",
        help: 'The ward’s learning promotion association, which receives the "Studious families" list.'
      },
      planNumber: {
        label: "Plan number",
        help: "The school plan’s reference number. Leave empty if it has none yet."
      },
      basis: { label: "Basis", help: "The higher authority’s document this plan carries out." },
      basisDate: { label: "Basis date", help: "The date the basis document was issued (dd/MM/yyyy)." },
      preamble: { label: "Preamble", help: "The plan’s opening paragraph, copied from the document." },
      year: { label: "Year", help: "The year of the week, e.g. 2021." },
      theme: { label: "Theme", help: "This year’s theme of the week." },
      weekStart: { label: "Week start", help: "Usually 01/10." },
      weekEnd: { label: "Week end", help: "Usually 07/10." },
      timeZone: { label: "Time zone", help: "Asia/Ho_Chi_Minh for schools in Vietnam." },
      openingTarget: {
        label: "Opening target",
        help: "The share of staff expected at the opening ceremony, in percent, e.g. 50."
      },
      leadershipEmails: {
        label: "Leadership emails",
        help: "The addresses that receive the report, separated by commas."
      },
      organiserEmail: {
        label: "Organiser email",
        help: "The address that receives replies and the daily progress report."
      },
      senderName: { label: "Sender name", help: "The name shown on the mail sent." },
      reportNumber: { label: "Report number", help: "The report’s reference number." },
      reportAt: { label: "Report time", help: "By default 17:00 on the last day of the week." },
      place: { label: "Place", help: 'Used in the line "…, date …" above the report, e.g. the district.' },
      signerTitle: { label: "Signer title", help: 'E.g. "PRINCIPAL".' },
      signerName: { label: "Signer name", help: "Printed under the report’s signature." },
      recipientsNote: { label: "Recipients", help: "Who receives the report, separated by semicolons." },
      language: { label: "Language", help: "Vietnamese (the default) or English." },
      reminderLeadHours: {
        label: "Reminder lead time",
        help: "How many hours before an activity the reminder is sent."
      },
      retentionDays: {
        label: "Retention days",
        help: "After this many days from the end of the week, the families’ personal data is deleted."
      },
      calendarMode: {
        label: "Calendar",
        help: "Create a calendar of its own for the week, or use the default calendar."
      },
      mailFamilies: {
        label: "Mail families",
        help: 'No (the default): families hear through their class Zalo group and the QR posters (menu "Announcements and QR codes", or the announce command on a computer) and get no mail; the mail quota is kept for staff. Yes: families also get the invitation, confirmations, reminders and calendar invitations.'
      },
      localFormsAddress: {
        label: "Local forms address",
        help: "Only when running on a computer without Google: the web address that opens the forms (by default http://127.0.0.1:8080/). Invitations, QR codes and Zalo texts link to it."
      },
      planDate: {
        label: "Plan date",
        help: "The date the plan is signed, on its place-and-date line (dd/MM/yyyy)."
      },
      purposes: { label: "Purposes", help: "Part I of the plan, one purpose a line." },
      planNotes: {
        label: "Plan notes",
        help: "Lines of the plan document that belong to no activity, one a line; printed at the end of part III."
      },
      proposals: { label: "Proposals", help: "Part IV of the report: proposals to the higher authorities." },
      booksDonated: {
        label: "Books donated",
        help: "Books given to the school's lifelong-learning shelf during the week; printed in the report's annex of figures."
      },
      booksCirculated: {
        label: "Books circulated",
        help: "Loans and swaps of books during the week; printed in the report's annex of figures."
      },
      attendanceFormUrl: { label: "Attendance form", help: FORM_HELP },
      trainingFormUrl: { label: "Training form", help: FORM_HELP },
      nominationFormUrl: { label: "Nomination form", help: FORM_HELP },
      resultFormUrl: { label: "Results form", help: FORM_HELP }
    },
    choices: {
      "giấy khen": "certificate of merit",
      "giấy chứng nhận": "certificate",
      "đề nghị": "proposed",
      "đồng ý": "approved",
      "cá nhân": "person",
      "tập thể": "group",
      "tuyên truyền": "outreach",
      "khai mạc": "opening",
      "tập huấn": "training",
      "thư viện": "library",
      "trực tuyến": "online",
      "nói chuyện": "talk",
      "vận động học tập": "learning drive",
      "bình chọn": "vote",
      "tổng kết-khen thưởng": "review and awards",
      "kế hoạch": "planned",
      "đã thực hiện": "done",
      hoãn: "postponed",
      hủy: "cancelled",
      Zoom: "Zoom",
      "Google Meet": "Google Meet",
      "Microsoft Teams": "Microsoft Teams",
      K12Online: "K12Online",
      Khác: "Other",
      "Toàn thể CB-GV-NV": "All staff",
      "Phụ huynh": "Parents",
      "Mọi người": "Everyone",
      "Không mời": "Not invited",
      CBQL: "Manager",
      GV: "Teacher",
      NV: "Staff",
      Website: "Website",
      Facebook: "Facebook",
      Zalo: "Zalo",
      YouTube: "YouTube",
      Viber: "Viber",
      "Băng rôn": "Banner",
      Loa: "Loudspeaker",
      "chờ gửi": "waiting",
      "đang gửi": "sending",
      "đã gửi": "sent",
      "hoãn do hạn mức": "deferred by quota",
      "lỗi tạm thời": "temporary error",
      "thất bại": "failed",
      "cần kiểm tra": "needs checking",
      mới: "new",
      "đã xem": "seen",
      "được chọn": "chosen",
      "không chọn": "not chosen",
      "đã gửi phường": "sent to ward",
      "Tiếng Việt": "Vietnamese",
      English: "English",
      "Lịch riêng của tuần lễ": "Separate calendar for the week",
      "Lịch mặc định": "Default calendar",
      có: "yes",
      không: "no"
    },
    seed: {
      signerTitle: "PRINCIPAL",
      archive: "File copy"
    },
    setup: {
      action: "Setup",
      outcome: "done",
      logLine: (summary) => `Setup: ${summary}`,
      createdTabs: (count, names) => `Created ${count} tabs: ${names}`,
      addedColumns: (tab, headers) => `Added columns to the tab ${tab}: ${headers}`,
      addedSettings: (count) => `Added ${count} settings`,
      seededPlan: (year, activities2) => `Wrote the default plan of ${year}: ${activities2} activities`,
      sampleRoster: (people, families2) => `, a sample roster of ${people} staff and ${families2} families`,
      keptPlan: "the sheet already holds plan data, so the default plan was not written",
      nothing: "Nothing needed fixing"
    },
    noSuchTab: (name) => `There is no tab "${name}"`,
    week: {
      badStart: (text2) => `The week's start date is not valid: "${text2}"`,
      startOutsideYear: (start, year) => `The start date ${start} is not in the year ${year}`,
      badYear: (year) => `The year is not valid: ${year}`
    },
    invalidChoice: {
      title: "Not in the list",
      message: 'Please pick a value from the list. If you keep this one, "Check the plan" will report an error.'
    },
    validate: {
      action: "Check the plan",
      outcome: { errors: "Errors", warnings: "Warnings", ok: "OK" },
      checked: (errors, warnings) => `Check done: ${errors} errors, ${warnings} warnings.`,
      clean: "Nothing in the plan needs fixing.",
      seeColumn: (column, list) => `See the “${column}” column in: ${list}.`,
      more: (count) => `… and ${count} more.`,
      school: (school) => ` of ${school}`,
      week: (year, school, from, to) => `Week ${year}${school}: from ${from} to ${to}.`
    }
  };

  // src/core/schema/settings.ts
  var LANGUAGES = ["Tiếng Việt", "English"];
  var CALENDAR_MODES = ["Lịch riêng của tuần lễ", "Lịch mặc định"];
  var SETTINGS = [
    {
      key: "school",
      label: "Tên trường",
      aliases: ["School"],
      type: "text",
      required: true,
      help: 'Tên đầy đủ của trường, ví dụ "Trường Mầm non 20/10".'
    },
    {
      key: "governingBody",
      label: "Cơ quan chủ quản",
      aliases: ["Governing body"],
      type: "text",
      required: true,
      help: 'Ví dụ "UBND Quận 1". In ở góc trái tiêu đề báo cáo.'
    },
    {
      key: "wardAssociation",
      label: "Hội khuyến học phường",
      aliases: ["Ward association"],
      type: "text",
      required: false,
      help: 'Nơi nhận danh sách "Gia đình hiếu học".'
    },
    {
      key: "planNumber",
      label: "Số kế hoạch của trường",
      aliases: ["Plan number"],
      type: "text",
      required: false,
      help: 'Ví dụ "45/KH-MN2010". Để trống nếu chưa có số.'
    },
    {
      key: "basis",
      label: "Căn cứ",
      aliases: ["Basis"],
      type: "text",
      required: false,
      help: "Văn bản cấp trên mà kế hoạch này thực hiện."
    },
    {
      key: "basisDate",
      label: "Ngày của văn bản căn cứ",
      aliases: ["Basis date"],
      type: "date",
      required: false,
      help: "Ngày ban hành văn bản căn cứ (dd/MM/yyyy)."
    },
    {
      key: "preamble",
      label: "Lời mở đầu kế hoạch",
      aliases: ["Preamble"],
      type: "text",
      required: false,
      help: "Đoạn mở đầu của kế hoạch, chép từ văn bản."
    },
    {
      key: "planDate",
      label: "Ngày ban hành kế hoạch",
      aliases: ["Plan date"],
      type: "date",
      required: false,
      help: 'Ngày ghi ở dòng "…, ngày … tháng … năm …" của kế hoạch (dd/MM/yyyy).'
    },
    {
      key: "purposes",
      label: "Mục đích yêu cầu",
      aliases: ["Purposes"],
      type: "text",
      required: false,
      help: "Phần I của kế hoạch, mỗi ý một dòng."
    },
    {
      key: "planNotes",
      label: "Ghi chú của kế hoạch",
      aliases: ["Plan notes"],
      type: "text",
      required: false,
      help: "Những dòng của văn bản kế hoạch không thuộc hoạt động nào, mỗi dòng một ý; in ở cuối phần III."
    },
    {
      key: "year",
      label: "Năm",
      aliases: ["Year"],
      type: "number",
      required: true,
      help: "Năm tổ chức tuần lễ, ví dụ 2021."
    },
    {
      key: "theme",
      label: "Chủ đề",
      aliases: ["Theme"],
      type: "text",
      required: true,
      help: "Chủ đề của tuần lễ năm nay."
    },
    {
      key: "weekStart",
      label: "Ngày bắt đầu tuần lễ",
      aliases: ["Week start"],
      type: "date",
      required: true,
      help: "Thường là 01/10."
    },
    {
      key: "weekEnd",
      label: "Ngày kết thúc tuần lễ",
      aliases: ["Week end"],
      type: "date",
      required: true,
      help: "Thường là 07/10."
    },
    {
      key: "timeZone",
      label: "Múi giờ",
      aliases: ["Time zone"],
      type: "text",
      required: true,
      help: "Asia/Ho_Chi_Minh cho các trường ở Việt Nam."
    },
    {
      key: "openingTarget",
      label: "Chỉ tiêu dự khai mạc (%)",
      aliases: ["Opening target"],
      type: "percent",
      required: true,
      help: "Tỷ lệ CB-GV-NV cần dự lễ khai mạc, ví dụ 50."
    },
    {
      key: "leadershipEmails",
      label: "Email Ban giám hiệu",
      aliases: ["Leadership emails"],
      type: "emails",
      required: true,
      help: "Các địa chỉ nhận báo cáo, cách nhau bằng dấu phẩy."
    },
    {
      key: "organiserEmail",
      label: "Email người tổ chức",
      aliases: ["Organiser email"],
      type: "email",
      required: false,
      help: "Địa chỉ nhận thư trả lời và báo cáo tiến độ hằng ngày."
    },
    {
      key: "senderName",
      label: "Tên người gửi thư",
      aliases: ["Sender name"],
      type: "text",
      required: false,
      help: "Tên hiển thị trong thư gửi đi."
    },
    {
      key: "reportNumber",
      label: "Số báo cáo",
      aliases: ["Report number"],
      type: "text",
      required: false,
      help: 'Ví dụ "…/BC-MN2010".'
    },
    {
      key: "reportAt",
      label: "Thời điểm lập báo cáo",
      aliases: ["Report time"],
      type: "datetime",
      required: false,
      help: "Mặc định 17:00 ngày cuối tuần lễ."
    },
    {
      key: "place",
      label: "Địa danh",
      aliases: ["Place"],
      type: "text",
      required: false,
      help: 'Dùng trong dòng "…, ngày … tháng … năm …", ví dụ "Quận 1".'
    },
    {
      key: "signerTitle",
      label: "Chức danh người ký",
      aliases: ["Signer title"],
      type: "text",
      required: false,
      help: 'Ví dụ "HIỆU TRƯỞNG".'
    },
    {
      key: "signerName",
      label: "Họ tên người ký",
      aliases: ["Signer name"],
      type: "text",
      required: false,
      help: "In dưới chữ ký của báo cáo."
    },
    {
      key: "recipientsNote",
      label: "Nơi nhận",
      aliases: ["Recipients"],
      type: "text",
      required: false,
      help: "Danh sách nơi nhận báo cáo, mỗi nơi cách nhau bằng dấu chấm phẩy."
    },
    {
      key: "language",
      label: "Ngôn ngữ",
      aliases: ["Language"],
      type: "choice",
      choices: LANGUAGES,
      required: false,
      help: "Tiếng Việt (mặc định) hoặc English."
    },
    {
      key: "reminderLeadHours",
      label: "Nhắc trước (giờ)",
      aliases: ["Reminder lead time"],
      type: "number",
      required: false,
      help: "Gửi thư nhắc trước hoạt động bao nhiêu giờ."
    },
    {
      key: "retentionDays",
      label: "Thời hạn lưu dữ liệu cá nhân (ngày)",
      aliases: ["Retention days"],
      type: "number",
      required: false,
      help: "Sau số ngày này kể từ khi kết thúc tuần lễ, dữ liệu cá nhân của phụ huynh được xóa."
    },
    {
      key: "calendarMode",
      label: "Lịch",
      aliases: ["Calendar"],
      type: "choice",
      choices: CALENDAR_MODES,
      required: false,
      help: "Tạo lịch riêng cho tuần lễ hay dùng lịch mặc định."
    },
    {
      key: "mailFamilies",
      label: "Gửi thư cho phụ huynh",
      aliases: ["Mail families"],
      type: "yesno",
      required: false,
      help: 'Không (mặc định): phụ huynh nhận tin qua nhóm Zalo của lớp và áp phích mã QR (menu "Tạo thông báo và mã QR", hoặc lệnh announce trên máy tính), không nhận thư nào; hạn mức thư để dành cho cán bộ, giáo viên. Có: phụ huynh cũng nhận thư mời, thư xác nhận, thư nhắc và lời mời lịch.'
    },
    {
      key: "localFormsAddress",
      label: "Địa chỉ biểu mẫu trên máy",
      aliases: ["Local forms address"],
      type: "url",
      required: false,
      help: "Chỉ khi chạy trên máy tính, không có Google: địa chỉ trang web mở các biểu mẫu (mặc định http://127.0.0.1:8080/). Thư mời, mã QR và tin Zalo dẫn đến địa chỉ này."
    },
    {
      key: "proposals",
      label: "Kiến nghị, đề xuất",
      aliases: ["Proposals"],
      type: "text",
      required: false,
      help: "Phần IV của báo cáo: kiến nghị, đề xuất với cấp trên."
    },
    {
      key: "booksDonated",
      label: "Số sách quyên góp",
      aliases: ["Books donated"],
      type: "number",
      required: false,
      help: 'Số cuốn sách được quyên góp cho "Tủ sách học tập suốt đời" trong tuần lễ; in ở phụ lục số liệu của báo cáo.'
    },
    {
      key: "booksCirculated",
      label: "Số lượt sách luân chuyển",
      aliases: ["Books circulated"],
      type: "number",
      required: false,
      help: "Số lượt mượn, luân chuyển sách trong tuần lễ; in ở phụ lục số liệu của báo cáo."
    },
    {
      key: "attendanceFormUrl",
      label: "Biểu mẫu điểm danh khai mạc",
      aliases: ["Attendance form"],
      type: "url",
      required: false,
      system: true,
      localFiles: true,
      help: "Do hệ thống ghi khi tạo biểu mẫu."
    },
    {
      key: "trainingFormUrl",
      label: "Biểu mẫu đăng ký tập huấn",
      aliases: ["Training form"],
      type: "url",
      required: false,
      system: true,
      localFiles: true,
      help: "Do hệ thống ghi khi tạo biểu mẫu."
    },
    {
      key: "nominationFormUrl",
      label: "Biểu mẫu đề cử gia đình hiếu học",
      aliases: ["Nomination form"],
      type: "url",
      required: false,
      system: true,
      localFiles: true,
      help: "Do hệ thống ghi khi tạo biểu mẫu."
    },
    {
      key: "resultFormUrl",
      label: "Biểu mẫu báo cáo kết quả hoạt động",
      aliases: ["Results form"],
      type: "url",
      required: false,
      system: true,
      localFiles: true,
      help: "Do hệ thống ghi khi tạo biểu mẫu."
    }
  ];

  // src/core/schema/layout.ts
  var FORMATS = {
    id: "text",
    text: void 0,
    email: "text",
    emails: "text",
    date: "date",
    datetime: "datetime",
    number: "number",
    percent: "percent",
    choice: void 0,
    yesno: void 0,
    url: "text"
  };
  var YES_NO_CHOICES = ["có", "không"];
  function choicesOf(column) {
    if (column.type === "yesno") return YES_NO_CHOICES;
    return column.type === "choice" ? column.choices : void 0;
  }
  function layoutOf(spec, sheetHeaders = {}, label = (word) => word, invalidChoice) {
    return {
      ...invalidChoice ? { invalidChoice } : {},
      columns: spec.columns.map((column) => {
        const format = FORMATS[column.type];
        const choices = choicesOf(column)?.map(label);
        return {
          header: sheetHeaders[column.key] ?? column.header,
          ...column.width !== void 0 ? { width: column.width } : {},
          ...format ? { format } : {},
          ...choices ? { choices } : {},
          ...column.system ? { system: true } : {},
          ...column.help ? { note: column.help } : {}
        };
      })
    };
  }

  // src/core/schema/findings-column.ts
  var findingsColumn = (key) => ({
    key,
    header: "Kết quả kiểm tra",
    aliases: ["Findings", "Kiểm tra"],
    type: "text",
    required: false,
    system: true,
    width: 320,
    help: 'Do hệ thống ghi khi chạy "Kiểm tra kế hoạch". Không cần sửa ô này.'
  });

  // src/core/schema/response-tables.ts
  var NOMINATION_STATUS_CHOICES = [
    "mới",
    "đã xem",
    "được chọn",
    "không chọn",
    "đã gửi phường"
  ];
  var responseColumns = [
    {
      key: "responseId",
      header: "Mã phản hồi",
      aliases: ["Response id"],
      type: "id",
      required: true,
      system: true,
      width: 160
    },
    {
      key: "submittedAt",
      header: "Thời điểm gửi",
      aliases: ["Timestamp", "Dấu thời gian"],
      type: "datetime",
      required: true,
      system: true,
      width: 140
    },
    { key: "email", header: "Email", aliases: ["Email Address"], type: "email", required: true, width: 220 },
    { key: "name", header: "Họ và tên", aliases: ["Họ tên", "Name"], type: "text", required: true, width: 200 }
  ];
  var processingColumns = [
    {
      key: "problems",
      header: "Cần xem lại",
      aliases: ["Problems"],
      type: "text",
      required: false,
      system: true,
      width: 320,
      help: "Lý do phản hồi bị đánh dấu (thiếu câu bắt buộc, email sai…). Trống là hợp lệ."
    },
    {
      key: "cleaning",
      header: "Đã làm sạch",
      aliases: ["Cleaning"],
      type: "text",
      required: false,
      system: true,
      width: 260,
      help: 'Những gì hệ thống đã sửa khi ghi (bỏ ký tự ẩn, chặn công thức, cắt câu quá dài). Bản gốc ở tab "Phản hồi gốc".'
    }
  ];
  var childClassColumn = {
    key: "childClass",
    header: "Lớp của con",
    aliases: ["Child class"],
    type: "text",
    required: false,
    width: 110,
    help: 'Lớp phụ huynh đã chọn; để trống thì lấy lớp của gia đình có cùng email trong tab "Phụ huynh".'
  };
  var ATTENDANCE_TABLE = {
    key: "attendance",
    name: "Điểm danh khai mạc",
    aliases: ["Opening attendance"],
    columns: [
      ...responseColumns,
      { key: "group", header: "Tổ/nhóm", aliases: ["Group"], type: "text", required: false, width: 140 },
      childClassColumn,
      { key: "intent", header: "Hình thức", aliases: ["Intent"], type: "text", required: true, width: 160 },
      { key: "mode", header: "Nơi tham dự", aliases: ["Mode"], type: "text", required: false, width: 200 },
      ...processingColumns,
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var TRAINING_SIGNUPS_TABLE = {
    key: "trainingSignups",
    name: "Đăng ký tập huấn",
    aliases: ["Training signups"],
    columns: [
      ...responseColumns,
      { key: "who", header: "Đối tượng", aliases: ["Who"], type: "text", required: false, width: 140 },
      childClassColumn,
      {
        key: "sessions",
        header: "Buổi đăng ký",
        aliases: ["Sessions"],
        type: "text",
        required: false,
        width: 260,
        help: "Mỗi buổi một dòng, mã hoạt động trong ngoặc vuông."
      },
      {
        key: "seats",
        header: "Chỗ / danh sách chờ",
        aliases: ["Seats"],
        type: "text",
        required: false,
        system: true,
        width: 220,
        help: 'Do hệ thống xếp theo thứ tự ghi nhận phản hồi (chỗ đã có không bị lấy lại), ví dụ "HD05: có chỗ; HD07: chờ số 2".'
      },
      {
        key: "pledges",
        header: "Khóa học cam kết",
        aliases: ["Pledges"],
        type: "text",
        required: false,
        width: 220
      },
      ...processingColumns,
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var NOMINATIONS_TABLE = {
    key: "nominations",
    name: "Đề cử gia đình hiếu học",
    aliases: ["Nominations"],
    personal: true,
    columns: [
      responseColumns[0],
      responseColumns[1],
      responseColumns[2],
      {
        key: "name",
        header: "Người đề cử",
        aliases: ["Họ và tên", "Nominator"],
        type: "text",
        required: true,
        width: 200
      },
      {
        key: "relation",
        header: "Quan hệ với gia đình",
        aliases: ["Relation"],
        type: "text",
        required: false,
        width: 140
      },
      {
        key: "family",
        header: "Đại diện gia đình",
        aliases: ["Family"],
        type: "text",
        required: true,
        width: 200
      },
      { key: "child", header: "Tên trẻ", aliases: ["Child"], type: "text", required: false, width: 160 },
      { key: "className", header: "Lớp", aliases: ["Class"], type: "text", required: false, width: 90 },
      { key: "address", header: "Địa chỉ", aliases: ["Address"], type: "text", required: false, width: 220 },
      {
        key: "achievements",
        header: "Thành tích",
        aliases: ["Achievements"],
        type: "text",
        required: false,
        width: 320
      },
      {
        key: "evidence",
        header: "Minh chứng (liên kết)",
        aliases: ["Evidence"],
        type: "url",
        required: false,
        width: 200
      },
      {
        key: "consent",
        header: "Đồng ý chia sẻ với Hội khuyến học",
        aliases: ["Consent"],
        type: "yesno",
        required: true,
        width: 140,
        help: '"không": đề cử được lưu nhưng không bao giờ gửi đi.'
      },
      {
        key: "status",
        header: "Trạng thái xét chọn",
        aliases: ["Review", "Status"],
        type: "choice",
        choices: NOMINATION_STATUS_CHOICES,
        required: false,
        width: 140,
        help: "Ban giám hiệu cập nhật: mới → đã xem → được chọn / không chọn → đã gửi phường."
      },
      {
        key: "reviewNote",
        header: "Ghi chú xét chọn",
        aliases: ["Review note"],
        type: "text",
        required: false,
        width: 240
      },
      {
        key: "sentOn",
        header: "Ngày gửi phường",
        aliases: ["Sent to ward"],
        type: "date",
        required: false,
        width: 120
      },
      ...processingColumns,
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var countColumn = (key, header, alias) => ({
    key,
    header,
    aliases: [alias],
    type: "number",
    required: false,
    width: 90
  });
  var ACTIVITY_RESULTS_TABLE = {
    key: "activityResults",
    name: "Kết quả hoạt động",
    aliases: ["Activity results"],
    columns: [
      responseColumns[0],
      responseColumns[1],
      responseColumns[2],
      {
        key: "activityId",
        header: "Mã hoạt động",
        aliases: ["Activity id"],
        type: "id",
        required: false,
        system: true,
        width: 100
      },
      { key: "activity", header: "Hoạt động", aliases: ["Activity"], type: "text", required: true, width: 240 },
      {
        key: "outcome",
        header: "Kết quả thực hiện",
        aliases: ["Outcome"],
        type: "text",
        required: true,
        width: 130
      },
      countColumn("staff", "CB-GV-NV", "Staff"),
      countColumn("children", "Trẻ", "Children"),
      countColumn("parents", "Phụ huynh", "Parents"),
      countColumn("others", "Khác", "Others"),
      {
        key: "achieved",
        header: "Kết quả đạt được",
        aliases: ["Achieved"],
        type: "text",
        required: false,
        width: 320
      },
      {
        key: "evidenceLinks",
        header: "Minh chứng",
        aliases: ["Evidence"],
        type: "text",
        required: false,
        width: 260
      },
      {
        key: "posts",
        header: "Tin, bài đã đăng",
        aliases: ["Posts"],
        type: "text",
        required: false,
        width: 260
      },
      {
        key: "landed",
        header: "Đã ghi vào Hoạt động",
        aliases: ["Written to Activities"],
        type: "text",
        required: false,
        system: true,
        width: 200,
        help: "Do hệ thống ghi: dấu vân tay của những gì đã ghi vào tab Hoạt động. Ô nào ở tab Hoạt động khác với nội dung đó là do người dùng nhập tay và không bị ghi đè."
      },
      ...processingColumns,
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var RAW_RESPONSES_TABLE = {
    key: "rawResponses",
    name: "Phản hồi gốc",
    aliases: ["Raw responses"],
    personal: true,
    columns: [
      {
        key: "responseId",
        header: "Mã phản hồi",
        aliases: ["Response id"],
        type: "id",
        required: true,
        system: true,
        width: 160
      },
      {
        key: "form",
        header: "Biểu mẫu",
        aliases: ["Form"],
        type: "text",
        required: true,
        system: true,
        width: 110
      },
      {
        key: "submittedAt",
        header: "Thời điểm gửi",
        aliases: ["Timestamp"],
        type: "datetime",
        required: true,
        system: true,
        width: 140
      },
      {
        key: "receivedAt",
        header: "Thời điểm ghi nhận",
        aliases: ["Received"],
        type: "datetime",
        required: false,
        system: true,
        width: 140
      },
      {
        key: "source",
        header: "Nguồn",
        aliases: ["Source"],
        type: "text",
        required: false,
        system: true,
        width: 110
      },
      {
        key: "email",
        header: "Email",
        aliases: ["Email Address"],
        type: "text",
        required: false,
        system: true,
        width: 220
      },
      {
        key: "content",
        header: "Nội dung gốc",
        aliases: ["Content"],
        type: "text",
        required: true,
        system: true,
        width: 480
      },
      { key: "content2", header: "Nội dung gốc 2", type: "text", required: false, system: true, width: 120 },
      { key: "content3", header: "Nội dung gốc 3", type: "text", required: false, system: true, width: 120 },
      { key: "content4", header: "Nội dung gốc 4", type: "text", required: false, system: true, width: 120 }
    ]
  };

  // src/core/schema/tables.ts
  var ACTIVITY_CATEGORIES = [
    "tuyên truyền",
    "khai mạc",
    "tập huấn",
    "thư viện",
    "trực tuyến",
    "nói chuyện",
    "vận động học tập",
    "bình chọn",
    "tổng kết-khen thưởng"
  ];
  var ACTIVITY_STATUSES = ["kế hoạch", "đã thực hiện", "hoãn", "hủy"];
  var ONLINE_PLATFORMS = ["Zoom", "Google Meet", "Microsoft Teams", "K12Online", "Khác"];
  var AUDIENCE_ALL_STAFF = "Toàn thể CB-GV-NV";
  var AUDIENCE_PARENTS = "Phụ huynh";
  var AUDIENCE_EVERYONE = "Mọi người";
  var AUDIENCE_NONE = "Không mời";
  var AUDIENCE_WORDS = [
    AUDIENCE_ALL_STAFF,
    AUDIENCE_PARENTS,
    AUDIENCE_EVERYONE,
    AUDIENCE_NONE
  ];
  var STAFF_ROLES = ["CBQL", "GV", "NV"];
  var OUTREACH_CHANNELS = [
    "Website",
    "Facebook",
    "Zalo",
    "YouTube",
    "Viber",
    "Băng rôn",
    "Loa",
    "Khác"
  ];
  var SETTINGS_TABLE = {
    key: "settings",
    name: "Cấu hình",
    aliases: ["Settings"],
    columns: [
      { key: "label", header: "Mục", aliases: ["Setting"], type: "text", required: true, width: 280 },
      { key: "value", header: "Giá trị", aliases: ["Value"], type: "text", required: true, width: 360 },
      { key: "help", header: "Giải thích", aliases: ["Help"], type: "text", required: false, width: 360 },
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var PEOPLE_TABLE = {
    key: "people",
    name: "Nhân sự",
    aliases: ["People", "Staff"],
    columns: [
      { key: "id", header: "Mã", aliases: ["ID", "Mã nhân sự"], type: "id", required: true, width: 80 },
      {
        key: "name",
        header: "Họ và tên",
        aliases: ["Họ tên", "Name"],
        type: "text",
        required: true,
        width: 200
      },
      {
        key: "email",
        header: "Email",
        aliases: ["Thư điện tử", "E-mail"],
        type: "email",
        required: true,
        width: 240
      },
      {
        key: "role",
        header: "Vai trò",
        aliases: ["Role", "Chức vụ"],
        type: "choice",
        choices: STAFF_ROLES,
        required: true,
        width: 80
      },
      {
        key: "group",
        header: "Tổ/nhóm",
        aliases: ["Tổ", "Nhóm", "Group"],
        type: "text",
        required: false,
        width: 140
      },
      {
        key: "active",
        header: "Đang làm việc",
        aliases: ["Active", "Còn công tác"],
        type: "yesno",
        required: false,
        width: 110
      },
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var FAMILIES_TABLE = {
    key: "families",
    name: "Phụ huynh",
    aliases: ["Families", "Parents"],
    personal: true,
    columns: [
      { key: "id", header: "Mã", aliases: ["ID", "Mã phụ huynh"], type: "id", required: true, width: 80 },
      {
        key: "parentName",
        header: "Họ tên phụ huynh",
        aliases: ["Phụ huynh", "Parent name"],
        type: "text",
        required: true,
        width: 200
      },
      {
        key: "email",
        header: "Email",
        aliases: ["Thư điện tử", "E-mail"],
        type: "email",
        required: false,
        width: 240
      },
      {
        key: "child",
        header: "Tên trẻ",
        aliases: ["Họ tên trẻ", "Child"],
        type: "text",
        required: false,
        width: 180
      },
      { key: "className", header: "Lớp", aliases: ["Class"], type: "text", required: false, width: 100 },
      { key: "address", header: "Địa chỉ", aliases: ["Address"], type: "text", required: false, width: 260 },
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var ACTIVITIES_TABLE = {
    key: "activities",
    name: "Hoạt động",
    aliases: ["Activities"],
    columns: [
      { key: "id", header: "Mã", aliases: ["ID", "Mã hoạt động"], type: "id", required: true, width: 70 },
      {
        key: "title",
        header: "Tên hoạt động",
        aliases: ["Hoạt động", "Title"],
        type: "text",
        required: true,
        width: 320
      },
      {
        key: "category",
        header: "Loại",
        aliases: ["Category", "Nhóm hoạt động"],
        type: "choice",
        choices: ACTIVITY_CATEGORIES,
        required: true,
        width: 150
      },
      {
        key: "start",
        header: "Bắt đầu",
        aliases: ["Start", "Thời gian bắt đầu"],
        type: "datetime",
        required: true,
        width: 140
      },
      {
        key: "end",
        header: "Kết thúc",
        aliases: ["End", "Thời gian kết thúc"],
        type: "datetime",
        required: true,
        width: 140
      },
      {
        key: "timeConfirmed",
        header: "Giờ đã xác nhận",
        aliases: ["Time confirmed"],
        type: "yesno",
        required: false,
        width: 110,
        help: '"không" khi giờ chỉ là đề xuất, cần xác nhận lại.'
      },
      { key: "location", header: "Địa điểm", aliases: ["Location"], type: "text", required: false, width: 220 },
      {
        key: "platform",
        header: "Nền tảng trực tuyến",
        aliases: ["Platform", "Nền tảng"],
        type: "choice",
        choices: ONLINE_PLATFORMS,
        required: false,
        width: 150
      },
      {
        key: "link",
        header: "Đường liên kết",
        aliases: ["Link", "Liên kết"],
        type: "url",
        required: false,
        width: 220
      },
      {
        key: "owner",
        header: "Người phụ trách (email)",
        aliases: ["Phụ trách", "Owner"],
        type: "email",
        required: false,
        width: 220
      },
      {
        key: "audience",
        header: "Đối tượng",
        aliases: ["Audience"],
        type: "text",
        required: false,
        width: 170,
        help: "Toàn thể CB-GV-NV, Phụ huynh, Mọi người, Không mời, hoặc tên một tổ/nhóm trong tab Nhân sự."
      },
      {
        key: "capacity",
        header: "Số chỗ",
        aliases: ["Capacity", "Sức chứa"],
        type: "number",
        required: false,
        width: 80
      },
      {
        key: "invite",
        header: "Gửi lời mời",
        aliases: ["Invite", "Mời"],
        type: "yesno",
        required: false,
        width: 100
      },
      {
        key: "status",
        header: "Trạng thái",
        aliases: ["Status"],
        type: "choice",
        choices: ACTIVITY_STATUSES,
        required: false,
        width: 120
      },
      {
        key: "resultNotes",
        header: "Kết quả / ghi chú",
        aliases: ["Kết quả", "Ghi chú", "Notes"],
        type: "text",
        required: false,
        width: 280
      },
      {
        key: "evidence",
        header: "Minh chứng (liên kết)",
        aliases: ["Minh chứng", "Evidence"],
        type: "url",
        required: false,
        width: 220
      },
      {
        key: "eventId",
        header: "Mã sự kiện lịch",
        aliases: ["Event id"],
        type: "text",
        required: false,
        system: true,
        width: 160
      },
      {
        key: "lastSync",
        header: "Đồng bộ lần cuối",
        aliases: ["Last sync"],
        type: "datetime",
        required: false,
        system: true,
        width: 140
      },
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var OUTREACH_TABLE = {
    key: "outreach",
    name: "Tuyên truyền",
    aliases: ["Outreach"],
    columns: [
      { key: "date", header: "Ngày", aliases: ["Date"], type: "date", required: true, width: 110 },
      {
        key: "channel",
        header: "Kênh",
        aliases: ["Channel"],
        type: "choice",
        choices: OUTREACH_CHANNELS,
        required: true,
        width: 120
      },
      {
        key: "link",
        header: "Đường liên kết",
        aliases: ["Link", "Liên kết"],
        type: "url",
        required: false,
        width: 260
      },
      { key: "by", header: "Người thực hiện", aliases: ["By"], type: "text", required: false, width: 180 },
      { key: "note", header: "Ghi chú", aliases: ["Note"], type: "text", required: false, width: 280 },
      findingsColumn("findings")
    ],
    findingsColumn: "findings"
  };
  var LOG_TABLE = {
    key: "log",
    name: "Nhật ký",
    aliases: ["Log"],
    columns: [
      {
        key: "at",
        header: "Thời điểm",
        aliases: ["At"],
        type: "datetime",
        required: true,
        system: true,
        width: 140
      },
      {
        key: "action",
        header: "Tác vụ",
        aliases: ["Action"],
        type: "text",
        required: true,
        system: true,
        width: 180
      },
      {
        key: "outcome",
        header: "Kết quả",
        aliases: ["Outcome"],
        type: "text",
        required: false,
        system: true,
        width: 120
      },
      {
        key: "detail",
        header: "Chi tiết",
        aliases: ["Detail"],
        type: "text",
        required: false,
        system: true,
        width: 480
      }
    ]
  };
  var ALL_TABLES = [
    SETTINGS_TABLE,
    PEOPLE_TABLE,
    FAMILIES_TABLE,
    ACTIVITIES_TABLE,
    OUTREACH_TABLE,
    RAW_RESPONSES_TABLE,
    ATTENDANCE_TABLE,
    TRAINING_SIGNUPS_TABLE,
    NOMINATIONS_TABLE,
    ACTIVITY_RESULTS_TABLE,
    OUTBOX_TABLE,
    LOG_TABLE
  ];

  // src/core/schema/commendation-table.ts
  var DECISIONS = ["đề nghị", "đồng ý", "không"];
  var AWARDS = ["giấy khen", "giấy chứng nhận"];
  var NOMINEE_KINDS = ["cá nhân", "tập thể"];
  var COMMENDATIONS_TABLE = {
    key: "commendations",
    name: "Khen thưởng",
    aliases: ["Commendations"],
    columns: [
      { key: "id", header: "Mã", aliases: ["Id"], type: "id", required: true, system: true, width: 110 },
      {
        key: "kind",
        header: "Đối tượng",
        aliases: ["Kind"],
        type: "choice",
        choices: NOMINEE_KINDS,
        required: true,
        width: 100
      },
      {
        key: "name",
        header: "Họ tên / tập thể",
        aliases: ["Name"],
        type: "text",
        required: true,
        width: 220
      },
      { key: "group", header: "Tổ", aliases: ["Group"], type: "text", required: false, width: 140 },
      { key: "reason", header: "Lý do", aliases: ["Reason"], type: "text", required: false, width: 320 },
      {
        key: "award",
        header: "Hình thức",
        aliases: ["Award"],
        type: "choice",
        choices: AWARDS,
        required: true,
        width: 130
      },
      {
        key: "decision",
        header: "Quyết định",
        aliases: ["Decision"],
        type: "choice",
        choices: DECISIONS,
        required: true,
        width: 110,
        help: "Hiệu trưởng chọn: đề nghị (chưa quyết) / đồng ý / không."
      },
      {
        key: "state",
        header: "Đã tạo",
        aliases: ["Generated"],
        type: "text",
        required: false,
        system: true,
        width: 260,
        help: "Do hệ thống ghi: quyết định, giấy khen đã tạo, hoặc lý do chưa tạo được."
      }
    ]
  };

  // src/core/i18n/vi/sheet.ts
  function headersOf(spec) {
    return Object.fromEntries(spec.columns.map((c) => [c.key, c.header]));
  }
  function helpOf(spec) {
    return Object.fromEntries(spec.columns.filter((c) => c.help).map((c) => [c.key, c.help]));
  }
  var TABLES = {
    settings: SETTINGS_TABLE,
    people: PEOPLE_TABLE,
    families: FAMILIES_TABLE,
    activities: ACTIVITIES_TABLE,
    outreach: OUTREACH_TABLE,
    attendance: ATTENDANCE_TABLE,
    trainingSignups: TRAINING_SIGNUPS_TABLE,
    nominations: NOMINATIONS_TABLE,
    activityResults: ACTIVITY_RESULTS_TABLE,
    rawResponses: RAW_RESPONSES_TABLE,
    outbox: OUTBOX_TABLE,
    log: LOG_TABLE,
    commendations: COMMENDATIONS_TABLE
  };
  function mapTables(f) {
    return Object.fromEntries(Object.entries(TABLES).map(([k, s]) => [k, f(s)]));
  }
  var CHOICE_WORDS = [
    ...ACTIVITY_CATEGORIES,
    ...ACTIVITY_STATUSES,
    ...ONLINE_PLATFORMS,
    ...AUDIENCE_WORDS,
    ...STAFF_ROLES,
    ...OUTREACH_CHANNELS,
    ...OUTBOX_STATES,
    ...NOMINATION_STATUS_CHOICES,
    ...LANGUAGES,
    ...CALENDAR_MODES,
    ...YES_NO_CHOICES,
    ...AWARDS,
    ...DECISIONS,
    ...NOMINEE_KINDS
  ];
  var sheet2 = {
    tabs: mapTables((s) => s.name),
    headers: Object.fromEntries(Object.entries(TABLES).map(([k, s]) => [k, headersOf(s)])),
    columnHelp: Object.fromEntries(Object.entries(TABLES).map(([k, s]) => [k, helpOf(s)])),
    settings: Object.fromEntries(SETTINGS.map((s) => [s.key, { label: s.label, help: s.help }])),
    choices: Object.fromEntries(CHOICE_WORDS.map((w) => [w, w])),
    seed: {
      signerTitle: "HIỆU TRƯỞNG",
      archive: "Lưu: VT"
    },
    setup: {
      action: "Thiết lập",
      outcome: "thành công",
      logLine: (summary) => `Thiết lập: ${summary}`,
      createdTabs: (count, names) => `Tạo ${count} tab: ${names}`,
      addedColumns: (tab, headers) => `Thêm cột vào tab ${tab}: ${headers}`,
      addedSettings: (count) => `Thêm ${count} mục cấu hình`,
      seededPlan: (year, activities2) => `Ghi kế hoạch mặc định năm ${year}: ${activities2} hoạt động`,
      sampleRoster: (people, families2) => `, danh sách mẫu ${people} nhân sự và ${families2} phụ huynh`,
      keptPlan: "bảng tính đã có dữ liệu kế hoạch nên không ghi kế hoạch mặc định",
      nothing: "Không có gì cần sửa"
    },
    /** A runtime asked for a tab that is not there (a bug or a tab deleted mid-run). */
    noSuchTab: (name) => `Không có trang tính "${name}"`,
    week: {
      badStart: (text2) => `Ngày bắt đầu tuần lễ không hợp lệ: "${text2}"`,
      startOutsideYear: (start, year) => `Ngày bắt đầu ${start} không thuộc năm ${year}`,
      badYear: (year) => `Năm không hợp lệ: ${year}`
    },
    invalidChoice: {
      title: "Giá trị ngoài danh sách",
      message: 'Hãy chọn một giá trị trong danh sách. Nếu vẫn giữ, "Kiểm tra kế hoạch" sẽ báo lỗi.'
    },
    validate: {
      action: "Kiểm tra kế hoạch",
      outcome: { errors: "Có lỗi", warnings: "Có cảnh báo", ok: "Đạt" },
      checked: (errors, warnings) => `Kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo.`,
      clean: "Kế hoạch không có gì cần sửa.",
      seeColumn: (column, list) => `Xem cột “${column}” ở các tab: ${list}.`,
      more: (count) => `… và ${count} mục khác.`,
      school: (school) => ` của ${school}`,
      week: (year, school, from, to) => `Tuần lễ ${year}${school}: từ ${from} đến ${to}.`
    }
  };

  // src/core/text.ts
  function cleanText(value) {
    return value.normalize("NFC").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").replace(/\s+/g, " ").trim();
  }
  var FOLD_MEMO_MAX_LENGTH = 120;
  var FOLD_MEMO_ENTRIES = 2e4;
  var foldMemo = /* @__PURE__ */ new Map();
  function foldKey(value) {
    if (value.length > FOLD_MEMO_MAX_LENGTH) return fold(value);
    let folded2 = foldMemo.get(value);
    if (folded2 === void 0) {
      if (foldMemo.size >= FOLD_MEMO_ENTRIES) foldMemo.clear();
      folded2 = fold(value);
      foldMemo.set(value, folded2);
    }
    return folded2;
  }
  function fold(value) {
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }
  function foldHeader(value) {
    const withoutHint = value.normalize("NFC").replace(/\([^)]*\)\s*$/u, "");
    const folded2 = foldKey(withoutHint);
    return folded2 === "" ? foldKey(value) : folded2;
  }
  function looksLikeFormula(value) {
    return /^[\s]*[=+\-@]/.test(value) || /^[\t\r]/.test(value);
  }
  var MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
  function needsTextGuard(text2) {
    if (text2 === "") return false;
    if (text2.startsWith("'")) return true;
    if (looksLikeFormula(text2)) return true;
    const trimmed = text2.trim();
    if (trimmed !== text2) return true;
    return /^[\d.,$€£¥₫(#]/.test(trimmed) || // numbers, dates, times, money, "(5)", "#N/A"
    /^(true|false)$/i.test(trimmed) || MONTH_START.test(trimmed);
  }

  // src/core/sheet-language.ts
  var EN_CHOICES = sheet.choices;
  function englishChoice(word) {
    return EN_CHOICES[word] ?? word;
  }
  function choiceLabel(word, lang) {
    return lang === "en" ? englishChoice(word) : word;
  }
  function matchChoice(text2, choices) {
    const key = foldKey(text2);
    return choices.find((c) => foldKey(c) === key) ?? choices.find((c) => foldKey(englishChoice(c)) === key);
  }
  function headersOf2(lang, table3) {
    return (lang === "en" ? sheet : sheet2).headers[table3];
  }
  function headerIn(lang, table3, column) {
    return headersOf2(lang, table3)?.[column];
  }
  function tabNameIn(lang, table3) {
    return (lang === "en" ? sheet : sheet2).tabs[table3];
  }
  function settingIn(lang, key) {
    return (lang === "en" ? sheet : sheet2).settings[key];
  }
  function settingLabels(spec) {
    const english = settingIn("en", spec.key)?.label;
    return [spec.label, ...spec.aliases ?? [], ...english ? [english] : []];
  }
  function specIn(spec, lang) {
    if (lang === "vi") return spec;
    const help = sheet.columnHelp[spec.key] ?? {};
    const column = (c) => {
      const header = headerIn("en", spec.key, c.key) ?? c.header;
      const { help: viHelp, ...rest } = c;
      const enHelp = help[c.key] ?? viHelp;
      return {
        ...rest,
        header,
        aliases: [c.header, ...c.aliases ?? []],
        ...enHelp !== void 0 ? { help: enHelp } : {}
      };
    };
    return {
      ...spec,
      name: tabNameIn("en", spec.key) ?? spec.name,
      aliases: [spec.name, ...spec.aliases ?? []],
      columns: spec.columns.map(column)
    };
  }

  // src/core/table.ts
  function headerCandidates(table3, column) {
    const english = headerIn("en", table3.key, column.key);
    return [column.header, ...column.aliases ?? [], ...english ? [english] : []].map(foldHeader);
  }
  function languageVote(table3, column, found) {
    const en2 = foldHeader(headerIn("en", table3.key, column.key) ?? "");
    const vi2 = foldHeader(headerIn("vi", table3.key, column.key) ?? column.header);
    if (en2 === vi2) return 0;
    if (found === en2) return 1;
    return found === vi2 ? -1 : 0;
  }
  function isBlankCell(cell2) {
    return cell2 === null || cell2 === void 0 || typeof cell2 === "string" && !/[^\s\u200B-\u200D\u2060\uFEFF]/.test(cell2);
  }
  function cellText(cell2) {
    if (cell2 === null || cell2 === void 0) return "";
    if (isLocalDateTime(cell2)) return cell2.iso;
    return String(cell2);
  }
  function mapHeader(spec, headerRow) {
    const folded2 = headerRow.map((cell2) => foldHeader(cellText(cell2)));
    const index = {};
    const headerText = {};
    const findings3 = [];
    const findingKeys = [];
    let votes = 0;
    for (const column of spec.columns) {
      const candidates = headerCandidates(spec, column);
      const hits = [];
      folded2.forEach((text2, i2) => {
        if (text2 !== "" && candidates.includes(text2)) hits.push(i2);
      });
      if (hits.length === 0) {
        if (column.required) {
          findings3.push({
            severity: "error",
            code: "header.missing",
            table: spec.key,
            tableName: spec.name,
            row: 1,
            column: column.header,
            params: { header: column.header }
          });
          findingKeys.push(column.key);
        }
        continue;
      }
      index[column.key] = hits[0];
      votes += languageVote(spec, column, folded2[hits[0]]);
      headerText[column.key] = cleanText(cellText(headerRow[hits[0]]));
      if (hits.length > 1) {
        findings3.push({
          severity: "error",
          code: "header.duplicate",
          table: spec.key,
          tableName: spec.name,
          row: 1,
          column: column.header,
          params: { header: column.header, count: hits.length, columns: hits.map(columnLetter).join(", ") }
        });
        findingKeys.push(column.key);
      }
    }
    const wordColumns = spec.columns.filter((c) => c.type === "choice" || c.type === "yesno").map((c) => c.key);
    const language = votes > 0 ? "en" : "vi";
    const named = language === "vi" ? findings3 : findings3.map((f, i2) => inEnglish(spec, f, findingKeys[i2]));
    return { index, headerText, width: headerRow.length, findings: named, language, wordColumns };
  }
  function inEnglish(spec, finding, key) {
    const header = headerIn("en", spec.key, key) ?? finding.column ?? "";
    return {
      ...finding,
      tableName: tabNameIn("en", spec.key) ?? finding.tableName,
      column: header,
      params: { ...finding.params, header }
    };
  }
  function readTable(spec, grid) {
    const headerRow = grid?.[0] ?? [];
    const header = mapHeader(spec, headerRow);
    const rows = [];
    const body = grid ? grid.slice(1) : [];
    const allSystem = spec.columns.every((c) => c.system);
    body.forEach((line, i2) => {
      const cells = {};
      let blank = true;
      for (const column of spec.columns) {
        const at2 = header.index[column.key];
        const cell2 = at2 === void 0 ? null : line[at2] ?? null;
        cells[column.key] = typeof cell2 === "string" && cell2.trim() === "" ? null : cell2;
        if (!isBlankCell(cell2) && (allSystem || !column.system)) blank = false;
      }
      if (!blank) rows.push({ row: i2 + 2, cells });
    });
    return { spec, header, rows };
  }
  function defaultHeader(spec) {
    return spec.columns.map((c) => c.header);
  }
  function recordToRow(header, record2) {
    const row = new Array(header.width).fill(null);
    const lang = header.language ?? "vi";
    for (const key of Object.keys(record2)) {
      const at2 = header.index[key];
      if (at2 === void 0) continue;
      const cell2 = record2[key] ?? null;
      const word = lang !== "vi" && typeof cell2 === "string" && header.wordColumns?.includes(key);
      row[at2] = word ? choiceLabel(cell2, lang) : cell2;
    }
    return row;
  }
  function columnLetter(index) {
    let n2 = index + 1;
    let out = "";
    while (n2 > 0) {
      const rem = (n2 - 1) % 26;
      out = String.fromCharCode(65 + rem) + out;
      n2 = Math.floor((n2 - 1) / 26);
    }
    return out;
  }
  function findTabName(spec, names) {
    const english = tabNameIn("en", spec.key);
    const wanted = [spec.name, ...spec.aliases ?? [], ...english ? [english] : []].map(foldHeader);
    return names.find((n2) => wanted.includes(foldHeader(n2)));
  }

  // src/core/findings.ts
  var param = (p2, key) => p2[key] === void 0 ? "" : String(p2[key]);
  var quoted = (p2, key) => `“${param(p2, key)}”`;
  var has = (p2, key) => p2[key] !== void 0 && p2[key] !== "";

  // src/core/i18n/en/findings.ts
  var findings = {
    messages: {
      "header.missing": (p2) => `The header row has no column ${quoted(p2, "header")}. Add it, or run “Learning Week → Set up” to restore it.`,
      "header.duplicate": (p2) => `${param(p2, "count")} columns are headed ${quoted(p2, "header")} (columns ${param(p2, "columns")}). Only the first is used; rename or delete the others.`,
      "table.missing": (p2) => `There is no tab ${quoted(p2, "tab")}. Run “Learning Week → Set up” to create it.`,
      "value.required": () => `This cell is required but empty. Fill it in.`,
      "id.invalid": (p2) => `The id ${quoted(p2, "text")} is not valid: no spaces, at most 64 characters. Use e.g. “HD01”.`,
      "url.invalid": (p2) => `${quoted(p2, "text")} is not a link. Paste the full address starting with https://.`,
      "email.invalid": (p2) => `The e-mail address ${quoted(p2, "text")} is not valid. Use the form name@school.edu.vn, without spaces or line breaks.`,
      "number.invalid": (p2) => `${quoted(p2, "text")} is not a number. Type digits only, e.g. 40.`,
      "number.text": (p2) => `The number ${quoted(p2, "text")} is stored as text, so the sheet cannot add or sort it. Retype it as a number.`,
      "percent.invalid": (p2) => `${quoted(p2, "text")} is not a percentage. Type a number from 0 to 100, e.g. 50.`,
      "choice.unknown": (p2) => `${quoted(p2, "text")} is not one of the choices. Pick one of: ${param(p2, "choices")}.`,
      "yesno.invalid": (p2) => `${quoted(p2, "text")} is not yes/no. Type “yes” or “no”.`,
      "date.text": (p2) => `The date ${quoted(p2, "text")} is typed as text, so the sheet cannot sort or format it; read as ${param(p2, "date")}. Retype it as a date (dd/MM/yyyy HH:mm).`,
      "date.noYear": (p2) => has(p2, "suggestion") ? `The date ${quoted(p2, "text")} has no year; probably ${param(p2, "suggestion")}. Type day/month/year in full.` : `The date ${quoted(p2, "text")} has no year. Type day/month/year in full (dd/MM/yyyy).`,
      "date.invalid": (p2) => `${quoted(p2, "text")} is not a valid date. Type it as dd/MM/yyyy (optionally with HH:mm).`,
      "date.monthFirst": (p2) => `This cell holds ${param(p2, "read")}: the spreadsheet (locale ${param(p2, "locale")}) reads typed dates month first, so if you typed “${param(p2, "typed")}” Sheets read it as ${param(p2, "read")}. If you meant ${param(p2, "meant")}, run “Learning Week → Set up” (it sets the Vietnam locale) and type the date again.`,
      "date.textLocale": (p2) => `Sheets does not take “${param(p2, "text")}” for a date because the spreadsheet (locale ${param(p2, "locale")}) reads the month first, so this cell is only text, and retyping it gives text again. Run “Learning Week → Set up” (it sets the Vietnam locale) and type the date again.`,
      "setting.missing": (p2, f) => f.row === void 0 ? `The Settings tab has no row ${quoted(p2, "setting")}. Add the row and fill in its value.` : `The setting ${quoted(p2, "setting")} is empty. Fill it in.`,
      "setting.duplicate": (p2) => `The setting ${quoted(p2, "setting")} is already on row ${param(p2, "firstRow")}; this row is ignored. Delete one of them.`,
      "settings.yearMismatch": (p2) => `The year ${param(p2, "year")} does not match the week's dates (${param(p2, "weekStart")}–${param(p2, "weekEnd")}). Make them agree.`,
      "settings.weekReversed": (p2) => `The week ends (${param(p2, "weekEnd")}) before it starts (${param(p2, "weekStart")}). Fix the order.`,
      "settings.weekTooLong": (p2) => `The week from ${param(p2, "weekStart")} to ${param(p2, "weekEnd")} lasts ${param(p2, "days")} days, more than 7. Fix the end date (usually 07/10).`,
      "settings.targetRange": (p2) => `The target ${param(p2, "value")} % is outside 0–100 %. Type a number from 0 to 100, e.g. 50.`,
      "settings.timeZoneUnknown": (p2) => `There is no time zone ${quoted(p2, "zone")}. Type ${param(p2, "expected")}.`,
      "settings.timeZoneNotSchool": (p2) => `The Settings time zone is ${param(p2, "zone")}, not ${param(p2, "expected")}. For a school in Vietnam, change it to ${param(p2, "expected")}.`,
      "env.spreadsheetTimeZone": (p2) => `The spreadsheet's time zone is ${param(p2, "zone")}, not ${param(p2, "expected")}, so activity times may shift. Set it in File → Settings → Time zone.`,
      "env.spreadsheetLocale": (p2) => `The spreadsheet's locale is ${param(p2, "locale")}, which does not read typed dates as day/month/year: “05/10/2021” becomes 10 May. Run “Learning Week → Set up”, or choose Vietnam in File → Settings → Locale, then check the dates already typed.`,
      "env.scriptTimeZone": (p2) => `The Apps Script time zone is ${param(p2, "zone")}, not ${param(p2, "expected")}. Set “timeZone” in appsscript.json to ${param(p2, "expected")}.`,
      "activity.outsideWeek": (p2) => `The ${p2["which"] === "end" ? "end" : "start"} date ${param(p2, "date")} is outside the week ${param(p2, "weekStart")}–${param(p2, "weekEnd")}. Change it to a day of the week${has(p2, "suggestion") ? ` (probably ${param(p2, "suggestion")})` : ""}.`,
      "activity.endBeforeStart": (p2) => `The end ${param(p2, "end")} is before the start ${param(p2, "start")}. Make the end later than the start.`,
      "activity.timeUnconfirmed": () => `This activity's time is only proposed. Confirm it, then type “yes” in the Time confirmed column.`,
      "activity.overlap": (p2) => `The owner ${param(p2, "owner")} also has ${param(p2, "other")} (row ${param(p2, "otherRow")}) at the same time. Move one or hand it to someone else.`,
      "activity.weekend": (p2) => `The activity is on ${param(p2, "date")}, a weekend day. Check the date unless this is intended.`,
      "activity.onlineNoPlatform": () => `The activity is online but has no platform. Pick Zoom, Google Meet, Microsoft Teams, K12Online or Other.`,
      "activity.onlineNoLink": () => `The activity is online but has no link to join. Paste the link before invitations go out.`,
      "activity.inviteNoTime": () => `Invitations are requested but the start or end is missing. Fill them in, or type “no” under Invite.`,
      "activity.inviteNoAudience": () => `Invitations are requested but nobody is invited. Choose an audience: all staff, parents, everyone or a group.`,
      "activity.noCapacity": (p2) => `This ${quoted(p2, "category")} activity has no capacity, so sign-ups are unlimited. Set a capacity if seats are limited.`,
      "activity.capacityInvalid": (p2) => `The capacity ${param(p2, "value")} is not valid. Type a whole number above 0.`,
      "activity.audienceUnknown": (p2) => `The audience ${quoted(p2, "audience")} is neither a known audience nor a group in People. Pick one of: ${param(p2, "choices")}.`,
      "id.duplicate": (p2) => `The id ${param(p2, "value")} repeats row ${param(p2, "firstRow")}. Each row needs its own id: change this one.`,
      "email.duplicate": (p2) => `The e-mail ${param(p2, "value")} repeats row ${param(p2, "firstRow")}. Check for a duplicate entry.`,
      "text.otherYear": (p2) => `The text names the year ${param(p2, "found")} in the ${param(p2, "year")} plan: ${quoted(p2, "quote")}. Change it to ${param(p2, "year")} if it was copied by mistake.`
    },
    severity: { error: "error", warning: "warning" },
    row: "row",
    column: "column",
    unknown: (code) => `Needs checking (code ${code}).`
  };

  // src/core/i18n/numbers.ts
  function groupedInteger(n2, language) {
    const digits = String(Math.trunc(Math.abs(n2))).replace(
      /\B(?=(\d{3})+(?!\d))/g,
      language === "vi" ? "." : ","
    );
    return n2 < 0 ? `-${digits}` : digits;
  }

  // src/core/i18n/en/forms.ts
  var ORDER_NAMES = {
    dmy: "day/month/year",
    mdy: "month/day/year",
    ymd: "year/month/day"
  };
  var MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ];
  var separatorName = (separator) => separator === "	" ? "tab" : `"${separator}"`;
  function timestampProblem(problem, value, order) {
    switch (problem) {
      case "empty":
        return "the submission time is empty";
      case "format":
        return `the submission time "${value}" cannot be read`;
      case "date":
        return `"${value}" is not a real date${order ? ` (as ${ORDER_NAMES[order]})` : ""}`;
      case "time":
        return `the time in "${value}" is not valid`;
      case "zone":
        return `the time zone "${value}" is unknown (GMT+7 is expected)`;
      case "order":
        return order ? `"${value}" is not written as ${ORDER_NAMES[order]}` : `"${value}" reads both as day/month and as month/day (--date-order dmy or mdy is needed)`;
    }
  }
  var forms = {
    defaults: {
      governingBody: "the District People's Committee",
      wardAssociation: "the ward study promotion association"
    },
    weekTitle: (year) => `Lifelong Learning Week${year ? ` ${year}` : ""}`,
    questions: {
      email: "Email",
      name: "Full name",
      group: "Group",
      childClass: "Your child's class (parents)",
      intent: "I want to",
      mode: "How I attend",
      who: "I am",
      sessions: "Training sessions / talks I want to attend",
      pledges: "Longer courses I sign up for this year",
      nominator: "Your full name (nominator)",
      relation: "Your relation to the nominated family",
      family: "Full name of the family's representative",
      child: "Child's full name",
      className: "Class",
      address: "Address (in the ward)",
      achievements: "The family's achievements and example in learning",
      evidence: "Link to evidence (photos, certificates…)",
      consent: "Consent to share with the ward study promotion association"
    },
    choices: {
      intents: { register: "Sign up to attend", present: "Check in (I am here)" },
      who: { staff: "School staff", parent: "Parent", resident: "Local resident" },
      pledges: {
        it: "Computer skills",
        languages: "Foreign languages",
        masters: "Master's degree",
        management: "School management training",
        headOfDepartment: "Head of department training"
      },
      relations: {
        classParent: "Parent in the same class",
        teacher: "Teacher",
        neighbour: "Neighbour / local resident",
        ownFamily: "My own family"
      },
      modes: {
        hall: (governingBody2) => `In the hall of ${governingBody2}`,
        school: "At the school's video link",
        home: "Online from home"
      },
      consentYes: (ward) => `I agree to share this nomination with ${ward}`,
      consentNo: "No, I do not agree"
    },
    attendance: {
      title: (week) => `Opening ceremony of the “${week}”`,
      when: (day, time) => ` on ${day} at ${time}`,
      description: (governingBody2, when) => `The opening ceremony is held online by ${governingBody2}${when}, in the hall of ${governingBody2} and at linked venues. Sign up beforehand so the school can prepare its video link; during the ceremony, send this form again to check in.`,
      target: (target) => ` Target: at least ${target} % of staff attend.`,
      emailHelp: "Use your school email address to be counted among the school's staff.",
      confirmation: "Thank you! The school has recorded your answer. A confirmation will be sent to your email; to change it, send the form again — the last one counts."
    },
    training: {
      title: (week) => `Training sessions and talks – ${week}`,
      description: "Free training sessions and talks during the week, for school staff, parents and local residents. Each session has limited seats, given in the order answers arrive; a confirmed seat is never taken back. Send the form again to change your choice.",
      emailHelp: "Your seat or your place on the waiting list will be confirmed at this address.",
      sessionsHelp: "You can still choose a full session: you join the waiting list and get an email when a seat frees up.",
      noSessions: "No sessions are scheduled yet.",
      confirmation: "Thank you! Your seat (or your place on the waiting list) will be sent by email. To change sessions, send the form again."
    },
    nomination: {
      title: (year) => `“Studious family” nominations ${year}`.trim(),
      description: (ward) => `Put forward an exemplary family of the ward for the school to review and recommend to ${ward} for recognition. Only the school leadership sees this information, and it is deleted after the retention period.`,
      emailHelp: "The nominator's email, so the school can get in touch if needed.",
      evidenceHelp: "Paste a Google Drive or web link, if you have one.",
      consentHelp: "Only nominations with consent are sent to the study promotion association.",
      confirmation: "Thank you for your nomination! The school leadership will review it and reply by email."
    },
    seats: {
      full: "full – join the waiting list",
      left: (count) => count === 1 ? "1 seat left" : `${count} seats left`,
      seated: (id) => `${id}: seat`,
      waiting: (id, position) => `${id}: waiting no. ${position}`,
      detailLabel: (id) => `Seat ${id}`,
      detailSeated: "you have a seat",
      detailWaiting: (position) => `waiting list, place no. ${position} – we will tell you when a seat frees up`
    },
    childClassHelp: "Parents: choose your child's class (or type it). Staff: leave it empty.",
    /** The raw copy's source of the demo week's responses. */
    sampleSource: "Sample",
    noGroup: "(no group)",
    csvColumn: (index) => `(column ${index})`,
    reasons: {
      "required.missing": (question2) => `Required answer missing: "${question2}".`,
      "email.missing": "Email address missing.",
      "email.invalid": (value) => `Invalid email address: "${value}".`,
      "choice.unknown": (question2, value) => `"${value}" is not a choice of "${question2}".`,
      "session.unknown": (value) => `Session "${value}" is no longer in the activities (renamed or deleted?).`,
      "session.cancelled": (id, title) => `Session ${id} "${title}" was cancelled.`,
      "form.closed": (closedAt) => `The form closed at ${closedAt}; this response came later.`,
      "nomination.noConsent": "No consent to share with the ward association: kept, never sent.",
      "response.noAnswers": "The response has no answers.",
      "text.formulaNeutralised": (question2) => `"${question2}" started with a formula character: kept as text with a '.`,
      "text.truncated": (question2, max) => `"${question2}" is longer than ${max} characters: the cell keeps the start.`,
      "text.invisibleRemoved": (question2) => `"${question2}" had invisible characters: removed.`,
      "answer.unknownQuestion": (question2) => `"${question2}" is not a question of the form: kept in the raw copy only.`,
      "class.fromFamilies": (className) => `Class left empty: taken as "${className}", the class of the family with the same email in the Families tab.`
    },
    progress: {
      attendance: (count, total2, registered, percent, met, target, needed) => `${count}/${total2} staff ${registered ? "registered for the opening" : "attended the opening"} (${percent}) – ${met ? `target ${target} met` : `${needed} more needed to reach ${target}`}`
    },
    preview: {
      types: {
        text: "short answer",
        email: "email address",
        paragraph: "paragraph",
        multipleChoice: "multiple choice",
        checkbox: "checkboxes",
        list: "drop-down list"
      },
      type: (type) => `Type: ${type}`,
      required: " (required)",
      emailNote: "The form records the respondent's email address itself.",
      other: "Other: …",
      after: (confirmation) => `After sending: ${confirmation}`
    },
    gas: {
      openFailed: (id, detail) => `The form ${id} could not be opened (${detail}); making a new one.`,
      verifiedFailed: (title, detail) => `Form "${title}": verified emails could not be turned on (${detail}); respondents type their email.`,
      readFailed: (formId, detail) => `The responses of the form ${formId} could not be read: ${detail}`,
      noEvent: 'This function runs by itself whenever someone sends a form, so run from the editor it has no response to record. Nothing changed. To create or update the forms, use the menu "Lifelong Learning Week" → "Create/update forms".'
    },
    imports: {
      row: (row) => `Row ${row}: `,
      csvEmpty: "The CSV file is empty: it has no header row.",
      csvNoTimestamp: (separator) => `The CSV file has no "Timestamp" column${separator === void 0 ? "" : `, not even when read with the ${separatorName(separator)} its header line uses between columns`}: it is not a Google Forms export; no response was recorded.`,
      csvSeparator: (separator) => `The file separates its columns with ${separatorName(separator)} (not a comma): read that way.`,
      csvExtraColumn: (column) => `The extra column "${column}" is not a question of the form: kept in the raw copy only.`,
      csvMissingRequired: (column) => `The column "${column}" is missing (a required question): the responses will be flagged for review.`,
      csvMissingOptional: (column) => `The column "${column}" is missing (an optional question): left empty.`,
      csvDuplicateColumn: (column) => `The column "${column}" appears twice: only the first one is used.`,
      csvRaggedRow: (at2) => `${at2}the number of cells differs from the header row; missing cells are left empty.`,
      csvBadTimestamp: (at2, problem, value, order) => `${at2}${timestampProblem(problem, value, order)}; the row is kept in "Raw responses" for review.`,
      csvTruncatedRow: (at2) => `${at2}the last row is cut off (did the download finish?); the row is kept in "Raw responses" for review.`,
      csvDateOrderFromFile: (column, order, at2, value) => `The column "${column}" writes dates as ${ORDER_NAMES[order]}: ${at2}"${value}" reads only that way.`,
      csvDateOrderUnknown: (column, at2, value, dayFirst, monthFirst) => `Cannot tell in which order the column "${column}" writes dates: ${at2}"${value}" may be ${dayFirst} or ${monthFirst}. Run again with --date-order dmy (day/month/year: Vietnamese, UK spreadsheets) or --date-order mdy (month/day/year: US spreadsheets); no response was recorded.`,
      csvDateOrderConflict: (column, at2, value, otherAt, other) => `The column "${column}" writes dates in two orders: ${at2}"${value}" and ${otherAt}"${other}" cannot share one. Fix the file or run again with --date-order dmy|mdy; no response was recorded.`,
      dayOfMonth: (day, month) => `${MONTHS[month - 1] ?? month} ${day}`,
      unreadableSource: (origin) => `${origin} – to review`,
      jsonInvalid: "The JSON data is not valid: check the brackets, commas and quotes.",
      jsonEmpty: "The JSON data holds no response.",
      jsonWhere: (index) => index === void 0 ? "Response" : `Response no. ${index}`,
      jsonNotObject: 'must be an object {"timestamp", "email", "answers"}.',
      jsonNoTimestamp: '"timestamp" is missing (for example "2021-10-05T08:03").',
      jsonBadTimestamp: (value, problem, order) => `${timestampProblem(problem, value, order)}: write it as 2021-10-05T08:03 (or 05/10/2021 08:03 with --date-order dmy).`,
      jsonDateOrderUnknown: (value, dayFirst, monthFirst) => `Cannot tell in which order the dates are written: "${value}" may be ${dayFirst} or ${monthFirst}. Write 2021-10-05T08:03 or run again with --date-order dmy|mdy; no response was recorded.`,
      jsonDateOrderConflict: (value, other) => `The dates are written in two orders: "${value}" and "${other}" cannot share one. Fix the data or run again with --date-order dmy|mdy; no response was recorded.`,
      jsonEmail: '"email" must be a string.',
      jsonResponseId: '"responseId" must be a non-empty string.',
      jsonNoAnswers: '"answers" is missing (an object: question title → answer).',
      jsonBadAnswer: (title) => `the answer to "${title}" must be a string or a list of strings.`
    },
    app: {
      rawTooLong: (id, kept, cellLimit) => `Response ${id}: too long, the raw copy keeps only the first ${groupedInteger(kept, "en")} characters (four cells of at most ${groupedInteger(cellLimit, "en")} each).`,
      outboxBroken: 'The Outbox has a broken row: no confirmation could be queued. Run "Check the plan".',
      settingsIncomplete: "No confirmation sent: the Settings tab lacks required information.",
      familiesNotMailed: (n2) => `${n2} mail to families not queued: "Mail families" in Settings is "no" (families hear through Zalo and the QR posters).`,
      formsMade: (list) => `Forms: ${list}.`,
      formMade: (formId, created) => `${formId} ${created ? "created" : "updated"}`,
      noSettingsTab: 'No Settings tab found: the form links could not be written. Run "Setup".',
      what: {
        present: "Check-in at the opening ceremony",
        register: "Registration for the opening ceremony",
        training: "Training / talk registration",
        nomination: "“Studious family” nomination",
        result: "Activity result"
      },
      change: (formUrl) => `Submit the form again${formUrl ? ` (${formUrl})` : ""}; the latest answer counts.`,
      changeLabel: "To change it",
      sharedLabel: "Shared with the ward association",
      notShared: "no (no consent given): kept, never sent",
      progressTopic: (date3) => `Registrations on ${date3}`,
      noOrganiser: 'Daily progress: no "Organiser email" in Settings, nothing sent.',
      sessionLine: (id, title, seats, waiting) => `${id} ${title}: ${seats} seats${waiting > 0 ? `, ${waiting} waiting` : ""}`,
      nominations: (total2, withoutConsent) => `“Studious family” nominations: ${total2}${withoutConsent > 0 ? ` (${withoutConsent} without consent)` : ""}`
    },
    queue: {
      blankEvent: (formId) => `The run of the form ${formId} came without a response (run from the editor, or an incomplete delivery by Google): the next processing run sweeps the forms so that no response is missed.`,
      notKept: (responseId, detail) => `The response ${responseId} could not be queued (${detail}). The form still holds it; the 17:00 sweep records it.`,
      notScheduled: (detail) => `The processing run could not be scheduled (${detail}). The response is queued and is recorded by a later run, at 17:00 at the latest.`,
      busy: (waiting) => `The spreadsheet is busy: ${waiting} waiting responses are recorded in about a minute.`,
      fetchFailed: (responseId, formId, detail) => `The response ${responseId} could not be read from the form ${formId} (${detail}); it stays queued for another try.`,
      recorded: (recorded, duplicates2, flagged) => `Recorded ${recorded} waiting responses` + (flagged > 0 ? ` (${flagged} to review)` : "") + (duplicates2 > 0 ? `; ${duplicates2} were recorded before` : "") + ".",
      nothing: "No response is waiting."
    }
  };

  // src/core/i18n/en/cli.ts
  var cli = {
    usage: `Usage: learning-week <command> [options]

Commands:
  init [options]           Create a new plan file (.xlsx) from the 2021 sample plan.
      --year YEAR          Year of the week (default 2021).
      --school "NAME"      The school's name.
      --theme "THEME"      The week's theme.
      --start YYYY-MM-DD   First day of the week (default 1 October of the year).
      --blank              Only Settings and empty tabs, no activities.
      --sample             Add a sample (fake) list of staff and families.
      --out FILE           File to create (default learning-week-YEAR.xlsx).
      --force              Overwrite an existing file (the old one is kept as FILE.bak).
      --language vi|en     Language of the new sheet (default vi).
  validate FILE            Check the plan, write the results into the file and print errors and warnings.
                           Exit code: 0 no errors, 1 errors, 2 the file cannot be opened.
  invite FILE [--families] Queue invitations in the Outbox for every active staff member
                           (--families: also families with an email). Running again queues nothing twice.
  drain FILE               Send the Outbox mail that is due, within the daily limit.
      --smtp URL           Really send through an SMTP server (or the SMTP_URL environment variable),
                           e.g. smtps://name:password@smtp.gmail.com:465.
                           Without it: each mail is written as an .eml file in out/mail/.
      --daily-limit N      Most recipients per day (default 100).
      --out FOLDER         Folder for the .eml files (default out/mail).
  outbox FILE              Print the Outbox's states and the number of mails in each state.
  respond FORM FILE        Import responses to the form attendance (opening), training
                           or nomination (studious families):
      --csv FILE.csv       a CSV file downloaded from Google Forms (Timestamp, Email Address, one column per question);
      --json FILE.json     one response or a list of responses as JSON (--json - : read standard input).
      --date-order dmy|mdy|ymd   the order of the submission times' dates when the file does not tell:
                           dmy 01/10/2021 (Vietnamese, UK spreadsheets), mdy 10/1/2021 (US).
  serve FILE               Serve the forms as web pages on this computer (no Google needed): answers
                           go straight into FILE, confirmations into the outbox. Ctrl+C stops it.
      --port PORT          Port to listen on (default: the port of "Local forms address", 8080).
      --host ADDRESS       Address to listen on (default 127.0.0.1: this computer only).
  forms FILE               Write previews of the three forms into out/forms/.
      --format html|markdown|json   json: print the three forms' structure (id, title, questions, choices).
      --out FOLDER         Folder for the previews (default out/forms).
  sync FILE                Write the week's calendar as .ics files in out/calendar/ (one per activity
                           with guests, plus the whole week in learning-week-YEAR.ics) and queue
                           invitations with the .ics for each guest in the Outbox. Running again creates
                           nothing twice; an edited activity alone is updated and reported.
      --dry-run            Only print the changes, write nothing.
      --out FOLDER         Folder for the .ics files (default out/calendar).
  reminders FILE           Queue calendar reminders for tomorrow's activities (after --now if given).
  report FILE              Write the week's report out/report/bao-cao-YEAR.docx and print its main figures.
      --at "DD/MM/YYYY HH:MM"  Build the report as at this time (default: now).
      --pdf                Add a PDF copy (needs LibreOffice).
      --out FOLDER         Folder for the report (default out/report).
  learning-week import PLAN [--out FILE] [--apply]
                           Read a plan document (.docx or .txt) into Settings and Activities and print
                           what was found (a wrong year, dates outside the week, undated activities…).
                           A new FILE is created (default learning-week-YEAR.xlsx); an existing one is
                           only shown what would change, and written with --apply.
  plan FILE [--out FOLDER] Write the school's plan document from Settings and Activities
                           (out/plan/ke-hoach-YEAR.docx, Decree 30/2020 layout).
  announce FILE [--out FOLDER]
                           Write a text to paste into the Zalo group of each class and staff group,
                           the school's Facebook post and website fragment, with each form's QR code
                           and A4 poster (out/announce/: .txt, .html, .svg, .png, .docx).
  commend FILE [--out FOLDER] [--pdf] [--mail] [--sent]
                           Write the commendation proposal into the Commendations tab; for the rows the
                           principal approved: the draft decision, the certificates from the templates
                           mau-giay-khen.docx, mau-giay-chung-nhan.docx beside FILE, and the letter to
                           the ward association (out/commendation/). --pdf: PDFs too (LibreOffice);
                           --mail: queue each certificate's mail; --sent: record the sent date.
  dashboard FILE [--out FILE.html]
                           Write the week's dashboard as one HTML page (default out/dashboard.html):
                           countdown, plan check, opening by group, training seats, families who
                           answered by class, nominations, results, outbox, log.
  google login [--client CLIENT.json] [--write] [--run]
                           Sign in to Google in the browser with the school's "Desktop app" OAuth
                           client (without --client: the client clasp stored). By default only view
                           scopes (spreadsheets.readonly, script.processes); --write adds editing
                           spreadsheets (for push --yes), --run the script's scopes (for run). Saves
                           the token in ~/.config/learning-week/google-token.json (0600).
  google logout            Delete the Google token saved on this computer.
  google pull SHEET [--out FILE.xlsx]
                           Download the whole live Google Sheet (link or id) into an .xlsx the commands
                           above open; one line per tab. Needs "google login" first (read-only scope
                           spreadsheets.readonly). Writes ID.xlsx by default.
  google push FILE SHEET [--yes]
                           Copy the plan tabs (Settings, People, Families, Activities, Outreach) of FILE
                           into the live Sheet: by default only print the cells that would change;
                           --yes writes them in one call (needs "google login --write").
  google logs [--failed] [--since 24h] [--script ID]
                           The script's recent executions (function, start, duration, status); the
                           script id comes from .clasp.json unless --script is given.
  google run FUNCTION [--script ID]
                           Run one of the script's functions ("API executable" deployment, "google login --run").
  district collect --sheets LIST [--out FILE.xlsx] [--report]
                           For the district office: read each school's report figures tab (LIST: a
                           text file, one Google Sheet link or id per line, # for comments) into FILE
                           (default district.xlsx): a row per school, a totals row and a "Not read" tab
                           with reasons. Exit 1 when some school was not read, 2 when none was
                           (nothing written). --report adds the office's .docx report (--authority,
                           --office, --place).
  purge FILE               Delete the families' personal data (Families, Nominations, Raw responses, families
                           signed up for training, mail to families) once the personal data retention period
                           (counted from the week's last day) is over; before that only print the date. Figures are kept.
      --dry-run            Only print what would be deleted, write nothing.
  week [--from DATE] [--to DATE] [--speed SECONDS] [--out FOLDER] [--daily-limit N] [--language vi|en]
                           Play the whole week on a simulated clock: setup, invitations, responses,
                           calendar, reminders, report; the summary goes to out/summary.json.
  demo                     What "npm start" does: "week" with the 2021 plan and the sample lists into out/.
  bench                    Measure performance: service calls per run at three school sizes, estimated
                           Apps Script time, local time and memory; writes out/bench.json, out/bench.md.
  help                     Print this help.

Common options:
  --now TIME               Use a fixed time instead of the machine's clock (e.g. 2021-10-05T08:00).
  --verbose                Print the run's log too.

Environment:
  LEARNING_WEEK_LANG=en    Print in English before a sheet is read (once read: the Settings' Language).`,
    weekUsage: `Usage: learning-week week [--from DATE] [--to DATE] [--speed SECONDS] [--out FOLDER] [--daily-limit N] [--language vi|en]
  Play the whole 2021 week (28/09 – 07/10) on the sample plan and sample lists, with a simulated clock.
  --from, --to     first/last day shown (dd/MM/yyyy); --to stops the week on that day
  --speed          real seconds per simulated day (0: fastest; default 0 when not a terminal or on CI)
  --out            output folder (default out)
  --daily-limit    recipients per day (default 100, the personal Gmail limit)
  --language       language of the sheet and the output: vi or en (default vi)`,
    cannotOpen: (file, reason) => `Cannot open the file ${file}: ${reason}`,
    cannotSave: (file, reason) => `Cannot save the file ${file}: ${reason}`,
    reasons: {
      missing: "the file does not exist.",
      directory: "this is a folder, not a file.",
      noPermission: "no permission to read or write the file (or its folder).",
      busy: "the file is open in another program (e.g. Excel). Close it and try again.",
      corrupt: "the file is not a valid Excel workbook.",
      locked: (lockFile, owner) => `another learning-week command is using the file (lock file ${lockFile}${owner ? `, held by process ${owner.pid} on ${owner.host} since ${owner.since}` : ""}). Wait until it is done and try again. If you are sure no learning-week command is running${owner ? ` on ${owner.host}` : ""} (the last one was killed), delete ${lockFile} and run again.`,
      other: (message4) => `unexpected error (${message4}).`,
      nameTooLong: "the file name or path is too long. Choose a shorter name (under 200 characters) or a folder nearer the top.",
      notAFolder: (path) => `${path} is a file, not a folder. Choose a folder (or a name not yet used) for the output.`,
      diskFull: "the disk is full (or over quota). Free some space and run again; the old file is intact.",
      readOnlyDisk: "the disk is read-only. Copy the file to another disk and run again.",
      tooManyFiles: "too many files are open. Close some programs and run again.",
      readOnlyFile: "the file is read-only (no permission to write). Remove the read-only mark (e.g. chmod u+w FILE) and run again; nothing was changed.",
      readOnlyFolder: (folder) => `the folder ${folder} is read-only (no permission to write). Allow writing or choose another folder; nothing was changed.`,
      otherFile: (path, reason) => `${reason} (file ${path})`
    },
    cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}`,
    cannotRead: (path, reason) => `Cannot read ${path}: ${reason}`,
    outNotAFolder: (path) => `Cannot use --out ${path}: it is a file, not a folder. Choose a folder (or a name not yet used); nothing was changed.`,
    unexpectedFailure: (message4) => `Unexpected error: ${message4}. Run again with --verbose for the technical details.`,
    smtp: {
      badUrl: (source, url) => `The mail server address ${source} "${url}" is not valid: write it as smtps://name:password@smtp.gmail.com:465 or smtp://server:587. No mail was sent.`,
      noHost: (source, url) => `The mail server address ${source} "${url}" has no server name: write it as smtps://name:password@smtp.gmail.com:465. No mail was sent.`,
      badPort: (source, url) => `The port of the mail server ${source} "${url}" is not valid: use a number from 1 to 65535 (usually 465 or 587). No mail was sent.`,
      unreachable: (server, reason) => `Cannot connect to the mail server ${server} (${reason}). The mails are still "waiting" and today's quota is untouched; check the --smtp address and the network, then run drain again.`,
      refused: "the server refused the connection",
      timedOut: (seconds) => `no answer after ${seconds} seconds`,
      unknownHost: "the server name was not found",
      badLogin: "wrong user name or password",
      tls: "secure connection (TLS) failed; check smtps:// versus smtp:// and the port"
    },
    alreadyExists: (file) => `The file ${file} already exists. Use --force to overwrite it (the old one is kept as ${file}.bak).`,
    badAt: (text2) => `The time --at "${text2}" is not valid: write it as "07/10/2021 17:00" (school time) or just the day "07/10/2021".`,
    badNow: (text2) => `The time --now "${text2}" is not valid: write it as 2021-10-05T08:00 (school time) or with a time zone, e.g. 2021-10-05T08:00+07:00.`,
    args: {
      districtUsage: `Usage: learning-week district collect --sheets LIST.txt [--out FILE.xlsx] [--report --authority "UBND QUẬN 1" --office "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" --place "Quận 1"] (LIST: one school's Google Sheet link or id per line).`,
      googleUsage: "Usage: learning-week google login --client CLIENT.json [--write] [--run] | logout | pull SHEET [--out FILE.xlsx] | push FILE.xlsx SHEET [--yes] | logs [--failed] [--since 24h] [--script ID] | run FUNCTION [--script ID] (SHEET: a Google Sheet link or id).",
      needsOneFile: (command) => `The ${command} command needs exactly one .xlsx file, e.g.: learning-week ${command} plan.xlsx`,
      noCommand: (name) => `There is no command "${name}".`,
      badYear: (year) => `The year "${year}" is not valid: write four digits, e.g. --year 2024.`,
      badStart: (start) => `The start date "${start}" is not valid: write it as YYYY-MM-DD, e.g. --start 2024-10-01.`,
      emptyOption: (option) => `The option --${option} must not be empty.`,
      badLimit: (limit, min, max) => `The limit "${limit}" is not valid for --daily-limit: write the number of recipients per day, a whole number from ${groupedInteger(min, "en")} to ${groupedInteger(max, "en")}, e.g. --daily-limit 100.`,
      badFormat: (format) => `The format "${format}" is not valid: use --format markdown, html or json.`,
      badLanguage: (language) => `The language "${language}" is not valid: use --language vi or en.`,
      respondForm: "The respond command needs a form name (attendance, training, nomination or result) and one .xlsx file, e.g.: learning-week respond training plan.xlsx --csv responses.csv",
      respondSource: "The respond command needs exactly one source of responses: --csv FILE.csv or --json FILE.json (or --json - to read standard input).",
      badDateOrder: (value) => `The option --date-order takes dmy (day/month/year), mdy (month/day/year) or ymd (year/month/day), not "${value}".`,
      unknownOption: (option) => `There is no option "${option}".`,
      needsValue: (option) => `The option "${option}" needs a value.`,
      needsValueLike: (option, example) => `The option "${option}" needs a value, e.g. ${option} ${example}.`,
      valueExamples: {
        out: "results",
        initOut: "plan.xlsx",
        year: "2024",
        school: '"Rose Kindergarten"',
        theme: '"Lifelong learning"',
        start: "2024-10-01",
        language: "en",
        now: "2021-10-05T08:00",
        "daily-limit": "100",
        speed: "0.5",
        from: "28/09/2021",
        to: "07/10/2021",
        smtp: "smtps://name:password@smtp.gmail.com:465",
        format: "html",
        at: '"07/10/2021 17:00"',
        csv: "responses.csv",
        json: "responses.json"
      },
      unexpected: (text2) => `"${text2}" is not understood.`,
      unparsable: "The command’s arguments are not understood.",
      badDay: (text2) => `Not a valid date: ${text2}`,
      badSpeed: (text2) => `The speed --speed "${text2}" is not valid: write the real seconds per day, 0 or more (0: fastest), e.g. --speed 0.5.`
    },
    init: {
      created: (file, tabs, activities2, people, families2) => `Created ${file}: ${tabs} tabs, ${activities2} activities, ${people} staff, ${families2} families.`,
      next: (file) => `Next: open the file, edit Settings and Activities, then run: learning-week validate ${file}`
    },
    findings: {
      tab: (tab) => `Tab "${tab}":`,
      wholeTab: "the whole tab"
    },
    week: {
      title: "Lifelong Learning Week 2021 – a trial run of the whole week (simulated clock)",
      sent: (count) => `${count} mails sent`,
      deferred: (count) => `${count} mails waiting for the next day's limit`,
      failed: (count) => `${count} mails failed`,
      duplicates: (count) => `${count} duplicates`,
      flagged: (count) => `${count} to review`,
      responses: (count, extra) => `${count} responses${extra ? ` (${extra})` : ""}`,
      reminders: (count) => `${count} calendar reminders`,
      calendarChanges: (count) => `calendar: ${count} changes`,
      invitationsQueued: (count) => `${count} invitations queued`,
      reportWritten: "report written",
      movedLater: (id, from, to, day) => `${id} moved an hour later (${from}–${to} on ${day})`,
      cancelled: (id) => `${id} cancelled`
    },
    summary: {
      met: (met) => met ? "met" : "not met",
      activities: "Activities in the plan",
      peopleFamilies: "Staff / families",
      planCheck: "Plan check",
      findings: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
      calendarEvents: "Calendar events (.ics)",
      calendar: (events, cancelled, guests) => `${events} events, ${cancelled} cancelled, ${guests} guests`,
      queued: "Mails queued in the Outbox",
      sent: "  sent",
      deferred: "  still waiting (limit, retry)",
      failed: "  failed / to check",
      sentLater: "  sent on a later day (limit reached)",
      sentLaterValue: (count, limit) => `${count} (limit ${limit} recipients/day)`,
      responses: "Form responses",
      responsesValue: (received, duplicates2, flagged) => `${received} received, ${duplicates2} duplicates, ${flagged} to review`,
      opening: (target) => `Opening (target ${target})`,
      openingValue: (registered, present, staff2, met) => `${registered}/${staff2} signed up, ${present}/${staff2} present – ${met}`,
      nominations: 'Nominations "Studious family"',
      nominationsValue: (total2, withConsent, withoutConsent) => `${total2} (${withConsent} agree to share, ${withoutConsent} have not agreed)`,
      report: "Report",
      noReport: "not built",
      workbook: "Plan file",
      unlimited: (seated) => `${seated} (no limit)`,
      heading: "The week in figures",
      figureHeaders: ["Item", "Figure"],
      sessionHeaders: ["Id", "Training / talk", "Seats", "Waiting"],
      files: (outDir) => `Mail (.eml): ${outDir}/mail · Calendar (.ics): ${outDir}/calendar · Figures: ${outDir}/summary.json`
    },
    forms: {
      written: (count) => `Wrote ${count} form previews:`,
      linked: (file) => `The links to the previews are written in the Settings tab of ${file}.`
    },
    reminders: {
      drainHint: 'Run "learning-week drain" to send the reminders.'
    },
    purge: {
      wouldDelete: "Would delete:",
      runAgain: (command) => `Run again without --dry-run to delete: ${command}`,
      backupReplaced: (backup) => `The backup ${backup} has also been replaced by the purged file. If there are other copies of the file (another computer, mail, USB stick…), delete them yourself.`
    },
    respond: {
      unusable: (source, reason) => `Cannot use ${source}: ${reason}`,
      file: (path) => `the file ${path}`,
      stdin: "the standard input",
      fileIssue: (issue) => `Note on the file: ${issue}`,
      recorded: (count) => `Recorded: ${count}`,
      duplicates: (count) => `Duplicates (already there, skipped): ${count}`,
      flagged: (count) => `To review: ${count}`,
      keptForReview: (now, before) => `CSV rows that could not become responses, kept in "Raw responses" for review: ${now}${before > 0 ? ` (and ${before} kept by an earlier import)` : ""}`
    },
    sync: {
      preview: "Preview of the calendar changes (nothing written yet):",
      events: (events, guests, cancelled) => `Events: ${events}; guests: ${guests}${cancelled > 0 ? `; cancelled: ${cancelled}` : ""}.`,
      weekFeed: (file) => `The whole week's calendar: ${file}`,
      mailsQueued: (queued, already) => `New calendar invitations queued in the Outbox: ${queued}` + (already > 0 ? ` (${already} mails were already there)` : "") + (queued > 0 ? '. Run "learning-week drain" to send them.' : ".")
    },
    invite: {
      queued: (count) => `New invitations queued in the Outbox: ${count}`,
      alreadyQueued: (count) => `Invitations already there (not queued again): ${count}`
    },
    drain: {
      sent: (count) => `Sent: ${count}`,
      deferred: (count) => `Deferred to tomorrow (today's limit reached): ${count}`,
      failed: (count) => `Failed: ${count}`,
      retrying: (count) => `Temporary errors, will retry: ${count}`,
      needsReview: (count) => `To check: ${count}`,
      recovered: (count) => `The previous send was interrupted: ${count} mails were settled from the send journal`,
      remaining: (count) => `Still waiting in the Outbox: ${count}`,
      emlWritten: (dir) => `Mails written as .eml files in ${dir}`
    },
    outbox: {
      headers: ["Row", "Key", "Recipients", "Status", "Attempts", "Retry at", "Done at", "Last error"],
      stateHeaders: ["Status", "Mails"],
      damagedRow: (row, code) => `Row ${row} of the Outbox is damaged (${code}): skipped; fix or delete this row.`,
      total: (line) => `Total: ${line}.`
    },
    report: {
      written: (path) => `Report written: ${path}`,
      pdf: (path) => `PDF copy: ${path}`,
      preview: "Note: PREVIEW – the week is not over yet, the figures may still change."
    }
  };

  // src/core/i18n/en/jobs.ts
  var jobs = {
    setup: {
      createdTabs: (count, names) => `Created ${count} tabs: ${names}.`,
      tabsPresent: "All tabs are there; none created.",
      repairedHeaders: (tab, headers) => `Added the missing columns of "${tab}": ${headers}.`,
      addedSettings: (count, labels) => `Added ${count} settings: ${labels}.`,
      filledPlan: (activities2, people, families2) => `Filled in the default plan: ${activities2} activities, ${people} staff, ${families2} families. Times the plan does not state are suggested and marked as not confirmed.`,
      keptData: "The sheet already holds data, so it was kept as it is; nothing was overwritten.",
      calendarBusy: "Another calendar sync is opening the week's calendar; it prepares the calendar, there is no need to run Setup again.",
      calendarFailed: (detail) => `The week's calendar could not be prepared yet: ${detail}`,
      checkFailed: (detail) => `The plan could not be checked yet: ${detail}`
    },
    invitations: {
      deferredNote: `Mail deferred by Google's sending quota (counted over 24 hours from the first mail, not from midnight) goes by itself when the quota comes back; invitations go after confirmations and reminders. See each mail's status in the "Outbox" tab.`
    },
    calendar: {
      syncFailed: (detail) => `Calendar sync: ${detail}`,
      remindersPlanned: (mails, at2) => `Reminders: the sending quota cannot take tomorrow's ${mails} reminders now; they will be queued at ${at2}, half an hour before the quota comes back, so that all of them go today.`
    },
    progress: {
      missedRecorded: (count) => `Recorded ${count} missed responses.`,
      sweepSource: "Daily sweep"
    },
    submit: {
      logged: (formId, responseId, status) => `Form ${formId}: response ${responseId} – ${status}.`,
      drainNotScheduled: (detail) => `The confirmation mail's run could not be scheduled: ${detail}`
    },
    purge: {
      removed: "Removed:",
      whatChanged: 'On these rows, names, e-mail addresses, addresses, children, achievements, evidence and notes were replaced by "removed after the retention period" (e-mail addresses by an anonymous code). Kept: the counts, review states, consent to share, the training sessions signed up for, the mail states; the Staff tab was not touched.'
    },
    report: {
      alreadyDone: "This year's final report is already made; this scheduled run does nothing more.",
      made: (created, preview, url) => `${created ? "Created" : "Updated"} ${preview ? "the preview of the report (the week is not over)" : "the final report"}: ${url}`,
      sharedWith: (emails) => `Shared (view only) with leadership: ${emails}.`,
      notShared: 'No "Leadership emails" in Settings: the report is not shared yet.',
      mailQueued: 'The link mail to leadership is queued in the "Outbox".'
    }
  };

  // src/core/i18n/en/calendar.ts
  var calendar = {
    op: {
      noTime: "no time yet",
      guests: (n2) => `${n2} ${n2 === 1 ? "guest" : "guests"}`,
      create: (id, title, when, guests) => `Create event ${id} ${title} ${when}, ${guests}`,
      update: (id, title, when) => `Change event ${id} ${title} to ${when}`,
      guestsRemoved: (guests, id, title) => `Remove ${guests} from event ${id} ${title}`,
      guestsAdded: (guests, id, title) => `Add ${guests} to event ${id} ${title} (with an invitation and an .ics file)`,
      cancel: (id, title, when, guests) => `Cancel event ${id} ${title} ${when}, telling ${guests}`
    },
    skip: {
      timeMissing: "has no start and end time, so no calendar event yet.",
      endNotAfterStart: "ends no later than it starts, so no calendar event yet.",
      outsideWeek: (from, to) => `is outside the week (${from}–${to}), so no calendar event yet.`,
      audienceUnknown: (audience) => `the audience "${audience}" is no group of the Staff tab, so no calendar event yet.`,
      guestEmailInvalid: (emails) => `invalid email addresses (${emails}), so the calendar event is not created or changed.`,
      noSeated: "nobody has a seat yet (a session with limited seats invites only those seated), so no calendar event yet.",
      noGuests: 'nobody to invite (empty audience or "no invitation"), so no calendar event yet.'
    },
    mail: {
      guest: "colleague",
      updatedSubject: (title) => `Updated: ${title}`,
      cancelledSubject: (title) => `Cancelled: ${title}`,
      updated: (title) => `"${title}" has changed. The new details are below; the attached calendar file (.ics) updates your calendar.`,
      cancelled: (title) => `"${title}" was cancelled or you are no longer invited. The attached calendar file (.ics) removes it from your calendar.`,
      inviteSubject: (title, when) => `Invitation: ${title} – ${when}`,
      invite: (school, title) => `${school} invites you to "${title}". The attached calendar file (.ics) adds it to your calendar.`,
      when: "When",
      where: "Where",
      link: "Link",
      addToCalendar: "Add to Google Calendar",
      otherCalendars: "Other calendars (phone, Outlook): open the attached .ics file."
    },
    description: {
      week: (year, theme) => `An activity of the Lifelong Learning Week ${year}, theme “${theme}”.`,
      category: "Kind of activity",
      tentative: "The time is proposed and will be confirmed.",
      online: (platform) => `Online, on ${platform}`,
      onlineNoPlatform: "Online",
      link: "Link to join",
      location: "Place",
      owner: "Person in charge",
      organiser: "Organised by",
      form: {
        attendance: "Register and check in for the opening ceremony",
        training: "Sign up",
        nomination: "Nominate a “studious family”"
      }
    },
    sync: {
      logPrefix: "Calendar sync",
      busy: "Another task is running; the calendar was not synced. Try again in a few minutes.",
      claimBusy: "Another calendar sync is running; this request is noted and the calendar is synced again right after it.",
      notRecorded: "the results could not be written to the Outbox yet (another task held the lock too long); the next sync redoes these changes (no event is made twice)",
      noSettings: 'Calendar not synced: the Settings tab lacks required values. Run "Check the plan".',
      noActivities: "Calendar not synced: the Activities tab could not be read (missing tab or required columns), so no event was created or cancelled.",
      keptUntilFixed: (id) => `${id}: the existing event is kept until the row is fixed.`,
      inSync: (events) => `The calendar matches the plan (${events} events); nothing to change.`,
      changes: (n2, byType) => `${n2} calendar changes: ${byType}.`,
      skipped: (n2) => `${n2} activities have no event yet (see the details).`,
      types: {
        create: "new",
        update: "changed",
        "guests-added": "guests added",
        "guests-removed": "guests removed",
        cancel: "cancelled"
      },
      queued: (n2) => `${n2} changes queued in the Outbox`,
      byMail: (n2) => `${n2} invitations, updates or cancellations (.ics) queued in the outbox for people who get the event by mail`,
      overCap: (id, guests, cap, mailed) => `${id}: ${guests} guests, more than the ${cap} a Google Calendar event lists. The first ${cap} are on the event; the other ${mailed} get the invitation, changes and cancellation by mail (the event's own .ics, so no second copy), sent as the daily mail quota allows — see the outbox.`,
      applied: (n2) => `calendar updated ${n2} times`,
      pending: (n2) => `${n2} changes to be retried later`,
      failed: (n2) => `${n2} changes failed (see the Outbox)`,
      quotaError: (detail) => `Today's calendar quota is used up; it continues tomorrow: ${detail}`,
      error: (detail) => `The calendar reported an error: ${detail}`,
      retryError: (detail) => `The calendar reported an error, to be retried: ${detail}`
    },
    progress: {
      overCap: (id, guests, cap, mailed) => `Calendar, ${id}: ${guests} guests, more than the ${cap} a Google Calendar event lists; ${mailed} people get the invitation (.ics file) by mail instead of on the guest list.`
    },
    reminders: {
      logPrefix: "Calendar reminders",
      busy: "Another task is running; no reminder was queued. The next run will queue them.",
      noSettings: "No reminder queued: the Settings tab lacks required values.",
      guest: "colleague",
      nothing: (day) => `Nothing to remind of on ${day}.`,
      queued: (mails, events, day) => `${mails} reminders queued for ${events} activities on ${day}`,
      alreadyQueued: (n2) => ` (${n2} already queued before)`
    },
    files: {
      feedName: (year, school) => `Lifelong Learning Week ${year} – ${school}`,
      written: (files, events, guests) => `${files} calendar files (.ics) written: ${events} events, ${guests} guests`,
      cancelled: (n2) => `, ${n2} cancelled events`
    },
    apps: {
      noSettings: "The Settings tab lacks required values (year, first and last day of the week).",
      defaultCalendar: (name) => `The week's events will be in the default calendar (${name}).`,
      created: (name) => `Calendar "${name}" created for the week. Events are only created with "Sync the calendar".`,
      present: (name) => `Calendar "${name}" already exists; no new one created.`,
      notYet: (name) => `Calendar "${name}" does not exist yet; it will be created by the sync.`,
      calendarZone: (name, zone, school) => `Time zone warning: calendar "${name}" uses ${zone}, not the school's zone (${school}). Event times are still right, but the calendar shows them in another zone. Fix it in Google Calendar → the calendar’s settings → Time zone.`,
      sheetZone: (zone, school) => `Time zone warning: the spreadsheet uses ${zone}, not the school's zone (${school}). Fix it in File → Settings → Time zone.`,
      scriptZone: (zone, school) => `Time zone warning: Apps Script uses ${zone}, not the school's zone (${school}). Change "timeZone" in appsscript.json.`
    }
  };

  // src/core/i18n/en/outbox.ts
  var outbox = {
    logPrefix: "Outbox",
    error: {
      transient: (attempts, original) => `The mail service is not answering for now (tried ${attempts} times); it will be sent again automatically. Details: ${original}`,
      quota: (original) => `The 24-hour sending quota is used up; the mail will go out when the quota comes back. Details: ${original}`,
      gaveUp: (attempts, original) => `Sending failed after ${attempts} attempts; this mail will not be tried again. Details: ${original}`,
      willRetry: (attempts, maxAttempts, original) => `Sending failed (attempt ${attempts}/${maxAttempts}); it will be tried again. Details: ${original}`,
      unknownRetry: (attempts, maxAttempts, at2, original) => `An error of unknown cause (attempt ${attempts}/${maxAttempts}); it will be tried again at ${at2}. Details: ${original}`,
      quotaDeferred: (at2) => `The sending quota is used up (it counts 24 hours from the first mail, not from midnight); the mail will go out when it comes back, expected ${at2}.`,
      quotaDeferredBehind: (windows, at2) => `The sending quota is used up (it counts 24 hours from the first mail, not from midnight); the mail ahead of it (the more urgent first, then in row order) takes the nearer returns, so this one waits for the quota's return number ${windows}, expected to go at ${at2}.`,
      quotaDeferredUnknown: "The sending quota is used up; every send checks the quota again and sends as soon as it is back.",
      reminderTooLate: (day) => `Not sent: a reminder must arrive before the activity's day (${day}), and that time has passed because the sending quota was used up.`,
      interrupted: 'The previous send was cut off midway and it is not known whether this mail went, so it is NOT sent again automatically. Look in the "Sent" folder of the sending account: if the mail is there, set the Status to "sent"; if not, set it back to "waiting" to have it sent.'
    },
    reject: {
      noRecipient: "No recipient address.",
      addressNewline: (address) => `The address "${address}" contains a line break (possibly a mail header injection): not sent.`,
      addressInvalid: (address) => `Invalid email address: "${address}".`,
      addressUndeliverable: (address) => `The address "${address}" is in the .invalid domain (a stand-in left by the purge of a family's personal data) and can never receive mail: not sent.`,
      subjectNewline: "The subject contains a line break: not sent.",
      noSubject: "The mail has no subject.",
      tooLong: (length, limit) => `The mail is too long (${groupedInteger(length, "en")} characters, at most ${groupedInteger(limit, "en")} in a cell): not sent.`,
      brokenPayload: `The mail's data (column "Data") is damaged or deleted: it cannot be sent. Delete this row and run "Send the invitations" again.`
    },
    status: {
      damaged: (n2) => `${n2} damaged rows`,
      empty: "The outbox is empty"
    },
    drain: {
      lockBusy: "Another send is running; this one did nothing (no mail is sent twice).",
      findingAt: (row, text2) => `Outbox, row ${row}: ${text2}`,
      keyMissing: "the row has no Key, so it is not sent (the key is what prevents sending twice). Delete this row.",
      keyDuplicate: (key) => `Key "${key}" appears more than once; only the first row is used.`,
      keyVariant: (key, first, firstRow) => `Key "${key}" is a copy of key "${first}" in row ${firstRow} (it differs only in letter case or spaces): this row is NOT sent, so the mail does not go twice. Delete this row.`,
      claimBusy: "Another send is under way; this one did nothing. Newly queued mail is sent by that one or by the next run (no mail is sent twice).",
      notRecorded: "the results could not be written to the Outbox yet (another task held the lock too long); the send journal keeps them and the next run writes them, sending nothing again",
      stateUnknown: (state) => `Status "${state}" is not valid; this row is not sent until it is fixed.`,
      headerMissing: (header) => `the column "${header}" is missing.`,
      journalNotWrittenSendAnyway: (detail) => `could not write the send journal (${detail}); sending anyway.`,
      journalNotWritten: (detail) => `could not write the send journal (${detail}).`,
      journalNotDeleted: (detail) => `could not delete the send journal (${detail}).`,
      sent: (n2) => `${n2} sent`,
      deferred: (n2) => `${n2} waiting for the quota to come back`,
      tooLate: (n2) => `${n2} reminders not sent because their activity's day had begun`,
      lastMailAt: (at2) => `the last waiting mail should go at ${at2}`,
      retrying: (n2) => `${n2} with a temporary error, to be retried`,
      failed: (n2) => `${n2} failed`,
      needsReview: (n2) => `${n2} to check`,
      recovered: (n2) => `${n2} from an interrupted send settled again`,
      remaining: (n2) => `${n2} still waiting`,
      stoppedForTime: "stopped before the time limit, it will continue on its own"
    },
    outlook: {
      nothingWaiting: "Outbox: no mail is waiting.",
      allNow: (mails, recipients) => `Outbox: ${mails} mails waiting (${recipients} recipients), all going at the next send.`,
      lastAt: (mails, recipients, at2, windows) => `Outbox: ${mails} mails waiting (${recipients} recipients); the last should go at ${at2}, after the 24-hour sending quota has come back ${windows} times (reminders and confirmations go before invitations).`,
      unknown: (mails, recipients) => `Outbox: ${mails} mails waiting (${recipients} recipients); the sending quota is used up and when it comes back is not known — every send checks again.`,
      tooLate: (n2) => `${n2} reminders will not go before their activity's day: the quota is used up.`
    },
    invitations: {
      logPrefix: "Invitations",
      busy: "Another task is running; no invitation was queued. Try again in a few minutes.",
      noSettings: 'Invitations not sent: the Settings tab lacks required values (school name, year, theme, dates of the week). Run "Check the plan".',
      queued: (n2) => `${n2} invitations queued in the Outbox`,
      alreadyQueued: (n2) => `${n2} were already there and were not queued again`,
      rejected: (n2) => `${n2} cannot be sent (an invalid address or a mail too long: see the reason in the "last error" column)`,
      unusable: (n2) => `${n2} rows of the Staff tab have a missing or wrong email, id, name or role and were not invited (see "Check the plan")`,
      inactive: (n2) => `${n2} people no longer working here were not invited`,
      withoutEmail: (n2) => `${n2} families have no email yet`,
      familiesByZalo: (n2) => `${n2} families not invited by mail because "Mail families" in Settings is "no": post in the classes' Zalo groups and print the QR posters instead (menu "Announcements and QR codes", or the announce command on a computer)`,
      outboxBroken: "the Outbox tab lacks required columns, so no mail could be queued",
      forms: {
        attendance: "Opening ceremony: register / check in",
        training: "Sign up for trainings and talks",
        nomination: 'Nominate a "studious family"'
      }
    }
  };

  // src/core/i18n/en/mail.ts
  var mail = {
    greeting: (name) => `Dear ${name},`,
    closing: "Kind regards,",
    dateRange: (from, to) => `from ${from} to ${to}`,
    toBeAnnounced: "To be announced",
    tentative: " (time to be confirmed)",
    invitation: {
      subject: (year, school) => `Invitation: Lifelong Learning Week ${year} – ${school}`,
      intro: (school, year, range) => `${school} warmly invites you to take part in the Lifelong Learning Week ${year}, held ${range}.`,
      theme: "Theme",
      programme: "Programme",
      forms: "Please register using these forms",
      deadline: (day) => `Deadline: before ${day}`,
      severalDays: "Over several days",
      undated: "Time to be announced",
      addToCalendar: "Add to calendar",
      reply: (email) => `For any question, reply to this mail or write to ${email}.`,
      noActivities: "The detailed programme will follow."
    },
    confirmation: {
      subject: (what2, school) => `Confirmation: ${what2} – ${school}`,
      received: (school, what2) => `${school} confirms that we have received: ${what2}.`,
      fixIt: "If anything is not right, please reply to this mail."
    },
    reminder: {
      subject: (activity, when) => `Reminder: ${activity} – ${when}`,
      comingUp: (school, activity) => `${school} reminds you that "${activity}" is coming up.`,
      when: "When",
      where: "Where",
      link: "Link"
    },
    flagged: {
      subject: (form, school) => `Please check your answer: ${form} – ${school}`,
      received: (school, form) => `${school} received your answer to “${form}”, but it needs a correction:`,
      again: "Please submit the form again with the missing information; the latest answer counts.",
      againButton: "Submit the form again"
    },
    organiserNote: {
      subject: (topic) => `[Lifelong Learning Week] ${topic}`,
      greeting: "Dear organiser,",
      closing: "Sent automatically by the plan sheet."
    },
    promotion: {
      subject: (school) => `A seat is now yours – ${school}`,
      seated: "A seat has freed up and you, first on the waitlist, now have a seat at this session.",
      change: "If you can no longer come, please resubmit the registration form without this session so someone else can have the seat.",
      changeButton: "Open the registration form",
      session: "Session"
    }
  };

  // src/core/i18n/en/menu.ts
  var menu = {
    title: "Learning Week",
    items: {
      setup: "Set up",
      validatePlan: "Check the plan",
      openDashboard: "Dashboard",
      syncForms: "Create/update the forms",
      sendInvitations: "Send the invitations",
      drainOutbox: "Send waiting mail",
      previewCalendarSync: "Preview calendar changes",
      syncCalendar: "Sync the calendar",
      buildReportNow: "Build the report now",
      importPlan: "Import the plan from Google Docs",
      exportPlan: "Export the plan",
      makeAnnouncements: "Announcements and QR codes",
      makeCommendation: "Commendation and the ward letter",
      purgePersonalData: "Delete expired personal data",
      takeOverAutomation: "Take over the automation"
    },
    titles: {
      setup: "Set up",
      validate: "Plan check",
      dashboard: "Dashboard",
      forms: "Create/update the forms",
      invite: "Send the invitations",
      drain: "Send waiting mail",
      submit: "Recording a form response",
      progress: "Daily sign-up progress",
      calendarPreview: "Preview calendar changes",
      calendarSync: "Sync the calendar",
      reminders: "Calendar reminders",
      report: "Build the report",
      purge: "Delete expired personal data",
      takeOver: "Take over the automation"
    },
    forms: {
      attendance: "Opening ceremony",
      training: "Training / talk",
      nomination: 'Nominate a "Studious family"',
      result: "Activity results"
    },
    lockBusy: "Another task (yours or someone else’s) is writing to the sheet. Please wait a few minutes and run it again.",
    dailyQuota: {
      properties: "The account that runs the automation has used up its script data reads/writes for 24 hours (personal Gmail account: 50,000 a day). The allowance comes back 24 hours after its first use. Nothing is lost: the answers stay in the forms and are recorded by the first 17:00 sweep after it is back; anything else can be run again then.",
      documents: "The account has created as many Google Docs as it may in 24 hours (personal Gmail account: 250 a day), so no document could be made. The allowance comes back 24 hours after the first one was created: the scheduled report tries again by itself, or click again then."
    },
    failure: (detail) => `Could not be done: ${detail}
It is safe to run again: nothing is written twice. If the error comes back, send this text to your technical support.`,
    noForms: "No form could be created.",
    formMade: (created, title, url) => `${created ? "Created" : "Updated"} the form "${title}" (accepting responses): ${url}`,
    formsFailed: (detail) => `The forms could not be created/updated yet: ${detail}`,
    triggersCreated: (count) => `Installed ${count} automatic triggers (daily mail, form responses…).`,
    triggersPresent: "All automatic triggers are there; none installed.",
    triggersRemoved: (count) => `Deleted ${count} duplicate or old triggers.`,
    owner: {
      otherEditor: (owner, you) => `This sheet's automation (mail, form responses, calendar sync) runs under the account ${owner}. Mail goes from that account, and Google shows each account only its own triggers, so this item installs no second set from ${you || "your account"} and sends no mail.
What to do: ask ${owner} to run this item; or, if you are taking charge from now on, choose “Learning Week → Take over the automation”.`,
      unknownUser: "The account running this could not be identified (Google gave no email), so this item installs no trigger and sends no mail. Sign in with the school’s Google account and run it again.",
      claimed: (owner) => `The automation runs under the account ${owner}: mail goes from this account. Another editor running “Set up” will not install a second set.`,
      alreadyOwner: (owner) => `You (${owner}) already run the automation; nothing to take over. To reinstall the triggers, run “Set up”.`,
      unclaimed: "Nobody runs the automation yet. Run “Set up”: the account that runs it will own the automation.",
      confirmTakeOver: (owner, you) => `The automation runs under the account ${owner}. Move it to your account (${you})?
Afterwards mail goes from your account and the triggers are installed for you. You cannot delete ${owner}’s triggers (Google does not allow it), so ${owner} should either open the sheet and choose “Learning Week → Take over the automation” (this item then deletes their triggers), or open Extensions → Apps Script → Triggers and delete their rows. If they do neither, each old trigger removes itself the next time it runs (within a day) without sending anything.`,
      tookOver: (previous, you) => `From now on the automation runs under the account ${you}. Ask ${previous} to open the sheet and choose “Learning Week → Take over the automation” to delete their old triggers (or delete them in Extensions → Apps Script → Triggers). Until then, any old trigger that runs removes itself without sending mail.`,
      declined: "Not moved; nothing changed.",
      removedOwn: (count, owner) => `Deleted ${count} triggers of your account. The automation still runs under the account ${owner}.`,
      retired: (owner, count) => `This trigger belongs to an account that no longer runs the automation (it now runs under ${owner}); removed ${count} triggers of this account and did nothing else.`
    },
    locale: {
      set: (previous) => `Set the spreadsheet locale to Vietnam (vi_VN, was ${previous}), so a typed date such as 05/10/2021 reads as 5 October.`,
      failed: (current, detail) => `Warning: the spreadsheet locale could not be changed (it is ${current}): ${detail}
Open File → Settings → Locale and choose Vietnam. Until then a typed date such as 05/10/2021 may be read as 10 May; “Check the plan” points out such cells.`
    }
  };

  // src/core/i18n/en/privacy.ts
  var privacy = {
    marker: "deleted after the retention period",
    tables: {
      families: { tab: "Families", unit: "families" },
      nominations: { tab: "Nominations", unit: "nominations" },
      trainingSignups: { tab: "Training signups", unit: "parents' signups" },
      attendance: { tab: "Opening attendance", unit: "parents' answers" },
      rawResponses: { tab: "Raw responses", unit: "responses" },
      outbox: { tab: "Outbox", unit: "mails" }
    },
    summaryLine: (tab, count, unit) => `${tab}: ${count} ${unit}`,
    noSettings: "Personal data not deleted: the Settings tab has no dates of the week yet, so the end of the retention period is unknown.",
    notDue: (days, dueAt) => `The families' personal data is not due for deletion yet: it is kept ${days} days after the week and will be deleted automatically from ${dueAt}.`,
    nothing: (year) => `No personal data of the families is left to delete (${year}).`,
    preview: (dueAt, tabs) => `Preview (nothing deleted yet): the retention period ended on ${dueAt}; the families' names, addresses, children's details, emails… would be deleted in ${tabs} tabs.`,
    headline: (year, days, dueAt) => `The families' personal data (${year}) was deleted after the ${days}-day retention period (ended on ${dueAt}).`,
    purged: (headline2, lines) => `${headline2.slice(0, -1)}: ${lines}. All the figures are kept.`,
    formCopies: (responses, tabs) => [
      ...responses > 0 ? [`deleted ${responses} family responses from the forms`] : [],
      ...tabs > 0 ? [`deleted ${tabs} response sheets made by Google Forms`] : []
    ].join("; ").replace(/^./, (c) => c.toUpperCase()) + ".",
    formCopiesFailed: (formId, detail) => `The families' responses could not be deleted from the form ${formId} yet (tried again next night): ${detail}`
  };

  // src/core/i18n/en/report.ts
  var NO_DATA = "no data yet";
  var n = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  var report = {
    noData: NO_DATA,
    notFilled: "(not filled in)",
    previewMark: "PREVIEW – the week is not over",
    rows: {
      none: "no rows",
      many: (count, first, last) => `${count} rows (from row ${first} to ${last})`,
      list: (parts) => `${parts.length === 1 && !parts[0].includes("–") ? "row" : "rows"} ${parts.join(", ")}`,
      source: (tab, rows) => `Source: tab “${tab}”, ${rows}.`
    },
    documentTitle: (year, preview) => `Report on the Lifelong Learning Week ${year}`.trim() + (preview ? " (preview)" : ""),
    headline: {
      present: "Present at the opening",
      presentValue: (count, total2, percent, target) => `${count}/${total2} (${percent}, target ${target})`,
      done: "Activities carried out",
      posts: "Outreach posts",
      seated: "Training sign-ups with a seat",
      families: "Learning families selected"
    },
    header: {
      number: (number) => `No.: ${number}`,
      nation: "SOCIALIST REPUBLIC OF VIETNAM",
      motto: "Independence – Freedom – Happiness",
      title: "REPORT",
      subtitle: (year) => `Results of the Lifelong Learning Week ${year}`,
      due: (when) => `; the final report is made at ${when}`,
      preview: (mark, at2, due) => `${mark} (figures up to ${at2}${due})`,
      basis: (basis) => `Pursuant to ${basis};`,
      planBasis: (number, school) => `Pursuant to Plan No. ${number} of ${school};`,
      intro: (school, year) => `${school} reports the results of the Lifelong Learning Week ${year} as follows:`,
      sectionI: "THEME AND PURPOSE",
      themeLabel: "Theme: ",
      theme: (theme) => `“${theme}”.`,
      periodLabel: "Dates: ",
      period: (from, to) => `from ${from} to ${to}.`,
      purposeLabel: "Purpose: ",
      purpose: "to keep promoting lifelong learning among staff, teachers and parents; to raise awareness of the role of digital transformation in lifelong learning; to keep every activity practical and effective."
    },
    results: {
      sectionII: "RESULTS",
      wholeSchool: "Whole school",
      outreach: {
        title: "Outreach",
        none: "No outreach post recorded yet (the “Outreach” tab has no rows).",
        summary: (total2, channels, per) => `The school published ${n(total2, "post", "posts")} on ${n(channels, "channel", "channels")} (${per}).`,
        banners: (count) => `The school put up ${n(count, "banner", "banners")} for the week.`,
        header: ["Channel", "Date", "Link", "Posted by", "Notes"],
        invitations: (sent, waiting, failed, tab) => `Invitations to staff: ${sent} sent; ${waiting} waiting to be sent; ${failed} failed (tab “${tab}”).`,
        noInvitations: "Invitations to staff: none sent through the system."
      },
      activities: {
        title: "Activities of the week",
        none: `Activities: ${NO_DATA}.`,
        done: (done, total2) => done === 0 ? `As reported by those in charge, none of the plan's ${n(total2, "activity", "activities")} has been recorded as carried out yet.` : `The school carried out ${done}/${total2} activities of the plan.`,
        postponed: (count, list) => `${n(count, "activity", "activities")} postponed: ${list}.`,
        cancelled: (count, list) => `${n(count, "activity", "activities")} cancelled: ${list}.`,
        notReported: (count, list) => `${n(count, "activity", "activities")} past their time without a report from whoever is in charge: ${list}.`,
        upcoming: (count, list) => `${n(count, "activity", "activities")} not due yet: ${list}.`,
        item: (id, title) => `${id} ${title}`,
        reason: (text2) => ` (${text2})`,
        owner: (owner) => ` – in charge: ${owner}`,
        header: ["ID", "Activity", "Time", "Status", "Took part"],
        status: {
          done: "Carried out",
          overdue: "Not reported",
          upcoming: "Not due yet",
          postponed: "Postponed",
          cancelled: "Cancelled"
        },
        people: {
          staff: (count) => `${count} staff`,
          children: (count) => `${n(count, "child", "children")}`,
          parents: (count) => `${n(count, "parent", "parents")}`,
          others: (count) => `${n(count, "other", "others")}`
        },
        resultsIntro: "What each activity carried out achieved:",
        resultTook: (people) => ` Took part: ${people}.`,
        noResult: "no result written by whoever is in charge.",
        evidence: " Evidence: "
      },
      opening: {
        title: "Opening ceremony",
        none: `Sign-ups and check-ins for the opening ceremony: ${NO_DATA}.`,
        met: (target) => `target of ${target} met`,
        missed: (target, needed) => `target of ${target} not met, ${n(needed, "person", "people")} short`,
        summary: (registered, present, verdict2) => `Signed up: ${registered} of staff; present (checked in): ${present} – ${verdict2}.`,
        header: (target) => ["Group", "People", "Signed up", "Present", `Target ${target}`],
        verdictMet: "Met",
        verdictMissed: (needed) => `Not met – ${n(needed, "person", "people")} short`,
        source: (tab, rows, notCounted, peopleTab) => `Source: tab “${tab}” (${n(rows, "response row", "response rows")}, ${notCounted} to review or without a valid e-mail address, so not counted) against tab “${peopleTab}” (current staff).`,
        outsiders: (count) => ` ${n(count, "address", "addresses")} not on the staff list ${count === 1 ? "was" : "were"} not counted.`,
        caption: (target) => `Chart 1. Attendance at the opening ceremony against the target of ${target}`
      },
      families: {
        intro: (answered, total2) => `Parents who answered the opening or the training form: ${answered}/${total2} families on the list, by class:`,
        header: ["Class", "Families", "Answered", "Share"],
        unclassed: "No class",
        unlisted: (name) => `${name} (not in the Families list)`,
        source: (attendanceTab, trainingTab, familiesTab) => `Source: tabs “${attendanceTab}” and “${trainingTab}” (valid rows; a family counts once whatever it answered) against tab “${familiesTab}” by e-mail and class.`,
        unclassedAnswers: (count, familiesTab) => `Besides, ${n(count, "parent", "parents")} answered without a class, with an e-mail not in tab “${familiesTab}”.`
      },
      training: {
        title: "Training sessions and talks",
        none: `Training sessions and talks: ${NO_DATA}.`,
        summary: (sessions, seated, waiting, valid) => `The school held ${n(sessions, "training session or talk", "training sessions and talks")}; ${n(seated, "sign-up", "sign-ups")} with a seat, ${waiting} on the waiting list (from ${n(valid, "valid sign-up form", "valid sign-up forms")}).`,
        attended: (people, reported3, held) => `As reported by those in charge, ${n(people, "person", "people")} attended ${reported3}/${held} of the sessions held.`,
        notAttended: "Attendance at each session: not reported yet by those in charge.",
        header: ["ID", "Session", "Time", "Seats", "Seated", "Waiting", "Attended"],
        unlimited: "no limit",
        source: (tab, rows, notCounted, activitiesTab2) => `Source: tab “${tab}” (${n(rows, "row", "rows")}, ${notCounted} to review not counted), seats given in the order sent; the number of seats is in tab “${activitiesTab2}”.`,
        caption: "Chart 2. Seats and sign-ups per session"
      },
      pledges: {
        title: "Pledges to take longer courses",
        none: `Learning pledges: ${NO_DATA}.`,
        summary: (pledgers) => `${n(pledgers, "person", "people")} pledged to take at least one course during the year.`,
        header: ["Course", "People who pledged"],
        source: (tab) => `Source: the pledged courses column, tab “${tab}”.`
      },
      nominations: {
        title: "Choosing the “Learning families”",
        none: `Nominations of “Learning families”: ${NO_DATA}.`,
        summary: (total2, consented, without, selected, sent) => `Nominations: ${total2}; consent to share: ${consented}; no consent to share: ${without} (kept, not named, not sent on); selected: ${selected}; sent to the ward: ${sent}.`,
        listNone: (ward) => `Selected families sent to ${ward}: ${NO_DATA}.`,
        listIntro: (ward) => `Selected families (who consented to share) sent to ${ward}:`,
        header: ["No.", "Family representative", "Child", "Class", "Achievements", "Evidence"]
      },
      commendation: {
        title: "Proposed commendations",
        rule: "Criteria: a person was present at the opening ceremony (checked in) and holds a seat in at least one training session or talk; a group is the one with the highest share present at the opening ceremony.",
        none: `Proposed commendations: ${NO_DATA}.`,
        groupsNone: `Groups: ${NO_DATA}.`,
        groups: (list) => `Groups: ${list}.`,
        group: (group, count, total2, percent) => `${group}: ${count}/${total2} present (${percent})`,
        peopleNone: `People: ${NO_DATA}.`,
        people: (count) => `People: ${n(count, "person", "people")}.`,
        header: ["No.", "Full name", "Group"]
      }
    },
    evaluation: {
      sectionIII: "OVERALL ASSESSMENT",
      strengthsTitle: "Strengths",
      limitsTitle: "Shortcomings",
      lessonsTitle: "Lessons learnt",
      sectionIV: "RECOMMENDATIONS AND PROPOSALS",
      strengths: {
        done: (count) => `${n(count, "activity", "activities")} of the plan carried out, with results recorded.`,
        posts: (channels, posts) => `Outreach on ${n(channels, "channel", "channels")} with ${n(posts, "post", "posts")}.`,
        opening: (percent, target) => `Attendance at the opening ceremony ${percent}, target of ${target} met.`,
        pledgers: (count) => `${n(count, "person", "people")} pledged to take longer courses.`,
        families: (count) => `${n(count, "“Learning family”", "“Learning families”")} selected and put forward to the Study Promotion Association.`
      },
      limits: {
        opening: (percent, target, needed) => `Attendance at the opening ceremony ${percent}, target of ${target} not met (${n(needed, "person", "people")} short).`,
        groups: (groups) => `Groups below the target: ${groups}.`,
        overdue: (list) => `Activities whose time has passed without a report of their results: ${list}.`,
        postponed: (list) => `Postponed activities: ${list}.`,
        cancelled: (list) => `Cancelled activities: ${list}.`,
        full: (list) => `Sessions short of seats (people waiting): ${list}.`,
        fullSession: (id, waiting) => `${id} (${waiting} waiting)`,
        none: "The figures show no shortcomings."
      },
      lessons: {
        noShow: (count) => `${n(count, "person", "people")} signed up but did not check in: send reminders earlier and check people in at the session itself.`,
        update: "Whoever is in charge should report the results and evidence right after each activity.",
        demand: "Demand for training exceeded the seats: add sessions or more room."
      },
      /** "Nơi nhận" when Settings name nobody: the office's own copy, as every report keeps. */
      archiveOnly: "Filed: Office",
      recipientsTitle: "Recipients:",
      numberBlank: "…/BC",
      signerTitle: "PRINCIPAL"
    },
    annex: {
      title: "ANNEX",
      subtitle: (year) => `Figures of the Lifelong Learning Week ${year}`,
      intro: (tab) => `The figures below are also written to the plan's tab “${tab}” (one fixed key each), for the authorities to add up.`,
      header: ["No.", "Figure", "Value", "Notes"],
      missing: "not reported",
      reportedBy: (reported3, of) => `as reported for ${reported3}/${of} activities`,
      fromResults: (id) => `as reported in the results of ${id}`
    },
    figures: {
      tab: "Report figures",
      header: ["Key", "Figure", "Value"],
      labels: {
        "participants.staff": "Staff taking part (attendances)",
        "participants.children": "Children taking part (attendances)",
        "participants.parents": "Parents taking part (attendances)",
        "participants.others": "Others taking part (attendances)",
        "activities.planned": "Activities in the plan",
        "activities.done": "Activities carried out",
        "activities.postponed": "Activities postponed",
        "activities.cancelled": "Activities cancelled",
        "activities.not_reported": "Activities past their time, not reported",
        "activities.upcoming": "Activities not due yet",
        "trainings.sessions": "Training sessions and talks",
        "trainings.seated": "Seats taken in training sessions and talks",
        "trainings.participants": "People at the training sessions and talks held",
        "posts.total": "Outreach posts in all",
        "posts.website": "Posts on the website",
        "posts.facebook": "Posts on Facebook",
        "posts.zalo": "Posts on Zalo",
        "posts.youtube": "Posts on YouTube",
        "posts.viber": "Posts on Viber",
        "posts.loa": "Loudspeaker announcements",
        "posts.khac": "Posts on other channels",
        banners: "Banners",
        "books.donated": "Books donated",
        "books.circulated": "Books circulated",
        "commendations.people": "People proposed for commendation",
        "commendations.groups": "Groups proposed for commendation",
        "opening.staff": "Staff in post",
        "opening.registered": "Staff signed up for the opening ceremony",
        "opening.present": "Staff at the opening ceremony",
        "opening.present_percent": "Share of staff at the opening ceremony (%)",
        "opening.target_percent": "Target for the opening ceremony (%)"
      }
    },
    charts: {
      registered: "Signed up",
      present: "Present",
      openingTitle: "Attendance at the opening ceremony against the target",
      openingCategory: "Group",
      openingValue: "Share of staff (%)",
      target: (target) => `Target ${target}`,
      capacity: "Seats",
      seated: "Seated",
      waiting: "Waiting list",
      seatsTitle: "Seats and sign-ups of the training sessions and talks",
      seatsCategory: "Session (activity ID)",
      seatsValue: "People",
      targetLine: (label) => `Red dashed line: ${label}`,
      missing: (caption) => `${caption}: ${NO_DATA}.`
    },
    mail: {
      preview: " (preview)",
      subject: (year, mark) => `[Lifelong Learning Week] Report on the week${year}${mark}`,
      greeting: "Dear school leadership,",
      body: (year, preview, url) => `The report on the Lifelong Learning Week${year} has been built from the plan sheet${preview ? "; it is a preview: the week has not ended and the figures may change" : ""}. Open it at: ${url}`,
      closing: "Sent automatically by the plan sheet."
    },
    log: {
      notShared: 'No "Leadership emails" in Settings: the report is not shared or sent yet.',
      shareFailed: (email, detail) => `The report could not be shared with ${email}: ${detail}`,
      openFailed: (id, detail) => `The report document ${id} could not be opened (${detail}); making a new one.`,
      libreOfficeMissing: "LibreOffice is not installed, so no PDF was made (the .docx file was written). Install LibreOffice, then run the command again with --pdf:\n  • Ubuntu/Debian: sudo apt-get install libreoffice-writer\n  • macOS: brew install --cask libreoffice\n  • Windows: download the installer at https://www.libreoffice.org/download/",
      pdfFailed: (detail) => `LibreOffice could not convert to PDF${detail ? `: ${detail}` : "."}`
    },
    job: {
      claimBusy: "Another run is making the report; this one makes no document.",
      busyNow: 'Another run is making the report (the Google Doc is being written), so this one does nothing more. In a few minutes the report is done and the leadership gets the link mail; if not, click "Build the report now" again.',
      busyRetry: (minutes2) => `Another run is making the report or writing the sheet; the scheduled run tries again in about ${minutes2} minutes.`,
      busyNoRetry: 'Another run is making the report or writing the sheet, and no retry could be scheduled: if there is no final report yet, click "Build the report now".',
      notRecorded: 'The report document was written, but the sheet stayed busy too long: it is not recorded and the link mail is not queued. Click "Build the report now" again in a few minutes (the same document is updated, no new one is made).',
      retryFailed: (detail) => `The scheduled report's retry could not be scheduled (${detail}); if there is no final report yet, click "Build the report now".`,
      retriesSpent: (attempts) => `The final report could still not be made after ${attempts} scheduled attempts; click "Build the report now".`
    }
  };

  // src/core/i18n/en/shell.ts
  var shell = {
    consentTitle: "The script needs every permission",
    consentWhy: "The script does not have every permission yet, so it did nothing. On the permission screen Google gives each permission its own checkbox, and at least one was left empty.",
    consentHow: "How to give every permission:",
    consentOpen: (url) => `1. Copy this link into the browser's address bar and open it: ${url}`,
    consentRerunFirst: '1. Choose the same item again in the "Learning Week" menu.',
    consentTick: `2. Choose the school's Google account, tick "Select all" (every permission ticked), then click "Continue".`,
    consentRerun: '3. Choose the same item again in the "Learning Week" menu.',
    noSpreadsheet: "No spreadsheet found: the script must be bound to a Google Sheet."
  };

  // src/core/i18n/en/plan-document.ts
  var planDocument = {
    fileName: (year) => `plan-${year}`,
    documentTitle: (year) => `Lifelong Learning Week plan ${year}`.trim(),
    notFilled: "…",
    title: "PLAN",
    subtitle: (year) => `Organising the “Lifelong Learning Week ${year}”`,
    number: (number) => `No.: ${number}`,
    placeDate: (place, date3) => `${place}, ${date3}`,
    undatedLine: (year) => `…/…/${year}`,
    basis: (basis) => `Pursuant to ${basis};`,
    sectionI: "Purpose and requirements",
    sectionII: "Content",
    theme: (theme) => `Theme: “${theme}”`,
    time: "Period",
    range: (from, to) => `From ${from} to ${to}.`,
    content: "Activities",
    noActivities: "The Activities tab has no activity yet.",
    sectionIII: "Organisation",
    owner: (owner, ids) => `${owner}: in charge of ${ids}.`,
    reportTo: (body) => `Report the results to ${body} after the Week.`,
    nominationsTo: (ward) => `Send the chosen “Studious families” to ${ward}.`,
    notesTitle: "Notes:",
    closing: (year, school) => `This is the plan of ${school} for the “Lifelong Learning Week ${year}”; all staff are asked to carry it out.`,
    recipientsTitle: "Recipients:",
    signerTitle: "PRINCIPAL",
    unconfirmed: "(proposed time, to be confirmed)",
    targetText: (percent) => `${percent}% of staff attend`,
    sameDay: (day, from, to) => `${day}, ${from} – ${to}`,
    days: (from, to) => `from ${from} to ${to}`,
    dayTime: (time, day) => `${time} ${day}`,
    fields: {
      when: "When",
      location: "Location",
      platform: "Platform",
      link: "Link",
      audience: "Audience",
      capacity: "Seats",
      owner: "In charge",
      invite: "Send invitations",
      category: "Category",
      id: "Id",
      notes: "Notes",
      target: "Target"
    },
    gas: {
      importTitle: "Import the plan from Google Docs",
      exportTitle: "Export the plan",
      askLink: "Paste the link of the plan document (Google Docs):",
      needsUi: "Run this item from the spreadsheet menu.",
      cannotOpen: (link2, detail) => `Cannot open “${link2}”: ${detail}
Check the link and that you may view the document.`,
      confirm: "Write these changes into the sheet?",
      notWritten: "Nothing was written.",
      written: "Written into the Settings and Activities tabs. Run “Check the plan”.",
      exported: (url) => `Plan document created: ${url}`
    },
    cli: {
      findings: (count) => `Found while reading the document (${count}):`,
      created: (file, activities2) => `Created ${file} from the plan document: ${activities2} activities.`,
      preview: "What would change:",
      applyHint: (command) => `Nothing was written. To write it, run again: ${command} --apply`,
      applied: (file) => `Written to ${file}.`,
      badFile: (file) => `Cannot read ${file}: only .docx or .txt files.`,
      written: (path) => `Plan written: ${path}`,
      noSettings: `Settings lack the year and the week's dates: the plan cannot be written. Run "validate" to see what to fix.`
    },
    findings: {
      yearOther: (line, year, planYear2, text2) => `Line ${line}: says “${year}” in the ${planYear2} plan (perhaps left over from last year's plan): “${text2}”.`,
      dateOtherYear: (id, written, planYear2, proposed) => `${id}: the document says “${written}”, not the plan's year (${planYear2}); ${proposed} is proposed, unconfirmed.`,
      outsideWeek: (id, date3, start, end) => `${id}: ${date3} is outside the week (${start} – ${end}).`,
      noDate: (id, start, end) => `${id}: the document gives no date; the whole week (${start} – ${end}) is proposed, marked unconfirmed.`,
      targetUnreadable: (id, text2) => `${id}: cannot read the target “${text2}”; write it as a percentage (e.g. 50%).`,
      lineKept: (line, where2, text2) => `Line ${line} fits no part of the plan; kept in ${where2}: “${text2}”.`,
      noWeek: (start, end) => `The document gives no period; ${start} – ${end} is proposed.`,
      noYear: (year) => `The document gives no year; ${year} is used.`,
      noActivities: "The document has no activity (under “Nội dung thực hiện” or “Tổ chức thực hiện”).",
      bodyFromBasis: (body) => `The governing body “${body}” was taken from the legal basis; check it in the Settings tab.`,
      settingsNote: "the Settings tab, row “Plan notes”",
      activityNote: (id) => `the notes of ${id}`
    },
    notes: {
      otherYear: (written, proposed) => `The original says “${written}” (wrong year); ${proposed} is proposed.`,
      target: (text2) => `Target: ${text2}.`,
      proposedTime: "Proposed time, to be confirmed."
    },
    diff: {
      nothing: "The sheet already matches the document: nothing to change.",
      setting: (label, from, to) => `Setting “${label}”: ${from} → ${to}`,
      added: (id, title) => `Add ${id}: ${title}`,
      changed: (id, fields) => `Change ${id}: ${fields}`,
      kept: (id, title) => `Keep ${id} (not in the document): ${title}`,
      empty: "(empty)",
      summary: (settings, added, changed) => `${settings} settings change, ${added} activities added, ${changed} activities changed.`
    }
  };

  // src/core/i18n/en/results.ts
  var results = {
    questions: {
      email: "Email",
      activity: "Activity",
      outcome: "Outcome",
      staff: "Staff taking part",
      children: "Children taking part",
      parents: "Parents taking part",
      others: "Others taking part",
      achieved: "What was achieved",
      evidenceLinks: "Evidence links (photo album, post, video)",
      posts: "Outreach posts made"
    },
    outcomes: { done: "Done", postponed: "Postponed", cancelled: "Cancelled" },
    title: (week) => `Activity results – ${week}`,
    description: "For the owner of each activity: once it is over, tell the school how it went. The answers go into the Activities tab and the week’s report. Submit again to correct; the latest answer counts.",
    help: {
      activity: "The link in your mail has your activity chosen already.",
      counts: "A number only (e.g. 30). Leave empty if none.",
      achieved: "A few sentences: what the activity achieved.",
      evidenceLinks: "One link a line, starting with http:// or https://.",
      posts: "One post a line: the channel, a colon, then the link. E.g. Facebook: https://facebook.com/…"
    },
    confirmation: "Thank you! The school has recorded the activity’s result. Submit the form again to correct it.",
    reasons: {
      unknownActivity: (value) => `There is no activity "${value}" in the Activities tab: the result is kept but written to no activity.`,
      badCount: (question2, value) => `"${question2}": "${value}" is not a number of people (write a number, e.g. 30); not counted in the report.`,
      badLink: (value) => `"${value}" is not an http:// or https:// link: kept, but not written as evidence.`,
      badPost: (value) => `The post "${value}" has no http:// or https:// link: kept, but not written to the Outreach tab.`,
      conflict: (field, typed, reported3) => `The Activities tab's "${field}" was typed by hand as "${typed}"; the reported "${reported3}" was not written over it — please review and decide.`
    },
    fields: { status: "Status", resultNotes: "Notes", evidence: "Evidence" },
    notesAdded: (text2) => `Result: ${text2}`,
    postNote: (id) => `From the result of ${id}`,
    ask: {
      subject: (ids) => ids.length === 1 ? `Please report the result of activity ${ids[0]}` : `Please report the results of ${ids.length} activities: ${ids.join(", ")}`,
      greeting: (name) => `Dear ${name},`,
      intro: "An activity you are responsible for is over. Please take a few minutes to tell the school how it went:",
      line: (id, title, url) => `${id} – ${title}: ${url}`,
      button: (id, title) => `Report ${id} – ${title}`,
      noLink: "choose this activity id in the “Activity results” form",
      reminderSubject: "Reminder: activity results are due before the report",
      reminderIntro: (when) => `The school writes the week’s report at ${when}. These activities of yours have no result yet:`,
      closing: "Thank you."
    },
    progress: {
      missingHeading: (count) => `Activities over without a reported result: ${count}`,
      missingLine: (id, title, owner) => `${id} ${title} – ${owner}`,
      noOwner: "(no owner)",
      flaggedHeading: (count) => `Activity results to review (differing from hand-typed cells, bad counts or links): ${count}`
    }
  };

  // src/core/i18n/en/announce.ts
  var announce = {
    asks: {
      attendance: "Please confirm whether you will attend the opening ceremony",
      training: "Sign up for the training sessions and talks",
      nomination: 'Nominate a "Studious family" of the class'
    },
    classGreeting: (className) => `Dear parents of class ${className},`,
    groupGreeting: (group) => `Dear colleagues of ${group},`,
    everyoneGreeting: "Dear parents and colleagues,",
    intro: (school, theme, from, to) => `${school} holds the Lifelong Learning Week (${from} – ${to})${theme ? `, on "${theme}"` : ""}.`,
    link: (url) => `👉 Tap here: ${url}`,
    noLink: "(The form has no link yet: make the Google form (Setup) or paste its link into Settings, then make the announcements again.)",
    deadline: (when) => `By ${when}.`,
    thanks: (school) => `Thank you! — ${school}`,
    poster: {
      week: (year) => `LIFELONG LEARNING WEEK ${year}`,
      theme: (theme) => `Theme: “${theme}”`,
      scan: "Scan the QR code with Zalo or your phone's camera",
      slogan: "“Learn at school, from books, from each other and from the people”"
    },
    doc: {
      title: (year, school) => `Announcements and QR codes – Lifelong Learning Week ${year} – ${school}`,
      zaloHeading: "Messages for the Zalo groups",
      postsHeading: "The school's Facebook and website posts",
      textHeading: (form, audience) => `${form} – ${audience}`,
      made: (url, posters, texts4) => `Announcements made: ${posters} posters with QR codes (one a page, print on A4) and ${texts4} Zalo messages.
Open the document: ${url}`
    },
    posts: {
      headline: (year) => `📣 Lifelong Learning Week ${year}`,
      hashtags: (year) => `#LifelongLearning #LifelongLearningWeek${year}`
    },
    written: (count, dir) => `Wrote ${count} announcement and QR code files in ${dir}.`,
    missingLink: (form) => `The form “${form}” has no link a phone can open: its announcements are made, without a QR code. The preview on this computer ("forms") will not do; make the Google form (Setup) or paste its link into Settings.`,
    tooLong: (form) => `The link of the form “${form}” is too long for a QR code: use a short link in Settings.`,
    noClass: (count) => `${count} families have no class: they are in the general announcement "Parents (no class)".`,
    unclassed: "Parents (no class)",
    answers: {
      heading: "Parents who have answered (opening, training), by class:",
      line: (name, answered, total2) => `${name}: ${answered}/${total2} families have answered`,
      unlisted: "not in the Families list",
      unlistedLine: (name, answered) => `${name}: ${answered} families have answered (not in the Families list)`,
      unclassed: (count) => `${count} parents answered without a class (their email is not in the Families tab)`,
      zalo: (answered, total2) => `So far ${answered}/${total2} families of the class have answered.`,
      zaloUnclassed: (answered, total2) => `So far ${answered}/${total2} families without a class have answered.`
    }
  };

  // src/core/i18n/en/google.ts
  var google = {
    reasons: {
      unauthorised: 'the Google sign-in has expired or was revoked; run "learning-week google login" and try again',
      forbidden: "the signed-in Google account may not view this spreadsheet; ask whoever manages it to share it with view access",
      notFound: "there is no spreadsheet with this id; check the link",
      noTab: (tab) => `the spreadsheet has no “${tab}” tab`,
      quota: "Google says the access quota is spent; waited and tried again a few times; run again in a few minutes",
      server: (status) => `Google's server failed (code ${status}), tried again a few times; run again later`,
      network: (code) => `cannot reach Google's servers (${code}); check the Internet connection`,
      other: (message4) => `Google answered with an unexpected error (${message4})`
    },
    noToken: (path) => `Not signed in to Google: there is no ${path}. Run "learning-week google login" and try again; nothing was written.`,
    tokenTooOpen: (path) => `The Google sign-in file ${path} can be read by other users of this computer: run "chmod 600 ${path}" and try again; nothing was written.`,
    tokenUnreadable: (path) => `Cannot read the Google sign-in file ${path}: run "learning-week google login" again; nothing was written.`,
    badSheet: (text2) => `“${text2}” is not the link or id of a Google Sheet (like https://docs.google.com/spreadsheets/d/ID/edit).`,
    login: {
      openLink: (url) => `Open this link in a browser, sign in to Google and allow viewing spreadsheets and the Apps Script run history (read-only):
${url}`,
      openLinkToEdit: (url) => `Open this link in a browser, sign in to Google and allow the permissions listed (including editing):
${url}`,
      saved: (path) => `Signed in to Google; the token is saved in ${path} (readable by you only).`,
      timedOut: 'Waited 5 minutes and the browser did not come back: run "learning-week google login" again; nothing was written.',
      denied: 'You did not allow learning-week to view spreadsheets: nothing was written. Run "learning-week google login" again when ready.',
      badAnswer: 'The browser brought back an answer that does not match this sign-in: run "learning-week google login" again; nothing was written.',
      tokenRefused: (message4) => `Google did not grant a token (${message4}): run "learning-week google login" again; nothing was written.`,
      noClient: (claspRc) => `An OAuth client file is needed: run "learning-week google login --client client_secret_….json" (from Google Cloud, type "Desktop app"); no client stored by clasp was found in ${claspRc} either.`,
      badClientFile: (file) => `${file} is not an OAuth client file from Google Cloud (it needs "client_id"; type "Desktop app"): download client_secret_….json again.`,
      page: {
        done: "Signed in. You can close this page and go back to the terminal.",
        failed: "Not signed in. See the message in the terminal."
      }
    },
    logout: {
      done: (path) => `Signed out: ${path} is deleted. To revoke the access granted, go to myaccount.google.com/permissions.`,
      none: (path) => `Not signed in to Google (there is no ${path}): nothing to delete.`,
      failed: (path, reason) => `Cannot delete ${path}: ${reason}.`
    },
    push: {
      noPlanTabs: (file) => `${file} has no plan tab (Settings, People, Families, Activities, Outreach): nothing to push.`,
      needsWrite: 'The Google sign-in may only view spreadsheets: run "learning-week google login --client CLIENT.json --write" to allow editing, then run again; nothing was written.',
      forbiddenWrite: "the signed-in Google account may view this spreadsheet but not edit it; ask whoever manages it to share it with edit access",
      failed: (sheet3, reason) => `Cannot push to the spreadsheet ${sheet3}: ${reason}. Nothing was written.`,
      tab: (tab, cells) => `  ${tab}: ${cells} cells change`,
      cell: (at2, before, after) => `    ${at2}: “${before}” → “${after}”`,
      more: (count) => `    … and ${count} more cells`,
      empty: "(empty)",
      same: "The plan tabs of the Google Sheet are the same as the file: nothing to write.",
      preview: (cells, tabs) => `Preview: ${cells} cells in ${tabs} tabs would change; nothing was written. Run again with --yes to write.`,
      written: (cells, tabs, sheet3) => `Wrote ${cells} changed cells into ${tabs} tabs of the spreadsheet ${sheet3}.`
    },
    script: {
      forbidden: "Google refused: the signed-in account has no access to this script, or the Apps Script API is not turned on at script.google.com/home/usersettings",
      noScript: `The school's Apps Script id is unknown: run the command in the folder holding .clasp.json (made by "npm run create"), or give --script SCRIPT-ID; nothing was written.`,
      badScript: (text2) => `“${text2}” is not the id or link of an Apps Script project (like https://script.google.com/home/projects/ID/edit).`
    },
    logs: {
      badSince: (text2) => `--since “${text2}” is not valid: give hours or days (24h, 3d), a day (2021-10-01) or a time (2021-10-01T07:30).`,
      failed: (script, reason) => `Cannot read the executions of the script ${script}: ${reason}.`,
      header: "Started (Vietnam time) | Function | Duration | Status",
      row: (start, fn, seconds, status) => `${start} | ${fn} | ${seconds} | ${status}`,
      seconds: (n2) => `${n2.toFixed(1)} s`,
      count: (n2, since) => `${n2} executions since ${since}.`,
      none: (since) => `The script has not run since ${since}.`,
      noFailures: (since) => `No execution failed since ${since}.`,
      statuses: {
        COMPLETED: "completed",
        FAILED: "failed",
        TIMED_OUT: "timed out",
        CANCELED: "canceled",
        RUNNING: "running",
        PAUSED: "paused",
        DELAYED: "delayed",
        EXECUTION_DISABLED: "execution disabled",
        UNKNOWN: "unknown"
      }
    },
    run: {
      needsRunScopes: 'The Google sign-in lacks the permissions the script uses: run "learning-week google login --client CLIENT.json --run" and try again; nothing was run.',
      notExecutable: `Google finds no script to run: the script must be deployed as an "API executable" and the OAuth client must belong to the script's Google Cloud project (see the README)`,
      scriptError: (type, message4) => `the script failed with ${type}: ${message4}`,
      failed: (fn, reason) => `Cannot run ${fn}: ${reason}.`,
      done: (fn) => `Ran ${fn}.`,
      returned: (fn, result) => `Ran ${fn}; result: ${result}`
    },
    pull: {
      failed: (sheet3, reason) => `Cannot download spreadsheet ${sheet3}: ${reason}. Nothing was written.`,
      tab: (tab, rows) => `  ${tab}: ${rows} rows`,
      written: (file, tabs) => `Wrote ${file}: ${tabs} tabs.`
    },
    district: {
      listEmpty: (file) => `The list ${file} names no spreadsheet: write one school's Google Sheet link or id per line.`,
      badLine: (line, text2) => `Line ${line} of the list: “${text2}” is not the link or id of a Google Sheet.`,
      notASheet: "not the link or id of a Google Sheet",
      duplicate: (first) => `same as line ${first}, read once`,
      schoolFailed: (line, school, reason) => `Line ${line} (${school}): ${reason}.`,
      noFiguresTab: (tab, english) => `the spreadsheet has no “${english}” tab (in Vietnamese: “${tab}”); the school has not made its report of the week yet`,
      emptyTab: (tab) => `the “${tab}” tab has no figures yet (the school has not made its week report)`,
      nothingRead: (file) => `No school's figures could be read; ${file} was not written.`,
      written: (file, read2, failed) => `Wrote ${file}: ${read2} schools with figures${failed > 0 ? `, ${failed} not read (see the “Not read” tab)` : ""}.`,
      report: {
        office: "EDUCATION AND TRAINING OFFICE",
        number: "……/BC-PGDĐT",
        subtitle: (year) => `The schools' Lifelong Learning Week ${year}: district summary`,
        documentTitle: (year) => `District report, Lifelong Learning Week ${year}`,
        intro: (read2, notRead) => `The Education and Training Office adds up the “Report figures” tab of ${read2} schools${notRead > 0 ? `; ${notRead} schools have no figures yet (see III)` : ""}.`,
        totalsTitle: "District totals",
        totalsHeader: ["Figure", "Total"],
        source: (schools) => `Source: the “Report figures” tab of ${schools} schools.`,
        schoolsTitle: "School by school",
        school: "School",
        chartCaption: "Chart: activities planned and done, school by school",
        chart: {
          title: "Activities by school",
          category: "School",
          value: "Activities",
          planned: "Planned",
          done: "Done"
        },
        notReadTitle: "Schools without figures",
        recipients: ["- The schools of the district;", "- Archive."],
        signerTitle: "HEAD OF OFFICE",
        written: (file) => `Wrote the district report ${file}.`
      },
      summaryTab: "Summary",
      failuresTab: "Not read",
      school: "School",
      sheetId: "Spreadsheet id",
      total: (schools) => `Total (${schools} schools)`,
      failureHeader: ["Line in the list", "School or spreadsheet", "Reason"]
    }
  };

  // src/core/i18n/en/dashboard.ts
  var dashboard = {
    title: "Dashboard",
    builtAt: (when) => `Figures as of ${when}`,
    refresh: "Refresh",
    written: (path) => `Dashboard written: ${path}`,
    refreshing: "Loading the figures…",
    refreshFailed: (reason) => `Could not load the figures: ${reason}`,
    week: {
      heading: "The week",
      before: (days, hours) => days > 0 ? `${days} day${days === 1 ? "" : "s"} ${hours} h until the week` : `${hours} h until the week`,
      during: "The week is under way",
      after: "The week has ended",
      unknown: "The Settings tab has no dates for the week yet.",
      span: (from, to) => `From ${from} to ${to}`
    },
    findings: {
      heading: "Plan check",
      counts: (errors, warnings) => `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
      clean: "Nothing in the plan needs fixing.",
      error: "Error",
      warning: "Warning",
      cell: (tab, cell2) => `${tab}!${cell2}`,
      more: (count) => `… and ${count} more (see the “Findings” column).`
    },
    opening: {
      heading: "Opening ceremony by group",
      target: (percent) => `Target: ${percent} per group`,
      registered: "Registered",
      present: "Present",
      line: (count, total2, percent) => `${count}/${total2} (${percent})`,
      whole: "Whole school",
      none: "The People tab lists no staff yet.",
      targetMark: "target line"
    },
    sessions: {
      heading: "Training: seats and waiting list",
      session: "Session",
      seats: "Seated",
      waiting: "Waiting",
      seatsOf: (seated, capacity) => capacity === null ? `${seated}` : `${seated}/${capacity}`,
      none: "The plan has no training session."
    },
    classes: {
      heading: "Families who answered, by class",
      className: "Class",
      answered: "Answered",
      line: (answered, families2) => `${answered}/${families2}`,
      unlisted: "not in the Families tab",
      unclassed: "No class given",
      unclassedAnswers: (count) => `${count} parent${count === 1 ? "" : "s"} answered without a class.`,
      none: "The Families tab lists no class and nobody has answered yet."
    },
    nominations: {
      heading: "“Studious family” nominations",
      total: (total2, withoutConsent) => `${total2} nomination${total2 === 1 ? "" : "s"}, ${withoutConsent} without consent to share`,
      status: "Review status",
      count: "Nominations",
      none: "No nomination yet."
    },
    results: {
      heading: "Activity results",
      activity: "Activity",
      outcome: "Reported outcome",
      notReported: "not reported",
      counts: (reported3, total2) => `${reported3}/${total2} activities have reported a result`,
      flagged: (count) => `${count} result${count === 1 ? "" : "s"} to review (“Problems” column).`,
      none: "The plan has no activity yet."
    },
    outbox: {
      heading: "Outbox",
      state: "State",
      count: "Mails",
      empty: "The outbox holds no mail yet."
    },
    runs: {
      heading: "Latest runs",
      action: "Task",
      at: "At",
      outcome: "Outcome",
      none: "No run recorded yet.",
      errorsHeading: (count) => `Failed runs (${count})`,
      noErrors: "No run failed.",
      ok: "succeeded",
      failed: "failed",
      took: (seconds) => seconds < 1 ? "ran for under 1 s" : `ran for ${seconds} s`,
      jobs: {
        setup: "Setup",
        validate: "Check the plan",
        forms: "Create/update the forms",
        invite: "Send the invitations",
        drain: "Send waiting mail (daily)",
        continuation: "Send the rest (automatic)",
        calendarPreview: "Calendar preview",
        calendarSync: "Sync the calendar",
        reminders: "Morning reminders",
        progress: "End-of-day summary",
        report: "Final report",
        purge: "Delete expired personal data",
        processResponses: "Record form answers"
      }
    },
    privacy: "For leadership only: counts only, no family’s name or email."
  };

  // src/core/i18n/en/serve.ts
  var serve = {
    source: "Form on this computer",
    page: {
      send: "Send my answers",
      requiredNote: "Questions marked * are required.",
      other: "Other:",
      otherText: "Your other choice",
      choose: "— Choose —",
      localNote: "The school's own form on this computer: answers go straight into the plan file."
    },
    confirmation: {
      heading: "Your answers are recorded",
      duplicate: "These answers were already recorded; nothing was recorded twice.",
      flagged: "Your answers are recorded, but the school needs to look at them:",
      yours: "Your answers (shown only on this page):",
      blank: "(left blank)",
      again: "Back to the forms"
    },
    index: {
      title: "Forms of the week",
      intro: "Choose a form to answer. Answers are written into the plan file on this computer.",
      dashboard: "The week's dashboard (opens on this computer only)"
    },
    problem: {
      dashboardLocalTitle: "The dashboard opens on the school's computer only",
      dashboardLocal: "The dashboard holds the whole school's figures, so it opens only on the computer running learning-week serve.",
      nothingRecorded: "Nothing was recorded.",
      back: "Open the form again",
      badTokenTitle: "This form page is old or was changed",
      badToken: "The form page's code is not valid (the page was open too long, the server restarted, or it was changed). Open the form again and send it again.",
      tooLargeTitle: "Too much was sent",
      tooLargeText: (kb) => `One submission may hold at most ${kb} KB.`,
      tooLongTitle: "An answer is too long",
      tooLong: (question2, limit) => `"${question2}" takes at most ${limit} characters.`,
      missingTitle: "An answer is missing",
      missing: (question2) => `"${question2}" is required.`,
      notAChoiceTitle: "Not a choice of the form",
      notAChoice: (question2, value) => `"${question2}": "${value}" is not one of its choices.`,
      badEmailTitle: "The email address is not right",
      badEmail: (value) => `"${value}" is not an email address.`,
      notFoundTitle: "No such page",
      notFound: "This address is not one of the week’s forms. Open the list of forms.",
      tooManyTitle: "Too many submissions",
      tooMany: (seconds) => `This computer sent many answers in a row. Wait ${seconds} seconds and send again.`,
      busyTitle: "Your answers are not recorded yet",
      busy: "The plan file is busy or cannot be written. Send again in a few minutes.",
      failedTitle: "The server had a problem",
      failed: "The server failed on this page. Try again in a few minutes."
    },
    cli: {
      listening: (url) => `Serving the forms at ${url} (press Ctrl+C to stop).`,
      form: (title, url) => `  ${title}: ${url}`,
      network: (host) => `Warning: the server listens on ${host}, so anyone on the same network can open the forms and send answers.`,
      addressDiffers: (address, url) => `Note: invitations and QR codes point to ${address} (Settings "Local forms address"), but the server listens at ${url}.`,
      recorded: (count, file) => `Recorded ${count} answers in ${file}.`,
      stopped: (file) => `Stopped. Every confirmed answer is in ${file}.`,
      badPort: (value) => `--port needs a number from 0 to 65535, not "${value}".`,
      needsFile: "serve needs exactly one .xlsx file, for example: learning-week serve out/learning-week-2021.xlsx",
      portInUse: (port) => `Port ${port} is in use; choose another with --port.`
    }
  };

  // src/core/i18n/en/commendation.ts
  var commendation = {
    notFilled: "…",
    reason: {
      person: "Present at the opening and seated in a training",
      group: (percent) => `Group with the highest attendance at the opening (${percent})`
    },
    template: {
      unknown: (tag, suggestion) => `The template has a placeholder {{${tag}}} the program does not know` + (suggestion ? `; did you mean {{${suggestion}}}?` : "."),
      missing: (field) => `The template lacks the placeholder {{${field}}}.`,
      unclosed: (near) => `The template has a "{{" not closed by "}}": "${near}".`,
      known: (fields) => `Placeholders that can be used: ${fields}.`,
      inTemplate: (award, problem) => `Template for ${award}: ${problem}`,
      none: (award) => `No template for ${award}: no ${award} is made.`,
      usedDefault: (path) => `Used the default template ${path} (the school can edit it in Word).`,
      created: (path) => `Wrote the default template ${path}; look at it, edit it if needed, then run again.`
    },
    rows: {
      tooLong: (row, max) => `Row ${row}: the name is longer than ${max} characters; correct it first.`,
      empty: (row) => `Row ${row}: no name yet.`,
      duplicate: (row, first, award) => `Row ${row}: this person was already approved a ${award} in row ${first}; row ${row} is not made.`,
      badDecision: (row, value) => `Row ${row}: decision "${value}" is not in the list (proposed / approved / no).`,
      badAward: (row, value) => `Row ${row}: award "${value}" is not in the list (certificate of merit / certificate).`
    },
    state: {
      made: (award, file) => `Made ${award}: ${file}`,
      refused: (why) => `Not made: ${why}`,
      proposed: "Proposed by the report's rule"
    },
    decision: {
      fileName: (year) => `commendation-decision-${year}`,
      documentTitle: (year) => `Commendation decision, Lifelong Learning Week ${year}`.trim(),
      number: (number) => `No.: ${number}/QĐ-MN`,
      title: "DECISION",
      subtitle: (year) => `On commending the groups and people who took part well in the Lifelong Learning Week ${year}`,
      authority: (school) => `THE PRINCIPAL OF ${school.toUpperCase()}`,
      basisLaw: "Pursuant to the Law on Emulation and Commendation of 26 November 2003 and its guidance;",
      basis: (basis) => `Pursuant to ${basis};`,
      planBasis: (plan, school) => `Pursuant to Plan No. ${plan} of ${school};`,
      result: (year) => `Considering the results of the Lifelong Learning Week ${year} and the organisers' proposal,`,
      decides: "DECIDES:",
      article1Label: "Article 1.",
      article1: (people, groups) => `To commend ${groups} group(s) and ${people} person(s) who took part well in the Lifelong Learning Week (list attached).`,
      article2Label: "Article 2.",
      article2: "This decision takes effect from the date of signing.",
      article3Label: "Article 3.",
      article3: "The groups and the people named in Article 1 are responsible for carrying out this decision.",
      recipientsTitle: "Recipients:",
      recipientsLine: "- As in Article 3;",
      archive: "- Archive: Office.",
      signerTitle: "PRINCIPAL",
      annexTitle: "LIST OF THE GROUPS AND PEOPLE COMMENDED",
      annexSubtitle: (number, date3) => `(Attached to Decision No. ${number}/QĐ-MN of ${date3})`,
      header: ["No.", "Name / group", "Group", "Award", "Reason"],
      nobody: 'The principal has approved no commendation yet (column "Decision" of the Commendations tab).'
    },
    certificate: {
      fileName: (award, year) => `${award === "giấy khen" ? "giay-khen" : "giay-chung-nhan"}-${year}`,
      templateFile: (award) => `mau-${award === "giấy khen" ? "giay-khen" : "giay-chung-nhan"}.docx`,
      heading: (award) => award.toUpperCase(),
      grantedTo: "Awarded to",
      forReason: "For",
      inWeek: (year) => `in the Lifelong Learning Week ${year}.`,
      placeDate: (place, date3) => `${place}, ${date3}`,
      mailSubject: (award, year) => `Your ${award}, Lifelong Learning Week ${year}`,
      mailGreeting: (name) => `Dear ${name},`,
      mailBody: (award) => `The school sends you your ${award} of the Lifelong Learning Week, attached.`,
      mailClosing: "With thanks."
    },
    ward: {
      fileName: (year) => `studious-families-${year}`,
      documentTitle: (year) => `Studious families nominated ${year}`.trim(),
      number: (number) => `No.: ${number}/MN`,
      subject: "Re: nominating “Studious families”",
      to: (ward) => `To: ${ward}`,
      body: (school, year, count) => `Following the plan of the Lifelong Learning Week ${year}, ${school} sends the list of ${count} “Studious families” for the commendation meeting. The families below agreed to share their details with the association.`,
      none: (school) => `${school} has no family both selected and agreeing to share their details yet.`,
      closing: "We kindly ask the association to consider them.",
      header: ["No.", "Family", "Child", "Class", "Achievements", "Evidence"],
      sheetName: "Nominations",
      recipientsTitle: "Recipients:",
      recipientsWard: "- As above;",
      archive: "- Archive: Office.",
      signerTitle: "PRINCIPAL",
      noWard: 'Settings "Ward association" has no name: the letter has no addressee.',
      refusedNoConsent: (row) => `Row ${row} of Nominations: selected, but the family did not agree to share; left out of the list.`
    },
    gas: {
      proposal: (tab, added) => `Tab “${tab}”: ${added} proposals added.`,
      decision: (url, people, groups) => `Draft commendation decision (${people} people, ${groups} groups): ${url}`,
      ward: (url, count) => `Letter to the ward association (${count} families): ${url}`,
      certificates: "Certificates cannot be made in the Google Sheet yet: use learning-week commend on a computer.",
      problems: "To look at:"
    },
    cli: {
      decision: (file, people, groups) => `Commendation decision (draft): ${file} — ${people} people, ${groups} groups`,
      certificates: (file, count) => `Certificates: ${file} — ${count} pages`,
      pdfs: (count, dir) => `${count} PDF files in ${dir}`,
      noPdf: (why) => `No PDF made: ${why}`,
      ward: (file, count) => `Nominations letter to the ward association: ${file} — ${count} families`,
      problem: (text2) => `  ! ${text2}`,
      proposal: (added) => `Commendations tab: ${added} proposals added`,
      queued: (count) => `${count} certificate mails queued in the Outbox`
    }
  };

  // src/core/i18n/en/index.ts
  var en = {
    cli,
    jobs,
    calendar,
    outbox,
    mail,
    forms,
    privacy,
    menu,
    sheet,
    findings,
    report,
    shell,
    planDocument,
    results,
    announce,
    google,
    dashboard,
    serve,
    commendation
  };

  // src/core/i18n/vi/findings.ts
  var messages = {
    "header.missing": (p2) => `Thiếu cột ${quoted(p2, "header")} ở dòng tiêu đề. Thêm một cột có tiêu đề ${quoted(p2, "header")} hoặc chạy “Tuần lễ HTSĐ → Thiết lập” để tạo lại.`,
    "header.duplicate": (p2) => `Có ${param(p2, "count")} cột cùng tiêu đề ${quoted(p2, "header")} (cột ${param(p2, "columns")}). Chỉ cột đầu tiên được dùng; đổi tên hoặc xóa các cột thừa.`,
    "table.missing": (p2) => `Không tìm thấy tab ${quoted(p2, "tab")}. Chạy “Tuần lễ HTSĐ → Thiết lập” để tạo lại tab này.`,
    "value.required": () => `Ô này còn trống nhưng bắt buộc phải có. Hãy điền giá trị.`,
    "id.invalid": (p2) => `Mã ${quoted(p2, "text")} không hợp lệ: mã không có khoảng trắng và dài tối đa 64 ký tự. Sửa lại, ví dụ “HD01”.`,
    "url.invalid": (p2) => `${quoted(p2, "text")} không phải là một đường liên kết. Dán đầy đủ địa chỉ bắt đầu bằng https://.`,
    "email.invalid": (p2) => `Địa chỉ email ${quoted(p2, "text")} không hợp lệ. Sửa thành dạng ten@truong.edu.vn, không có khoảng trắng hay xuống dòng.`,
    "number.invalid": (p2) => `${quoted(p2, "text")} không phải là một số. Chỉ gõ chữ số, ví dụ 40.`,
    "number.text": (p2) => `Số ${quoted(p2, "text")} đang được lưu dạng chữ nên bảng tính không cộng hay sắp xếp được. Gõ lại thành số (không có dấu nháy ở đầu).`,
    "percent.invalid": (p2) => `${quoted(p2, "text")} không phải là một tỷ lệ phần trăm. Gõ một số từ 0 đến 100, ví dụ 50.`,
    "choice.unknown": (p2) => `${quoted(p2, "text")} không có trong danh sách. Chọn một trong: ${param(p2, "choices")}.`,
    "yesno.invalid": (p2) => `${quoted(p2, "text")} không phải là có/không. Gõ “có” hoặc “không”.`,
    "date.text": (p2) => `Ngày ${quoted(p2, "text")} được gõ dạng chữ nên bảng tính không sắp xếp hay định dạng được; đã hiểu là ${param(p2, "date")}. Gõ lại thành ngày theo dạng dd/MM/yyyy HH:mm.`,
    "date.noYear": (p2) => has(p2, "suggestion") ? `Ngày ${quoted(p2, "text")} thiếu năm; có lẽ là ${param(p2, "suggestion")}. Gõ đủ ngày/tháng/năm.` : `Ngày ${quoted(p2, "text")} thiếu năm. Gõ đủ ngày/tháng/năm theo dạng dd/MM/yyyy.`,
    "date.invalid": (p2) => `${quoted(p2, "text")} không phải là một ngày hợp lệ. Gõ ngày theo dạng dd/MM/yyyy (có thể thêm giờ HH:mm).`,
    "date.monthFirst": (p2) => `Ô này đang là ngày ${param(p2, "read")}: bảng tính (ngôn ngữ ${param(p2, "locale")}) đọc ngày gõ tay theo kiểu tháng/ngày, nên nếu bạn gõ “${param(p2, "typed")}” thì Sheets đã hiểu thành ${param(p2, "read")}. Nếu bạn muốn ngày ${param(p2, "meant")}, hãy chạy “Tuần lễ HTSĐ → Thiết lập” (đặt ngôn ngữ bảng tính Việt Nam) rồi gõ lại ngày này.`,
    "date.textLocale": (p2) => `Sheets không hiểu “${param(p2, "text")}” là ngày vì bảng tính (ngôn ngữ ${param(p2, "locale")}) đọc tháng trước ngày, nên ô này chỉ là chữ; gõ lại vẫn sẽ là chữ. Hãy chạy “Tuần lễ HTSĐ → Thiết lập” (đặt ngôn ngữ bảng tính Việt Nam) rồi gõ lại ngày này.`,
    "setting.missing": (p2, f) => f.row === void 0 ? `Thiếu mục ${quoted(p2, "setting")} trong tab Cấu hình. Thêm dòng ${quoted(p2, "setting")} và điền giá trị.` : `Mục ${quoted(p2, "setting")} còn trống. Hãy điền giá trị.`,
    "setting.duplicate": (p2) => `Mục ${quoted(p2, "setting")} đã có ở dòng ${param(p2, "firstRow")}; dòng này bị bỏ qua. Xóa một trong hai dòng.`,
    "settings.yearMismatch": (p2) => `Năm ${param(p2, "year")} không khớp với ngày của tuần lễ (${param(p2, "weekStart")}–${param(p2, "weekEnd")}). Sửa năm hoặc ngày bắt đầu/kết thúc tuần lễ cho thống nhất.`,
    "settings.weekReversed": (p2) => `Ngày kết thúc tuần lễ ${param(p2, "weekEnd")} đứng trước ngày bắt đầu ${param(p2, "weekStart")}. Sửa lại cho đúng thứ tự.`,
    "settings.weekTooLong": (p2) => `Tuần lễ từ ${param(p2, "weekStart")} đến ${param(p2, "weekEnd")} dài ${param(p2, "days")} ngày, quá 7 ngày. Sửa ngày kết thúc tuần lễ (thường là 07/10).`,
    "settings.targetRange": (p2) => `Chỉ tiêu ${param(p2, "value")} % nằm ngoài khoảng 0–100 %. Gõ một số từ 0 đến 100, ví dụ 50.`,
    "settings.timeZoneUnknown": (p2) => `Múi giờ ${quoted(p2, "zone")} không tồn tại. Gõ ${param(p2, "expected")}.`,
    "settings.timeZoneNotSchool": (p2) => `Múi giờ trong Cấu hình là ${param(p2, "zone")}, không phải ${param(p2, "expected")}. Nếu trường ở Việt Nam, sửa thành ${param(p2, "expected")}.`,
    "env.spreadsheetTimeZone": (p2) => `Múi giờ của bảng tính là ${param(p2, "zone")}, không phải ${param(p2, "expected")}, nên giờ của các hoạt động có thể bị lệch. Vào Tệp → Cài đặt → Múi giờ và chọn (GMT+07:00) Hồ Chí Minh.`,
    "env.spreadsheetLocale": (p2) => `Ngôn ngữ của bảng tính là ${param(p2, "locale")}, không đọc ngày gõ tay theo kiểu ngày/tháng/năm: “05/10/2021” sẽ thành ngày 10 tháng 5. Chạy “Tuần lễ HTSĐ → Thiết lập”, hoặc vào Tệp → Cài đặt → Ngôn ngữ và chọn Việt Nam, rồi kiểm tra lại các ngày đã gõ.`,
    "env.scriptTimeZone": (p2) => `Múi giờ của Apps Script là ${param(p2, "zone")}, không phải ${param(p2, "expected")}. Sửa “timeZone” trong appsscript.json thành ${param(p2, "expected")}.`,
    "activity.outsideWeek": (p2) => `Ngày ${p2["which"] === "end" ? "kết thúc" : "bắt đầu"} ${param(p2, "date")} nằm ngoài tuần lễ ${param(p2, "weekStart")}–${param(p2, "weekEnd")}. Sửa thành một ngày trong tuần lễ${has(p2, "suggestion") ? ` (có lẽ là ${param(p2, "suggestion")})` : ""}.`,
    "activity.endBeforeStart": (p2) => `Thời điểm kết thúc ${param(p2, "end")} đứng trước thời điểm bắt đầu ${param(p2, "start")}. Sửa cho kết thúc muộn hơn bắt đầu.`,
    "activity.timeUnconfirmed": () => `Giờ của hoạt động này mới là đề xuất, chưa được xác nhận. Xác nhận giờ rồi ghi “có” vào cột Giờ đã xác nhận.`,
    "activity.overlap": (p2) => `Người phụ trách ${param(p2, "owner")} có hoạt động ${param(p2, "other")} (dòng ${param(p2, "otherRow")}) trùng giờ với hoạt động này. Đổi giờ hoặc giao cho người khác.`,
    "activity.weekend": (p2) => `Hoạt động diễn ra vào ${param(p2, "date")}, ngày cuối tuần. Kiểm tra lại ngày nếu không phải chủ ý.`,
    "activity.onlineNoPlatform": () => `Hoạt động trực tuyến nhưng chưa chọn nền tảng. Chọn Zoom, Google Meet, Microsoft Teams, K12Online hoặc Khác.`,
    "activity.onlineNoLink": () => `Hoạt động trực tuyến nhưng chưa có đường liên kết để tham gia. Dán đường liên kết trước khi gửi lời mời.`,
    "activity.inviteNoTime": () => `Đã chọn gửi lời mời nhưng hoạt động chưa có đủ giờ bắt đầu và kết thúc. Điền giờ, hoặc ghi “không” ở cột Gửi lời mời.`,
    "activity.inviteNoAudience": () => `Đã chọn gửi lời mời nhưng chưa có đối tượng được mời. Chọn Toàn thể CB-GV-NV, Phụ huynh, Mọi người hoặc một tổ/nhóm.`,
    "activity.noCapacity": (p2) => `Hoạt động loại ${quoted(p2, "category")} chưa có số chỗ nên phiếu đăng ký sẽ không giới hạn. Điền số chỗ nếu chỗ có hạn.`,
    "activity.capacityInvalid": (p2) => `Số chỗ ${param(p2, "value")} không hợp lệ. Gõ một số nguyên lớn hơn 0.`,
    "activity.audienceUnknown": (p2) => `Đối tượng ${quoted(p2, "audience")} không có trong danh sách và không phải tổ/nhóm nào trong tab Nhân sự. Chọn một trong: ${param(p2, "choices")}.`,
    "id.duplicate": (p2) => `Mã ${param(p2, "value")} trùng với dòng ${param(p2, "firstRow")}. Mỗi dòng cần một mã riêng: đổi mã của dòng này.`,
    "email.duplicate": (p2) => `Email ${param(p2, "value")} trùng với dòng ${param(p2, "firstRow")}. Kiểm tra xem có nhập trùng không.`,
    "text.otherYear": (p2) => `Văn bản nhắc đến năm ${param(p2, "found")} trong kế hoạch năm ${param(p2, "year")}: ${quoted(p2, "quote")}. Sửa thành năm ${param(p2, "year")} nếu đó là lỗi chép.`
  };
  var findings2 = {
    messages,
    severity: { error: "lỗi", warning: "cảnh báo" },
    row: "dòng",
    column: "cột",
    unknown: (code) => `Cần kiểm tra (mã ${code}).`
  };

  // src/core/i18n/vi/forms.ts
  var ORDER_NAMES2 = {
    dmy: "ngày/tháng/năm",
    mdy: "tháng/ngày/năm",
    ymd: "năm/tháng/ngày"
  };
  var separatorName2 = (separator) => separator === "	" ? "dấu tab" : `dấu "${separator}"`;
  function timestampProblem2(problem, value, order) {
    switch (problem) {
      case "empty":
        return "ô thời điểm gửi để trống";
      case "format":
        return `thời điểm gửi "${value}" không đọc được`;
      case "date":
        return `"${value}" không phải một ngày có thật${order ? ` (theo thứ tự ${ORDER_NAMES2[order]})` : ""}`;
      case "time":
        return `giờ trong "${value}" không hợp lệ`;
      case "zone":
        return `múi giờ "${value}" không rõ (cần dạng GMT+7)`;
      case "order":
        return order ? `"${value}" không ghi theo thứ tự ${ORDER_NAMES2[order]}` : `"${value}" đọc được cả theo ngày/tháng lẫn tháng/ngày (cần --date-order dmy hoặc mdy)`;
    }
  }
  var forms2 = {
    defaults: { governingBody: "UBND Quận", wardAssociation: "Hội khuyến học phường" },
    weekTitle: (year) => `Tuần lễ hưởng ứng học tập suốt đời${year ? ` năm ${year}` : ""}`,
    questions: {
      email: "Email",
      name: "Họ và tên",
      group: "Tổ/nhóm",
      childClass: "Lớp của con (phụ huynh)",
      intent: "Bạn muốn",
      mode: "Hình thức tham dự",
      who: "Bạn là",
      sessions: "Buổi tập huấn / nói chuyện muốn tham gia",
      pledges: "Khóa học dài hạn bạn đăng ký theo học trong năm",
      nominator: "Họ và tên người đề cử",
      relation: "Quan hệ với gia đình được đề cử",
      family: "Họ tên người đại diện gia đình",
      child: "Họ tên trẻ",
      className: "Lớp",
      address: "Địa chỉ (trong phường)",
      achievements: "Thành tích, tấm gương học tập của gia đình",
      evidence: "Liên kết minh chứng (ảnh, giấy khen…)",
      consent: "Đồng ý chia sẻ với Hội khuyến học phường"
    },
    choices: {
      intents: { register: "Đăng ký tham dự", present: "Điểm danh có mặt" },
      who: { staff: "CB-GV-NV", parent: "Phụ huynh", resident: "Người dân" },
      pledges: {
        it: "Tin học",
        languages: "Ngoại ngữ",
        masters: "Cao học",
        management: "Bồi dưỡng cán bộ quản lý (CBQL)",
        headOfDepartment: "Tổ trưởng chuyên môn"
      },
      relations: {
        classParent: "Phụ huynh cùng lớp",
        teacher: "Giáo viên",
        neighbour: "Hàng xóm / người dân",
        ownFamily: "Chính gia đình"
      },
      modes: {
        hall: (governingBody2) => `Tại Hội trường ${governingBody2}`,
        school: "Tại điểm cầu của trường",
        home: "Trực tuyến tại nhà"
      },
      consentYes: (ward) => `Đồng ý chia sẻ đề cử này với ${ward}`,
      consentNo: "Không đồng ý"
    },
    attendance: {
      title: (week) => `Lễ khai mạc “${week}”`,
      when: (day, time) => ` vào ${day} lúc ${time}`,
      description: (governingBody2, when) => `Lễ khai mạc do ${governingBody2} tổ chức trực tuyến${when}, tại Hội trường ${governingBody2} và các điểm cầu. Đăng ký trước để nhà trường chuẩn bị điểm cầu; trong buổi lễ, gửi lại biểu mẫu này để điểm danh.`,
      target: (target) => ` Chỉ tiêu: ít nhất ${target} % CB-GV-NV tham dự.`,
      emailHelp: "Dùng địa chỉ email của trường để được tính vào danh sách CB-GV-NV.",
      confirmation: "Cảm ơn bạn! Nhà trường đã ghi nhận. Thư xác nhận sẽ được gửi đến email của bạn; muốn đổi, hãy gửi lại biểu mẫu — lần gửi sau cùng được tính."
    },
    training: {
      title: (week) => `Đăng ký tập huấn / nói chuyện – ${week}`,
      description: "Các lớp tập huấn, buổi nói chuyện miễn phí trong tuần lễ, dành cho CB-GV-NV, phụ huynh và người dân. Mỗi buổi có số chỗ giới hạn; chỗ được xếp theo thứ tự phản hồi đến, chỗ đã xác nhận không bị lấy lại. Gửi lại biểu mẫu để thay đổi lựa chọn.",
      emailHelp: "Thư xác nhận chỗ hoặc vị trí trong danh sách chờ sẽ gửi về địa chỉ này.",
      sessionsHelp: "Buổi đã đủ chỗ vẫn chọn được: bạn vào danh sách chờ và được báo qua email khi có chỗ.",
      noSessions: "Chưa có buổi nào được lên lịch.",
      confirmation: "Cảm ơn bạn! Kết quả xếp chỗ (hoặc vị trí trong danh sách chờ) sẽ được gửi qua email. Muốn đổi buổi, hãy gửi lại biểu mẫu."
    },
    nomination: {
      title: (year) => `Đề cử “Gia đình hiếu học” năm ${year}`.trim(),
      description: (ward) => `Giới thiệu một gia đình tiêu biểu trong phường để nhà trường xét chọn và gửi ${ward} tuyên dương. Thông tin chỉ Ban giám hiệu xem và được xóa sau thời hạn lưu trữ.`,
      emailHelp: "Email của người đề cử, để nhà trường liên hệ khi cần.",
      evidenceHelp: "Dán đường liên kết Google Drive hoặc trang web, nếu có.",
      consentHelp: "Chỉ các đề cử được đồng ý mới được gửi đến Hội khuyến học.",
      confirmation: "Cảm ơn bạn đã đề cử! Ban giám hiệu sẽ xem xét và báo kết quả qua email."
    },
    seats: {
      full: "đã đủ chỗ – vào danh sách chờ",
      left: (count) => `còn ${count} chỗ`,
      seated: (id) => `${id}: có chỗ`,
      waiting: (id, position) => `${id}: chờ số ${position}`,
      detailLabel: (id) => `Chỗ ${id}`,
      detailSeated: "đã có chỗ",
      detailWaiting: (position) => `danh sách chờ, vị trí số ${position} – sẽ báo khi có chỗ`
    },
    /** The class question families answer; staff leave it empty. */
    childClassHelp: "Phụ huynh chọn lớp của con (hoặc ghi tên lớp); CB-GV-NV để trống.",
    /** The raw copy's source of the demo week's responses. */
    sampleSource: "Mẫu",
    noGroup: "(chưa có tổ/nhóm)",
    csvColumn: (index) => `(cột ${index})`,
    reasons: {
      "required.missing": (question2) => `Thiếu câu trả lời bắt buộc: "${question2}".`,
      "email.missing": "Thiếu địa chỉ email.",
      "email.invalid": (value) => `Địa chỉ email không hợp lệ: "${value}".`,
      "choice.unknown": (question2, value) => `Lựa chọn "${value}" không có trong câu "${question2}".`,
      "session.unknown": (value) => `Buổi "${value}" không còn trong danh sách hoạt động (có thể đã đổi tên hoặc bị xóa).`,
      "session.cancelled": (id, title) => `Buổi ${id} "${title}" đã bị hủy.`,
      "form.closed": (closedAt) => `Biểu mẫu đã đóng từ ${closedAt}; phản hồi gửi sau thời điểm đó.`,
      "nomination.noConsent": "Người đề cử chưa đồng ý chia sẻ với Hội khuyến học phường: lưu lại nhưng không gửi đi.",
      "response.noAnswers": "Phản hồi không có câu trả lời nào.",
      "text.formulaNeutralised": (question2) => `Câu "${question2}" bắt đầu bằng ký tự công thức (= + - @): đã thêm dấu ' để giữ nguyên là chữ.`,
      "text.truncated": (question2, max) => `Câu "${question2}" dài hơn ${max} ký tự: ô chỉ giữ phần đầu, bản gốc giữ đủ.`,
      "text.invisibleRemoved": (question2) => `Câu "${question2}" có ký tự ẩn (zero-width, đảo chiều): đã bỏ.`,
      "answer.unknownQuestion": (question2) => `Câu "${question2}" không có trong biểu mẫu: chỉ lưu ở bản gốc.`,
      "class.fromFamilies": (className) => `Lớp để trống: đã lấy lớp "${className}" của gia đình có cùng email trong tab "Phụ huynh".`
    },
    progress: {
      attendance: (count, total2, registered, percent, met, target, needed) => `${count}/${total2} CB-GV-NV ${registered ? "đã đăng ký dự khai mạc" : "đã có mặt tại lễ khai mạc"} (${percent}) – ${met ? `đã đạt chỉ tiêu ${target}` : `cần thêm ${needed} người để đạt ${target}`}`
    },
    /** The local preview of a form (the principal's computer has no Google Forms). */
    preview: {
      types: {
        text: "trả lời ngắn",
        email: "địa chỉ email",
        paragraph: "đoạn văn",
        multipleChoice: "chọn một",
        checkbox: "chọn nhiều",
        list: "danh sách thả xuống"
      },
      type: (type) => `Kiểu: ${type}`,
      required: " (bắt buộc)",
      emailNote: "Biểu mẫu tự ghi lại địa chỉ email của người trả lời.",
      other: "Khác: …",
      after: (confirmation) => `Sau khi gửi: ${confirmation}`
    },
    /** What the Apps Script forms adapter logs and says. */
    gas: {
      openFailed: (id, detail) => `Không mở được biểu mẫu ${id} (${detail}); tạo biểu mẫu mới.`,
      verifiedFailed: (title, detail) => `Biểu mẫu "${title}": không bật được email đã xác minh (${detail}); người trả lời tự nhập email.`,
      readFailed: (formId, detail) => `Không đọc được câu trả lời của biểu mẫu ${formId}: ${detail}`,
      noEvent: 'Hàm này chạy tự động mỗi khi có người gửi biểu mẫu, nên khi chạy từ trình soạn thảo thì không có câu trả lời nào để ghi. Không có gì thay đổi. Để tạo hoặc cập nhật biểu mẫu, hãy dùng menu "Tuần lễ HTSĐ" → "Tạo/cập nhật biểu mẫu".'
    },
    /** What `respond` says about an imported Google Forms CSV or a JSON file of responses. */
    imports: {
      row: (row) => `Dòng ${row}: `,
      csvEmpty: "Tệp CSV trống: không có dòng tiêu đề nào.",
      csvNoTimestamp: (separator) => `Tệp CSV không có cột "Timestamp" (hay "Dấu thời gian")${separator === void 0 ? "" : `, kể cả khi đọc theo ${separatorName2(separator)} mà dòng tiêu đề dùng để ngăn cột`}: đây không phải tệp xuất từ Google Forms; không ghi phản hồi nào.`,
      csvSeparator: (separator) => `Tệp dùng ${separatorName2(separator)} để ngăn cột (không phải dấu phẩy): đã đọc theo dấu đó.`,
      csvExtraColumn: (column) => `Cột thừa "${column}" không phải câu hỏi của biểu mẫu: chỉ lưu ở bản gốc.`,
      csvMissingRequired: (column) => `Thiếu cột "${column}" (câu hỏi bắt buộc): các phản hồi sẽ bị đánh dấu cần xem lại.`,
      csvMissingOptional: (column) => `Thiếu cột "${column}" (câu hỏi không bắt buộc): để trống.`,
      csvDuplicateColumn: (column) => `Cột "${column}" xuất hiện hai lần: chỉ dùng cột đầu tiên.`,
      csvRaggedRow: (at2) => `${at2}số ô khác với dòng tiêu đề; các ô thiếu được để trống.`,
      csvBadTimestamp: (at2, problem, value, order) => `${at2}${timestampProblem2(problem, value, order)}; dòng được giữ trong "Phản hồi gốc", cần kiểm tra.`,
      csvTruncatedRow: (at2) => `${at2}dòng cuối bị cắt giữa chừng (tệp tải về chưa hết?); dòng được giữ trong "Phản hồi gốc", cần kiểm tra.`,
      csvDateOrderFromFile: (column, order, at2, value) => `Cột "${column}" ghi ngày theo thứ tự ${ORDER_NAMES2[order]}: ${at2}"${value}" chỉ đọc được theo thứ tự đó.`,
      csvDateOrderUnknown: (column, at2, value, dayFirst, monthFirst) => `Không biết cột "${column}" ghi ngày theo thứ tự nào: ${at2}"${value}" có thể là ${dayFirst} hoặc ${monthFirst}. Hãy chạy lại với --date-order dmy (ngày/tháng/năm: bảng tính tiếng Việt, Anh-Anh) hoặc --date-order mdy (tháng/ngày/năm: bảng tính Anh-Mỹ); không ghi phản hồi nào.`,
      csvDateOrderConflict: (column, at2, value, otherAt, other) => `Cột "${column}" ghi ngày theo hai thứ tự: ${at2}"${value}" và ${otherAt}"${other}" không thể cùng một thứ tự. Hãy sửa tệp hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.`,
      dayOfMonth: (day, month) => `ngày ${day} tháng ${month}`,
      unreadableSource: (origin) => `${origin} – cần kiểm tra`,
      jsonInvalid: "Dữ liệu JSON không hợp lệ: hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép.",
      jsonEmpty: "Dữ liệu JSON không có phản hồi nào.",
      jsonWhere: (index) => index === void 0 ? "Phản hồi" : `Phản hồi thứ ${index}`,
      jsonNotObject: 'phải là một đối tượng {"timestamp", "email", "answers"}.',
      jsonNoTimestamp: 'thiếu "timestamp" (ví dụ "2021-10-05T08:03").',
      jsonBadTimestamp: (value, problem, order) => `${timestampProblem2(problem, value, order)}: hãy ghi dạng 2021-10-05T08:03 (hoặc 05/10/2021 08:03 với --date-order dmy).`,
      jsonDateOrderUnknown: (value, dayFirst, monthFirst) => `Không biết ngày ghi theo thứ tự nào: "${value}" có thể là ${dayFirst} hoặc ${monthFirst}. Hãy ghi dạng 2021-10-05T08:03 hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.`,
      jsonDateOrderConflict: (value, other) => `Ngày ghi theo hai thứ tự: "${value}" và "${other}" không thể cùng một thứ tự. Hãy sửa dữ liệu hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.`,
      jsonEmail: '"email" phải là chuỗi.',
      jsonResponseId: '"responseId" phải là chuỗi khác rỗng.',
      jsonNoAnswers: 'thiếu "answers" (một đối tượng: tiêu đề câu hỏi → câu trả lời).',
      jsonBadAnswer: (title) => `câu trả lời cho "${title}" phải là chuỗi hoặc danh sách chuỗi.`
    },
    /** What the forms use cases log, mail and note. */
    app: {
      rawTooLong: (id, kept, cellLimit) => `Phản hồi ${id}: nội dung quá dài, bản gốc chỉ giữ ${groupedInteger(kept, "vi")} ký tự đầu (bốn ô, mỗi ô tối đa ${groupedInteger(cellLimit, "vi")} ký tự).`,
      outboxBroken: 'Hộp thư đi có dòng hỏng: chưa xếp được thư xác nhận. Hãy chạy "Kiểm tra kế hoạch".',
      settingsIncomplete: "Chưa gửi thư xác nhận: tab Cấu hình thiếu thông tin bắt buộc.",
      familiesNotMailed: (n2) => `${n2} thư cho phụ huynh không xếp vào Hộp thư đi: mục "Gửi thư cho phụ huynh" trong Cấu hình là "không" (phụ huynh nhận tin qua Zalo và mã QR).`,
      formsMade: (list) => `Biểu mẫu: ${list}.`,
      formMade: (formId, created) => `${formId} ${created ? "đã tạo" : "đã cập nhật"}`,
      noSettingsTab: 'Không tìm thấy tab Cấu hình: chưa ghi được đường liên kết biểu mẫu. Hãy chạy "Thiết lập".',
      what: {
        present: "Điểm danh có mặt tại lễ khai mạc",
        register: "Đăng ký tham dự lễ khai mạc",
        training: "Đăng ký tập huấn / nói chuyện",
        nomination: "Đề cử “Gia đình hiếu học”",
        result: "Báo cáo kết quả hoạt động"
      },
      change: (formUrl) => `Gửi lại biểu mẫu${formUrl ? ` (${formUrl})` : ""}; lần gửi sau cùng được tính.`,
      changeLabel: "Muốn thay đổi",
      sharedLabel: "Chia sẻ với Hội khuyến học",
      notShared: "không (Quý vị chưa đồng ý): đề cử được lưu nhưng không gửi đi",
      progressTopic: (date3) => `Tiến độ đăng ký ngày ${date3}`,
      noOrganiser: 'Tiến độ hằng ngày: chưa có "Email người tổ chức" trong Cấu hình, không gửi.',
      sessionLine: (id, title, seats, waiting) => `${id} ${title}: ${seats} chỗ${waiting > 0 ? `, ${waiting} người chờ` : ""}`,
      nominations: (total2, withoutConsent) => `Đề cử “Gia đình hiếu học”: ${total2}${withoutConsent > 0 ? ` (${withoutConsent} chưa đồng ý chia sẻ)` : ""}`
    },
    /** The response queue: the submit runs and the processing run a minute later (logs). */
    queue: {
      blankEvent: (formId) => `Lần chạy của biểu mẫu ${formId} không kèm câu trả lời nào (chạy từ trình soạn thảo hoặc Google gửi thiếu): lần xử lý câu trả lời sắp tới sẽ quét lại các biểu mẫu để không bỏ sót câu trả lời nào.`,
      notKept: (responseId, detail) => `Chưa lưu được câu trả lời ${responseId} vào hàng chờ (${detail}). Biểu mẫu vẫn giữ câu trả lời; lần quét lúc 17:00 sẽ ghi nó.`,
      notScheduled: (detail) => `Chưa hẹn được lần xử lý câu trả lời (${detail}). Câu trả lời đã nằm trong hàng chờ và sẽ được ghi ở lần chạy sau, chậm nhất lúc 17:00.`,
      busy: (waiting) => `Bảng tính đang bận: ${waiting} câu trả lời đang chờ sẽ được ghi sau khoảng 1 phút.`,
      fetchFailed: (responseId, formId, detail) => `Chưa lấy được câu trả lời ${responseId} từ biểu mẫu ${formId} (${detail}); vẫn giữ trong hàng chờ để thử lại.`,
      recorded: (recorded, duplicates2, flagged) => `Đã ghi ${recorded} câu trả lời đang chờ` + (flagged > 0 ? ` (${flagged} cần xem lại)` : "") + (duplicates2 > 0 ? `; ${duplicates2} câu trả lời đã ghi từ trước` : "") + ".",
      nothing: "Không có câu trả lời nào đang chờ."
    }
  };

  // src/core/i18n/vi/cli.ts
  var cli2 = {
    usage: `Cách dùng: learning-week <lệnh> [tùy chọn]

Lệnh:
  init [tùy chọn]          Tạo tệp kế hoạch mới (.xlsx) từ kế hoạch mẫu năm 2021.
      --year NĂM           Năm tổ chức tuần lễ (mặc định 2021).
      --school "TÊN"       Tên trường.
      --theme "CHỦ ĐỀ"     Chủ đề của tuần lễ.
      --start NNNN-TT-NN   Ngày bắt đầu tuần lễ (mặc định 01/10 của năm).
      --blank              Chỉ tạo Cấu hình và các trang tính trống, không có hoạt động.
      --sample             Thêm danh sách mẫu (giả) gồm nhân sự và phụ huynh.
      --out TỆP            Tệp sẽ tạo (mặc định learning-week-NĂM.xlsx).
      --force              Ghi đè nếu tệp đã có (bản cũ giữ ở TỆP.bak).
      --language vi|en     Ngôn ngữ của bảng tính mới (mặc định vi).
  validate TỆP             Kiểm tra kế hoạch, ghi kết quả vào tệp và in các lỗi, cảnh báo.
                           Mã thoát: 0 khi không có lỗi, 1 khi có lỗi, 2 khi không mở được tệp.
  invite TỆP [--families]  Xếp thư mời vào Hộp thư đi cho mọi CB-GV-NV đang công tác
                           (--families: cả các gia đình có email). Chạy lại không xếp trùng.
  drain TỆP                Gửi các thư đến hạn trong Hộp thư đi, trong hạn mức mỗi ngày.
      --smtp URL           Gửi thật qua máy chủ SMTP (hoặc biến môi trường SMTP_URL),
                           ví dụ smtps://ten:matkhau@smtp.gmail.com:465.
                           Không có: ghi mỗi thư thành một tệp .eml trong out/mail/.
      --daily-limit SỐ     Số người nhận tối đa mỗi ngày (mặc định 100).
      --out THƯ-MỤC        Thư mục ghi tệp .eml (mặc định out/mail).
  outbox TỆP               In bảng trạng thái Hộp thư đi và số thư theo từng trạng thái.
  respond BIỂU-MẪU TỆP     Nhập phản hồi cho biểu mẫu attendance (khai mạc), training
                           (tập huấn) hoặc nomination (đề cử gia đình hiếu học):
      --csv TỆP.csv        tệp CSV tải từ Google Forms (Timestamp, Email Address, mỗi câu một cột);
      --json TỆP.json      một phản hồi hoặc một danh sách phản hồi dạng JSON (--json - : đọc từ đầu vào).
      --date-order dmy|mdy|ymd   thứ tự ngày trong cột thời điểm gửi khi tệp không tự cho biết:
                           dmy 01/10/2021 (bảng tính tiếng Việt, Anh-Anh), mdy 10/1/2021 (Anh-Mỹ).
  serve TỆP                Mở các biểu mẫu thành trang web trên máy này (không cần Google): câu trả lời
                           ghi thẳng vào TỆP, thư xác nhận xếp vào Hộp thư đi. Ctrl+C để dừng.
      --port CỔNG          Cổng nghe (mặc định cổng của "Địa chỉ biểu mẫu trên máy", 8080).
      --host ĐỊA-CHỈ       Địa chỉ nghe (mặc định 127.0.0.1: chỉ máy này mở được).
  forms TỆP                Ghi bản xem trước của ba biểu mẫu vào out/forms/.
      --format html|markdown|json   json: in cấu trúc ba biểu mẫu (mã, tiêu đề, câu hỏi, lựa chọn).
      --out THƯ-MỤC        Thư mục ghi bản xem trước (mặc định out/forms).
  sync TỆP                 Ghi lịch tuần lễ thành tệp .ics trong out/calendar/ (mỗi hoạt động có mời
                           một tệp, cùng tệp cả tuần learning-week-NĂM.ics) và xếp thư mời kèm tệp
                           .ics cho từng khách mời vào Hộp thư đi. Chạy lại không tạo trùng; sửa
                           hoạt động thì chỉ hoạt động đó được cập nhật và báo lại.
      --dry-run            Chỉ in các thay đổi sẽ làm, không ghi gì.
      --out THƯ-MỤC        Thư mục ghi tệp .ics (mặc định out/calendar).
  reminders TỆP            Xếp thư nhắc lịch cho các hoạt động của ngày mai (theo --now nếu có).
  report TỆP               Ghi báo cáo kết quả tuần lễ out/report/bao-cao-NĂM.docx và in số liệu chính.
      --at "NN/TT/NNNN GG:PP"  Lập báo cáo tại thời điểm này (mặc định: bây giờ).
      --pdf                Thêm bản PDF (cần LibreOffice).
      --out THƯ-MỤC        Thư mục ghi báo cáo (mặc định out/report).
  learning-week import KẾ-HOẠCH [--out TỆP] [--apply]
                           Đọc văn bản kế hoạch (.docx hoặc .txt) vào Cấu hình và Hoạt động, in các
                           phát hiện (năm ghi nhầm, ngày ngoài tuần lễ, hoạt động chưa có ngày…).
                           TỆP chưa có: tạo mới (mặc định learning-week-NĂM.xlsx). TỆP đã có: chỉ in
                           những gì sẽ thay đổi; --apply mới ghi vào tệp.
  plan TỆP [--out THƯ-MỤC] Ghi văn bản KẾ HOẠCH của trường từ Cấu hình và Hoạt động
                           (out/plan/ke-hoach-NĂM.docx, thể thức Nghị định 30/2020).
  announce TỆP [--out THƯ-MỤC]
                           Tạo thông báo dán vào nhóm Zalo cho từng lớp và từng tổ, bài đăng Facebook
                           và trang web của trường, kèm mã QR và áp phích A4 của từng biểu mẫu
                           (out/announce/: .txt, .html, .svg, .png và .docx).
  commend TỆP [--out THƯ-MỤC] [--pdf] [--mail] [--sent]
                           Ghi đề xuất khen thưởng vào tab Khen thưởng; với những dòng Hiệu trưởng
                           "đồng ý": dự thảo Quyết định khen thưởng, giấy khen / giấy chứng nhận từ mẫu
                           mau-giay-khen.docx, mau-giay-chung-nhan.docx cạnh TỆP, và thư đề cử
                           "Gia đình hiếu học" gửi Hội khuyến học (out/commendation/). --pdf: thêm PDF
                           (cần LibreOffice); --mail: xếp thư gửi giấy khen vào Hộp thư đi;
                           --sent: ghi ngày gửi phường vào tab Đề cử.
  dashboard TỆP [--out TỆP.html]
                           Ghi Bảng điều khiển của tuần lễ thành một trang HTML (mặc định
                           out/dashboard.html): đếm ngược, kết quả kiểm tra, khai mạc theo tổ, chỗ
                           tập huấn, phụ huynh trả lời theo lớp, đề cử, kết quả, hộp thư đi, nhật ký.
  google login [--client CLIENT.json] [--write] [--run]
                           Đăng nhập Google qua trình duyệt bằng OAuth client loại "Desktop app" của
                           trường (bỏ --client: dùng client clasp đã lưu). Mặc định chỉ xin quyền xem
                           (spreadsheets.readonly, script.processes); --write thêm quyền sửa bảng tính
                           (cho push --yes), --run thêm các quyền của script (cho run). Lưu mã đăng nhập
                           vào ~/.config/learning-week/google-token.json (0600).
  google logout            Xóa mã đăng nhập Google đã lưu trên máy.
  google pull BẢNG-TÍNH [--out TỆP.xlsx]
                           Tải cả Google Sheet đang dùng (đường liên kết hoặc mã) về một tệp .xlsx mà
                           các lệnh trên mở được; in một dòng mỗi trang tính. Cần "google login" trước
                           (quyền chỉ đọc spreadsheets.readonly). Mặc định ghi MÃ.xlsx.
  google push TỆP BẢNG-TÍNH [--yes]
                           Đưa các trang kế hoạch (Cấu hình, Nhân sự, Phụ huynh, Hoạt động, Tuyên
                           truyền) của TỆP lên Google Sheet: mặc định chỉ in các ô sẽ đổi, không ghi;
                           --yes ghi trong một lần gọi (cần "google login --write").
  google logs [--failed] [--since 24h] [--script MÃ]
                           Các lần chạy gần đây của Apps Script (hàm, lúc bắt đầu, thời gian, trạng
                           thái); mã script lấy ở .clasp.json nếu không ghi --script.
  google run HÀM [--script MÃ]
                           Chạy một hàm của script (triển khai "API executable", "google login --run").
  district collect --sheets DANH-SÁCH [--out TỆP.xlsx] [--report]
                           Phòng giáo dục tổng hợp số liệu: đọc tab "Số liệu báo cáo" của từng trường
                           (DANH-SÁCH: tệp văn bản, mỗi dòng một đường liên kết hoặc mã Google Sheet,
                           # là ghi chú), ghi TỆP (mặc định district.xlsx): mỗi trường một dòng, dòng
                           tổng cộng và trang "Chưa đọc được" kèm lý do. Mã thoát 1 khi có trường
                           chưa đọc được, 2 khi không đọc được trường nào (không ghi gì). --report
                           thêm báo cáo .docx của phòng (--authority "UBND QUẬN 1", --office, --place).
  purge TỆP                Xóa dữ liệu cá nhân của các gia đình (Phụ huynh, Đề cử, Phản hồi gốc, phụ huynh
                           đăng ký tập huấn, thư gửi các gia đình) khi đã hết "Thời hạn lưu dữ liệu cá nhân"
                           (tính từ ngày cuối tuần lễ); trước đó chỉ in ngày sẽ xóa. Giữ nguyên các con số.
      --dry-run            Chỉ in những gì sẽ xóa, không ghi gì.
  week [--from NGÀY] [--to NGÀY] [--speed GIÂY] [--out THƯ-MỤC] [--daily-limit N] [--language vi|en]
                           Chạy thử cả tuần lễ với đồng hồ giả lập: thiết lập, thư mời, phản hồi,
                           lịch, thư nhắc, báo cáo; ghi tóm tắt vào out/summary.json.
  demo                     Việc "npm start" làm: "week" với kế hoạch 2021 và danh sách mẫu vào out/.
  bench                    Đo hiệu năng: số lệnh gọi dịch vụ mỗi lần chạy ở ba quy mô trường, thời gian
                           Apps Script ước tính, thời gian và bộ nhớ trên máy; ghi out/bench.json, out/bench.md.
  help                     In hướng dẫn này.

Tùy chọn chung:
  --now THỜI-ĐIỂM          Dùng một thời điểm cố định thay cho đồng hồ máy (ví dụ 2021-10-05T08:00).
  --verbose                In thêm nhật ký chạy.

Biến môi trường:
  LEARNING_WEEK_LANG=en    In bằng tiếng Anh khi chưa đọc bảng tính (khi đã đọc: theo Ngôn ngữ của Cấu hình).`,
    weekUsage: `Cách dùng: learning-week week [--from NGÀY] [--to NGÀY] [--speed GIÂY] [--out THƯ_MỤC] [--daily-limit N] [--language vi|en]
  Chạy thử cả tuần lễ 2021 (28/09 – 07/10) trên kế hoạch mẫu và danh sách mẫu, với đồng hồ giả lập.
  --from, --to     ngày đầu/cuối được hiển thị (dd/MM/yyyy); --to dừng tuần lễ ở ngày đó
  --speed          số giây thật cho mỗi ngày giả lập (0: nhanh nhất; mặc định 0 khi không phải terminal hoặc CI)
  --out            thư mục kết quả (mặc định out)
  --daily-limit    số người nhận mỗi ngày (mặc định 100, hạn mức Gmail cá nhân)
  --language       ngôn ngữ của bảng tính và kết quả: vi hoặc en (mặc định vi)`,
    cannotOpen: (file, reason) => `Không mở được tệp ${file}: ${reason}`,
    cannotSave: (file, reason) => `Không lưu được tệp ${file}: ${reason}`,
    reasons: {
      missing: "tệp không tồn tại.",
      directory: "đây là một thư mục, không phải tệp.",
      noPermission: "không có quyền đọc hoặc ghi tệp (hoặc thư mục chứa tệp).",
      busy: "tệp đang được mở trong chương trình khác (ví dụ Excel). Hãy đóng tệp rồi thử lại.",
      corrupt: "tệp không phải bảng tính Excel hợp lệ.",
      locked: (lockFile, owner) => `tệp đang được một lệnh learning-week khác sử dụng (tệp khóa ${lockFile}${owner ? `, giữ bởi tiến trình ${owner.pid} trên máy ${owner.host} từ ${owner.since}` : ""}). Hãy chờ lệnh đó xong rồi thử lại. Nếu chắc chắn không còn lệnh learning-week nào đang chạy${owner ? ` trên máy ${owner.host}` : ""} (lệnh trước đã bị tắt giữa chừng), hãy xóa tệp ${lockFile} rồi chạy lại.`,
      other: (message4) => `lỗi không mong đợi (${message4}).`,
      nameTooLong: "tên tệp hoặc đường dẫn quá dài. Hãy đặt tên ngắn hơn (dưới 200 ký tự) hoặc chọn thư mục gần hơn.",
      notAFolder: (path) => `${path} là một tệp, không phải thư mục. Hãy chọn một thư mục (hoặc một tên chưa có) cho kết quả.`,
      diskFull: "ổ đĩa đã đầy (hoặc hết hạn ngạch). Hãy giải phóng chỗ trống rồi chạy lại; tệp cũ vẫn nguyên vẹn.",
      readOnlyDisk: "ổ đĩa chỉ cho đọc. Hãy chép tệp sang ổ đĩa khác rồi chạy lại.",
      tooManyFiles: "quá nhiều tệp đang mở. Hãy đóng bớt chương trình rồi chạy lại.",
      readOnlyFile: "tệp chỉ cho đọc (không có quyền ghi). Hãy bỏ thuộc tính chỉ đọc (ví dụ chmod u+w TỆP) rồi chạy lại; chưa có gì thay đổi.",
      readOnlyFolder: (folder) => `thư mục ${folder} chỉ cho đọc (không có quyền ghi). Hãy cấp quyền ghi hoặc chọn thư mục khác; chưa có gì thay đổi.`,
      otherFile: (path, reason) => `${reason} (tệp ${path})`
    },
    /** A file or folder the command had to write, read or create, named with what went wrong. */
    cannotWrite: (path, reason) => `Không ghi được ${path}: ${reason}`,
    cannotRead: (path, reason) => `Không đọc được ${path}: ${reason}`,
    outNotAFolder: (path) => `Không dùng được --out ${path}: đây là một tệp, không phải thư mục. Hãy chọn một thư mục (hoặc một tên chưa có); chưa có gì thay đổi.`,
    /** A failure the CLI has no words for: one line, the details only with --verbose. */
    unexpectedFailure: (message4) => `Lỗi không mong đợi: ${message4}. Chạy lại với --verbose để xem chi tiết kỹ thuật.`,
    smtp: {
      badUrl: (source, url) => `Địa chỉ máy chủ thư ${source} "${url}" không hợp lệ: hãy ghi dạng smtps://ten:matkhau@smtp.gmail.com:465 hoặc smtp://may-chu:587. Chưa gửi thư nào.`,
      noHost: (source, url) => `Địa chỉ máy chủ thư ${source} "${url}" thiếu tên máy chủ: hãy ghi dạng smtps://ten:matkhau@smtp.gmail.com:465. Chưa gửi thư nào.`,
      badPort: (source, url) => `Cổng của máy chủ thư ${source} "${url}" không hợp lệ: hãy dùng một số từ 1 đến 65535 (thường là 465 hoặc 587). Chưa gửi thư nào.`,
      unreachable: (server, reason) => `Không kết nối được máy chủ thư ${server} (${reason}). Các thư vẫn "chờ gửi" và hạn mức hôm nay chưa bị dùng; hãy kiểm tra địa chỉ --smtp và mạng rồi chạy lại lệnh drain.`,
      refused: "máy chủ từ chối kết nối",
      timedOut: (seconds) => `không có trả lời sau ${seconds} giây`,
      unknownHost: "không tìm thấy tên máy chủ",
      badLogin: "sai tên đăng nhập hoặc mật khẩu",
      tls: "lỗi kết nối bảo mật (TLS); kiểm tra smtps:// hay smtp:// và cổng"
    },
    alreadyExists: (file) => `Tệp ${file} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ ở ${file}.bak).`,
    badAt: (text2) => `Thời điểm --at "${text2}" không hợp lệ: hãy ghi dạng "07/10/2021 17:00" (giờ của trường) hoặc chỉ ngày "07/10/2021".`,
    badNow: (text2) => `Thời điểm --now "${text2}" không hợp lệ: hãy ghi dạng 2021-10-05T08:00 (giờ của trường) hoặc có múi giờ, ví dụ 2021-10-05T08:00+07:00.`,
    args: {
      districtUsage: 'Cách dùng: learning-week district collect --sheets DANH-SÁCH.txt [--out TỆP.xlsx] [--report --authority "UBND QUẬN 1" --office "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" --place "Quận 1"] (DANH-SÁCH: mỗi dòng một đường liên kết hoặc mã Google Sheet của một trường).',
      googleUsage: "Cách dùng: learning-week google login --client CLIENT.json [--write] [--run] | logout | pull BẢNG-TÍNH [--out TỆP.xlsx] | push TỆP.xlsx BẢNG-TÍNH [--yes] | logs [--failed] [--since 24h] [--script MÃ] | run HÀM [--script MÃ] (BẢNG-TÍNH: đường liên kết hoặc mã Google Sheet).",
      needsOneFile: (command) => `Lệnh ${command} cần đúng một tệp .xlsx, ví dụ: learning-week ${command} ke-hoach.xlsx`,
      noCommand: (name) => `Không có lệnh "${name}".`,
      badYear: (year) => `Năm "${year}" không hợp lệ: hãy ghi bốn chữ số, ví dụ --year 2024.`,
      badStart: (start) => `Ngày bắt đầu "${start}" không hợp lệ: hãy ghi theo dạng NNNN-TT-NN, ví dụ --start 2024-10-01.`,
      emptyOption: (option) => `Tùy chọn --${option} không được để trống.`,
      badLimit: (limit, min, max) => `Hạn mức "${limit}" không hợp lệ cho --daily-limit: hãy ghi số người nhận mỗi ngày, một số nguyên từ ${groupedInteger(min, "vi")} đến ${groupedInteger(max, "vi")}, ví dụ --daily-limit 100.`,
      badFormat: (format) => `Định dạng "${format}" không hợp lệ: hãy dùng --format markdown, html hoặc json.`,
      badLanguage: (language) => `Ngôn ngữ "${language}" không hợp lệ: hãy dùng --language vi hoặc en.`,
      respondForm: "Lệnh respond cần tên biểu mẫu (attendance, training, nomination hoặc result) và một tệp .xlsx, ví dụ: learning-week respond training ke-hoach.xlsx --csv phan-hoi.csv",
      respondSource: "Lệnh respond cần đúng một nguồn phản hồi: --csv TỆP.csv hoặc --json TỆP.json (hoặc --json - để đọc từ đầu vào).",
      badDateOrder: (value) => `Tùy chọn --date-order nhận dmy (ngày/tháng/năm), mdy (tháng/ngày/năm) hoặc ymd (năm/tháng/ngày), không nhận "${value}".`,
      unknownOption: (option) => `Không có tùy chọn "${option}".`,
      needsValue: (option) => `Tùy chọn "${option}" cần một giá trị.`,
      needsValueLike: (option, example) => `Tùy chọn "${option}" cần một giá trị, ví dụ ${option} ${example}.`,
      /** What each option takes, shown when it was given none. */
      valueExamples: {
        out: "ket-qua",
        initOut: "ke-hoach.xlsx",
        year: "2024",
        school: '"Trường Mầm non Hoa Hồng"',
        theme: '"Học tập suốt đời"',
        start: "2024-10-01",
        language: "vi",
        now: "2021-10-05T08:00",
        "daily-limit": "100",
        speed: "0.5",
        from: "28/09/2021",
        to: "07/10/2021",
        smtp: "smtps://ten:matkhau@smtp.gmail.com:465",
        format: "html",
        at: '"07/10/2021 17:00"',
        csv: "phan-hoi.csv",
        json: "phan-hoi.json"
      },
      unexpected: (text2) => `Không hiểu "${text2}".`,
      unparsable: "Không hiểu các tham số của lệnh.",
      badDay: (text2) => `Ngày không hợp lệ: ${text2}`,
      badSpeed: (text2) => `Tốc độ --speed "${text2}" không hợp lệ: hãy ghi số giây thật cho mỗi ngày, từ 0 trở lên (0: nhanh nhất), ví dụ --speed 0.5.`
    },
    init: {
      created: (file, tabs, activities2, people, families2) => `Đã tạo ${file}: ${tabs} trang tính, ${activities2} hoạt động, ${people} nhân sự, ${families2} phụ huynh.`,
      next: (file) => `Bước tiếp theo: mở tệp, sửa Cấu hình và Hoạt động, rồi chạy: learning-week validate ${file}`
    },
    findings: {
      tab: (tab) => `Trang tính "${tab}":`,
      wholeTab: "cả trang tính"
    },
    week: {
      title: "Tuần lễ hưởng ứng học tập suốt đời 2021 – chạy thử cả tuần (đồng hồ giả lập)",
      sent: (count) => `${count} thư đã gửi`,
      deferred: (count) => `${count} thư chờ hạn mức hôm sau`,
      failed: (count) => `${count} thư thất bại`,
      duplicates: (count) => `${count} trùng`,
      flagged: (count) => `${count} cần xem lại`,
      responses: (count, extra) => `${count} phản hồi${extra ? ` (${extra})` : ""}`,
      reminders: (count) => `${count} thư nhắc lịch`,
      calendarChanges: (count) => `lịch: ${count} thay đổi`,
      invitationsQueued: (count) => `xếp ${count} thư mời`,
      reportWritten: "báo cáo đã ghi",
      /** What the principal did in the demo week's two edits of the Activities tab. */
      movedLater: (id, from, to, day) => `${id} dời muộn một giờ (${from}–${to} ngày ${day})`,
      cancelled: (id) => `${id} bị hủy`
    },
    summary: {
      met: (met) => met ? "đạt" : "chưa đạt",
      activities: "Hoạt động trong kế hoạch",
      peopleFamilies: "Nhân sự / phụ huynh",
      planCheck: "Kiểm tra kế hoạch",
      findings: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
      calendarEvents: "Sự kiện lịch (.ics)",
      calendar: (events, cancelled, guests) => `${events} sự kiện, ${cancelled} đã hủy, ${guests} khách mời`,
      queued: "Thư đã xếp vào Hộp thư đi",
      sent: "  đã gửi",
      deferred: "  còn chờ (hạn mức, thử lại)",
      failed: "  thất bại / cần kiểm tra",
      sentLater: "  gửi vào ngày sau (hết hạn mức)",
      sentLaterValue: (count, limit) => `${count} (hạn mức ${limit} người nhận/ngày)`,
      responses: "Phản hồi biểu mẫu",
      responsesValue: (received, duplicates2, flagged) => `${received} nhận, ${duplicates2} trùng, ${flagged} cần xem lại`,
      opening: (target) => `Khai mạc (chỉ tiêu ${target})`,
      openingValue: (registered, present, staff2, met) => `${registered}/${staff2} đăng ký, ${present}/${staff2} có mặt – ${met}`,
      nominations: 'Đề cử "Gia đình hiếu học"',
      nominationsValue: (total2, withConsent, withoutConsent) => `${total2} (${withConsent} đồng ý chia sẻ, ${withoutConsent} chưa đồng ý)`,
      report: "Báo cáo",
      noReport: "chưa lập",
      workbook: "Tệp kế hoạch",
      unlimited: (seated) => `${seated} (không giới hạn)`,
      heading: "Tổng kết tuần lễ",
      figureHeaders: ["Mục", "Số liệu"],
      sessionHeaders: ["Mã", "Buổi tập huấn / nói chuyện", "Chỗ", "Người chờ"],
      files: (outDir) => `Thư (.eml): ${outDir}/mail · Lịch (.ics): ${outDir}/calendar · Số liệu: ${outDir}/summary.json`
    },
    forms: {
      written: (count) => `Đã ghi ${count} bản xem trước biểu mẫu:`,
      linked: (file) => `Đường dẫn tới các bản xem trước đã ghi vào tab Cấu hình của ${file}.`
    },
    reminders: {
      drainHint: 'Chạy "learning-week drain" để gửi thư nhắc.'
    },
    purge: {
      wouldDelete: "Sẽ xóa:",
      runAgain: (command) => `Chạy lại không có --dry-run để xóa: ${command}`,
      backupReplaced: (backup) => `Bản sao lưu ${backup} cũng đã được thay bằng bản đã xóa. Nếu còn bản sao nào khác của tệp (máy khác, thư, USB…), hãy tự xóa các bản đó.`
    },
    respond: {
      unusable: (source, reason) => `Không dùng được ${source}: ${reason}`,
      file: (path) => `tệp ${path}`,
      stdin: "dữ liệu từ đầu vào chuẩn",
      fileIssue: (issue) => `Lưu ý về tệp: ${issue}`,
      recorded: (count) => `Đã ghi nhận: ${count}`,
      duplicates: (count) => `Trùng (đã có từ trước, bỏ qua): ${count}`,
      flagged: (count) => `Cần xem lại: ${count}`,
      keptForReview: (now, before) => `Dòng CSV không thành phản hồi, giữ trong "Phản hồi gốc" để kiểm tra: ${now}${before > 0 ? ` (và ${before} dòng đã giữ từ lần nhập trước)` : ""}`
    },
    sync: {
      preview: "Xem trước thay đổi lịch (chưa ghi gì):",
      events: (events, guests, cancelled) => `Sự kiện: ${events}; khách mời: ${guests}${cancelled > 0 ? `; đã hủy: ${cancelled}` : ""}.`,
      weekFeed: (file) => `Lịch cả tuần: ${file}`,
      mailsQueued: (queued, already) => `Thư mời lịch mới xếp vào Hộp thư đi: ${queued}` + (already > 0 ? ` (${already} thư đã có từ trước)` : "") + (queued > 0 ? '. Chạy "learning-week drain" để gửi.' : ".")
    },
    invite: {
      queued: (count) => `Thư mời mới xếp vào Hộp thư đi: ${count}`,
      alreadyQueued: (count) => `Thư mời đã có từ trước (không xếp lại): ${count}`
    },
    drain: {
      sent: (count) => `Đã gửi: ${count}`,
      deferred: (count) => `Hoãn sang ngày mai (hết hạn mức hôm nay): ${count}`,
      failed: (count) => `Thất bại: ${count}`,
      retrying: (count) => `Lỗi tạm thời, sẽ thử lại: ${count}`,
      needsReview: (count) => `Cần kiểm tra: ${count}`,
      recovered: (count) => `Lần gửi trước bị ngắt: ${count} thư đã được xác định lại theo nhật ký gửi`,
      remaining: (count) => `Còn chờ gửi trong Hộp thư đi: ${count}`,
      emlWritten: (dir) => `Thư đã ghi thành tệp .eml trong ${dir}`
    },
    outbox: {
      headers: [
        "Dòng",
        "Mã thư",
        "Người nhận",
        "Trạng thái",
        "Số lần thử",
        "Thử lại lúc",
        "Xong lúc",
        "Lỗi gần nhất"
      ],
      stateHeaders: ["Trạng thái", "Số thư"],
      damagedRow: (row, code) => `Dòng ${row} của Hộp thư đi bị hỏng (${code}): bỏ qua, hãy sửa hoặc xóa dòng này.`,
      total: (line) => `Tổng cộng: ${line}.`
    },
    report: {
      written: (path) => `Đã ghi báo cáo: ${path}`,
      pdf: (path) => `Bản PDF: ${path}`,
      preview: "Lưu ý: BẢN XEM TRƯỚC – tuần lễ chưa kết thúc, số liệu còn thay đổi."
    }
  };

  // src/core/i18n/vi/jobs.ts
  var jobs2 = {
    setup: {
      createdTabs: (count, names) => `Đã tạo ${count} trang tính: ${names}.`,
      tabsPresent: "Đã có đủ các trang tính, không tạo thêm.",
      repairedHeaders: (tab, headers) => `Đã bổ sung cột còn thiếu ở "${tab}": ${headers}.`,
      addedSettings: (count, labels) => `Đã bổ sung ${count} mục cấu hình: ${labels}.`,
      filledPlan: (activities2, people, families2) => `Đã điền kế hoạch mặc định: ${activities2} hoạt động, ${people} nhân sự, ${families2} phụ huynh. Các giờ văn bản không ghi rõ được đề xuất và đánh dấu chưa xác nhận.`,
      keptData: "Bảng tính đã có dữ liệu nên được giữ nguyên, không ghi đè.",
      calendarBusy: "Một lần đồng bộ lịch khác đang mở lịch của tuần lễ; lịch sẽ được chuẩn bị ở lần đồng bộ đó, không cần chạy lại Thiết lập.",
      calendarFailed: (detail) => `Chưa chuẩn bị được lịch của tuần lễ: ${detail}`,
      checkFailed: (detail) => `Chưa kiểm tra được kế hoạch: ${detail}`
    },
    invitations: {
      deferredNote: 'Thư hoãn do hạn mức gửi thư của Google (tính theo 24 giờ kể từ thư đầu tiên, không theo nửa đêm) sẽ tự gửi khi hạn mức được cấp lại; thư mời đi sau thư xác nhận và thư nhắc lịch. Xem trạng thái từng thư ở tab "Hộp thư đi".'
    },
    calendar: {
      syncFailed: (detail) => `Đồng bộ lịch: ${detail}`,
      remindersPlanned: (mails, at2) => `Nhắc lịch: hạn mức gửi thư hiện không đủ cho ${mails} thư nhắc của ngày mai; thư sẽ được xếp lúc ${at2}, nửa giờ trước khi hạn mức được cấp lại, để tất cả đi trong hôm nay.`
    },
    progress: {
      missedRecorded: (count) => `Đã ghi ${count} câu trả lời bị bỏ lỡ.`,
      sweepSource: "Quét lại hằng ngày"
    },
    submit: {
      logged: (formId, responseId, status) => `Biểu mẫu ${formId}: câu trả lời ${responseId} – ${status}.`,
      drainNotScheduled: (detail) => `Chưa hẹn được lần gửi thư xác nhận: ${detail}`
    },
    purge: {
      removed: "Đã xóa:",
      whatChanged: 'Ở các dòng này, họ tên, email, địa chỉ, thông tin về trẻ, thành tích, minh chứng và ghi chú được thay bằng "đã xóa theo thời hạn lưu trữ" (email bằng một mã ẩn danh). Được giữ: số lượng, trạng thái xét chọn, sự đồng ý chia sẻ, buổi tập huấn đã đăng ký, trạng thái thư; tab Nhân sự không bị đụng đến.'
    },
    report: {
      alreadyDone: "Báo cáo chính thức của năm đã được lập; lần chạy theo lịch này không làm gì thêm.",
      made: (created, preview, url) => `${created ? "Đã tạo" : "Đã cập nhật"} ${preview ? "bản xem trước của báo cáo (tuần lễ chưa kết thúc)" : "báo cáo chính thức"}: ${url}`,
      sharedWith: (emails) => `Đã chia sẻ (chỉ xem) với Ban giám hiệu: ${emails}.`,
      notShared: 'Chưa có "Email Ban giám hiệu" trong Cấu hình: báo cáo chưa được chia sẻ.',
      mailQueued: 'Đã xếp thư báo đường dẫn cho Ban giám hiệu vào "Hộp thư đi".'
    }
  };

  // src/core/i18n/vi/calendar.ts
  var calendar2 = {
    op: {
      noTime: "chưa có giờ",
      guests: (n2) => `${n2} khách mời`,
      create: (id, title, when, guests) => `Tạo sự kiện ${id} ${title} ${when}, ${guests}`,
      update: (id, title, when) => `Sửa sự kiện ${id} ${title} thành ${when}`,
      guestsRemoved: (guests, id, title) => `Bỏ ${guests} khỏi sự kiện ${id} ${title}`,
      guestsAdded: (guests, id, title) => `Thêm ${guests} vào sự kiện ${id} ${title} (kèm thư mời và tệp .ics)`,
      cancel: (id, title, when, guests) => `Hủy sự kiện ${id} ${title} ${when}, báo cho ${guests}`
    },
    skip: {
      timeMissing: "chưa có giờ bắt đầu và kết thúc nên chưa tạo sự kiện lịch.",
      endNotAfterStart: "giờ kết thúc không sau giờ bắt đầu nên chưa tạo sự kiện lịch.",
      outsideWeek: (from, to) => `thời gian nằm ngoài tuần lễ (${from}–${to}) nên chưa tạo sự kiện lịch.`,
      audienceUnknown: (audience) => `đối tượng "${audience}" không phải là nhóm nào trong tab Nhân sự nên chưa tạo sự kiện lịch.`,
      guestEmailInvalid: (emails) => `địa chỉ email không hợp lệ (${emails}) nên chưa tạo hay sửa sự kiện lịch.`,
      noSeated: "chưa có ai được xếp chỗ (buổi giới hạn chỗ chỉ mời người đã có chỗ) nên chưa tạo sự kiện lịch.",
      noGuests: 'không có ai để mời (đối tượng trống hoặc "Không mời") nên chưa tạo sự kiện lịch.'
    },
    mail: {
      guest: "Quý vị",
      updatedSubject: (title) => `Thay đổi lịch: ${title}`,
      cancelledSubject: (title) => `Hủy lịch: ${title}`,
      updated: (title) => `Hoạt động "${title}" có thay đổi. Thông tin mới ở dưới; tệp lịch (.ics) đính kèm cập nhật sự kiện trong lịch của Quý vị.`,
      cancelled: (title) => `Quý vị không còn trong danh sách mời của hoạt động "${title}", hoặc hoạt động đã hủy. Tệp lịch (.ics) đính kèm gỡ sự kiện khỏi lịch của Quý vị.`,
      inviteSubject: (title, when) => `Lời mời: ${title} – ${when}`,
      invite: (school, title) => `${school} trân trọng kính mời Quý vị tham gia hoạt động "${title}". Tệp lịch (.ics) đính kèm giúp thêm hoạt động vào lịch của Quý vị.`,
      when: "Thời gian",
      where: "Địa điểm",
      link: "Đường liên kết",
      addToCalendar: "Thêm vào Google Lịch",
      otherCalendars: "Lịch khác (điện thoại, Outlook): mở tệp .ics đính kèm."
    },
    description: {
      week: (year, theme) => `Hoạt động trong Tuần lễ hưởng ứng học tập suốt đời năm ${year}, chủ đề “${theme}”.`,
      category: "Loại hoạt động",
      tentative: "Giờ là đề xuất, sẽ được xác nhận lại.",
      online: (platform) => `Hình thức: trực tuyến qua ${platform}`,
      onlineNoPlatform: "Hình thức: trực tuyến",
      link: "Đường liên kết tham gia",
      location: "Địa điểm",
      owner: "Người phụ trách",
      organiser: "Đơn vị tổ chức",
      form: {
        attendance: "Đăng ký và điểm danh dự lễ khai mạc",
        training: "Đăng ký tham gia",
        nomination: "Đề cử “Gia đình hiếu học”"
      }
    },
    sync: {
      logPrefix: "Đồng bộ lịch",
      busy: "Một tác vụ khác đang chạy; chưa đồng bộ lịch. Hãy thử lại sau ít phút.",
      claimBusy: "Một lần đồng bộ lịch khác đang chạy; yêu cầu này đã được ghi nhận và lịch sẽ được đồng bộ lại ngay sau lần đó.",
      notRecorded: "chưa ghi được kết quả vào Hộp thư đi (một tác vụ khác giữ khóa quá lâu); lần đồng bộ sau làm lại các thay đổi này (không tạo sự kiện trùng)",
      noSettings: 'Chưa đồng bộ lịch: tab Cấu hình thiếu thông tin bắt buộc. Hãy chạy "Kiểm tra kế hoạch".',
      noActivities: "Chưa đồng bộ lịch: không đọc được tab Hoạt động (thiếu tab hoặc thiếu cột bắt buộc), nên không sự kiện nào bị tạo hay hủy.",
      keptUntilFixed: (id) => `${id}: sự kiện đã có được giữ nguyên cho đến khi dòng được sửa.`,
      inSync: (events) => `Lịch đã khớp với kế hoạch (${events} sự kiện); không có thay đổi.`,
      changes: (n2, byType) => `${n2} thay đổi lịch: ${byType}.`,
      skipped: (n2) => `${n2} hoạt động chưa có sự kiện (xem chi tiết).`,
      types: {
        create: "tạo mới",
        update: "sửa",
        "guests-added": "thêm khách mời",
        "guests-removed": "bỏ khách mời",
        cancel: "hủy"
      },
      queued: (n2) => `đã xếp ${n2} thay đổi vào Hộp thư đi`,
      byMail: (n2) => `${n2} thư mời, cập nhật hoặc hủy lịch (.ics) xếp vào Hộp thư đi cho người nhận lịch qua thư`,
      overCap: (id, guests, cap, mailed) => `${id}: ${guests} khách mời, nhiều hơn ${cap} người mà một sự kiện Google Lịch ghi tên được. ${cap} người đầu có tên trong sự kiện; ${mailed} người còn lại nhận lời mời, thay đổi và thông báo hủy qua thư (tệp .ics của chính sự kiện đó, không tạo bản trùng), gửi dần theo hạn mức thư mỗi ngày — xem Hộp thư đi.`,
      applied: (n2) => `đã cập nhật lịch ${n2} lần`,
      pending: (n2) => `${n2} thay đổi sẽ thử lại sau`,
      failed: (n2) => `${n2} thay đổi thất bại (xem Hộp thư đi)`,
      quotaError: (detail) => `Hết hạn mức lịch trong ngày, sẽ làm tiếp ngày mai: ${detail}`,
      error: (detail) => `Lịch báo lỗi: ${detail}`,
      retryError: (detail) => `Lịch báo lỗi, sẽ thử lại: ${detail}`
    },
    progress: {
      overCap: (id, guests, cap, mailed) => `Lịch, ${id}: ${guests} khách mời, nhiều hơn ${cap} người một sự kiện Google Lịch ghi tên được; ${mailed} người nhận lời mời (tệp .ics) qua thư thay vì trong danh sách khách.`
    },
    reminders: {
      logPrefix: "Nhắc lịch",
      busy: "Một tác vụ khác đang chạy; chưa xếp thư nhắc lịch. Lần chạy sau sẽ xếp.",
      noSettings: "Chưa xếp thư nhắc lịch: tab Cấu hình thiếu thông tin bắt buộc.",
      guest: "Quý vị",
      nothing: (day) => `Ngày ${day} không có hoạt động nào cần nhắc.`,
      queued: (mails, events, day) => `Đã xếp ${mails} thư nhắc lịch cho ${events} hoạt động ngày ${day}`,
      alreadyQueued: (n2) => ` (${n2} thư đã xếp từ trước)`
    },
    files: {
      feedName: (year, school) => `Tuần lễ học tập suốt đời ${year} – ${school}`,
      written: (files, events, guests) => `Đã ghi ${files} tệp lịch (.ics): ${events} sự kiện, ${guests} khách mời`,
      cancelled: (n2) => `, ${n2} sự kiện đã hủy`
    },
    apps: {
      noSettings: "Tab Cấu hình thiếu thông tin bắt buộc (năm, ngày bắt đầu và kết thúc tuần lễ).",
      defaultCalendar: (name) => `Sự kiện của tuần lễ sẽ nằm trong lịch mặc định (${name}).`,
      created: (name) => `Đã tạo lịch "${name}" cho tuần lễ. Sự kiện chỉ được tạo khi chọn "Đồng bộ lịch".`,
      present: (name) => `Đã có lịch "${name}", không tạo thêm.`,
      notYet: (name) => `Lịch "${name}" chưa có; sẽ được tạo khi đồng bộ.`,
      calendarZone: (name, zone, school) => `Cảnh báo múi giờ: lịch "${name}" dùng ${zone}, khác múi giờ của trường (${school}). Giờ các sự kiện vẫn đúng, nhưng lịch hiển thị theo múi giờ khác. Vào Google Lịch → Cài đặt của lịch → Múi giờ để sửa.`,
      sheetZone: (zone, school) => `Cảnh báo múi giờ: bảng tính dùng ${zone}, khác múi giờ của trường (${school}). Vào Tệp → Cài đặt → Múi giờ để sửa.`,
      scriptZone: (zone, school) => `Cảnh báo múi giờ: Apps Script dùng ${zone}, khác múi giờ của trường (${school}). Sửa "timeZone" trong appsscript.json.`
    }
  };

  // src/core/i18n/vi/outbox.ts
  var outbox2 = {
    logPrefix: "Hộp thư đi",
    error: {
      transient: (attempts, original) => `Dịch vụ thư tạm thời không phản hồi (đã thử ${attempts} lần); hệ thống sẽ tự gửi lại. Chi tiết: ${original}`,
      quota: (original) => `Đã hết hạn mức gửi thư trong 24 giờ; thư sẽ được gửi khi hạn mức được cấp lại. Chi tiết: ${original}`,
      gaveUp: (attempts, original) => `Gửi không thành công sau ${attempts} lần thử; hệ thống ngừng gửi thư này. Chi tiết: ${original}`,
      willRetry: (attempts, maxAttempts, original) => `Gửi không thành công (lần ${attempts}/${maxAttempts}); hệ thống sẽ thử lại. Chi tiết: ${original}`,
      unknownRetry: (attempts, maxAttempts, at2, original) => `Lỗi chưa rõ nguyên nhân (lần ${attempts}/${maxAttempts}); hệ thống sẽ thử lại lúc ${at2}. Chi tiết: ${original}`,
      quotaDeferred: (at2) => `Đã dùng hết hạn mức gửi thư (hạn mức tính theo 24 giờ kể từ thư đầu tiên, không theo nửa đêm); thư sẽ được gửi khi hạn mức được cấp lại, dự kiến ${at2}.`,
      quotaDeferredBehind: (windows, at2) => `Đã dùng hết hạn mức gửi thư (hạn mức tính theo 24 giờ kể từ thư đầu tiên, không theo nửa đêm); các thư xếp trước (thư gấp trước, rồi theo thứ tự dòng) dùng các lần cấp lại gần hơn, nên thư này chờ đến lần hạn mức được cấp lại thứ ${windows}, dự kiến gửi lúc ${at2}.`,
      quotaDeferredUnknown: "Đã dùng hết hạn mức gửi thư; mỗi lần gửi, hệ thống kiểm tra lại hạn mức và gửi ngay khi được cấp lại.",
      reminderTooLate: (day) => `Không gửi: thư nhắc lịch cần đến trước ngày hoạt động (${day}), nay đã quá thời điểm đó vì hết hạn mức gửi thư.`,
      interrupted: 'Lần gửi trước bị ngắt giữa chừng, chưa rõ thư đã đi hay chưa, nên hệ thống KHÔNG tự gửi lại. Hãy xem thư mục "Đã gửi" của tài khoản gửi: nếu có thư này, đặt Trạng thái là "đã gửi"; nếu không có, đặt lại "chờ gửi" để hệ thống gửi.'
    },
    reject: {
      noRecipient: "Không có địa chỉ người nhận.",
      addressNewline: (address) => `Địa chỉ "${address}" chứa ký tự xuống dòng (có thể là chèn tiêu đề thư): không gửi.`,
      addressInvalid: (address) => `Địa chỉ email không hợp lệ: "${address}".`,
      addressUndeliverable: (address) => `Địa chỉ "${address}" thuộc tên miền .invalid (địa chỉ thay thế sau khi xóa dữ liệu cá nhân của gia đình), không bao giờ nhận được thư: không gửi.`,
      subjectNewline: "Tiêu đề thư chứa ký tự xuống dòng: không gửi.",
      noSubject: "Thư không có tiêu đề.",
      tooLong: (length, limit) => `Nội dung thư quá dài (${groupedInteger(length, "vi")} ký tự, tối đa ${groupedInteger(limit, "vi")} trong một ô): không gửi.`,
      brokenPayload: 'Dữ liệu của thư (cột "Dữ liệu") bị hỏng hoặc bị xóa: không gửi được. Hãy xóa dòng này và chạy lại "Gửi thư mời".'
    },
    status: {
      damaged: (n2) => `${n2} dòng hỏng`,
      empty: "Hộp thư đi trống"
    },
    drain: {
      lockBusy: "Một lần gửi thư khác đang chạy; lần này không làm gì (thư sẽ không bị gửi hai lần).",
      findingAt: (row, text2) => `Hộp thư đi, dòng ${row}: ${text2}`,
      keyMissing: "dòng không có Khóa nên không được gửi (khóa là thứ ngăn gửi trùng). Hãy xóa dòng này.",
      keyDuplicate: (key) => `Khóa "${key}" bị lặp; chỉ dòng đầu tiên được dùng.`,
      keyVariant: (key, first, firstRow) => `Khóa "${key}" là bản sao của khóa "${first}" ở dòng ${firstRow} (chỉ khác chữ hoa/chữ thường hoặc khoảng trắng): dòng này KHÔNG được gửi để thư không đi hai lần. Hãy xóa dòng này.`,
      claimBusy: "Một lần gửi thư khác đang gửi; lần này không làm gì. Thư mới xếp hàng sẽ được lần đó hoặc lần chạy tiếp theo gửi (không thư nào bị gửi hai lần).",
      notRecorded: "chưa ghi được kết quả vào Hộp thư đi (một tác vụ khác giữ khóa quá lâu); nhật ký gửi giữ kết quả và lần chạy sau sẽ ghi lại, không gửi lại thư nào",
      stateUnknown: (state) => `Trạng thái "${state}" không hợp lệ; dòng này không được gửi cho đến khi sửa lại.`,
      headerMissing: (header) => `thiếu cột "${header}".`,
      journalNotWrittenSendAnyway: (detail) => `không ghi được nhật ký gửi (${detail}); gửi như cũ.`,
      journalNotWritten: (detail) => `không ghi được nhật ký gửi (${detail}).`,
      journalNotDeleted: (detail) => `không xóa được nhật ký gửi (${detail}).`,
      sent: (n2) => `đã gửi ${n2} thư`,
      deferred: (n2) => `${n2} thư chờ hạn mức được cấp lại`,
      tooLate: (n2) => `${n2} thư nhắc không gửi vì đã quá ngày hoạt động`,
      lastMailAt: (at2) => `thư cuối cùng đang chờ dự kiến đi lúc ${at2}`,
      retrying: (n2) => `${n2} thư lỗi tạm thời, sẽ thử lại`,
      failed: (n2) => `${n2} thư thất bại`,
      needsReview: (n2) => `${n2} thư cần kiểm tra`,
      recovered: (n2) => `${n2} thư của lần gửi bị ngắt đã được xác định lại`,
      remaining: (n2) => `còn ${n2} thư chờ`,
      stoppedForTime: "dừng trước giới hạn thời gian, sẽ tự chạy tiếp"
    },
    outlook: {
      nothingWaiting: "Hộp thư đi: không còn thư nào chờ gửi.",
      allNow: (mails, recipients) => `Hộp thư đi: ${mails} thư chờ gửi (${recipients} người nhận), đi hết trong lần gửi tới.`,
      lastAt: (mails, recipients, at2, windows) => `Hộp thư đi: ${mails} thư chờ gửi (${recipients} người nhận); thư cuối cùng dự kiến đi lúc ${at2}, sau ${windows} lần hạn mức gửi thư 24 giờ được cấp lại (thư nhắc lịch và thư xác nhận đi trước thư mời).`,
      unknown: (mails, recipients) => `Hộp thư đi: ${mails} thư chờ gửi (${recipients} người nhận); hạn mức gửi thư đã hết và chưa biết lúc nào được cấp lại — mỗi lần gửi, hệ thống kiểm tra lại.`,
      tooLate: (n2) => `${n2} thư nhắc lịch sẽ không kịp đi trước ngày hoạt động vì hết hạn mức.`
    },
    invitations: {
      logPrefix: "Gửi thư mời",
      busy: "Một tác vụ khác đang chạy; chưa xếp thư mời nào. Hãy thử lại sau ít phút.",
      noSettings: 'Chưa gửi thư mời: tab Cấu hình thiếu thông tin bắt buộc (tên trường, năm, chủ đề, ngày của tuần lễ). Hãy chạy "Kiểm tra kế hoạch".',
      queued: (n2) => `đã xếp ${n2} thư mời vào Hộp thư đi`,
      alreadyQueued: (n2) => `${n2} thư đã có từ trước, không xếp lại`,
      rejected: (n2) => `${n2} thư không gửi được (địa chỉ không hợp lệ hoặc thư quá dài: xem lý do ở cột "Lỗi gần nhất")`,
      unusable: (n2) => `${n2} dòng trong tab Nhân sự thiếu hoặc sai email, mã, họ tên hay vai trò nên chưa mời (xem "Kiểm tra kế hoạch")`,
      inactive: (n2) => `${n2} người không còn công tác nên không mời`,
      withoutEmail: (n2) => `${n2} gia đình chưa có email`,
      familiesByZalo: (n2) => `${n2} gia đình không nhận thư mời vì mục "Gửi thư cho phụ huynh" trong Cấu hình là "không": hãy gửi tin vào nhóm Zalo của các lớp và in áp phích mã QR (menu "Tạo thông báo và mã QR", hoặc lệnh announce trên máy tính)`,
      outboxBroken: "tab Hộp thư đi thiếu cột bắt buộc nên chưa xếp được thư nào",
      forms: {
        attendance: "Đăng ký dự / điểm danh Lễ khai mạc",
        training: "Đăng ký tập huấn, nói chuyện",
        nomination: 'Đề cử "Gia đình hiếu học"'
      }
    }
  };

  // src/core/i18n/vi/mail.ts
  var mail2 = {
    greeting: (name) => `Kính gửi ${name},`,
    closing: "Trân trọng,",
    dateRange: (from, to) => `từ ${from} đến ${to}`,
    toBeAnnounced: "Chưa xác định",
    tentative: " (giờ dự kiến)",
    invitation: {
      subject: (year, school) => `Thư mời tham gia Tuần lễ hưởng ứng học tập suốt đời năm ${year} – ${school}`,
      intro: (school, year, range) => `${school} trân trọng kính mời Quý thầy cô, anh chị tham gia Tuần lễ hưởng ứng học tập suốt đời năm ${year}, diễn ra ${range}.`,
      theme: "Chủ đề",
      programme: "Chương trình hoạt động",
      forms: "Vui lòng đăng ký qua các biểu mẫu sau",
      deadline: (day) => `Hạn: trước ${day}`,
      severalDays: "Trong nhiều ngày",
      undated: "Thời gian sẽ báo sau",
      addToCalendar: "Thêm vào lịch",
      reply: (email) => `Mọi thắc mắc xin trả lời thư này hoặc liên hệ ${email}.`,
      noActivities: "Chương trình chi tiết sẽ được gửi sau."
    },
    confirmation: {
      subject: (what2, school) => `Xác nhận: ${what2} – ${school}`,
      received: (school, what2) => `${school} xin xác nhận đã nhận được thông tin của Quý vị: ${what2}.`,
      fixIt: "Nếu có điều gì chưa đúng, xin vui lòng trả lời thư này."
    },
    reminder: {
      subject: (activity, when) => `Nhắc lịch: ${activity} – ${when}`,
      comingUp: (school, activity) => `${school} xin nhắc Quý vị hoạt động "${activity}" sắp diễn ra.`,
      when: "Thời gian",
      where: "Địa điểm",
      link: "Đường liên kết"
    },
    flagged: {
      subject: (form, school) => `Cần bổ sung: ${form} – ${school}`,
      received: (school, form) => `${school} đã nhận được phản hồi của Quý vị cho biểu mẫu “${form}”, nhưng phản hồi cần được sửa lại vì:`,
      again: "Xin vui lòng gửi lại biểu mẫu với thông tin đầy đủ; lần gửi sau cùng sẽ được tính.",
      againButton: "Gửi lại biểu mẫu"
    },
    organiserNote: {
      subject: (topic) => `[Tuần lễ học tập suốt đời] ${topic}`,
      greeting: "Kính gửi người tổ chức,",
      closing: "Thư tự động từ bảng kế hoạch."
    },
    promotion: {
      subject: (school) => `Đã có chỗ cho Quý vị – ${school}`,
      seated: `Một chỗ vừa trống và Quý vị, người đứng đầu danh sách chờ, đã được xếp chỗ tham gia buổi sau.`,
      change: "Nếu không tham gia được nữa, xin gửi lại biểu mẫu đăng ký và bỏ chọn buổi này để nhường chỗ cho người khác.",
      changeButton: "Mở biểu mẫu đăng ký",
      session: "Buổi"
    }
  };

  // src/core/i18n/vi/menu.ts
  var menu2 = {
    title: "Tuần lễ HTSĐ",
    items: {
      setup: "Thiết lập",
      validatePlan: "Kiểm tra kế hoạch",
      openDashboard: "Bảng điều khiển",
      syncForms: "Tạo/cập nhật biểu mẫu",
      sendInvitations: "Gửi thư mời",
      drainOutbox: "Gửi thư đang chờ",
      previewCalendarSync: "Xem trước thay đổi lịch",
      syncCalendar: "Đồng bộ lịch",
      buildReportNow: "Tạo báo cáo ngay",
      importPlan: "Nhập kế hoạch từ Google Docs",
      exportPlan: "Xuất kế hoạch",
      makeAnnouncements: "Tạo thông báo và mã QR",
      makeCommendation: "Khen thưởng và thư đề cử",
      purgePersonalData: "Xóa dữ liệu cá nhân hết hạn",
      takeOverAutomation: "Chuyển quyền chạy tự động"
    },
    titles: {
      setup: "Thiết lập",
      validate: "Kiểm tra kế hoạch",
      dashboard: "Bảng điều khiển",
      forms: "Tạo/cập nhật biểu mẫu",
      invite: "Gửi thư mời",
      drain: "Gửi thư đang chờ",
      submit: "Ghi nhận câu trả lời biểu mẫu",
      progress: "Tiến độ đăng ký hằng ngày",
      calendarPreview: "Xem trước thay đổi lịch",
      calendarSync: "Đồng bộ lịch",
      reminders: "Thư nhắc lịch",
      report: "Tạo báo cáo",
      purge: "Xóa dữ liệu cá nhân hết hạn",
      takeOver: "Chuyển quyền chạy tự động"
    },
    forms: {
      attendance: "Lễ khai mạc",
      training: "Tập huấn / nói chuyện",
      nomination: 'Đề cử "Gia đình hiếu học"',
      result: "Báo cáo kết quả hoạt động"
    },
    lockBusy: "Một tác vụ khác (của bạn hoặc của người khác) đang ghi vào bảng tính. Vui lòng đợi ít phút rồi chạy lại.",
    dailyQuota: {
      properties: "Tài khoản chạy tự động đã dùng hết lượt đọc/ghi dữ liệu của tập lệnh trong 24 giờ (tài khoản Gmail cá nhân: 50.000 lượt mỗi ngày). Hạn mức được cấp lại 24 giờ sau lần dùng đầu tiên. Không mất dữ liệu nào: câu trả lời vẫn nằm trong biểu mẫu và được ghi ở lần quét lúc 17:00 đầu tiên sau khi hạn mức được cấp lại; các việc khác có thể chạy lại khi đó.",
      documents: "Tài khoản đã tạo hết số tài liệu Google được phép trong 24 giờ (tài khoản Gmail cá nhân: 250 tài liệu mỗi ngày), nên chưa tạo được văn bản. Hạn mức được cấp lại 24 giờ sau lần tạo đầu tiên: báo cáo theo lịch tự thử lại, hoặc bấm lại khi đó."
    },
    failure: (detail) => `Không thực hiện được: ${detail}
Có thể chạy lại an toàn: thao tác không ghi trùng dữ liệu. Nếu lỗi lặp lại, hãy gửi nội dung này cho người hỗ trợ kỹ thuật.`,
    noForms: "Chưa tạo được biểu mẫu nào.",
    formMade: (created, title, url) => `${created ? "Đã tạo" : "Đã cập nhật"} biểu mẫu "${title}" (đã mở nhận câu trả lời): ${url}`,
    formsFailed: (detail) => `Chưa tạo/cập nhật được biểu mẫu: ${detail}`,
    triggersCreated: (count) => `Đã cài ${count} trình kích hoạt tự động (gửi thư hằng ngày, ghi nhận biểu mẫu…).`,
    triggersPresent: "Các trình kích hoạt tự động đã có đủ, không cài thêm.",
    triggersRemoved: (count) => `Đã xóa ${count} trình kích hoạt trùng hoặc cũ.`,
    owner: {
      /** A second editor ran an item that would install triggers or send mail from their account. */
      otherEditor: (owner, you) => `Việc tự động của bảng tính này (gửi thư, ghi nhận biểu mẫu, đồng bộ lịch) đang chạy dưới tài khoản ${owner}. Thư đi từ tài khoản đó, và Google chỉ cho mỗi tài khoản thấy trình kích hoạt của chính mình, nên mục này không cài thêm bộ thứ hai từ tài khoản ${you || "của bạn"} và không gửi thư nào.
Cách làm: nhờ ${owner} chạy mục này; hoặc, nếu từ nay bạn phụ trách, chọn “Tuần lễ HTSĐ → Chuyển quyền chạy tự động”.`,
      unknownUser: "Không xác định được tài khoản đang chạy (Google không cho biết email), nên mục này không cài trình kích hoạt và không gửi thư. Hãy đăng nhập bằng tài khoản Google của trường rồi chạy lại.",
      /** Setup recorded the owner now. */
      claimed: (owner) => `Việc tự động chạy dưới tài khoản ${owner}: thư gửi từ tài khoản này. Người sửa khác chạy “Thiết lập” sẽ không cài thêm bộ thứ hai.`,
      alreadyOwner: (owner) => `Bạn (${owner}) đang là người chạy tự động; không cần chuyển. Muốn cài lại trình kích hoạt, hãy chạy “Thiết lập”.`,
      unclaimed: "Chưa có ai chạy tự động. Hãy chạy “Thiết lập”: tài khoản chạy nó sẽ là người chạy tự động.",
      confirmTakeOver: (owner, you) => `Việc tự động đang chạy dưới tài khoản ${owner}. Chuyển sang tài khoản của bạn (${you})?
Sau khi chuyển: thư gửi từ tài khoản của bạn, và trình kích hoạt được cài cho bạn. Bạn không xóa được trình kích hoạt của ${owner} (Google không cho), nên ${owner} cần làm một trong hai việc: mở bảng tính và chọn “Tuần lễ HTSĐ → Chuyển quyền chạy tự động” (mục này sẽ xóa trình kích hoạt của họ), hoặc mở Tiện ích mở rộng → Apps Script → Trình kích hoạt và xóa các dòng của họ. Nếu họ không làm, trình kích hoạt cũ sẽ tự gỡ ở lần chạy kế tiếp (trong vòng một ngày) mà không gửi thư nào.`,
      tookOver: (previous, you) => `Từ nay việc tự động chạy dưới tài khoản ${you}. Hãy báo ${previous} mở bảng tính và chọn “Tuần lễ HTSĐ → Chuyển quyền chạy tự động” để xóa trình kích hoạt cũ của họ (hoặc xóa ở Tiện ích mở rộng → Apps Script → Trình kích hoạt). Cho đến lúc đó, trình kích hoạt cũ nào chạy sẽ tự gỡ mà không gửi thư.`,
      declined: "Không chuyển; không có gì thay đổi.",
      /** A former owner (or an editor with leftover triggers) ran the item: their own triggers go. */
      removedOwn: (count, owner) => `Đã xóa ${count} trình kích hoạt của tài khoản bạn. Việc tự động vẫn chạy dưới tài khoản ${owner}.`,
      /** Logged by a former owner's trigger that removed itself. */
      retired: (owner, count) => `Trình kích hoạt này thuộc một tài khoản không còn chạy tự động (người chạy hiện nay: ${owner}); đã gỡ ${count} trình kích hoạt của tài khoản này và không làm gì thêm.`
    },
    locale: {
      set: (previous) => `Đã đặt ngôn ngữ bảng tính thành Việt Nam (vi_VN, trước đây: ${previous}), để ngày gõ tay như 05/10/2021 được đọc là ngày 5 tháng 10.`,
      failed: (current, detail) => `Cảnh báo: không đổi được ngôn ngữ bảng tính (đang là ${current}): ${detail}
Hãy vào Tệp → Cài đặt → Ngôn ngữ, chọn Việt Nam. Cho đến lúc đó, ngày gõ tay như 05/10/2021 có thể bị đọc thành ngày 10 tháng 5; “Kiểm tra kế hoạch” chỉ ra các ô như vậy.`
    }
  };

  // src/core/i18n/vi/privacy.ts
  var privacy2 = {
    marker: "đã xóa theo thời hạn lưu trữ",
    tables: {
      families: { tab: "Phụ huynh", unit: "gia đình" },
      nominations: { tab: "Đề cử gia đình hiếu học", unit: "đề cử" },
      trainingSignups: { tab: "Đăng ký tập huấn", unit: "đăng ký của phụ huynh" },
      attendance: { tab: "Điểm danh khai mạc", unit: "phản hồi của phụ huynh" },
      rawResponses: { tab: "Phản hồi gốc", unit: "phản hồi" },
      outbox: { tab: "Hộp thư đi", unit: "thư" }
    },
    summaryLine: (tab, count, unit) => `${tab}: ${count} ${unit}`,
    noSettings: "Chưa xóa dữ liệu cá nhân: tab Cấu hình chưa có ngày của tuần lễ nên chưa biết khi nào hết thời hạn lưu trữ.",
    notDue: (days, dueAt) => `Chưa đến hạn xóa dữ liệu cá nhân của các gia đình: dữ liệu được lưu ${days} ngày sau tuần lễ, sẽ tự xóa từ ${dueAt}.`,
    nothing: (year) => `Không còn dữ liệu cá nhân nào của các gia đình cần xóa (năm ${year}).`,
    preview: (dueAt, tabs) => `Xem trước (chưa xóa gì): hết thời hạn lưu trữ từ ${dueAt}; sẽ xóa họ tên, địa chỉ, thông tin về trẻ, email… của các gia đình ở ${tabs} trang tính.`,
    headline: (year, days, dueAt) => `Đã xóa dữ liệu cá nhân của các gia đình (năm ${year}) theo thời hạn lưu trữ ${days} ngày (hết hạn từ ${dueAt}).`,
    purged: (headline2, lines) => `${headline2.slice(0, -1)}: ${lines}. Các con số thống kê được giữ nguyên.`,
    formCopies: (responses, tabs) => [
      ...responses > 0 ? [`đã xóa ${responses} câu trả lời của các gia đình khỏi biểu mẫu`] : [],
      ...tabs > 0 ? [`đã xóa ${tabs} trang tính câu trả lời do Google Biểu mẫu tạo`] : []
    ].join("; ").replace(/^./, (c) => c.toUpperCase()) + ".",
    formCopiesFailed: (formId, detail) => `Chưa xóa được câu trả lời của các gia đình khỏi biểu mẫu ${formId} (sẽ thử lại đêm sau): ${detail}`
  };

  // src/core/i18n/vi/report.ts
  var NO_DATA2 = "chưa có dữ liệu";
  var report2 = {
    noData: NO_DATA2,
    notFilled: "(chưa điền)",
    previewMark: "BẢN XEM TRƯỚC – chưa hết tuần lễ",
    rows: {
      none: "không có dòng nào",
      many: (count, first, last) => `${count} dòng (từ dòng ${first} đến ${last})`,
      list: (parts) => `dòng ${parts.join(", ")}`,
      source: (tab, rows) => `Nguồn: tab “${tab}”, ${rows}.`
    },
    documentTitle: (year, preview) => `Báo cáo Tuần lễ hưởng ứng học tập suốt đời ${year}`.trim() + (preview ? " (bản xem trước)" : ""),
    headline: {
      present: "Có mặt lễ khai mạc",
      presentValue: (count, total2, percent, target) => `${count}/${total2} (${percent}, chỉ tiêu ${target})`,
      done: "Hoạt động đã thực hiện",
      posts: "Tin, bài tuyên truyền",
      seated: "Lượt đăng ký tập huấn có chỗ",
      families: "Gia đình hiếu học được chọn"
    },
    header: {
      number: (number) => `Số: ${number}`,
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      title: "BÁO CÁO",
      subtitle: (year) => `Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
      due: (when) => `; báo cáo chính thức lập lúc ${when}`,
      preview: (mark, at2, due) => `${mark} (số liệu đến ${at2}${due})`,
      basis: (basis) => `Căn cứ ${basis};`,
      planBasis: (number, school) => `Căn cứ Kế hoạch số ${number} của ${school};`,
      intro: (school, year) => `${school} báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} như sau:`,
      sectionI: "CHỦ ĐỀ VÀ MỤC ĐÍCH",
      themeLabel: "Chủ đề: ",
      theme: (theme) => `“${theme}”.`,
      periodLabel: "Thời gian: ",
      period: (from, to) => `từ ngày ${from} đến ngày ${to}.`,
      purposeLabel: "Mục đích: ",
      purpose: "tiếp tục đẩy mạnh phong trào học tập suốt đời trong cán bộ, giáo viên, nhân viên và phụ huynh; nâng cao nhận thức về vai trò của chuyển đổi số đối với việc học tập suốt đời; các hoạt động bảo đảm thiết thực, hiệu quả."
    },
    results: {
      sectionII: "KẾT QUẢ THỰC HIỆN",
      wholeSchool: "Toàn trường",
      outreach: {
        title: "Công tác tuyên truyền",
        none: "Chưa ghi nhận tin, bài tuyên truyền nào (tab “Tuyên truyền” chưa có dòng nào).",
        summary: (total2, channels, per) => `Nhà trường đã đăng ${total2} tin, bài tuyên truyền trên ${channels} kênh (${per}).`,
        banners: (count) => `Nhà trường đã treo ${count} băng rôn, khẩu hiệu hưởng ứng tuần lễ.`,
        header: ["Kênh", "Ngày", "Đường liên kết", "Người thực hiện", "Ghi chú"],
        invitations: (sent, waiting, failed, tab) => `Thư mời gửi CB-GV-NV: đã gửi ${sent}; đang chờ gửi ${waiting}; lỗi ${failed} (tab “${tab}”).`,
        noInvitations: "Thư mời gửi CB-GV-NV: chưa gửi thư mời nào qua hệ thống."
      },
      activities: {
        title: "Các hoạt động trong tuần lễ",
        none: `Hoạt động: ${NO_DATA2}.`,
        done: (done, total2) => done === 0 ? `Theo báo cáo của người phụ trách, chưa có hoạt động nào trong ${total2} hoạt động của kế hoạch được ghi nhận đã thực hiện.` : `Nhà trường đã tổ chức ${done}/${total2} hoạt động theo kế hoạch.`,
        postponed: (count, list) => `Hoãn ${count} hoạt động: ${list}.`,
        cancelled: (count, list) => `Hủy ${count} hoạt động: ${list}.`,
        notReported: (count, list) => `${count} hoạt động đã qua thời gian nhưng người phụ trách chưa báo cáo kết quả: ${list}.`,
        upcoming: (count, list) => `${count} hoạt động chưa đến thời gian thực hiện: ${list}.`,
        item: (id, title) => `${id} ${title}`,
        reason: (text2) => ` (${text2})`,
        owner: (owner) => ` – phụ trách: ${owner}`,
        header: ["Mã", "Hoạt động", "Thời gian", "Trạng thái", "Người tham gia"],
        status: {
          done: "Đã thực hiện",
          overdue: "Chưa báo cáo",
          upcoming: "Chưa đến thời gian",
          postponed: "Hoãn",
          cancelled: "Hủy"
        },
        people: {
          staff: (n2) => `${n2} CB-GV-NV`,
          children: (n2) => `${n2} trẻ`,
          parents: (n2) => `${n2} phụ huynh`,
          others: (n2) => `${n2} người khác`
        },
        resultsIntro: "Kết quả cụ thể của các hoạt động đã thực hiện:",
        resultTook: (people) => ` Tham gia: ${people}.`,
        noResult: "người phụ trách chưa ghi kết quả.",
        evidence: " Minh chứng: "
      },
      opening: {
        title: "Lễ khai mạc",
        none: `Đăng ký và điểm danh dự lễ khai mạc: ${NO_DATA2}.`,
        met: (target) => `đạt chỉ tiêu ${target}`,
        missed: (target, needed) => `chưa đạt chỉ tiêu ${target}, thiếu ${needed} người`,
        summary: (registered, present, verdict2) => `Đăng ký tham dự: ${registered} CB-GV-NV; có mặt (điểm danh): ${present} – ${verdict2}.`,
        header: (target) => ["Tổ/nhóm", "Số người", "Đăng ký", "Có mặt", `Chỉ tiêu ${target}`],
        verdictMet: "Đạt",
        verdictMissed: (needed) => `Chưa đạt – thiếu ${needed} người`,
        source: (tab, rows, notCounted, peopleTab) => `Nguồn: tab “${tab}” (${rows} dòng phản hồi, ${notCounted} dòng cần xem lại hoặc không có email hợp lệ nên không tính) đối chiếu tab “${peopleTab}” (nhân sự đang làm việc).`,
        outsiders: (count) => ` ${count} địa chỉ ngoài danh sách nhân sự không được tính.`,
        caption: (target) => `Biểu đồ 1. Tỷ lệ dự lễ khai mạc so với chỉ tiêu ${target}`
      },
      /** Families who answered the opening or the training form, class by class (under the opening). */
      families: {
        intro: (answered, total2) => `Phụ huynh trả lời biểu mẫu lễ khai mạc hoặc đăng ký tập huấn: ${answered}/${total2} gia đình trong danh sách, theo lớp:`,
        header: ["Lớp", "Số gia đình", "Đã trả lời", "Tỷ lệ"],
        unclassed: "Chưa ghi lớp",
        unlisted: (name) => `${name} (không có trong danh sách Phụ huynh)`,
        source: (attendanceTab, trainingTab, familiesTab) => `Nguồn: tab “${attendanceTab}” và “${trainingTab}” (dòng hợp lệ; mỗi gia đình tính một lần dù trả lời mấy biểu mẫu) đối chiếu tab “${familiesTab}” theo email và lớp.`,
        unclassedAnswers: (count, familiesTab) => `Ngoài ra ${count} phụ huynh trả lời mà không ghi lớp và email không có trong tab “${familiesTab}”.`
      },
      training: {
        title: "Tập huấn, nói chuyện chuyên đề",
        none: `Các buổi tập huấn, nói chuyện: ${NO_DATA2}.`,
        summary: (sessions, seated, waiting, valid) => `Nhà trường tổ chức ${sessions} buổi tập huấn, nói chuyện chuyên đề; ${seated} lượt đăng ký có chỗ, ${waiting} lượt trong danh sách chờ (từ ${valid} phiếu đăng ký hợp lệ).`,
        attended: (people, reported3, held) => `Theo báo cáo của người phụ trách, ${people} lượt người đã tham dự ${reported3}/${held} buổi đã tổ chức.`,
        notAttended: "Số người tham dự từng buổi: người phụ trách chưa báo cáo.",
        header: ["Mã", "Buổi", "Thời gian", "Số chỗ", "Có chỗ", "Chờ", "Tham dự"],
        unlimited: "không giới hạn",
        source: (tab, rows, notCounted, activitiesTab2) => `Nguồn: tab “${tab}” (${rows} dòng, ${notCounted} dòng cần xem lại không tính), chỗ xếp theo thứ tự gửi; số chỗ ở tab “${activitiesTab2}”.`,
        caption: "Biểu đồ 2. Số chỗ và số người đăng ký từng buổi"
      },
      pledges: {
        title: "Cam kết tham gia các khóa học dài hạn",
        none: `Cam kết học tập: ${NO_DATA2}.`,
        summary: (pledgers) => `${pledgers} người cam kết tham gia ít nhất một khóa học trong năm.`,
        header: ["Khóa học", "Số người cam kết"],
        source: (tab) => `Nguồn: cột “Khóa học cam kết”, tab “${tab}”.`
      },
      nominations: {
        title: "Bình chọn “Gia đình hiếu học”",
        none: `Đề cử “Gia đình hiếu học”: ${NO_DATA2}.`,
        summary: (total2, consented, without, selected, sent) => `Tổng số đề cử: ${total2}; đồng ý chia sẻ thông tin: ${consented}; không đồng ý chia sẻ: ${without} (được lưu, không nêu tên, không gửi đi); được chọn: ${selected}; đã gửi phường: ${sent}.`,
        listNone: (ward) => `Danh sách gia đình được chọn gửi ${ward}: ${NO_DATA2}.`,
        listIntro: (ward) => `Danh sách gia đình được chọn (đã đồng ý chia sẻ) gửi ${ward}:`,
        header: ["STT", "Đại diện gia đình", "Tên trẻ", "Lớp", "Thành tích", "Minh chứng"]
      },
      commendation: {
        title: "Đề xuất khen thưởng",
        rule: "Tiêu chí: cá nhân có mặt tại lễ khai mạc (đã điểm danh) và có chỗ trong ít nhất một buổi tập huấn hoặc nói chuyện chuyên đề; tập thể là tổ/nhóm có tỷ lệ có mặt tại lễ khai mạc cao nhất.",
        none: `Đề xuất khen thưởng: ${NO_DATA2}.`,
        groupsNone: `Tập thể: ${NO_DATA2}.`,
        groups: (list) => `Tập thể: ${list}.`,
        group: (group, count, total2, percent) => `${group}: ${count}/${total2} người có mặt (${percent})`,
        peopleNone: `Cá nhân: ${NO_DATA2}.`,
        people: (count) => `Cá nhân: ${count} người.`,
        header: ["STT", "Họ và tên", "Tổ/nhóm"]
      }
    },
    evaluation: {
      sectionIII: "ĐÁNH GIÁ CHUNG",
      strengthsTitle: "Ưu điểm",
      limitsTitle: "Hạn chế",
      lessonsTitle: "Bài học kinh nghiệm",
      sectionIV: "KIẾN NGHỊ, ĐỀ XUẤT",
      strengths: {
        done: (count) => `Đã thực hiện ${count} hoạt động theo kế hoạch, có ghi nhận kết quả.`,
        posts: (channels, posts) => `Tuyên truyền trên ${channels} kênh với ${posts} tin, bài.`,
        opening: (percent, target) => `Tỷ lệ dự lễ khai mạc ${percent}, đạt chỉ tiêu ${target}.`,
        pledgers: (count) => `${count} người cam kết tham gia các khóa học dài hạn.`,
        families: (count) => `Chọn được ${count} “Gia đình hiếu học” giới thiệu lên Hội khuyến học.`
      },
      limits: {
        opening: (percent, target, needed) => `Tỷ lệ có mặt tại lễ khai mạc ${percent}, chưa đạt chỉ tiêu ${target} (thiếu ${needed} người).`,
        groups: (groups) => `Tổ/nhóm chưa đạt chỉ tiêu: ${groups}.`,
        overdue: (list) => `Hoạt động đã qua thời gian nhưng chưa báo cáo kết quả: ${list}.`,
        postponed: (list) => `Hoạt động phải hoãn: ${list}.`,
        cancelled: (list) => `Hoạt động bị hủy: ${list}.`,
        full: (list) => `Buổi thiếu chỗ (còn người chờ): ${list}.`,
        fullSession: (id, waiting) => `${id} (${waiting} người chờ)`,
        none: "Không có hạn chế nào được ghi nhận từ số liệu."
      },
      lessons: {
        noShow: (count) => `${count} người đăng ký nhưng không điểm danh: cần nhắc lịch sớm hơn và điểm danh ngay tại buổi.`,
        update: "Người phụ trách cần báo cáo kết quả và minh chứng ngay sau mỗi hoạt động.",
        demand: "Nhu cầu tập huấn vượt số chỗ: cần bố trí thêm buổi hoặc tăng sức chứa."
      },
      /** "Nơi nhận" when Settings name nobody: the office's own copy, as every report keeps. */
      archiveOnly: "Lưu: VT",
      recipientsTitle: "Nơi nhận:",
      /** The document number when Settings hold none: the register gives it, the symbol is "BC". */
      numberBlank: "…/BC",
      signerTitle: "HIỆU TRƯỞNG"
    },
    annex: {
      title: "PHỤ LỤC",
      subtitle: (year) => `Số liệu tổng hợp Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
      intro: (tab) => `Các số liệu dưới đây cũng được ghi ở tab “${tab}” của bảng kế hoạch (mỗi số liệu một khóa cố định), để cấp trên tổng hợp.`,
      header: ["STT", "Nội dung", "Số liệu", "Ghi chú"],
      missing: "chưa báo cáo",
      reportedBy: (reported3, of) => `theo báo cáo của ${reported3}/${of} hoạt động`,
      fromResults: (id) => `theo báo cáo kết quả hoạt động ${id}`
    },
    /** The "Số liệu báo cáo" tab: its name, its header and each figure's label, by stable key. */
    figures: {
      tab: "Số liệu báo cáo",
      header: ["Khóa", "Nội dung", "Giá trị"],
      labels: {
        "participants.staff": "Lượt CB-GV-NV tham gia các hoạt động",
        "participants.children": "Lượt trẻ tham gia các hoạt động",
        "participants.parents": "Lượt phụ huynh tham gia các hoạt động",
        "participants.others": "Lượt người khác tham gia các hoạt động",
        "activities.planned": "Số hoạt động trong kế hoạch",
        "activities.done": "Số hoạt động đã thực hiện",
        "activities.postponed": "Số hoạt động hoãn",
        "activities.cancelled": "Số hoạt động hủy",
        "activities.not_reported": "Số hoạt động đã qua thời gian, chưa báo cáo kết quả",
        "activities.upcoming": "Số hoạt động chưa đến thời gian",
        "trainings.sessions": "Số buổi tập huấn, nói chuyện chuyên đề",
        "trainings.seated": "Lượt đăng ký có chỗ các buổi tập huấn, nói chuyện",
        "trainings.participants": "Lượt người tham dự các buổi tập huấn, nói chuyện đã tổ chức",
        "posts.total": "Tổng số tin, bài tuyên truyền",
        "posts.website": "Tin, bài trên Website",
        "posts.facebook": "Tin, bài trên Facebook",
        "posts.zalo": "Tin, bài trên Zalo",
        "posts.youtube": "Tin, bài trên YouTube",
        "posts.viber": "Tin, bài trên Viber",
        "posts.loa": "Lượt tuyên truyền trên loa",
        "posts.khac": "Tin, bài trên kênh khác",
        banners: "Số băng rôn, khẩu hiệu",
        "books.donated": "Số sách quyên góp",
        "books.circulated": "Số lượt sách luân chuyển",
        "commendations.people": "Số cá nhân đề xuất khen thưởng",
        "commendations.groups": "Số tập thể đề xuất khen thưởng",
        "opening.staff": "Số CB-GV-NV đang làm việc",
        "opening.registered": "Số CB-GV-NV đăng ký dự lễ khai mạc",
        "opening.present": "Số CB-GV-NV dự lễ khai mạc",
        "opening.present_percent": "Tỷ lệ CB-GV-NV dự lễ khai mạc (%)",
        "opening.target_percent": "Chỉ tiêu dự lễ khai mạc (%)"
      }
    },
    charts: {
      registered: "Đăng ký",
      present: "Có mặt",
      openingTitle: "Dự lễ khai mạc so với chỉ tiêu",
      openingCategory: "Tổ/nhóm",
      openingValue: "Tỷ lệ CB-GV-NV (%)",
      target: (target) => `Chỉ tiêu ${target}`,
      capacity: "Số chỗ",
      seated: "Có chỗ",
      waiting: "Danh sách chờ",
      seatsTitle: "Chỗ và đăng ký các buổi tập huấn, nói chuyện",
      seatsCategory: "Buổi (mã hoạt động)",
      seatsValue: "Số người",
      targetLine: (label) => `Đường đứt nét đỏ: ${label}`,
      missing: (caption) => `${caption}: ${NO_DATA2}.`
    },
    mail: {
      preview: " (bản xem trước)",
      subject: (year, mark) => `[Tuần lễ học tập suốt đời] Báo cáo kết quả Tuần lễ${year}${mark}`,
      greeting: "Kính gửi Ban giám hiệu,",
      body: (year, preview, url) => `Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời${year} đã được lập từ bảng kế hoạch${preview ? ", là bản xem trước: tuần lễ chưa kết thúc, số liệu còn thay đổi" : ""}. Xem báo cáo tại: ${url}`,
      closing: "Thư tự động từ bảng kế hoạch."
    },
    log: {
      notShared: 'Chưa có "Email Ban giám hiệu" trong Cấu hình: báo cáo chưa được chia sẻ và gửi.',
      shareFailed: (email, detail) => `Không chia sẻ được báo cáo với ${email}: ${detail}`,
      openFailed: (id, detail) => `Không mở được văn bản báo cáo ${id} (${detail}); tạo văn bản mới.`,
      libreOfficeMissing: "Chưa cài LibreOffice nên chưa tạo được bản PDF (tệp .docx vẫn đã được ghi). Cài LibreOffice rồi chạy lại lệnh với --pdf:\n  • Ubuntu/Debian: sudo apt-get install libreoffice-writer\n  • macOS: brew install --cask libreoffice\n  • Windows: tải bộ cài tại https://www.libreoffice.org/download/",
      pdfFailed: (detail) => `LibreOffice không chuyển được sang PDF${detail ? `: ${detail}` : "."}`
    },
    /** What a report run says when another run is making the report, or the sheet stays busy. */
    job: {
      claimBusy: "Một lần chạy khác đang lập báo cáo; lần này không lập thêm văn bản nào.",
      busyNow: 'Một lần chạy khác đang lập báo cáo (văn bản Google Docs đang được ghi), nên lần này không làm gì thêm. Vài phút nữa báo cáo sẽ xong và Ban giám hiệu nhận thư báo đường dẫn; nếu không, hãy bấm "Tạo báo cáo ngay" lần nữa.',
      busyRetry: (minutes2) => `Một lần chạy khác đang lập báo cáo hoặc đang ghi bảng tính; lần chạy theo lịch sẽ thử lại sau khoảng ${minutes2} phút.`,
      busyNoRetry: 'Một lần chạy khác đang lập báo cáo hoặc đang ghi bảng tính, và không đặt được lần chạy lại: nếu chưa có báo cáo chính thức, hãy bấm "Tạo báo cáo ngay".',
      notRecorded: 'Văn bản báo cáo đã được ghi nhưng bảng tính bận quá lâu nên chưa ghi nhận được và thư báo đường dẫn chưa được xếp. Hãy bấm "Tạo báo cáo ngay" lần nữa sau vài phút (văn bản sẽ được cập nhật, không tạo văn bản mới).',
      retryFailed: (detail) => `Không đặt được lần chạy lại của báo cáo theo lịch (${detail}); nếu chưa có báo cáo chính thức, hãy bấm "Tạo báo cáo ngay".`,
      retriesSpent: (attempts) => `Báo cáo chính thức vẫn chưa lập được sau ${attempts} lần thử theo lịch; hãy bấm "Tạo báo cáo ngay".`
    }
  };

  // src/core/i18n/vi/shell.ts
  var shell2 = {
    consentTitle: "Cần cấp đủ quyền cho script",
    consentWhy: "Script chưa được cấp đủ quyền nên chưa làm gì cả. Trên màn hình cấp quyền, Google cho một ô đánh dấu cho từng quyền, và ít nhất một ô đã bị bỏ trống.",
    consentHow: "Cách cấp đủ quyền:",
    consentOpen: (url) => `1. Chép đường dẫn sau vào thanh địa chỉ của trình duyệt rồi mở: ${url}`,
    consentRerunFirst: '1. Chọn lại mục vừa chọn trong menu "Tuần lễ HTSĐ".',
    consentTick: '2. Chọn tài khoản Google của trường, đánh dấu ô "Chọn tất cả" (mọi quyền đều được đánh dấu), rồi bấm "Tiếp tục".',
    consentRerun: '3. Chọn lại mục vừa chọn trong menu "Tuần lễ HTSĐ".',
    noSpreadsheet: "Không tìm thấy bảng tính: script phải được gắn với một Google Sheet."
  };

  // src/core/i18n/vi/plan-document.ts
  var planDocument2 = {
    fileName: (year) => `ke-hoach-${year}`,
    documentTitle: (year) => `Kế hoạch Tuần lễ hưởng ứng học tập suốt đời ${year}`.trim(),
    notFilled: "…",
    title: "KẾ HOẠCH",
    subtitle: (year) => `Tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm ${year}”`,
    number: (number) => `Số: ${number}`,
    placeDate: (place, date3) => `${place}, ${date3}`,
    /** "ngày … tháng … năm 2021" when the plan has no date yet: the year is always the plan's. */
    undatedLine: (year) => `ngày … tháng … năm ${year}`,
    basis: (basis) => `Căn cứ ${basis};`,
    sectionI: "Mục đích yêu cầu",
    sectionII: "Nội dung tổ chức",
    theme: (theme) => `Chủ đề: “${theme}”`,
    time: "Thời gian thực hiện",
    range: (from, to) => `Từ ${from} đến ${to}.`,
    content: "Nội dung thực hiện",
    noActivities: "Chưa có hoạt động nào trong tab “Hoạt động”.",
    sectionIII: "Tổ chức thực hiện",
    owner: (owner, ids) => `${owner}: phụ trách ${ids}.`,
    reportTo: (body) => `Báo cáo kết quả thực hiện về ${body} sau khi kết thúc Tuần lễ.`,
    nominationsTo: (ward) => `Gửi danh sách “Gia đình hiếu học” được bình chọn về ${ward}.`,
    notesTitle: "Ghi chú:",
    closing: (year, school) => `Trên đây là Kế hoạch tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm ${year}” của ${school}, đề nghị tập thể cán bộ- giáo viên- nhân viên nhà trường nghiêm túc thực hiện.`,
    recipientsTitle: "Nơi nhận:",
    signerTitle: "HIỆU TRƯỞNG",
    /** Said after a time the principal has not confirmed yet. */
    unconfirmed: "(giờ dự kiến, cần xác nhận)",
    targetText: (percent) => `${percent}% CB-GV-NV tham dự`,
    sameDay: (day, from, to) => `${day}, ${from} – ${to}`,
    days: (from, to) => `từ ${from} đến ${to}`,
    dayTime: (time, day) => `${time} ${day}`,
    /** The labels of an activity's lines ("+ Địa điểm: …"), read back by the importer. */
    fields: {
      when: "Thời gian",
      location: "Địa điểm",
      platform: "Nền tảng",
      link: "Đường liên kết",
      audience: "Đối tượng",
      capacity: "Số chỗ",
      owner: "Phụ trách",
      invite: "Gửi lời mời",
      category: "Loại",
      id: "Mã",
      notes: "Ghi chú",
      target: "Chỉ tiêu"
    },
    gas: {
      importTitle: "Nhập kế hoạch từ Google Docs",
      exportTitle: "Xuất kế hoạch",
      askLink: "Dán đường liên kết của văn bản kế hoạch (Google Docs):",
      needsUi: "Hãy chạy mục này từ trình đơn của bảng tính.",
      cannotOpen: (link2, detail) => `Không mở được văn bản “${link2}”: ${detail}
Hãy kiểm tra đường liên kết và quyền xem văn bản.`,
      confirm: "Ghi những thay đổi này vào bảng tính?",
      notWritten: "Chưa ghi gì vào bảng tính.",
      written: "Đã ghi vào tab “Cấu hình” và “Hoạt động”. Hãy chạy “Kiểm tra kế hoạch”.",
      exported: (url) => `Đã tạo văn bản kế hoạch: ${url}`
    },
    cli: {
      findings: (count) => `Phát hiện khi đọc văn bản (${count}):`,
      created: (file, activities2) => `Đã tạo ${file} từ văn bản kế hoạch: ${activities2} hoạt động.`,
      preview: "Những gì sẽ thay đổi:",
      applyHint: (command) => `Chưa ghi gì vào tệp. Để ghi, chạy lại: ${command} --apply`,
      applied: (file) => `Đã ghi vào ${file}.`,
      badFile: (file) => `Không đọc được ${file}: chỉ nhận tệp .docx hoặc .txt.`,
      written: (path) => `Đã ghi kế hoạch: ${path}`,
      noSettings: 'Cấu hình chưa có năm và ngày của tuần lễ: chưa ghi được kế hoạch. Hãy chạy "validate" để xem cần sửa gì.'
    },
    findings: {
      yearOther: (line, year, planYear2, text2) => `Dòng ${line}: ghi “năm ${year}” trong kế hoạch năm ${planYear2} (có thể sót từ kế hoạch năm trước): “${text2}”.`,
      dateOtherYear: (id, written, planYear2, proposed) => `${id}: văn bản ghi “${written}”, khác năm của kế hoạch (${planYear2}); đã đề xuất ${proposed}, chưa xác nhận.`,
      outsideWeek: (id, date3, start, end) => `${id}: ngày ${date3} nằm ngoài tuần lễ (${start} – ${end}).`,
      noDate: (id, start, end) => `${id}: văn bản không ghi ngày; đề xuất cả tuần lễ (${start} – ${end}), đánh dấu chưa xác nhận.`,
      targetUnreadable: (id, text2) => `${id}: không đọc được chỉ tiêu “${text2}”; hãy ghi chỉ tiêu bằng số phần trăm (ví dụ 50%).`,
      lineKept: (line, where2, text2) => `Dòng ${line} không xếp được vào mục nào, đã giữ ở ${where2}: “${text2}”.`,
      noWeek: (start, end) => `Văn bản không ghi thời gian thực hiện; đã đề xuất ${start} – ${end}.`,
      noYear: (year) => `Văn bản không ghi năm của kế hoạch; đã dùng năm ${year}.`,
      noActivities: "Văn bản không có hoạt động nào (mục “Nội dung thực hiện” hoặc “Tổ chức thực hiện”).",
      bodyFromBasis: (body) => `Cơ quan chủ quản “${body}” lấy từ văn bản căn cứ; hãy kiểm tra lại trong tab “Cấu hình”.`,
      settingsNote: "tab “Cấu hình”, mục “Ghi chú của kế hoạch”",
      activityNote: (id) => `ghi chú của ${id}`
    },
    /** Notes the importer writes on an activity (the principal reads them in "Kết quả / ghi chú"). */
    notes: {
      otherYear: (written, proposed) => `Văn bản gốc ghi “${written}” (nhầm năm); đề xuất ${proposed}.`,
      target: (text2) => `Chỉ tiêu: ${text2}.`,
      proposedTime: "Giờ là đề xuất, cần xác nhận."
    },
    diff: {
      nothing: "Bảng tính đã giống kế hoạch trong văn bản: không có gì thay đổi.",
      setting: (label, from, to) => `Cấu hình “${label}”: ${from} → ${to}`,
      added: (id, title) => `Thêm ${id}: ${title}`,
      changed: (id, fields) => `Sửa ${id}: ${fields}`,
      kept: (id, title) => `Giữ nguyên ${id} (không có trong văn bản): ${title}`,
      empty: "(trống)",
      summary: (settings, added, changed) => `${settings} mục cấu hình thay đổi, ${added} hoạt động thêm mới, ${changed} hoạt động sửa.`
    }
  };

  // src/core/i18n/vi/results.ts
  var results2 = {
    questions: {
      email: "Email",
      activity: "Hoạt động",
      outcome: "Kết quả thực hiện",
      staff: "Số CB-GV-NV tham gia",
      children: "Số trẻ tham gia",
      parents: "Số phụ huynh tham gia",
      others: "Số người khác tham gia",
      achieved: "Kết quả đạt được",
      evidenceLinks: "Liên kết minh chứng (album ảnh, bài đăng, video)",
      posts: "Tin, bài tuyên truyền đã đăng"
    },
    outcomes: { done: "Đã thực hiện", postponed: "Hoãn", cancelled: "Hủy" },
    title: (week) => `Báo cáo kết quả hoạt động – ${week}`,
    description: "Dành cho người phụ trách từng hoạt động: sau khi hoạt động kết thúc, cho nhà trường biết hoạt động đã diễn ra thế nào. Nội dung được ghi vào tab Hoạt động và đưa vào báo cáo tổng kết tuần lễ. Gửi lại biểu mẫu để sửa; lần gửi sau cùng được tính.",
    help: {
      activity: "Liên kết trong thư đã chọn sẵn hoạt động của bạn.",
      counts: "Chỉ ghi số (ví dụ 30). Để trống nếu không có.",
      achieved: "Vài câu: hoạt động đã làm được gì.",
      evidenceLinks: "Mỗi dòng một liên kết bắt đầu bằng http:// hoặc https://.",
      posts: "Mỗi dòng một bài: kênh, dấu hai chấm, rồi liên kết. Ví dụ: Facebook: https://facebook.com/…"
    },
    confirmation: "Cảm ơn thầy/cô! Nhà trường đã ghi nhận kết quả hoạt động. Muốn sửa, hãy gửi lại biểu mẫu.",
    reasons: {
      unknownActivity: (value) => `Không có hoạt động "${value}" trong tab Hoạt động: kết quả được lưu nhưng chưa ghi vào hoạt động nào.`,
      badCount: (question2, value) => `Câu "${question2}": "${value}" không phải một số người (cần ghi số, ví dụ 30); chưa tính vào báo cáo.`,
      badLink: (value) => `"${value}" không phải liên kết http:// hoặc https://: giữ lại nhưng không ghi làm minh chứng.`,
      badPost: (value) => `Bài đăng "${value}" không có liên kết http:// hoặc https://: giữ lại nhưng không ghi vào tab Tuyên truyền.`,
      conflict: (field, typed, reported3) => `Ô "${field}" trong tab Hoạt động đã được nhập tay là "${typed}"; kết quả báo cáo "${reported3}" chưa được ghi đè — hãy xem lại và tự quyết định.`
    },
    /** The Activities' fields a result may write, as the conflict reason names them. */
    fields: { status: "Trạng thái", resultNotes: "Kết quả / ghi chú", evidence: "Minh chứng (liên kết)" },
    /** A result added below the note the Activities' cell already held. */
    notesAdded: (text2) => `Kết quả: ${text2}`,
    /** The note an outreach row written from a result carries. */
    postNote: (id) => `Từ báo cáo kết quả ${id}`,
    /** The mails that ask for a result. */
    ask: {
      // The activities' ids in the subject: an owner asked on two days for different activities
      // gets two mails that do not look like one sent twice (nor thread as one).
      subject: (ids) => ids.length === 1 ? `Xin báo cáo kết quả hoạt động ${ids[0]}` : `Xin báo cáo kết quả ${ids.length} hoạt động: ${ids.join(", ")}`,
      greeting: (name) => `Kính gửi thầy/cô ${name},`,
      intro: "Hoạt động thầy/cô phụ trách đã kết thúc. Xin thầy/cô dành ít phút cho nhà trường biết kết quả:",
      line: (id, title, url) => `${id} – ${title}: ${url}`,
      button: (id, title) => `Báo cáo ${id} – ${title}`,
      noLink: "chọn mã hoạt động này trong biểu mẫu “Báo cáo kết quả hoạt động”",
      reminderSubject: "Nhắc báo cáo kết quả hoạt động trước giờ tổng hợp báo cáo",
      reminderIntro: (when) => `Nhà trường tổng hợp báo cáo tuần lễ lúc ${when}. Các hoạt động sau của thầy/cô chưa có báo cáo kết quả:`,
      closing: "Trân trọng cảm ơn thầy/cô."
    },
    /** The daily progress note's lines about results. */
    progress: {
      missingHeading: (count) => `Hoạt động đã kết thúc chưa có báo cáo kết quả: ${count}`,
      missingLine: (id, title, owner) => `${id} ${title} – ${owner}`,
      noOwner: "(chưa có người phụ trách)",
      flaggedHeading: (count) => `Báo cáo kết quả cần xem lại (khác nội dung nhập tay, số liệu hoặc liên kết sai): ${count}`
    }
  };

  // src/core/i18n/vi/announce.ts
  var announce2 = {
    /** What each form asks of the reader, as a call to act. */
    asks: {
      attendance: "Xin Quý phụ huynh / thầy cô xác nhận tham dự Lễ khai mạc",
      training: "Đăng ký tham gia các buổi tập huấn, nói chuyện",
      nomination: 'Đề cử "Gia đình hiếu học" của lớp'
    },
    classGreeting: (className) => `Kính gửi Quý phụ huynh lớp ${className},`,
    groupGreeting: (group) => `Kính gửi thầy cô ${group},`,
    everyoneGreeting: "Kính gửi Quý phụ huynh và thầy cô,",
    intro: (school, theme, from, to) => `${school} tổ chức Tuần lễ hưởng ứng học tập suốt đời (${from} – ${to})${theme ? `, chủ đề "${theme}"` : ""}.`,
    link: (url) => `👉 Bấm vào đây: ${url}`,
    noLink: "(Chưa có đường liên kết của biểu mẫu: hãy tạo biểu mẫu Google (Thiết lập) hoặc dán đường liên kết của nó vào Cấu hình, rồi tạo lại thông báo.)",
    deadline: (when) => `Hạn: trước ${when}.`,
    thanks: (school) => `Trân trọng cảm ơn! — ${school}`,
    /** The printed poster of a form. */
    poster: {
      week: (year) => `TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM ${year}`,
      theme: (theme) => `Chủ đề: “${theme}”`,
      scan: "Quét mã QR bằng Zalo hoặc máy ảnh của điện thoại",
      /** The week's banner (the 2021 plan's), at the foot of every poster. */
      slogan: "“Học ở trường, học ở sách vở, học lẫn nhau và học ở Nhân dân”"
    },
    /** The menu "Tạo thông báo và mã QR": the whole kit in one Google Doc. */
    doc: {
      title: (year, school) => `Thông báo và mã QR – Tuần lễ học tập suốt đời ${year} – ${school}`,
      zaloHeading: "Tin nhắn dán vào nhóm Zalo",
      postsHeading: "Bài đăng Facebook và trang web của trường",
      textHeading: (form, audience) => `${form} – ${audience}`,
      made: (url, posters, texts4) => `Đã tạo tài liệu thông báo: ${posters} áp phích có mã QR (mỗi trang một áp phích, in khổ A4) và ${texts4} tin nhắn Zalo.
Mở tài liệu: ${url}`
    },
    /** The school's own posts (Facebook page, website), one per form. */
    posts: {
      headline: (year) => `📣 Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
      hashtags: (year) => `#HocTapSuotDoi #TuanLeHocTapSuotDoi${year}`
    },
    /** The kit's index: one line per file written. */
    written: (count, dir) => `Đã tạo ${count} tệp thông báo và mã QR trong ${dir}.`,
    missingLink: (form) => `Biểu mẫu “${form}” chưa có đường liên kết mà điện thoại mở được: thông báo vẫn được tạo nhưng chưa có mã QR. Bản xem trước trên máy (lệnh "forms") không dùng được; hãy tạo biểu mẫu Google (Thiết lập) hoặc dán đường liên kết của nó vào Cấu hình.`,
    tooLong: (form) => `Đường liên kết của biểu mẫu “${form}” quá dài cho một mã QR: hãy dùng đường liên kết rút gọn trong Cấu hình.`,
    noClass: (count) => `${count} phụ huynh chưa ghi lớp: họ nằm trong thông báo chung “Phụ huynh (chưa ghi lớp)”.`,
    unclassed: "Phụ huynh (chưa ghi lớp)",
    /** How many families of each class have answered (the progress note, the kit's texts). */
    answers: {
      heading: "Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:",
      line: (name, answered, total2) => `${name}: ${answered}/${total2} gia đình đã trả lời`,
      unlisted: "không có trong danh sách Phụ huynh",
      unlistedLine: (name, answered) => `${name}: ${answered} gia đình đã trả lời (không có trong danh sách Phụ huynh)`,
      unclassed: (count) => `${count} phụ huynh đã trả lời mà không ghi lớp (email không có trong tab Phụ huynh)`,
      zalo: (answered, total2) => `Đến nay ${answered}/${total2} gia đình của lớp đã trả lời.`,
      zaloUnclassed: (answered, total2) => `Đến nay ${answered}/${total2} gia đình chưa ghi lớp đã trả lời.`
    }
  };

  // src/core/i18n/vi/google.ts
  var google2 = {
    /** Why a call to Google failed, as the end of a line that names the sheet. */
    reasons: {
      unauthorised: 'phiên đăng nhập Google đã hết hạn hoặc bị thu hồi; hãy chạy "learning-week google login" rồi thử lại',
      forbidden: "tài khoản Google đã đăng nhập không có quyền xem bảng tính này; hãy nhờ người quản lý bảng tính chia sẻ quyền xem",
      notFound: "không có bảng tính nào với mã này; hãy kiểm tra lại đường liên kết",
      noTab: (tab) => `bảng tính không có tab “${tab}”`,
      quota: "Google báo đã vượt hạn mức truy cập, đã chờ và thử lại vài lần vẫn chưa được; hãy chạy lại sau ít phút",
      server: (status) => `máy chủ Google đang lỗi (mã ${status}), đã thử lại vài lần; hãy chạy lại sau`,
      network: (code) => `không kết nối được máy chủ Google (${code}); hãy kiểm tra mạng Internet`,
      other: (message4) => `Google trả lời lỗi không mong đợi (${message4})`
    },
    noToken: (path) => `Chưa đăng nhập Google: không có tệp ${path}. Hãy chạy "learning-week google login" rồi thử lại; chưa có gì được ghi.`,
    tokenTooOpen: (path) => `Tệp đăng nhập Google ${path} đang cho người khác trên máy đọc được: hãy chạy "chmod 600 ${path}" rồi thử lại; chưa có gì được ghi.`,
    tokenUnreadable: (path) => `Không đọc được tệp đăng nhập Google ${path}: hãy chạy lại "learning-week google login"; chưa có gì được ghi.`,
    badSheet: (text2) => `“${text2}” không phải đường liên kết hay mã của một Google Sheet (dạng https://docs.google.com/spreadsheets/d/MÃ/edit).`,
    login: {
      openLink: (url) => `Mở đường liên kết sau trong trình duyệt, đăng nhập tài khoản Google và cho phép xem bảng tính và lịch sử chạy của Apps Script (chỉ đọc):
${url}`,
      openLinkToEdit: (url) => `Mở đường liên kết sau trong trình duyệt, đăng nhập tài khoản Google và cho phép các quyền được liệt kê (có quyền sửa):
${url}`,
      saved: (path) => `Đã đăng nhập Google; mã đăng nhập được lưu ở ${path} (chỉ bạn đọc được).`,
      timedOut: 'Đã chờ 5 phút mà trình duyệt chưa quay lại: hãy chạy lại "learning-week google login"; chưa có gì được ghi.',
      denied: 'Bạn chưa cho phép learning-week xem bảng tính: chưa có gì được ghi. Chạy lại "learning-week google login" khi sẵn sàng.',
      badAnswer: 'Trình duyệt trả về một câu trả lời không khớp với lần đăng nhập này: hãy chạy lại "learning-week google login"; chưa có gì được ghi.',
      tokenRefused: (message4) => `Google không cấp mã đăng nhập (${message4}): hãy chạy lại "learning-week google login"; chưa có gì được ghi.`,
      noClient: (claspRc) => `Cần tệp OAuth client: hãy chạy "learning-week google login --client client_secret_….json" (tải từ Google Cloud, loại "Desktop app"); cũng không thấy client nào clasp đã lưu ở ${claspRc}.`,
      badClientFile: (file) => `Tệp ${file} không phải tệp OAuth client tải từ Google Cloud (cần "client_id"; loại "Desktop app"): hãy tải lại tệp client_secret_….json.`,
      page: {
        done: "Đã đăng nhập. Bạn có thể đóng trang này và quay lại cửa sổ dòng lệnh.",
        failed: "Chưa đăng nhập được. Hãy xem thông báo trong cửa sổ dòng lệnh."
      }
    },
    logout: {
      done: (path) => `Đã đăng xuất: đã xóa ${path}. Muốn thu hồi hẳn quyền đã cấp, hãy vào myaccount.google.com/permissions.`,
      none: (path) => `Chưa đăng nhập Google (không có ${path}): không có gì để xóa.`,
      failed: (path, reason) => `Không xóa được ${path}: ${reason}.`
    },
    push: {
      noPlanTabs: (file) => `Tệp ${file} không có trang kế hoạch nào (Cấu hình, Nhân sự, Phụ huynh, Hoạt động, Tuyên truyền): không có gì để gửi lên.`,
      needsWrite: 'Mã đăng nhập Google hiện chỉ có quyền xem bảng tính: hãy chạy "learning-week google login --client CLIENT.json --write" để cho phép sửa, rồi chạy lại; chưa có gì được ghi.',
      forbiddenWrite: "tài khoản Google đã đăng nhập chỉ được xem, không được sửa bảng tính này; hãy nhờ người quản lý bảng tính chia sẻ quyền chỉnh sửa",
      failed: (sheet3, reason) => `Không gửi được lên bảng tính ${sheet3}: ${reason}. Chưa có gì được ghi.`,
      tab: (tab, cells) => `  ${tab}: ${cells} ô thay đổi`,
      cell: (at2, before, after) => `    ${at2}: “${before}” → “${after}”`,
      more: (count) => `    … và ${count} ô khác`,
      empty: "(trống)",
      same: "Các trang kế hoạch trên Google Sheet đã giống hệt tệp: không có gì để ghi.",
      preview: (cells, tabs) => `Xem trước: ${cells} ô trong ${tabs} trang tính sẽ thay đổi; chưa ghi gì. Chạy lại với --yes để ghi.`,
      written: (cells, tabs, sheet3) => `Đã ghi ${cells} ô thay đổi vào ${tabs} trang tính của bảng tính ${sheet3}.`
    },
    script: {
      forbidden: "Google từ chối: tài khoản đã đăng nhập không có quyền với script này, hoặc chưa bật Apps Script API tại script.google.com/home/usersettings",
      noScript: 'Không biết mã Apps Script của trường: hãy chạy lệnh trong thư mục có tệp .clasp.json (do "npm run create" tạo), hoặc ghi --script MÃ-SCRIPT; chưa có gì được ghi.',
      badScript: (text2) => `“${text2}” không phải mã hay đường liên kết của một dự án Apps Script (dạng https://script.google.com/home/projects/MÃ/edit).`
    },
    logs: {
      badSince: (text2) => `--since “${text2}” không hợp lệ: hãy ghi số giờ hoặc số ngày (24h, 3d), một ngày (2021-10-01) hay một thời điểm (2021-10-01T07:30).`,
      failed: (script, reason) => `Không đọc được lịch sử chạy của script ${script}: ${reason}.`,
      header: "Bắt đầu (giờ Việt Nam) | Hàm | Thời gian chạy | Trạng thái",
      row: (start, fn, seconds, status) => `${start} | ${fn} | ${seconds} | ${status}`,
      seconds: (n2) => `${n2.toFixed(1).replace(".", ",")} giây`,
      count: (n2, since) => `${n2} lần chạy từ ${since}.`,
      none: (since) => `Script chưa chạy lần nào từ ${since}.`,
      noFailures: (since) => `Không có lần chạy nào bị lỗi từ ${since}.`,
      statuses: {
        COMPLETED: "hoàn thành",
        FAILED: "lỗi",
        TIMED_OUT: "quá thời gian",
        CANCELED: "bị hủy",
        RUNNING: "đang chạy",
        PAUSED: "tạm dừng",
        DELAYED: "đang chờ",
        EXECUTION_DISABLED: "bị chặn chạy",
        UNKNOWN: "không rõ"
      }
    },
    run: {
      needsRunScopes: 'Mã đăng nhập Google chưa có các quyền mà script dùng: hãy chạy "learning-week google login --client CLIENT.json --run" rồi thử lại; chưa chạy gì.',
      notExecutable: 'Google không tìm thấy script để chạy: script cần được triển khai dạng "API executable" và OAuth client phải thuộc cùng dự án Google Cloud với script (xem README)',
      scriptError: (type, message4) => `script báo lỗi ${type}: ${message4}`,
      failed: (fn, reason) => `Không chạy được ${fn}: ${reason}.`,
      done: (fn) => `Đã chạy ${fn}.`,
      returned: (fn, result) => `Đã chạy ${fn}; kết quả: ${result}`
    },
    pull: {
      failed: (sheet3, reason) => `Không tải được bảng tính ${sheet3}: ${reason}. Chưa có gì được ghi.`,
      tab: (tab, rows) => `  ${tab}: ${rows} dòng`,
      written: (file, tabs) => `Đã ghi ${file}: ${tabs} trang tính.`
    },
    district: {
      listEmpty: (file) => `Danh sách ${file} không có bảng tính nào: hãy ghi mỗi dòng một đường liên kết hoặc mã Google Sheet của một trường.`,
      badLine: (line, text2) => `Dòng ${line} của danh sách: “${text2}” không phải đường liên kết hay mã của một Google Sheet.`,
      notASheet: "không phải đường liên kết hay mã của một Google Sheet",
      duplicate: (first) => `trùng với dòng ${first}, chỉ đọc một lần`,
      schoolFailed: (line, school, reason) => `Dòng ${line} (${school}): ${reason}.`,
      noFiguresTab: (tab, english) => `bảng tính không có tab “${tab}” (bảng tính tiếng Anh: “${english}”); trường chưa lập báo cáo kết quả tuần lễ`,
      emptyTab: (tab) => `tab “${tab}” chưa có số liệu nào (trường chưa lập báo cáo kết quả tuần lễ)`,
      nothingRead: (file) => `Không đọc được số liệu của trường nào; chưa ghi ${file}.`,
      written: (file, read2, failed) => `Đã ghi ${file}: ${read2} trường có số liệu${failed > 0 ? `, ${failed} trường chưa đọc được (xem trang “Chưa đọc được”)` : ""}.`,
      report: {
        office: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        number: "……/BC-PGDĐT",
        subtitle: (year) => `Tổng hợp kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} của các trường`,
        documentTitle: (year) => `Báo cáo tổng hợp Tuần lễ học tập suốt đời ${year}`,
        intro: (read2, notRead) => `Phòng Giáo dục và Đào tạo tổng hợp số liệu từ tab “Số liệu báo cáo” của ${read2} trường${notRead > 0 ? `; ${notRead} trường chưa có số liệu (xem mục III)` : ""}.`,
        totalsTitle: "Số liệu tổng hợp toàn quận",
        totalsHeader: ["Nội dung", "Tổng cộng"],
        source: (schools) => `Nguồn: tab “Số liệu báo cáo” của ${schools} trường.`,
        schoolsTitle: "Số liệu từng trường",
        school: "Trường",
        chartCaption: "Biểu đồ: số hoạt động theo kế hoạch và đã thực hiện của từng trường",
        chart: {
          title: "Hoạt động của từng trường",
          category: "Trường",
          value: "Số hoạt động",
          planned: "Theo kế hoạch",
          done: "Đã thực hiện"
        },
        notReadTitle: "Các trường chưa có số liệu",
        recipients: ["- Các trường trong quận;", "- Lưu: VT."],
        signerTitle: "TRƯỞNG PHÒNG",
        written: (file) => `Đã ghi báo cáo tổng hợp ${file}.`
      },
      /** The district workbook's tabs and headers. */
      summaryTab: "Tổng hợp",
      failuresTab: "Chưa đọc được",
      school: "Trường",
      sheetId: "Mã bảng tính",
      total: (schools) => `Tổng cộng (${schools} trường)`,
      failureHeader: ["Dòng trong danh sách", "Trường hoặc bảng tính", "Lý do"]
    }
  };

  // src/core/i18n/vi/dashboard.ts
  var dashboard2 = {
    title: "Bảng điều khiển",
    builtAt: (when) => `Số liệu lúc ${when}`,
    refresh: "Làm mới",
    written: (path) => `Đã ghi Bảng điều khiển: ${path}`,
    refreshing: "Đang tải số liệu…",
    refreshFailed: (reason) => `Không tải được số liệu: ${reason}`,
    week: {
      heading: "Tuần lễ",
      before: (days, hours) => days > 0 ? `Còn ${days} ngày ${hours} giờ đến tuần lễ` : `Còn ${hours} giờ đến tuần lễ`,
      during: "Tuần lễ đang diễn ra",
      after: "Tuần lễ đã kết thúc",
      unknown: "Chưa có ngày của tuần lễ trong tab Cấu hình.",
      span: (from, to) => `Từ ${from} đến ${to}`
    },
    findings: {
      heading: "Kiểm tra kế hoạch",
      counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
      clean: "Kế hoạch không có gì cần sửa.",
      error: "Lỗi",
      warning: "Cảnh báo",
      cell: (tab, cell2) => `${tab}!${cell2}`,
      more: (count) => `… và ${count} mục khác (xem cột “Kết quả kiểm tra”).`
    },
    opening: {
      heading: "Lễ khai mạc theo tổ",
      target: (percent) => `Chỉ tiêu: ${percent} mỗi tổ`,
      registered: "Đăng ký",
      present: "Có mặt",
      line: (count, total2, percent) => `${count}/${total2} (${percent})`,
      whole: "Toàn trường",
      none: "Chưa có CB-GV-NV nào trong tab Nhân sự.",
      targetMark: "vạch chỉ tiêu"
    },
    sessions: {
      heading: "Tập huấn: chỗ và danh sách chờ",
      session: "Buổi",
      seats: "Đã có chỗ",
      waiting: "Chờ",
      seatsOf: (seated, capacity) => capacity === null ? `${seated}` : `${seated}/${capacity}`,
      none: "Kế hoạch chưa có buổi tập huấn nào."
    },
    classes: {
      heading: "Phụ huynh đã trả lời theo lớp",
      className: "Lớp",
      answered: "Đã trả lời",
      line: (answered, families2) => `${answered}/${families2}`,
      unlisted: "không có trong tab Phụ huynh",
      unclassed: "Chưa ghi lớp",
      unclassedAnswers: (count) => `${count} phụ huynh trả lời không ghi lớp.`,
      none: "Chưa có lớp nào trong tab Phụ huynh và chưa có câu trả lời."
    },
    nominations: {
      heading: "Đề cử “Gia đình hiếu học”",
      total: (total2, withoutConsent) => `${total2} đề cử, ${withoutConsent} không đồng ý chia sẻ`,
      status: "Trạng thái xét chọn",
      count: "Số đề cử",
      none: "Chưa có đề cử nào."
    },
    results: {
      heading: "Kết quả các hoạt động",
      activity: "Hoạt động",
      outcome: "Kết quả báo cáo",
      notReported: "chưa báo cáo",
      counts: (reported3, total2) => `${reported3}/${total2} hoạt động đã báo cáo kết quả`,
      flagged: (count) => `${count} báo cáo cần xem lại (cột “Cần xem lại”).`,
      none: "Kế hoạch chưa có hoạt động nào."
    },
    outbox: {
      heading: "Hộp thư đi",
      state: "Trạng thái",
      count: "Số thư",
      empty: "Hộp thư đi chưa có thư nào."
    },
    runs: {
      heading: "Các lần chạy gần nhất",
      action: "Tác vụ",
      at: "Lúc",
      outcome: "Kết quả",
      none: "Chưa có lần chạy nào được ghi lại.",
      errorsHeading: (count) => `Lần chạy bị lỗi (${count})`,
      noErrors: "Không có lần chạy nào bị lỗi.",
      ok: "thành công",
      failed: "lỗi",
      took: (seconds) => seconds < 1 ? "chạy chưa đến 1 giây" : `chạy trong ${seconds} giây`,
      /** The jobs as the menu and the triggers name them. */
      jobs: {
        setup: "Thiết lập",
        validate: "Kiểm tra kế hoạch",
        forms: "Tạo/cập nhật biểu mẫu",
        invite: "Gửi thư mời",
        drain: "Gửi thư đang chờ (hằng ngày)",
        continuation: "Gửi thư tiếp (tự động)",
        calendarPreview: "Xem trước lịch",
        calendarSync: "Đồng bộ lịch",
        reminders: "Nhắc lịch buổi sáng",
        progress: "Tổng hợp cuối ngày",
        report: "Báo cáo tổng kết",
        purge: "Xóa dữ liệu cá nhân hết hạn",
        processResponses: "Ghi nhận câu trả lời biểu mẫu"
      }
    },
    privacy: "Chỉ dành cho Ban giám hiệu: bảng chỉ có số đếm, không có tên hay thư điện tử của phụ huynh."
  };

  // src/core/i18n/vi/serve.ts
  var serve2 = {
    /** The raw log's "Nguồn" of an answer sent from these pages. */
    source: "Biểu mẫu trên máy",
    page: {
      send: "Gửi câu trả lời",
      requiredNote: "Câu có dấu * là câu bắt buộc.",
      other: "Khác:",
      otherText: "Nội dung lựa chọn khác",
      choose: "— Chọn —",
      localNote: "Biểu mẫu trên máy của nhà trường: câu trả lời được ghi thẳng vào tệp kế hoạch."
    },
    confirmation: {
      heading: "Đã ghi nhận câu trả lời",
      duplicate: "Câu trả lời này đã được ghi nhận trước đó; không ghi thêm lần nữa.",
      flagged: "Câu trả lời đã được ghi lại, nhưng nhà trường cần xem lại:",
      yours: "Câu trả lời của bạn (chỉ hiện trên trang này):",
      blank: "(để trống)",
      again: "Về danh sách biểu mẫu"
    },
    index: {
      title: "Biểu mẫu của tuần lễ",
      intro: "Chọn biểu mẫu để trả lời. Câu trả lời được ghi vào tệp kế hoạch trên máy này.",
      dashboard: "Bảng điều khiển của tuần lễ (chỉ mở được trên máy này)"
    },
    problem: {
      dashboardLocalTitle: "Bảng điều khiển chỉ mở trên máy của nhà trường",
      dashboardLocal: "Bảng điều khiển có số liệu của cả trường, nên chỉ mở được từ chính máy đang chạy learning-week serve.",
      nothingRecorded: "Chưa có gì được ghi.",
      back: "Mở lại biểu mẫu",
      badTokenTitle: "Trang biểu mẫu đã cũ hoặc bị sửa",
      badToken: "Mã của trang biểu mẫu không hợp lệ (trang đã mở quá lâu, máy chủ đã khởi động lại, hoặc nội dung bị sửa). Hãy mở lại biểu mẫu và gửi lại.",
      tooLargeTitle: "Nội dung gửi lên quá lớn",
      tooLargeText: (kb) => `Một lần gửi được tối đa ${kb} KB.`,
      tooLongTitle: "Câu trả lời quá dài",
      tooLong: (question2, limit) => `Câu "${question2}" chỉ nhận tối đa ${limit} ký tự.`,
      missingTitle: "Còn thiếu câu trả lời",
      missing: (question2) => `Câu "${question2}" là câu bắt buộc.`,
      notAChoiceTitle: "Lựa chọn không có trong biểu mẫu",
      notAChoice: (question2, value) => `Câu "${question2}": "${value}" không phải là một lựa chọn của câu này.`,
      badEmailTitle: "Địa chỉ email không đúng",
      badEmail: (value) => `"${value}" không phải là một địa chỉ email.`,
      notFoundTitle: "Không có trang này",
      notFound: "Địa chỉ này không phải là biểu mẫu nào của tuần lễ. Hãy mở danh sách biểu mẫu.",
      tooManyTitle: "Gửi quá nhiều lần",
      tooMany: (seconds) => `Máy này đã gửi nhiều câu trả lời liên tiếp. Hãy đợi ${seconds} giây rồi gửi lại.`,
      busyTitle: "Chưa ghi được câu trả lời",
      busy: "Tệp kế hoạch đang bận hoặc không ghi được. Hãy gửi lại sau ít phút.",
      failedTitle: "Có lỗi trên máy chủ",
      failed: "Máy chủ gặp lỗi khi xử lý trang này. Hãy thử lại sau ít phút."
    },
    cli: {
      listening: (url) => `Đang mở các biểu mẫu tại ${url} (nhấn Ctrl+C để dừng).`,
      form: (title, url) => `  ${title}: ${url}`,
      network: (host) => `Cảnh báo: máy chủ nghe trên ${host}, nên bất kỳ ai trong cùng mạng cũng mở được các biểu mẫu và gửi câu trả lời.`,
      addressDiffers: (address, url) => `Lưu ý: thư mời và mã QR trỏ tới ${address} (Cấu hình "Địa chỉ biểu mẫu trên máy"), còn máy chủ nghe tại ${url}.`,
      recorded: (count, file) => `Đã ghi ${count} câu trả lời vào ${file}.`,
      stopped: (file) => `Đã dừng. Mọi câu trả lời đã xác nhận đều nằm trong ${file}.`,
      badPort: (value) => `--port cần một số từ 0 đến 65535, không phải "${value}".`,
      needsFile: "Lệnh serve cần đúng một tệp .xlsx, ví dụ: learning-week serve out/learning-week-2021.xlsx",
      portInUse: (port) => `Cổng ${port} đang được dùng; hãy chọn cổng khác bằng --port.`
    }
  };

  // src/core/i18n/vi/commendation.ts
  var commendation2 = {
    notFilled: "…",
    reason: {
      person: "Tham dự Lễ khai mạc và tham gia lớp tập huấn",
      group: (percent) => `Tổ có tỉ lệ tham dự Lễ khai mạc cao nhất (${percent})`
    },
    template: {
      unknown: (tag, suggestion) => `Mẫu có chỗ trống {{${tag}}} mà chương trình không biết` + (suggestion ? `; có phải ý là {{${suggestion}}}?` : "."),
      missing: (field) => `Mẫu thiếu chỗ trống {{${field}}}.`,
      unclosed: (near) => `Mẫu có "{{" chưa đóng bằng "}}": "${near}".`,
      known: (fields) => `Các chỗ trống dùng được: ${fields}.`,
      inTemplate: (award, problem) => `Mẫu ${award}: ${problem}`,
      none: (award) => `Chưa có mẫu ${award}: không tạo ${award} nào.`,
      usedDefault: (path) => `Dùng mẫu mặc định ${path} (trường sửa được mẫu này trong Word).`,
      created: (path) => `Đã tạo mẫu mặc định ${path}; hãy xem và sửa nếu cần, rồi chạy lại để tạo giấy khen.`
    },
    rows: {
      tooLong: (row, max) => `Dòng ${row}: họ tên dài quá ${max} ký tự; hãy sửa lại trước khi tạo giấy khen.`,
      empty: (row) => `Dòng ${row}: chưa có họ tên.`,
      duplicate: (row, first, award) => `Dòng ${row}: người này đã được đồng ý ${award} ở dòng ${first}; dòng ${row} không được tạo.`,
      badDecision: (row, value) => `Dòng ${row}: quyết định "${value}" không có trong danh sách (đề nghị / đồng ý / không).`,
      badAward: (row, value) => `Dòng ${row}: hình thức "${value}" không có trong danh sách (giấy khen / giấy chứng nhận).`
    },
    state: {
      made: (award, file) => `Đã tạo ${award}: ${file}`,
      refused: (why) => `Chưa tạo: ${why}`,
      proposed: "Đề xuất theo tiêu chí của báo cáo"
    },
    decision: {
      fileName: (year) => `quyet-dinh-khen-thuong-${year}`,
      documentTitle: (year) => `Quyết định khen thưởng Tuần lễ học tập suốt đời ${year}`.trim(),
      number: (number) => `Số: ${number}/QĐ-MN`,
      title: "QUYẾT ĐỊNH",
      subtitle: (year) => `Về việc khen thưởng tập thể, cá nhân tham gia tốt Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
      authority: (school) => `HIỆU TRƯỞNG ${school.toUpperCase()}`,
      basisLaw: "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các văn bản hướng dẫn;",
      basis: (basis) => `Căn cứ ${basis};`,
      planBasis: (plan, school) => `Căn cứ Kế hoạch số ${plan} của ${school};`,
      result: (year) => `Xét kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} và đề nghị của Ban tổ chức,`,
      decides: "QUYẾT ĐỊNH:",
      article1Label: "Điều 1.",
      article1: (people, groups) => `Khen thưởng ${groups} tập thể và ${people} cá nhân đã tham gia tốt Tuần lễ hưởng ứng học tập suốt đời (danh sách kèm theo).`,
      article2Label: "Điều 2.",
      article2: "Quyết định có hiệu lực kể từ ngày ký.",
      article3Label: "Điều 3.",
      article3: "Các tổ chuyên môn, tổ văn phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
      recipientsTitle: "Nơi nhận:",
      recipientsLine: "- Như Điều 3;",
      archive: "- Lưu: VT.",
      signerTitle: "HIỆU TRƯỞNG",
      annexTitle: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
      annexSubtitle: (number, date3) => `(Kèm theo Quyết định số ${number}/QĐ-MN ngày ${date3})`,
      header: ["STT", "Họ tên / tập thể", "Tổ", "Hình thức", "Lý do"],
      nobody: 'Chưa có tập thể, cá nhân nào được Hiệu trưởng đồng ý khen thưởng (cột "Quyết định" của tab Khen thưởng).'
    },
    certificate: {
      fileName: (award, year) => `${award === "giấy khen" ? "giay-khen" : "giay-chung-nhan"}-${year}`,
      templateFile: (award) => `mau-${award === "giấy khen" ? "giay-khen" : "giay-chung-nhan"}.docx`,
      heading: (award) => award.toUpperCase(),
      grantedTo: "Tặng",
      forReason: "Đã có thành tích",
      inWeek: (year) => `trong Tuần lễ hưởng ứng học tập suốt đời năm ${year}.`,
      placeDate: (place, date3) => `${place}, ${date3}`,
      mailSubject: (award, year) => `${award.charAt(0).toUpperCase()}${award.slice(1)} Tuần lễ học tập suốt đời ${year}`,
      mailGreeting: (name) => `Kính gửi ${name},`,
      mailBody: (award) => `Nhà trường gửi kèm ${award} của thầy/cô trong Tuần lễ hưởng ứng học tập suốt đời.`,
      mailClosing: "Trân trọng cảm ơn."
    },
    ward: {
      fileName: (year) => `de-cu-gia-dinh-hieu-hoc-${year}`,
      documentTitle: (year) => `Danh sách đề cử Gia đình hiếu học ${year}`.trim(),
      number: (number) => `Số: ${number}/MN`,
      subject: "V/v đề cử cá nhân tiêu biểu “Gia đình hiếu học”",
      to: (ward) => `Kính gửi: ${ward}`,
      body: (school, year, count) => `Thực hiện Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}, ${school} trân trọng gửi danh sách ${count} gia đình tiêu biểu “Gia đình hiếu học” tham dự Hội nghị tuyên dương. Các gia đình có tên dưới đây đã đồng ý chia sẻ thông tin với Hội khuyến học.`,
      none: (school) => `${school} chưa có gia đình nào vừa được chọn vừa đồng ý chia sẻ thông tin với Hội khuyến học.`,
      closing: "Kính đề nghị Hội khuyến học xem xét. Trân trọng.",
      header: ["STT", "Đại diện gia đình", "Tên trẻ", "Lớp", "Thành tích", "Minh chứng"],
      sheetName: "Đề cử",
      recipientsTitle: "Nơi nhận:",
      recipientsWard: "- Như trên;",
      archive: "- Lưu: VT.",
      signerTitle: "HIỆU TRƯỞNG",
      noWard: 'Mục "Hội khuyến học phường" trong Cấu hình chưa có tên: thư chưa biết gửi ai.',
      refusedNoConsent: (row) => `Dòng ${row} của tab Đề cử: được chọn nhưng gia đình không đồng ý chia sẻ; không đưa vào danh sách.`
    },
    gas: {
      proposal: (tab, added) => `Tab “${tab}”: thêm ${added} đề xuất.`,
      decision: (url, people, groups) => `Dự thảo Quyết định khen thưởng (${people} cá nhân, ${groups} tập thể): ${url}`,
      ward: (url, count) => `Thư đề cử gửi Hội khuyến học (${count} gia đình): ${url}`,
      certificates: "Giấy khen, giấy chứng nhận chưa tạo được trên Google Sheet: dùng lệnh learning-week commend trên máy tính.",
      problems: "Cần xem lại:"
    },
    cli: {
      decision: (file, people, groups) => `Quyết định khen thưởng (dự thảo): ${file} — ${people} cá nhân, ${groups} tập thể`,
      certificates: (file, count) => `Giấy khen, giấy chứng nhận: ${file} — ${count} trang`,
      pdfs: (count, dir) => `${count} tệp PDF trong ${dir}`,
      noPdf: (why) => `Không tạo được PDF: ${why}`,
      ward: (file, count) => `Thư đề cử gửi Hội khuyến học: ${file} — ${count} gia đình`,
      problem: (text2) => `  ! ${text2}`,
      proposal: (added) => `Tab Khen thưởng: thêm ${added} đề xuất`,
      queued: (count) => `Xếp ${count} thư gửi giấy khen vào Hộp thư đi`
    }
  };

  // src/core/i18n/vi/index.ts
  var vi = {
    cli: cli2,
    jobs: jobs2,
    calendar: calendar2,
    outbox: outbox2,
    mail: mail2,
    forms: forms2,
    privacy: privacy2,
    menu: menu2,
    sheet: sheet2,
    findings: findings2,
    report: report2,
    shell: shell2,
    planDocument: planDocument2,
    results: results2,
    announce: announce2,
    google: google2,
    dashboard: dashboard2,
    serve: serve2,
    commendation: commendation2
  };

  // src/core/i18n/catalogue.ts
  var CATALOGUES = { vi, en };
  function catalogue(language) {
    return CATALOGUES[language ?? "vi"] ?? vi;
  }

  // src/core/outbox/recipients.ts
  var ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
  function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes("..");
  }
  function isUndeliverable(address) {
    return /\.invalid$/i.test(address.trim());
  }
  function splitRecipients(cell2) {
    return cell2.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== "");
  }
  function checkRecipients(addresses, language = "vi") {
    const t = catalogue(language).outbox.reject;
    if (addresses.length === 0 || addresses.every((a) => a.trim() === "")) {
      return { ok: false, error: t.noRecipient };
    }
    const clean2 = [];
    for (const raw of addresses) {
      if (/[\r\n]/.test(raw)) {
        return {
          ok: false,
          error: t.addressNewline(printable(raw))
        };
      }
      const address = raw.normalize("NFC").trim();
      if (!isValidAddress(address)) {
        return { ok: false, error: t.addressInvalid(printable(address)) };
      }
      if (isUndeliverable(address)) return { ok: false, error: t.addressUndeliverable(printable(address)) };
      if (!clean2.some((a) => a.toLowerCase() === address.toLowerCase())) clean2.push(address);
    }
    return { ok: true, addresses: clean2 };
  }
  function checkSubject(subject, language = "vi") {
    const t = catalogue(language).outbox.reject;
    if (/[\r\n]/.test(subject)) return t.subjectNewline;
    if (subject.trim() === "") return t.noSubject;
    return void 0;
  }
  function printable(value) {
    const shown3 = value.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
    return shown3.length > 80 ? `${shown3.slice(0, 80)}…` : shown3;
  }

  // src/core/outbox/ledger-rows.ts
  function parseLedger(table3) {
    const rows = [];
    const keys = /* @__PURE__ */ new Set();
    const findings3 = [...table3.header.findings];
    const finding = (row, code, column, params2) => {
      findings3.push({
        severity: "error",
        code,
        table: "outbox",
        tableName: OUTBOX_TABLE.name,
        row,
        column,
        params: params2
      });
    };
    const firstOf = /* @__PURE__ */ new Map();
    for (const { row, cells } of table3.rows) {
      const key = cleanText(cellText(cells.key));
      const stateText = cleanText(cellText(cells.state));
      if (key === "") {
        finding(row, "outbox.key-missing", "Khóa", { state: stateText });
        continue;
      }
      const same3 = sameKey(key);
      const first = firstOf.get(same3);
      if (first) {
        const exact = first.key === key;
        finding(row, exact ? "outbox.key-duplicate" : "outbox.key-variant", "Khóa", {
          key,
          ...exact ? {} : { first: first.key, firstRow: first.row }
        });
        continue;
      }
      firstOf.set(same3, { row, key });
      keys.add(same3);
      const state = parseState(stateText);
      if (!state) {
        finding(row, "outbox.state-unknown", "Trạng thái", { key, state: stateText });
        continue;
      }
      rows.push({
        row,
        entry: {
          key,
          // A blank or unknown kind is a mail: the ledger held only mail before calendar entries.
          kind: cleanText(cellText(cells.kind)) === "calendar" ? "calendar" : "mail",
          recipients: splitRecipientsCell(cellText(cells.recipients)),
          subject: cellText(cells.subject),
          payload: cellText(cells.payload),
          state,
          attempts: parseCount(cells.attempts),
          nextAttempt: dateOf(cells.nextAttempt),
          lastError: optionalText(cells.lastError),
          createdAt: dateOf(cells.createdAt),
          doneAt: dateOf(cells.doneAt)
        }
      });
    }
    return { rows, keys, findings: findings3 };
  }
  function sameKey(key) {
    return key.normalize("NFC").replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, "").toLowerCase();
  }
  function readLedgerTable(grid) {
    const header = mapHeader(OUTBOX_TABLE, grid?.[0] ?? []);
    const rows = [];
    (grid ?? []).slice(1).forEach((line, i2) => {
      const cells = {};
      let blank = true;
      for (const column of OUTBOX_TABLE.columns) {
        const at2 = header.index[column.key];
        const cell2 = at2 === void 0 ? null : line[at2] ?? null;
        cells[column.key] = isBlankCell(cell2) ? null : cell2;
        if (!isBlankCell(cell2)) blank = false;
      }
      if (!blank) rows.push({ row: i2 + 2, cells });
    });
    return { spec: OUTBOX_TABLE, header, rows };
  }
  function parseState(text2) {
    const folded2 = foldKey(text2);
    if (folded2 === "") return void 0;
    return OUTBOX_STATES.find((s) => foldKey(s) === folded2 || foldKey(englishChoice(s)) === folded2);
  }
  function entryToRecord(entry2) {
    return {
      key: entry2.key,
      kind: entry2.kind,
      recipients: entry2.recipients.join(", "),
      subject: entry2.subject,
      payload: entry2.payload,
      state: entry2.state,
      attempts: entry2.attempts,
      nextAttempt: entry2.nextAttempt ?? null,
      lastError: entry2.lastError ?? null,
      createdAt: entry2.createdAt ?? null,
      doneAt: entry2.doneAt ?? null
    };
  }
  function splitRecipientsCell(text2) {
    return splitRecipients(text2.normalize("NFC"));
  }
  function parseCount(cell2) {
    const n2 = typeof cell2 === "number" ? cell2 : Number(cellText(cell2).trim() || "0");
    return Number.isFinite(n2) && n2 >= 0 ? Math.floor(n2) : 0;
  }
  function dateOf(cell2) {
    if (isLocalDateTime(cell2)) return cell2;
    const text2 = cellText(cell2).trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(text2);
    return m ? { kind: "local-datetime", iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` } : void 0;
  }
  function optionalText(cell2) {
    const text2 = cellText(cell2);
    return text2.trim() === "" ? void 0 : text2;
  }

  // src/app/claim.ts
  function read(value) {
    if (!value) return void 0;
    try {
      const data = JSON.parse(value);
      const untilMs = typeof data.until === "string" ? Date.parse(data.until) : NaN;
      if (typeof data.owner !== "string" || Number.isNaN(untilMs)) return void 0;
      return { owner: data.owner, untilMs };
    } catch {
      return void 0;
    }
  }
  function takeClaim(properties, key, deadline, nowMs) {
    const held = read(properties.get(key));
    if (held && held.owner !== deadline.id && held.untilMs > nowMs) return false;
    properties.set(
      key,
      JSON.stringify({ owner: deadline.id, until: new Date(deadline.leaseEndMs).toISOString() })
    );
    return true;
  }
  function releaseClaim(properties, key, deadline) {
    if (read(properties.get(key))?.owner === deadline.id) properties.delete(key);
  }

  // src/core/i18n/dates.ts
  var VI_WEEKDAYS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
  var EN_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  var pad2 = (n2) => String(n2).padStart(2, "0");
  function formatShortDate(value) {
    const p2 = partsOf(value);
    return `${pad2(p2.day)}/${pad2(p2.month)}/${p2.year}`;
  }
  function formatTime(value) {
    const p2 = partsOf(value);
    return `${pad2(p2.hour)}:${pad2(p2.minute)}`;
  }
  function weekdayName(value, lang = "vi") {
    return (lang === "vi" ? VI_WEEKDAYS : EN_WEEKDAYS)[weekdayOf(value)];
  }
  function formatDayDate(value, lang = "vi") {
    return `${weekdayName(value, lang)}, ${formatShortDate(value)}`;
  }
  function formatDayDateTime(value, lang = "vi") {
    return `${formatDayDate(value, lang)} ${formatTime(value)}`;
  }
  function formatLongDate(value, lang = "vi") {
    const p2 = partsOf(value);
    if (lang === "en") return `${pad2(p2.day)}/${pad2(p2.month)}/${p2.year}`;
    return `ngày ${pad2(p2.day)} tháng ${pad2(p2.month)} năm ${p2.year}`;
  }

  // src/core/outbox/error-text.ts
  function describeMailError(kind, message4, attempts, maxAttempts, language) {
    const t = catalogue(language).outbox.error;
    const original = shorten(message4);
    switch (kind) {
      case "transient":
        return t.transient(attempts, original);
      case "quota":
        return t.quota(original);
      case "other":
        return attempts >= maxAttempts ? t.gaveUp(attempts, original) : t.willRetry(attempts, maxAttempts, original);
    }
  }
  function quotaDeferred(language, back) {
    const t = catalogue(language).outbox.error;
    return back ? t.quotaDeferred(formatDayDateTime(back, language)) : t.quotaDeferredUnknown;
  }
  function quotaDeferredBehind(language, windows, at2) {
    const t = catalogue(language).outbox.error;
    return at2 && Number.isFinite(windows) ? t.quotaDeferredBehind(windows, formatDayDateTime(at2, language)) : t.quotaDeferredUnknown;
  }
  var reminderTooLate2 = (language, day) => catalogue(language).outbox.error.reminderTooLate(formatDayDate(day, language));
  var unknownRetry = (language, attempts, maxAttempts, at2, message4) => catalogue(language).outbox.error.unknownRetry(
    attempts,
    maxAttempts,
    formatDayDateTime(at2, language),
    shorten(message4)
  );
  var interrupted = (language) => catalogue(language).outbox.error.interrupted;
  function shorten(message4) {
    const one = message4.replace(/\s+/g, " ").trim();
    return one.length > 300 ? `${one.slice(0, 300)}…` : one;
  }

  // src/core/outbox/enqueue.ts
  function mailEntry(request2, now) {
    const payload = {
      text: request2.mail.text,
      html: request2.mail.html,
      ...request2.senderName ? { senderName: request2.senderName } : {},
      ...request2.replyTo ? { replyTo: request2.replyTo } : {},
      ...request2.attachments?.length ? { attachments: request2.attachments } : {}
    };
    const json = JSON.stringify(payload);
    const language = request2.language ?? "vi";
    const check = checkRecipients(request2.to, language);
    const subjectError = checkSubject(request2.mail.subject, language);
    const base = {
      key: request2.key,
      kind: "mail",
      recipients: check.ok ? check.addresses : request2.to.map((a) => a.replace(/[\r\n]+/g, " ")),
      subject: request2.mail.subject.replace(/[\r\n]+/g, " "),
      attempts: 0,
      createdAt: now
    };
    const failed = (lastError, payloadText = json) => ({
      ...base,
      payload: payloadText.length > CELL_LIMIT ? "" : payloadText,
      state: FAILED,
      lastError,
      doneAt: now
    });
    if (!check.ok) return failed(check.error);
    if (subjectError) return failed(subjectError);
    if (json.length > CELL_LIMIT) {
      return {
        ...failed(catalogue(language).outbox.reject.tooLong(json.length, CELL_LIMIT)),
        refusedLength: json.length
      };
    }
    return { ...base, payload: json, state: PENDING };
  }
  function fitToCell(entry2, limit, language = "vi") {
    if (entry2.refusedLength !== void 0) {
      return { ...entry2, lastError: catalogue(language).outbox.reject.tooLong(entry2.refusedLength, limit) };
    }
    if (entry2.payload.length <= limit) return entry2;
    return {
      ...entry2,
      payload: "",
      state: FAILED,
      lastError: catalogue(language).outbox.reject.tooLong(entry2.payload.length, limit),
      ...entry2.createdAt ? { doneAt: entry2.createdAt } : {}
    };
  }
  function readMailPayload(payload, language = "vi") {
    try {
      const value = JSON.parse(payload);
      if (value && typeof value.text === "string" && typeof value.html === "string" && (value.attachments === void 0 || Array.isArray(value.attachments) && value.attachments.every(isAttachment)))
        return value;
    } catch {
    }
    return catalogue(language).outbox.reject.brokenPayload;
  }
  function isAttachment(value) {
    const a = value;
    return !!a && typeof a.filename === "string" && typeof a.mimeType === "string" && typeof a.content === "string" && (a.document === void 0 || typeof a.document === "string");
  }

  // src/app/outbox/drain-mail.ts
  function toOutgoing(entry2, language) {
    const recipients = checkRecipients(entry2.recipients, language);
    if (!recipients.ok) return recipients.error;
    const subjectError = checkSubject(entry2.subject, language);
    if (subjectError) return subjectError;
    const payload = readMailPayload(entry2.payload, language);
    if (typeof payload === "string") return payload;
    const senderName = payload.senderName?.replace(/[\r\n"]+/g, " ").trim();
    const replyTo = payload.replyTo?.trim();
    return {
      key: entry2.key,
      to: recipients.addresses,
      subject: entry2.subject,
      text: payload.text,
      html: payload.html,
      ...senderName ? { senderName } : {},
      ...replyTo && isValidAddress(replyTo) ? { replyTo } : {},
      ...payload.attachments?.length ? { attachments: payload.attachments } : {}
    };
  }

  // src/app/outbox/drain-settle.ts
  function leaseLive(entry2, now) {
    return entry2.state === SENDING && entry2.nextAttempt !== void 0 && wallMinutes(entry2.nextAttempt) > wallMinutes(now);
  }
  function settleStranded(rows, journals, now, language) {
    const stranded = rows.filter(
      (r) => r.entry.kind === "mail" && r.entry.state === SENDING && !leaseLive(r.entry, now)
    );
    const recovery = recoverBatch(
      journals,
      stranded.map((r) => r.entry.key)
    );
    const settled = /* @__PURE__ */ new Map();
    stranded.forEach(({ row, entry: entry2 }, at2) => {
      const how = recovery?.rows[at2] ?? "review";
      settled.set(row, { entry: settle(entry2, how, now, language), how });
    });
    return { journal: recovery?.journal, rows: settled };
  }
  function settle(entry2, how, now, language) {
    if (how === "review")
      return { ...entry2, state: NEEDS_REVIEW, nextAttempt: void 0, lastError: interrupted(language) };
    if (how === "sent")
      return { ...entry2, state: SENT, doneAt: now, nextAttempt: void 0, lastError: void 0 };
    return { ...entry2, state: PENDING, nextAttempt: void 0, attempts: Math.max(0, entry2.attempts - 1) };
  }

  // src/app/outbox/drain-state.ts
  var noCounts = () => ({
    sent: 0,
    deferred: 0,
    failed: 0,
    tooLate: 0,
    retrying: 0,
    needsReview: 0,
    recovered: 0
  });
  function drainState(rows, counts = noCounts()) {
    const current = new Map(rows.map((r) => [r.row, r.entry]));
    return {
      current,
      counts,
      set(row, entry2, into) {
        current.set(row, entry2);
        into.set(row, entry2);
      }
    };
  }
  function deferredEntry(entry2, back, language, slot) {
    const lastError = slot && slot.window > 1 ? quotaDeferredBehind(language, slot.window, slot.at) : quotaDeferred(language, back.at);
    return { ...entry2, state: DEFERRED, nextAttempt: back.retry, lastError };
  }

  // src/app/outbox/drain-batch.ts
  function pickBatch(rows, settlement, state, firstWrite, at2) {
    const { counts, set } = state;
    const due = [];
    for (const ledgerRow of rows) {
      const { row } = ledgerRow;
      let entry2 = ledgerRow.entry;
      if (entry2.kind !== "mail") continue;
      if (leaseLive(entry2, at2.now)) continue;
      const settled = entry2.state === SENDING ? settlement.rows.get(row) : void 0;
      if (entry2.state === SENDING) {
        const how = settled?.how ?? "review";
        entry2 = settled?.entry ?? entry2;
        set(row, entry2, firstWrite);
        if (how === "review") {
          counts.needsReview++;
          continue;
        }
        counts.recovered++;
        if (how === "sent") continue;
      }
      if (!at2.send || at2.tried.has(sameKey(entry2.key))) continue;
      if (!(at2.recheckDeferred && entry2.state === DEFERRED) && !isDue(entry2, at2.now)) continue;
      due.push({ row, entry: entry2 });
    }
    due.sort((a, b) => urgencyRank(a.entry.key) - urgencyRank(b.entry.key) || a.row - b.row);
    const batch = [];
    let quota;
    let reserve;
    let quotaGone = false;
    let planner;
    const defer = (row, entry2, recipients) => {
      const slot = planner?.place(entry2.key, recipients);
      const deferred = deferredEntry(entry2, at2.quotaBack(batch.length > 0), at2.language, slot);
      const sameReset = entry2.state === DEFERRED && entry2.nextAttempt?.iso === deferred.nextAttempt?.iso;
      if (sameReset && entry2.lastError === deferred.lastError) return;
      set(row, deferred, firstWrite);
      if (!sameReset) counts.deferred++;
    };
    for (const { row, entry: entry2 } of due) {
      const late = reminderTooLate(entry2.key, at2.now);
      if (late) {
        const lastError = reminderTooLate2(at2.language, late);
        set(row, { ...entry2, state: FAILED, lastError, doneAt: at2.now, nextAttempt: void 0 }, firstWrite);
        counts.tooLate++;
        continue;
      }
      const mail3 = toOutgoing(entry2, at2.language);
      if (typeof mail3 === "string") {
        set(
          row,
          { ...entry2, state: FAILED, lastError: mail3, doneAt: at2.now, nextAttempt: void 0 },
          firstWrite
        );
        counts.failed++;
        continue;
      }
      if (quota === void 0) {
        quota = at2.quota();
        planner = new WindowPlanner(at2.now, quota, at2.window);
      }
      const room = isBulk(entry2.key) && !quotaGone && quota > 0 ? quota - (reserve ?? (reserve = at2.reserve())) : quota;
      if (quotaGone || mail3.to.length > room) {
        if (!quotaGone) planner?.closeWindow();
        quotaGone = true;
        defer(row, entry2, mail3.to.length);
        continue;
      }
      planner?.place(entry2.key, mail3.to.length);
      quota -= mail3.to.length;
      batch.push({ row, before: entry2, mail: mail3 });
      set(row, { ...entry2, state: SENDING, attempts: entry2.attempts + 1, nextAttempt: at2.lease }, firstWrite);
    }
    return batch;
  }

  // src/app/outbox/drain-messages.ts
  function describeFinding(f, language) {
    const t = catalogue(language).outbox.drain;
    switch (f.code) {
      case "outbox.key-missing":
        return t.keyMissing;
      case "outbox.key-duplicate":
        return t.keyDuplicate(String(f.params.key));
      case "outbox.key-variant":
        return t.keyVariant(String(f.params.key), String(f.params.first), String(f.params.firstRow));
      case "outbox.state-unknown":
        return t.stateUnknown(String(f.params.state));
      case "header.missing":
        return t.headerMissing(String(f.params.header));
      default:
        return f.code;
    }
  }
  function summarise(r, language, timeZone) {
    const t = catalogue(language).outbox.drain;
    const parts = [t.sent(r.sent)];
    if (r.deferred > 0) parts.push(t.deferred(r.deferred));
    if (r.retrying > 0) parts.push(t.retrying(r.retrying));
    if (r.failed > 0) parts.push(t.failed(r.failed));
    if (r.tooLate > 0) parts.push(t.tooLate(r.tooLate));
    if (r.needsReview > 0) parts.push(t.needsReview(r.needsReview));
    if (r.recovered > 0) parts.push(t.recovered(r.recovered));
    parts.push(t.remaining(r.remaining));
    if (r.remaining > 0 && r.lastMailAt)
      parts.push(t.lastMailAt(formatDayDateTime(toWallClock(r.lastMailAt, timeZone), language)));
    if (r.stoppedForTime) parts.push(t.stoppedForTime);
    return `${parts.join("; ")}.`;
  }
  var drainLog = (language, text2) => `${catalogue(language).outbox.logPrefix}: ${text2}`;

  // src/app/outbox/drain-copies.ts
  var COPY_CODES = /* @__PURE__ */ new Set(["outbox.key-duplicate", "outbox.key-variant"]);
  function flagCopies(tables, store, language) {
    const col = store.header.index.lastError;
    if (store.tabName === void 0 || store.broken || col === void 0) return;
    for (const f of store.ledger.findings) {
      if (!COPY_CODES.has(f.code) || f.row === void 0) continue;
      const reason = describeFinding(f, language);
      if (cellText(store.grid[f.row - 1]?.[col] ?? null) === reason) continue;
      tables.write(store.tabName, f.row - 1, col, [[reason]]);
    }
  }

  // src/app/outbox/drain-finish.ts
  function scheduleNext(current, endWall, sentBatch, ports, o, wakeAtMs) {
    const mails = [...current.values()].filter((e) => e.kind === "mail");
    const waiting = mails.filter((e) => WAITING_STATES.includes(e.state));
    const leased = mails.filter((e) => e.state === SENDING && e.nextAttempt !== void 0).map((e) => ({ ...e, state: PENDING, nextAttempt: addMinutes(e.nextAttempt, 1) }));
    const next = earliestWork([...waiting, ...leased], endWall);
    let continuationAfterMs;
    const nowMs = ports.clock.now().getTime();
    const dues = [
      ...next !== void 0 ? [toInstant(next, o.timeZone).getTime() - nowMs] : [],
      ...wakeAtMs !== void 0 ? [wakeAtMs - nowMs] : []
    ];
    if (dues.length > 0) continuationAfterMs = Math.max(o.continuationMinDelayMs, Math.min(...dues));
    if (sentBatch || ports.triggers.hasPendingContinuation()) ports.triggers.cancelContinuation();
    if (continuationAfterMs !== void 0) ports.triggers.scheduleContinuation(continuationAfterMs);
    return { waiting: waiting.length, ...continuationAfterMs !== void 0 ? { continuationAfterMs } : {} };
  }

  // src/app/outbox/drain-journal.ts
  function drainLogger(log, language) {
    const t = catalogue(language).outbox.drain;
    return { error: (text2) => log.error(drainLog(language, text2(t))) };
  }
  function openJournal(properties, log, batch, batchId, recovered, journalsFound) {
    if (!properties || batch.length === 0) return void 0;
    let journal;
    const fresh = startJournal(
      batchId,
      batch.map((b) => b.mail.key)
    );
    const kept = recovered ? [recovered, fresh] : [fresh];
    if (journalsFit(kept)) {
      try {
        properties.set(SEND_JOURNAL_KEY, encodeJournals(kept));
        journal = fresh;
      } catch (error) {
        log.error((t) => t.journalNotWrittenSendAnyway(errorMessage(error)));
      }
    }
    if (!journal && journalsFound > 0) properties.delete(SEND_JOURNAL_KEY);
    return journal;
  }
  var JournalWriter = class {
    constructor(journal, properties, log) {
      this.journal = journal;
      this.properties = properties;
      this.log = log;
      this.broken = false;
    }
    get current() {
      return this.journal;
    }
    /** False when the journal could not be written (then nothing more may be sent). */
    write(next) {
      this.journal = next;
      if (!this.properties) return true;
      try {
        this.properties.set(SEND_JOURNAL_KEY, encodeJournals([next]));
        return true;
      } catch (error) {
        this.log.error((t) => t.journalNotWritten(errorMessage(error)));
        return false;
      }
    }
    /** "Started" must be on record before the mailer is called; once a write failed, nothing more is sent. */
    mayStart(next) {
      if (this.broken) return false;
      if (this.journal && !this.write(next(this.journal))) this.broken = true;
      return !this.broken;
    }
  };
  function dropJournal(properties, log) {
    try {
      properties.delete(SEND_JOURNAL_KEY);
    } catch (error) {
      log.error((t) => t.journalNotDeleted(errorMessage(error)));
    }
  }

  // src/app/outbox/drain-record.ts
  function applyResults(rows, previous, write) {
    if (!previous) return [...rows];
    const byKey = new Map(
      previous.batch.map((b) => [sameKey(b.mail.key), previous.results.get(b.row) ?? b.before])
    );
    return rows.map((r) => {
      const result = byKey.get(sameKey(r.entry.key));
      if (!result || r.entry.state !== SENDING && result.state !== SENT) return r;
      write.set(r.row, result);
      return { row: r.row, entry: result };
    });
  }

  // src/app/outbox/drain-send.ts
  var UNKNOWN_RETRY_MINUTES = 20;
  function* sendBatch(batch, ctx, results3) {
    const { o, state, journal } = ctx;
    let stoppedForTime = false;
    let deferRest = false;
    for (const [at2, item2] of batch.entries()) {
      const { row, before, mail: mail3 } = item2;
      if (deferRest) {
        state.set(row, deferredEntry(before, ctx.quotaBack(), o.language), results3);
        state.counts.deferred++;
        continue;
      }
      if (stoppedForTime || ctx.remainingMs() <= 0) {
        stoppedForTime = true;
        state.set(row, before, results3);
        continue;
      }
      if (ctx.quotaNow() < mail3.to.length) {
        deferRest = true;
        state.set(row, deferredEntry(before, ctx.quotaBack(), o.language), results3);
        state.counts.deferred++;
        continue;
      }
      if (!journal.mayStart((j) => recordStart(j, at2))) {
        state.set(row, before, results3);
        continue;
      }
      const quota = yield* sendOne(item2, ctx, results3);
      if (quota) deferRest = true;
      const written = journal.current;
      if (written) journal.write(recordOutcome(written, at2, state.current.get(row)?.state === SENT));
    }
    return { stoppedForTime };
  }
  function* sendOne({ row, before, mail: mail3 }, ctx, results3) {
    const { o, state } = ctx;
    const { counts, set } = state;
    let tries = 0;
    for (; ; ) {
      tries++;
      const outcome = (yield { type: "send", mail: mail3 }) ?? { ok: false, message: "no outcome" };
      const at2 = ctx.wallNow();
      const attempts = before.attempts + tries;
      if (outcome.ok) {
        ctx.spent(mail3.to.length);
        set(
          row,
          { ...before, state: SENT, attempts, doneAt: at2, nextAttempt: void 0, lastError: void 0 },
          results3
        );
        counts.sent++;
        return false;
      }
      const kind = classifyFailure(
        outcome.message,
        outcome.responseCode,
        ctx.quotaAfterFailure(),
        mail3.to.length
      );
      const lastError = describeMailError(kind, outcome.message, attempts, o.maxAttempts, o.language);
      if (kind === "quota") {
        set(row, { ...deferredEntry(before, ctx.quotaBack(), o.language), attempts, lastError }, results3);
        counts.deferred++;
        return true;
      }
      if (kind === "transient") {
        const wait = o.backoffMs[tries - 1];
        if (wait !== void 0 && wait < ctx.remainingMs()) {
          yield { type: "sleep", ms: wait };
          continue;
        }
        const nextAttempt = retryAfterTransient(at2, attempts);
        set(row, { ...before, state: TRANSIENT2, attempts, lastError, nextAttempt }, results3);
        counts.retrying++;
        return false;
      }
      const otherAttempts = before.attempts + 1;
      if (otherAttempts >= o.maxAttempts) {
        const message4 = describeMailError(kind, outcome.message, otherAttempts, o.maxAttempts, o.language);
        const failed = { state: FAILED, doneAt: at2, nextAttempt: void 0 };
        set(row, { ...before, ...failed, attempts: otherAttempts, lastError: message4 }, results3);
        counts.failed++;
      } else {
        const nextAttempt = addMinutes(at2, UNKNOWN_RETRY_MINUTES * 2 ** (otherAttempts - 1));
        const message4 = unknownRetry(o.language, otherAttempts, o.maxAttempts, nextAttempt, outcome.message);
        set(
          row,
          { ...before, state: TRANSIENT2, nextAttempt, attempts: otherAttempts, lastError: message4 },
          results3
        );
        counts.retrying++;
      }
      return false;
    }
  }

  // src/app/outbox/outbox-store.ts
  function loadOutbox(tables) {
    for (const name of [OUTBOX_TABLE.name, ...OUTBOX_TABLE.aliases]) {
      const grid = tables.read(name);
      if (grid === void 0) continue;
      const table4 = readLedgerTable(grid);
      const ledger = parseLedger(table4);
      const broken = grid.length > 0 && table4.header.findings.some((f) => f.code === "header.missing");
      return { tabName: name, grid, header: table4.header, ledger, broken };
    }
    const table3 = readLedgerTable(void 0);
    return { tabName: void 0, grid: [], header: table3.header, ledger: parseLedger(table3), broken: false };
  }
  function enqueueEntries(tables, candidates, limit = Number.POSITIVE_INFINITY) {
    let store = loadOutbox(tables);
    if (store.broken) return { added: [], alreadyQueued: [], findings: store.ledger.findings };
    if (store.tabName === void 0 || store.grid.length === 0) {
      const name = store.tabName ?? OUTBOX_TABLE.name;
      tables.create(name);
      tables.write(name, 0, 0, [defaultHeader(OUTBOX_TABLE)]);
      store = {
        ...store,
        tabName: name,
        grid: [defaultHeader(OUTBOX_TABLE)],
        header: readLedgerTable([defaultHeader(OUTBOX_TABLE)]).header
      };
    }
    const seen = new Set(store.ledger.keys);
    const added = [];
    const alreadyQueued = [];
    const rows = [];
    for (const entry2 of candidates) {
      if (seen.has(sameKey(entry2.key))) {
        alreadyQueued.push(entry2.key);
        continue;
      }
      if (added.length >= limit) continue;
      seen.add(sameKey(entry2.key));
      added.push(entry2.key);
      const kept = fitToCell(entry2, tables.cellLimit ?? CELL_LIMIT, store.header.language);
      rows.push(recordToRow(store.header, entryToRecord(kept)));
    }
    if (rows.length > 0) tables.append(store.tabName, rows);
    return { added, alreadyQueued, findings: store.ledger.findings };
  }
  function writeLedgerRows(tables, store, changed, current = /* @__PURE__ */ new Map()) {
    if (changed.length === 0 || store.tabName === void 0) return;
    const byRow = new Map(changed.map((c) => [c.row, c.entry]));
    const rowsSorted = [...byRow.keys()].sort((a, b) => a - b);
    const first = rowsSorted[0];
    const last = rowsSorted[rowsSorted.length - 1];
    const columns = Object.values(store.header.index);
    const minCol = Math.min(...columns);
    const maxCol = Math.max(...columns);
    const width = Math.max(store.header.width, maxCol + 1);
    const block = [];
    for (let row = first; row <= last; row++) {
      const original = store.grid[row - 1] ?? [];
      const line = Array.from({ length: width }, (_, i2) => original[i2] ?? null);
      const entry2 = byRow.get(row) ?? current.get(row);
      if (entry2) {
        const fresh = recordToRow({ ...store.header, width }, entryToRecord(entry2));
        for (const at2 of columns) line[at2] = fresh[at2] ?? null;
      }
      block.push(line.slice(minCol, maxCol + 1));
    }
    tables.write(store.tabName, first - 1, minCol, block);
  }

  // src/app/outbox/drain-steps.ts
  var DRAIN_CLAIM_KEY = "outbox.drainClaim";
  function* drainSteps(ports, o, deadline, remainingQuota, extra = {}) {
    const { reserve } = extra;
    const { tables, clock, log, properties } = ports;
    const wallNow = () => toWallClock(clock.now(), o.timeZone);
    const logger = drainLogger(log, o.language);
    const t = catalogue(o.language).outbox.drain;
    const counts = noCounts();
    const tried = /* @__PURE__ */ new Set();
    let previous;
    let quotaLeft;
    const quotaOr = (estimate) => {
      try {
        return remainingQuota();
      } catch {
        return estimate;
      }
    };
    let stoppedForTime = false;
    let findings3 = [];
    let window;
    const quotaBack = (opening = false) => {
      const at2 = windowReset(window ?? (opening ? { start: wallNow(), used: 0 } : void 0));
      return { at: at2, retry: at2 ? addMinutes(at2, 1) : addMinutes(wallNow(), UNKNOWN_RESET_RETRY_MINUTES) };
    };
    const noteSend = (recipients) => {
      window = { start: window?.start ?? wallNow(), used: (window?.used ?? 0) + recipients };
    };
    const wakeAt = () => {
      try {
        return extra.wakeAt?.();
      } catch {
        return void 0;
      }
    };
    const reserveUntilReset = () => {
      if (!reserve) return 0;
      try {
        const reset = windowReset(window);
        return reserve(reset ? toInstant(reset, o.timeZone).getTime() : clock.now().getTime() + DAY_MS2);
      } catch (error) {
        log.error(drainLog(o.language, error instanceof Error ? error.message : String(error)));
        return 0;
      }
    };
    const leaseWall = toWallClock(new Date(deadline.leaseEndMs), o.timeZone);
    for (let round2 = 0; ; round2++) {
      const lock = yield round2 === 0 ? { type: "lock" } : { type: "lock", waitMs: Math.max(o.lockTimeoutMs, deadline.remainingMs()) };
      if (!lock?.ok) {
        if (round2 === 0) {
          retryLater(ports, o);
          return notRun(ports, o, t.lockBusy);
        }
        log.error(drainLog(o.language, t.notRecorded));
        return finish({ waiting: 0 }, true);
      }
      if (round2 === 0 && properties && !claimed(ports, deadline)) return notRun(ports, o, t.claimBusy);
      const store = loadOutbox(tables);
      if (round2 === 0) {
        findings3 = store.ledger.findings;
        for (const f of findings3) log.error(t.findingAt(String(f.row ?? "?"), describeFinding(f, o.language)));
        flagCopies(tables, store, o.language);
      }
      const now = wallNow();
      const write = /* @__PURE__ */ new Map();
      const rows = applyResults(store.ledger.rows, previous, write);
      const state = drainState(rows, counts);
      const journalsFound = properties ? decodeJournals(properties.get(SEND_JOURNAL_KEY)) : [];
      const settlement = settleStranded(rows, journalsFound, now, o.language);
      window = windowFromLedger(
        rows.map((r) => r.entry),
        now
      );
      const send = !stoppedForTime && deadline.remainingMs() > 0;
      let quota = 0;
      const batch = pickBatch(rows, settlement, state, write, {
        now,
        quotaBack,
        window,
        recheckDeferred: round2 === 0,
        reserve: reserveUntilReset,
        // Before anything is marked the quota service may fail the run; after a batch it may not
        // strand the next round: then what it said last, less what has gone since, is trusted.
        quota: () => quota = quotaLeft = round2 === 0 || quotaLeft === void 0 ? remainingQuota() : quotaOr(quotaLeft),
        language: o.language,
        lease: leaseWall,
        send,
        tried
      });
      const opened = openJournal(
        properties,
        logger,
        batch,
        deadline.id,
        previous?.journal ?? settlement.journal,
        journalsFound.length
      );
      if (batch.length > 0) {
        ports.triggers.cancelContinuation();
        ports.triggers.scheduleContinuation(
          Math.max(o.watchdogMs, deadline.leaseEndMs - clock.now().getTime() + o.continuationMinDelayMs)
        );
      }
      writeLedgerRows(tables, store, rowsOf(write), state.current);
      if (batch.length === 0) {
        if (properties && journalsFound.length > 0) dropJournal(properties, logger);
        const next = scheduleNext(state.current, wallNow(), round2 > 0, ports, o, wakeAt());
        if (properties) releaseClaim(properties, DRAIN_CLAIM_KEY, deadline);
        if (extra.reportQuota && quotaLeft === void 0) quotaLeft = quotaOr(0);
        return finish({ ...next, ...lastMail(state.current, quota) }, false);
      }
      yield { type: "checkpoint" };
      yield { type: "unlock" };
      previous = yield* sendRound(batch, state, opened, quota);
      for (const item2 of batch) tried.add(sameKey(item2.mail.key));
    }
    function* sendRound(batch, state, opened, quota) {
      let estimate = quota;
      const spend = (recipients) => {
        noteSend(recipients);
        estimate -= recipients;
        quotaLeft = estimate;
      };
      quotaLeft = estimate;
      const journal = new JournalWriter(opened, properties, logger);
      const results3 = /* @__PURE__ */ new Map();
      const sent = yield* sendBatch(
        batch,
        {
          o,
          state,
          journal,
          remainingMs: () => deadline.remainingMs(),
          wallNow,
          quotaBack,
          quotaNow: () => quotaOr(estimate),
          quotaAfterFailure: () => {
            try {
              return estimate = remainingQuota();
            } catch {
              return void 0;
            }
          },
          spent: spend
        },
        results3
      );
      if (sent.stoppedForTime) stoppedForTime = true;
      const closing = journal.current;
      if (closing)
        journal.write(
          closeJournal(
            closing,
            batch.map((b) => results3.get(b.row)?.state === SENT)
          )
        );
      return { batch, results: results3, journal: journal.current };
    }
    function lastMail(current, quotaRead) {
      const rows = [...current].map(([row, entry2]) => ({ row, entry: entry2 }));
      const forecast = sendForecast(rows, wallNow(), Math.max(0, quotaLeft ?? quotaRead));
      return forecast.mails > 0 && forecast.lastAt ? { lastMailAt: toInstant(forecast.lastAt, o.timeZone) } : {};
    }
    function finish(next, unrecorded) {
      const result = {
        ran: true,
        ...counts,
        remaining: next.waiting,
        stoppedForTime,
        ...next.continuationAfterMs !== void 0 ? { continuationAfterMs: next.continuationAfterMs } : {},
        ...next.lastMailAt ? { lastMailAt: next.lastMailAt } : {},
        ...quotaLeft !== void 0 ? { quotaLeft: Math.max(0, quotaLeft) } : {},
        findings: findings3,
        message: ""
      };
      const summary = summarise(result, o.language, o.timeZone);
      const message4 = unrecorded ? `${summary.slice(0, -1)}; ${t.notRecorded}.` : summary;
      log.info(drainLog(o.language, message4));
      return { ...result, message: message4 };
    }
  }
  var UNKNOWN_RESET_RETRY_MINUTES = 60;
  var DAY_MS2 = 24 * 36e5;
  function claimed(ports, deadline) {
    try {
      return takeClaim(ports.properties, DRAIN_CLAIM_KEY, deadline, ports.clock.now().getTime());
    } catch {
      return true;
    }
  }
  function retryLater(ports, o) {
    try {
      if (!ports.triggers.hasPendingContinuation())
        ports.triggers.scheduleContinuation(o.continuationMinDelayMs);
    } catch (error) {
      ports.log.error(drainLog(o.language, error instanceof Error ? error.message : String(error)));
    }
  }
  function notRun(ports, o, message4) {
    ports.log.info(drainLog(o.language, message4));
    return {
      ran: false,
      ...noCounts(),
      remaining: 0,
      stoppedForTime: false,
      findings: [],
      message: message4
    };
  }
  function rowsOf(changes) {
    return [...changes].map(([row, entry2]) => ({ row, entry: entry2 }));
  }

  // src/app/outbox/drain-types.ts
  var DEFAULTS = {
    timeBudgetMs: 27e4,
    lockTimeoutMs: 1e4,
    maxAttempts: 3,
    backoffMs: [1e3, 2e3, 4e3, 8e3],
    timeZone: SCHOOL_TIME_ZONE,
    continuationMinDelayMs: 6e4,
    watchdogMs: 42e4,
    language: "vi"
  };

  // src/app/outbox/drain-outbox.ts
  var LOCK_REFUSED = { ok: false, message: "lock not acquired" };
  function refuseUnderLock(effect) {
    if (effect.type === "send" || effect.type === "sleep")
      throw new Error(`drain: '${effect.type}' asked for while the script lock is held`);
  }
  function drainOutbox(ports, options = {}) {
    const o = { ...DEFAULTS, ...options };
    const deadline = ports.deadline ?? executionDeadline(ports.clock, o.timeBudgetMs);
    const steps = drainSteps(ports, o, deadline, () => ports.mail.remainingDailyQuota(), options);
    let step = steps.next();
    const play2 = (locked2) => {
      while (!step.done) {
        const effect = step.value;
        if (locked2) refuseUnderLock(effect);
        if (effect.type === "unlock") {
          step = steps.next();
          if (locked2) return;
        } else if (effect.type === "lock") {
          let entered = false;
          try {
            ports.lock.withLock(effect.waitMs ?? o.lockTimeoutMs, () => {
              entered = true;
              step = steps.next({ ok: true });
              play2(true);
            });
          } catch (error) {
            if (entered || !(error instanceof LockUnavailableError)) throw error;
            step = steps.next(LOCK_REFUSED);
          }
        } else if (effect.type === "sleep") {
          ports.sleep.sleep(effect.ms);
          step = steps.next();
        } else if (effect.type === "checkpoint") {
          ports.checkpoint?.checkpoint();
          step = steps.next();
        } else {
          let outcome;
          try {
            ports.mail.send(effect.mail);
            outcome = { ok: true };
          } catch (error) {
            outcome = failure(error);
          }
          step = steps.next(outcome);
        }
      }
    };
    play2(false);
    return step.value;
  }
  function failure(error) {
    const responseCode = errorResponseCode(error);
    return { ok: false, message: errorMessage(error), ...responseCode !== void 0 ? { responseCode } : {} };
  }

  // src/app/jobs/last-runs.ts
  var LAST_RUNS_KEY = "jobs.lastRuns";
  var ERROR_CHARS = 200;
  function readLastRuns(properties) {
    try {
      const parsed = JSON.parse(properties.get(LAST_RUNS_KEY) ?? "{}");
      return parsed !== null && typeof parsed === "object" ? parsed : {};
    } catch {
      return {};
    }
  }
  function recordedRun(ports, job, run) {
    const started = ports.clock.now();
    try {
      const value = run();
      remember(ports, job, started, void 0);
      return value;
    } catch (error) {
      remember(ports, job, started, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  function remember(ports, job, started, error) {
    try {
      const runs = readLastRuns(ports.properties);
      runs[job] = {
        at: started.toISOString(),
        ms: Math.max(0, ports.clock.now().getTime() - started.getTime()),
        ok: error === void 0,
        ...error !== void 0 ? { error: error.slice(0, ERROR_CHARS) } : {}
      };
      ports.properties.set(LAST_RUNS_KEY, JSON.stringify(runs));
    } catch {
    }
  }

  // src/core/outbox/family-mail.ts
  function mailableAddress(plan) {
    if (plan.settings?.mailFamilies) return () => true;
    const staff2 = /* @__PURE__ */ new Set();
    const add2 = (email) => {
      const key = cleanText(email ?? "").toLowerCase();
      if (key !== "") staff2.add(key);
    };
    for (const person2 of plan.people) add2(person2.email);
    for (const activity of plan.activities) add2(activity.owner);
    for (const email of plan.settings?.leadershipEmails ?? []) add2(email);
    add2(plan.settings?.organiserEmail);
    return (email) => staff2.has(cleanText(email).toLowerCase());
  }

  // src/core/calendar/audience.ts
  var normalise = (email) => cleanText(email).toLowerCase();
  function resolveAudience(plan, audience, extra = []) {
    const folded2 = foldKey(audience ?? "");
    const staff2 = plan.people.filter((p2) => p2.active);
    let base;
    if (folded2 === "" || folded2 === foldKey(AUDIENCE_NONE)) base = [];
    else if (folded2 === foldKey(AUDIENCE_ALL_STAFF)) base = staff2.map((p2) => p2.email);
    else if (folded2 === foldKey(AUDIENCE_PARENTS)) base = familyEmails(plan);
    else if (folded2 === foldKey(AUDIENCE_EVERYONE))
      base = [...staff2.map((p2) => p2.email), ...familyEmails(plan)];
    else {
      const group = staff2.filter((p2) => p2.group !== void 0 && foldKey(p2.group) === folded2);
      if (group.length === 0) return { ok: false, audience: audience ?? "" };
      base = group.map((p2) => p2.email);
    }
    const seen = /* @__PURE__ */ new Set();
    const invalid = [];
    const mayMail = mailableAddress(plan);
    for (const raw of [...base, ...extra]) {
      const email = normalise(raw);
      if (email === "" || isUndeliverable(email) || !mayMail(email)) continue;
      if (!isValidAddress(email)) invalid.push(raw);
      else seen.add(email);
    }
    return { ok: true, guests: [...seen].sort(), invalid };
  }
  function familyEmails(plan) {
    return plan.families.flatMap((f) => f.email ? [f.email] : []);
  }

  // src/core/calendar/description.ts
  var FORM_OF_CATEGORY = {
    "khai mạc": "attendance",
    "tập huấn": "training",
    "nói chuyện": "training",
    "bình chọn": "nomination"
  };
  function eventDescription(activity, settings) {
    const t = catalogue(settings.language).calendar.description;
    const lines = [
      t.week(settings.year, settings.theme),
      `${t.category}: ${choiceLabel(activity.category, settings.language)}`
    ];
    if (!activity.timeConfirmed) lines.push(t.tentative);
    if (activity.platform || activity.link) {
      lines.push(
        activity.platform && activity.platform !== "Khác" ? t.online(activity.platform) : t.onlineNoPlatform
      );
      if (activity.link) lines.push(`${t.link}: ${activity.link}`);
    }
    if (activity.location) lines.push(`${t.location}: ${activity.location}`);
    if (activity.owner) lines.push(`${t.owner}: ${activity.owner}`);
    const form = FORM_OF_CATEGORY[activity.category];
    const formUrl = form ? settings.formUrls[form] : void 0;
    if (form && formUrl) lines.push(`${t.form[form]}: ${formUrl}`);
    lines.push(`${t.organiser}: ${settings.school}`);
    return lines.join("\n");
  }

  // src/core/calendar/desired-events.ts
  var wantsEvent = (a) => a.invite && a.status !== "hủy";
  function desiredEvents(plan, settings, options = {}) {
    const events = /* @__PURE__ */ new Map();
    const skipped = [];
    const reminders = reminderMinutes(settings, options.popupMinutes ?? 30);
    const t = catalogue(settings.language).calendar.skip;
    for (const activity of plan.activities) {
      if (!wantsEvent(activity) || events.has(activity.id)) continue;
      const skip = (reason, message4) => {
        skipped.push({
          activityId: activity.id,
          row: activity.row,
          reason,
          message: `${activity.id}: ${message4}`
        });
      };
      const { start, end } = activity;
      if (!start || !end) {
        skip("time-missing", t.timeMissing);
        continue;
      }
      if (wallMinutes(end) <= wallMinutes(start)) {
        skip("end-not-after-start", t.endNotAfterStart);
        continue;
      }
      const first = settings.weekStart.iso.slice(0, 10);
      const last = settings.weekEnd.iso.slice(0, 10);
      if (start.iso.slice(0, 10) < first || end.iso.slice(0, 10) > last) {
        skip(
          "outside-week",
          t.outsideWeek(formatShortDate(settings.weekStart), formatShortDate(settings.weekEnd))
        );
        continue;
      }
      const seated = options.seatedByActivity?.get(activity.id) ?? [];
      const owner = activity.owner ? [activity.owner] : [];
      const limited = activity.capacity !== void 0 && activity.capacity > 0;
      const audience = resolveAudience(plan, limited ? AUDIENCE_NONE : activity.audience, [
        ...seated,
        ...owner
      ]);
      if (!audience.ok) {
        skip("audience-unknown", t.audienceUnknown(audience.audience));
        continue;
      }
      if (audience.invalid.length > 0) {
        skip("guest-email-invalid", t.guestEmailInvalid(audience.invalid.join(", ")));
        continue;
      }
      if (audience.guests.length === 0 && limited) {
        skip("no-guests", t.noSeated);
        continue;
      }
      if (audience.guests.length === 0) {
        skip("no-guests", t.noGuests);
        continue;
      }
      events.set(activity.id, {
        activityId: activity.id,
        title: activity.title,
        start,
        end,
        timeZone: settings.timeZone,
        ...activity.location ? { location: activity.location } : {},
        description: eventDescription(activity, settings),
        ...activity.link ? { url: activity.link } : {},
        guests: audience.guests,
        reminderMinutes: reminders
      });
    }
    return { events, skipped };
  }
  function reminderMinutes(settings, popup) {
    const lead = Math.round(settings.reminderLeadHours * 60);
    return [...new Set([lead, popup].filter((m) => m > 0))].sort((a, b) => b - a);
  }

  // src/core/forms/hash.ts
  function fnv1a32(text2, offsetBasis) {
    let hash = offsetBasis >>> 0;
    for (let i2 = 0; i2 < text2.length; i2++) {
      hash ^= text2.charCodeAt(i2);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash >>> 0;
  }
  var hex8 = (n2) => n2.toString(16).padStart(8, "0");
  function contentHash(text2) {
    return hex8(fnv1a32(text2, 2166136261)) + hex8(fnv1a32(text2, 84696351));
  }

  // src/core/calendar/fingerprint.ts
  function eventFingerprint(event) {
    return contentHash(
      JSON.stringify([
        event.title,
        event.start.iso,
        event.end.iso,
        event.timeZone,
        event.location ?? "",
        event.description,
        event.url ?? "",
        event.reminderMinutes
      ])
    );
  }
  function guestsFingerprint(guests) {
    return contentHash(guests.join("\n"));
  }
  function guestsDigest(guests) {
    const list = [...new Set(guests)].sort();
    return { hash: guestsFingerprint(list), count: list.length };
  }
  var NO_GUESTS = guestsDigest([]);

  // src/core/calendar/known-state.ts
  var knownEventKey = (year, activityId2) => `calendar:${year}:${activityId2}`;
  var PART = 2500;
  function encodeKnownEvent(key, state) {
    const json = JSON.stringify(state);
    if (json.length <= PART) return [[key, json]];
    const parts = [];
    for (let i2 = 0; i2 < json.length; i2 += PART) parts.push(json.slice(i2, i2 + PART));
    return [
      [key, JSON.stringify({ parts: parts.length })],
      ...parts.map((p2, i2) => [`${key}#${i2 + 1}`, p2])
    ];
  }
  function decodeKnownEvent(key, get) {
    const head = get(key);
    if (head === void 0) return void 0;
    try {
      let value = JSON.parse(head);
      const parts = value?.parts;
      if (typeof parts === "number") {
        let json = "";
        for (let i2 = 1; i2 <= parts; i2++) {
          const part = get(`${key}#${i2}`);
          if (part === void 0) return void 0;
          json += part;
        }
        value = JSON.parse(json);
      }
      return knownEventOf(value);
    } catch {
      return void 0;
    }
  }
  function knownEventOf(value) {
    const v = value;
    if (typeof v !== "object" || v === null || typeof v.activityId !== "string" || typeof v.fingerprint !== "string" || typeof v.sequence !== "number" || !(v.start === void 0 || isLocalDateTime(v.start)) || !(v.end === void 0 || isLocalDateTime(v.end)))
      return void 0;
    const guests = digestOf(v.guests);
    return guests ? { ...v, guests } : void 0;
  }
  function digestOf(guests) {
    if (Array.isArray(guests))
      return guests.every((g) => typeof g === "string") ? guestsDigest(guests) : void 0;
    const d = guests;
    return typeof d === "object" && d !== null && typeof d.hash === "string" && typeof d.count === "number" ? { hash: d.hash, count: d.count } : void 0;
  }

  // src/core/mail/when.ts
  function dateRange(start, end, language) {
    return catalogue(language).mail.dateRange(formatDayDate(start, language), formatDayDate(end, language));
  }
  var sameDay = (a, b) => a.iso.slice(0, 10) === b.iso.slice(0, 10);
  var midnight = (a) => partsOf(a).hour === 0 && partsOf(a).minute === 0;
  function activityWhen(start, end, timeConfirmed2, language) {
    if (!start) return catalogue(language).mail.toBeAnnounced;
    if (end && !sameDay(start, end)) return dateRange(start, end, language);
    const hours = activityHours(start, end, timeConfirmed2, language);
    return hours ? `${formatDayDate(start, language)}, ${hours}` : formatDayDate(start, language);
  }
  function activityHours(start, end, timeConfirmed2, language) {
    if (midnight(start) && (!end || midnight(end))) return "";
    const until = end ? `–${formatTime(end)}` : "";
    return `${formatTime(start)}${until}${timeConfirmed2 ? "" : catalogue(language).mail.tentative}`;
  }

  // src/core/calendar/describe-op.ts
  function eventWhen(start, end, language) {
    if (!start) return catalogue(language).calendar.op.noTime;
    if (!end) return `${formatDayDate(start, language)} ${formatTime(start)}`;
    if (start.iso.slice(0, 10) === end.iso.slice(0, 10)) {
      return `${formatDayDate(start, language)} ${formatTime(start)}–${formatTime(end)}`;
    }
    return dateRange(start, end, language);
  }
  function quotedTitle(title, max = 80) {
    const chars = [...title];
    return `‘${chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : title}’`;
  }
  var guestCount = (n2, language) => catalogue(language).calendar.op.guests(n2);

  // src/core/calendar/diff.ts
  var GUESTS_PER_OP = 1e3;
  function calendarDiff(input) {
    const language = input.language ?? "vi";
    const t = catalogue(language).calendar.op;
    const recorded = input.recorded ?? (() => []);
    const ops = [];
    for (const [id, event] of input.desired) {
      const known = input.known.get(id);
      const live2 = known && !known.cancelled ? known : void 0;
      ops.push(...opsFor(event, live2, known?.sequence, language, () => recorded(id)));
    }
    for (const [id, known] of input.known) {
      if (known.cancelled || input.desired.has(id) || input.untouchable.has(id)) continue;
      const sequence = known.sequence + 1;
      const guests = known.guests.count > 0 ? recorded(id) : [];
      ops.push({
        type: "cancel",
        key: outboxKey("calendar", id, sequence, "cancel"),
        activityId: id,
        sequence,
        title: known.title ?? id,
        ...known.start ? { start: known.start } : {},
        ...known.end ? { end: known.end } : {},
        guests,
        description: t.cancel(
          id,
          quotedTitle(known.title ?? id),
          eventWhen(known.start, known.end, language),
          guestCount(known.guests.count, language)
        )
      });
    }
    return ops;
  }
  function opsFor(event, known, lastSequence, language, recorded) {
    const t = catalogue(language).calendar.op;
    const id = event.activityId;
    const fingerprint2 = eventFingerprint(event);
    const title = quotedTitle(event.title);
    const when = eventWhen(event.start, event.end, language);
    const bare = { ...event, guests: [] };
    const listAfter = guestsDigest(event.guests);
    if (!known) {
      const sequence2 = lastSequence === void 0 ? 0 : lastSequence + 1;
      const [first = [], ...rest] = chunks(event.guests);
      const change = contentHash(fingerprint2 + guestsFingerprint(event.guests));
      return [
        {
          type: "create",
          key: outboxKey("calendar", id, sequence2, "create", change),
          activityId: id,
          sequence: sequence2,
          event: { ...event, guests: first },
          fingerprint: fingerprint2,
          listAfter,
          description: t.create(id, title, when, guestCount(event.guests.length, language))
        },
        ...rest.map(
          (emails, i2) => guestsAdded(bare, emails, sequence2, change, i2 + 1, title, language, listAfter)
        )
      ];
    }
    const sameGuests = listAfter.hash === known.guests.hash;
    const before = sameGuests ? event.guests : recorded();
    const had = new Set(before);
    const wanted = new Set(event.guests);
    const added = event.guests.filter((g) => !had.has(g));
    const removed = before.filter((g) => !wanted.has(g));
    const contentChanged = fingerprint2 !== known.fingerprint;
    if (!contentChanged && added.length === 0 && removed.length === 0) return [];
    const sequence = known.sequence + 1;
    const ops = [];
    if (contentChanged) {
      ops.push({
        type: "update",
        key: outboxKey("calendar", id, sequence, "update", fingerprint2),
        activityId: id,
        sequence,
        event: bare,
        fingerprint: fingerprint2,
        description: t.update(id, title, when)
      });
    }
    chunks(added).forEach(
      (emails, i2) => ops.push(guestsAdded(bare, emails, sequence, guestsFingerprint(added), i2, title, language, listAfter))
    );
    chunks(removed).forEach((emails, i2) => {
      const change = guestsFingerprint(removed);
      ops.push({
        type: "guests-removed",
        key: outboxKey("calendar", id, sequence, "guests-removed", change, ...i2 > 0 ? [i2] : []),
        activityId: id,
        sequence,
        emails,
        listAfter,
        description: t.guestsRemoved(guestCount(emails.length, language), id, title)
      });
    });
    return ops;
  }
  function guestsAdded(event, emails, sequence, change, part, title, language, listAfter) {
    return {
      type: "guests-added",
      key: outboxKey(
        "calendar",
        event.activityId,
        sequence,
        "guests-added",
        change,
        ...part > 0 ? [part] : []
      ),
      activityId: event.activityId,
      sequence,
      emails,
      event,
      listAfter,
      description: catalogue(language).calendar.op.guestsAdded(
        guestCount(emails.length, language),
        event.activityId,
        title
      )
    };
  }
  function chunks(items) {
    const out = [];
    for (let i2 = 0; i2 < items.length; i2 += GUESTS_PER_OP) out.push(items.slice(i2, i2 + GUESTS_PER_OP));
    return out;
  }

  // src/core/calendar/guest-record.ts
  var INVITE_MAIL = "calendar-invite";
  var CANCEL_MAIL = "calendar-cancel";
  var CALENDAR_WRITE = "calendar";
  function recordedGuests(entries, year) {
    const lists = /* @__PURE__ */ new Map();
    const listOf = (id) => {
      let list = lists.get(id);
      if (!list) lists.set(id, list = /* @__PURE__ */ new Set());
      return list;
    };
    for (const entry2 of entries) {
      const [action, activityId2, email] = entry2.key.split(":");
      if (activityId2 === void 0) continue;
      if (action === INVITE_MAIL && email) listOf(activityId2).add(email.toLowerCase());
      else if (action === CANCEL_MAIL && email) listOf(activityId2).delete(email.toLowerCase());
      else if (action === CALENDAR_WRITE && entry2.state !== FAILED) {
        const op = calendarWrite(entry2.payload, year);
        if (op) replay(listOf(op.activityId), op);
      }
    }
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of lists)
      out.set(id, [...list].filter((a) => isValidAddress(a) && !isUndeliverable(a)).sort());
    return out;
  }
  function replay(list, op) {
    switch (op.type) {
      case "create":
        list.clear();
        for (const g of op.event.guests) list.add(g.toLowerCase());
        return;
      case "guests-added":
        for (const g of op.emails) list.add(g.toLowerCase());
        return;
      case "guests-removed":
        for (const g of op.emails) list.delete(g.toLowerCase());
        return;
      case "cancel":
        list.clear();
        return;
      case "update":
        return;
    }
  }
  function calendarWrite(payload, year) {
    try {
      const parsed = JSON.parse(payload);
      const op = parsed?.op;
      if (parsed?.year !== year || typeof op?.activityId !== "string") return void 0;
      const lists = [
        op.emails,
        op.event?.guests
      ];
      const ok2 = lists.every(
        (l) => l === void 0 || Array.isArray(l) && l.every((g) => typeof g === "string")
      );
      return ok2 ? op : void 0;
    } catch {
      return void 0;
    }
  }

  // src/core/calendar/operations.ts
  function stateAfter(op, before, eventId) {
    const id = eventId ?? (before?.cancelled ? void 0 : before?.eventId);
    const base = {
      activityId: op.activityId,
      ...id ? { eventId: id } : {},
      sequence: Math.max(op.sequence, before?.sequence ?? 0)
    };
    const guests = before && !before.cancelled ? before.guests : NO_GUESTS;
    switch (op.type) {
      case "create":
        return {
          ...base,
          fingerprint: op.fingerprint,
          guests: op.listAfter ?? guestsDigest(op.event.guests),
          title: op.event.title,
          start: op.event.start,
          end: op.event.end
        };
      case "update":
        return {
          ...base,
          fingerprint: op.fingerprint,
          guests,
          title: op.event.title,
          start: op.event.start,
          end: op.event.end
        };
      case "guests-added":
      case "guests-removed":
        return { ...before ?? { fingerprint: "" }, ...base, guests: op.listAfter ?? guests };
      case "cancel": {
        const { eventId: _gone, ...rest } = { ...before ?? { fingerprint: "" }, ...base };
        return { ...rest, guests: NO_GUESTS, cancelled: true };
      }
    }
  }

  // src/core/calendar/ics-text.ts
  function escapeText(value) {
    return value.normalize("NFC").replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
  }
  function paramValue(value) {
    const clean2 = value.normalize("NFC").replace(/"/g, "").replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
    return `"${clean2}"`;
  }
  var octets = (codePoint) => codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
  function foldLine(line) {
    const out = [];
    let current = "";
    let size = 0;
    let limit = 75;
    for (const char of line) {
      const n2 = octets(char.codePointAt(0));
      if (size + n2 > limit) {
        out.push(current);
        current = " ";
        size = 1;
        limit = 75;
      }
      current += char;
      size += n2;
    }
    out.push(current);
    return out.join("\r\n");
  }
  function joinLines(lines) {
    return lines.map((l) => `${foldLine(l)}\r
`).join("");
  }

  // src/core/calendar/ics.ts
  var PRODID = "-//learning-week//Lifelong Learning Week//VI";
  function eventUid(activityId2, year, school) {
    const slug = foldKey(school).replace(/ /g, "-") || "school";
    const id = activityId2.replace(/[^A-Za-z0-9._-]+/g, "-") || "activity";
    return `${id}-${year}@learning-week.${slug}.invalid`;
  }
  var pad3 = (n2, w = 2) => String(n2).padStart(w, "0");
  function localStamp(value) {
    const p2 = partsOf(value);
    return `${pad3(p2.year, 4)}${pad3(p2.month)}${pad3(p2.day)}T${pad3(p2.hour)}${pad3(p2.minute)}00`;
  }
  function utcStamp(instant) {
    return `${pad3(instant.getUTCFullYear(), 4)}${pad3(instant.getUTCMonth() + 1)}${pad3(instant.getUTCDate())}T${pad3(instant.getUTCHours())}${pad3(instant.getUTCMinutes())}${pad3(instant.getUTCSeconds())}Z`;
  }
  function offsetAt(value, timeZone) {
    return wallMinutes(value) - toInstant(value, timeZone).getTime() / 6e4;
  }
  function fixedOffset(timeZone, year) {
    const samples = [1, 4, 7, 10].map((m) => offsetAt(localDateTime(year, m, 1, 12), timeZone));
    return samples.every((o) => o === samples[0]) ? samples[0] : void 0;
  }
  function formatOffset(minutes2) {
    const sign = minutes2 < 0 ? "-" : "+";
    const abs = Math.abs(minutes2);
    return `${sign}${pad3(Math.floor(abs / 60))}${pad3(abs % 60)}`;
  }
  function vtimezone(timeZone, offset) {
    const o = formatOffset(offset);
    return [
      "BEGIN:VTIMEZONE",
      `TZID:${timeZone}`,
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${o}`,
      `TZOFFSETTO:${o}`,
      `TZNAME:${o.slice(0, 3)}`,
      "END:STANDARD",
      "END:VTIMEZONE"
    ];
  }
  function writeIcs(calendar3) {
    const zones = /* @__PURE__ */ new Map();
    for (const e of calendar3.events) {
      if (!zones.has(e.timeZone)) zones.set(e.timeZone, fixedOffset(e.timeZone, partsOf(e.start).year));
    }
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:${PRODID}`,
      "CALSCALE:GREGORIAN",
      `METHOD:${calendar3.method}`,
      ...calendar3.name ? [`X-WR-CALNAME:${escapeText(calendar3.name)}`] : []
    ];
    for (const [zone, offset] of zones) if (offset !== void 0) lines.push(...vtimezone(zone, offset));
    const stamp = utcStamp(calendar3.stamp);
    for (const e of calendar3.events) {
      const fixed = zones.get(e.timeZone) !== void 0;
      const time = (name, value) => fixed ? `${name};TZID=${e.timeZone}:${localStamp(value)}` : `${name}:${utcStamp(toInstant(value, e.timeZone))}`;
      lines.push(
        "BEGIN:VEVENT",
        `UID:${e.uid}`,
        `SEQUENCE:${e.sequence}`,
        `DTSTAMP:${stamp}`,
        time("DTSTART", e.start),
        time("DTEND", e.end),
        `SUMMARY:${escapeText(e.title)}`
      );
      if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
      if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
      if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, "")}`);
      lines.push(`STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`);
      if (e.organizer) lines.push(`ORGANIZER${cn(e.organizer)}:mailto:${e.organizer.email}`);
      for (const a of e.attendees) {
        lines.push(`ATTENDEE${cn(a)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`);
      }
      if (!e.cancelled) {
        for (const minutes2 of e.reminderMinutes ?? []) {
          lines.push(
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            `DESCRIPTION:${escapeText(e.title)}`,
            `TRIGGER:-PT${minutes2}M`,
            "END:VALARM"
          );
        }
      }
      lines.push("END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    return joinLines(lines);
  }
  function cn(person2) {
    return person2.name ? `;CN=${paramValue(person2.name)}` : "";
  }

  // src/core/calendar/ics-event.ts
  function guestNames(plan) {
    const names = /* @__PURE__ */ new Map();
    for (const f of plan.families) if (f.email) names.set(f.email.trim().toLowerCase(), f.parentName);
    for (const p2 of plan.people) names.set(p2.email.trim().toLowerCase(), p2.name);
    return names;
  }
  function organizerOf(settings) {
    const email = settings.organiserEmail ?? settings.leadershipEmails[0];
    if (!email || !isValidAddress(email)) return void 0;
    return { email, name: settings.senderName ?? settings.school };
  }
  var person = (email, names) => {
    const name = names?.get(email);
    return name ? { email, name } : { email };
  };
  function icsEventOf(event, sequence, ctx, guests = event.guests, uid = eventUid(event.activityId, ctx.year, ctx.school)) {
    return {
      uid,
      sequence,
      start: event.start,
      end: event.end,
      timeZone: event.timeZone,
      title: event.title,
      description: event.description,
      ...event.location ? { location: event.location } : {},
      ...event.url ? { url: event.url } : {},
      ...ctx.organizer ? { organizer: ctx.organizer } : {},
      attendees: guests.map((g) => person(g, ctx.names)),
      reminderMinutes: event.reminderMinutes
    };
  }
  function icsCancellationOf(known, timeZone, ctx, guests = [], uid = eventUid(known.activityId, ctx.year, ctx.school)) {
    if (!known.start || !known.end) return void 0;
    return {
      uid,
      sequence: known.sequence,
      start: known.start,
      end: known.end,
      timeZone,
      title: known.title ?? known.activityId,
      ...ctx.organizer ? { organizer: ctx.organizer } : {},
      attendees: guests.map((g) => person(g, ctx.names)),
      cancelled: true
    };
  }

  // src/core/mail/escape.ts
  function plain(value) {
    if (value === void 0 || value === null) return "";
    const text2 = String(value).normalize("NFC");
    if (!NEEDS_CLEANING.test(text2)) return text2;
    return text2.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").replace(/\r\n?/g, "\n");
  }
  var NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F]/;
  function oneLine(value) {
    const text2 = plain(value);
    return /[^\S ]| {2}|^ | $/.test(text2) ? text2.replace(/\s+/g, " ").trim() : text2;
  }
  var ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;"
  };
  function html(value) {
    const text2 = plain(value);
    return /[&<>"']/.test(text2) ? text2.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text2;
  }
  function safeUrl(value) {
    const url = oneLine(value);
    return /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : void 0;
  }
  function link(url, label) {
    const safe = safeUrl(url);
    const shown3 = html(label ?? url ?? "");
    return safe ? `<a href="${html(safe)}">${shown3}</a>` : shown3;
  }
  function paragraphs(text2) {
    return plain(text2).split(/\n{2,}/).map((p2) => `<p>${html(p2).replace(/\n/g, "<br>")}</p>`).join("\n");
  }

  // src/core/mail/layout.ts
  function htmlDocument(language, title, body) {
    return [
      "<!DOCTYPE html>",
      `<html lang="${language}">`,
      '<head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      "<title>" + html(title) + "</title></head>",
      '<body style="margin:0;padding:0;background:#ffffff">',
      `<div style="${COLUMN_STYLE}">`,
      body,
      "</div>",
      "</body>",
      "</html>"
    ].join("\n");
  }
  var COLUMN_STYLE = [
    "max-width:600px",
    "margin:0 auto",
    "padding:16px",
    "font-family:Arial,Helvetica,sans-serif",
    "font-size:16px",
    "line-height:1.5",
    "color:#202124",
    "overflow-wrap:anywhere",
    "word-break:break-word"
  ].join(";");
  function actionButton(action) {
    const url = safeUrl(action.url);
    const label = html(action.label);
    const button = url ? `<a href="${html(url)}" style="${BUTTON_STYLE}">${label}</a>` : `<p style="margin:8px 0 0;font-weight:bold">${label}</p>`;
    const note = action.note ? `<p style="${NOTE_STYLE}">${html(action.note)}</p>` : "";
    return `<div style="margin:0 0 12px">${button}${note}</div>`;
  }
  var BUTTON_STYLE = [
    "display:block",
    "min-height:44px",
    "box-sizing:border-box",
    "padding:12px 16px",
    "background:#0b4f9c",
    "color:#ffffff",
    "border-radius:6px",
    "font-weight:bold",
    "text-align:center",
    "text-decoration:none"
  ].join(";");
  var NOTE_STYLE = "margin:4px 0 0;font-size:14px;color:#4a4f55";
  var HEADING_STYLE = "margin:20px 0 4px;font-size:19px;line-height:1.3";
  var SUBHEADING_STYLE = "margin:16px 0 4px;font-size:17px;line-height:1.3";
  function actionLines(actions) {
    return actions.map((a) => `- ${a.label}: ${a.url}${a.note ? ` (${a.note})` : ""}`);
  }

  // src/core/mail/simple-mail.ts
  function simpleMail(parts) {
    const subject = oneLine(parts.subject);
    const facts = (parts.facts ?? []).map(([k, v]) => [oneLine(k), oneLine(v)]).filter(([, v]) => v !== "");
    const actions = (parts.actions ?? []).map((a) => ({ ...a, label: oneLine(a.label), url: oneLine(a.url) })).filter((a) => a.url !== "");
    const texts4 = parts.paragraphs.map((p2) => p2.trim()).filter((p2) => p2 !== "");
    const text2 = [
      oneLine(parts.greeting),
      "",
      ...texts4.flatMap((p2) => [plain(p2), ""]),
      ...actions.length > 0 ? [...actionLines(actions), ""] : [],
      ...facts.length > 0 ? [...facts.map(([k, v]) => `- ${k}: ${v}`), ""] : [],
      oneLine(parts.closing),
      oneLine(parts.signature)
    ].join("\n");
    const body = [
      `<p>${html(oneLine(parts.greeting))}</p>`,
      ...texts4.map((p2) => paragraphs(p2)),
      ...actions.map(actionButton),
      ...facts.length > 0 ? [
        '<ul style="padding-left:20px">',
        ...facts.map(([k, v]) => `<li><strong>${html(k)}:</strong> ${safeUrl(v) ? link(v) : html(v)}</li>`),
        "</ul>"
      ] : [],
      `<p>${html(oneLine(parts.closing))}<br>${html(oneLine(parts.signature))}</p>`
    ].join("\n");
    return { subject, text: text2, html: htmlDocument(parts.language, subject, body) };
  }

  // src/core/mail/add-to-calendar.ts
  var DETAILS_MAX = 300;
  function googleCalendarLink(event) {
    const params2 = [
      ["action", "TEMPLATE"],
      ["text", event.title],
      ["dates", datesOf(event.start, event.end)],
      ["ctz", event.timeZone]
    ];
    if (event.location) params2.push(["location", event.location]);
    if (event.url) params2.push(["details", event.url.slice(0, DETAILS_MAX)]);
    const query = params2.map(([k, v]) => `${k}=${encodeURIComponent(v.normalize("NFC"))}`).join("&");
    return `https://calendar.google.com/calendar/render?${query}`;
  }
  var atMidnight = (t) => t.iso.endsWith("T00:00");
  function datesOf(start, end) {
    const day = (t) => t.iso.slice(0, 10).replace(/-/g, "");
    if (atMidnight(start) && atMidnight(end)) return `${day(start)}/${day(addDays(end, 1))}`;
    const stamp = (t) => `${t.iso.replace(/[-:]/g, "")}00`;
    return `${stamp(start)}/${stamp(end)}`;
  }

  // src/core/calendar/late-guest-mail.ts
  function lateGuestMail(event, settings, recipientName2) {
    const t = catalogue(settings.language).calendar.mail;
    const m = catalogue(settings.language).mail;
    const when = activityWhen(event.start, event.end, true, settings.language);
    return simpleMail({
      language: settings.language,
      subject: t.inviteSubject(event.title, when),
      greeting: m.greeting(recipientName2 ?? t.guest),
      paragraphs: [t.invite(settings.school, event.title)],
      // Not on the event's own guest list: one tap adds it; the .ics serves every other calendar.
      actions: [{ label: t.addToCalendar, url: googleCalendarLink(event), note: t.otherCalendars }],
      facts: [
        [t.when, when],
        [t.where, event.location ?? ""],
        [t.link, event.url ?? ""]
      ],
      closing: m.closing,
      signature: settings.senderName || settings.school
    });
  }

  // src/core/calendar/guest-cap.ts
  var GUEST_LIST_CAP = 200;
  function overCapNotes(desired, cap, language) {
    const t = catalogue(language).calendar.sync;
    const n2 = (value) => groupedInteger(value, language);
    const lines = [];
    for (const event of desired) {
      const count = event.guests.length;
      if (count > cap) lines.push(t.overCap(event.activityId, n2(count), n2(cap), n2(count - cap)));
    }
    return lines;
  }

  // src/app/read-tabs.ts
  function readTabs(tables, specs, names = tables.tableNames()) {
    const grids = {};
    const tabNames = {};
    for (const spec of specs) {
      const name = findTabName(spec, names);
      if (name === void 0) continue;
      tabNames[spec.key] = name;
      grids[spec.key] = tables.read(name);
    }
    return { grids, tabNames };
  }

  // src/core/validation/make-finding.ts
  function makeFinding(severity, code, place, params2 = {}) {
    const finding = { severity, code, table: place.table, tableName: place.tableName, params: params2 };
    return {
      ...finding,
      ...place.row !== void 0 ? { row: place.row } : {},
      ...place.column !== void 0 ? { column: place.column } : {}
    };
  }

  // src/core/codec.ts
  var BLANK = { blank: true, problems: [] };
  var ok = (value, problems = []) => ({ value, blank: false, problems });
  var fail = (code, params2, severity = "error") => ({
    blank: false,
    problems: [{ code, severity, params: params2 }]
  });
  function isBlank(cell2) {
    return cell2 === null || typeof cell2 === "string" && cleanText(cell2) === "";
  }
  function cellDisplay(cell2) {
    if (cell2 === null) return "";
    if (isLocalDateTime(cell2)) return formatDateValue(cell2, true);
    return cleanText(String(cell2));
  }
  function formatDateValue(value, withClock) {
    return withClock ? `${formatShortDate(value)} ${formatTime(value)}` : formatShortDate(value);
  }
  function parseText(cell2) {
    if (isBlank(cell2)) return BLANK;
    if (isLocalDateTime(cell2)) {
      const p2 = partsOf(cell2);
      return ok(formatDateValue(cell2, p2.hour !== 0 || p2.minute !== 0));
    }
    return ok(cleanText(String(cell2)));
  }
  function parseId(cell2) {
    const text2 = parseText(cell2);
    if (text2.value === void 0) return text2;
    if (/\s/.test(text2.value) || text2.value.length > 64) {
      return ok(text2.value, [{ code: "id.invalid", severity: "error", params: { text: text2.value } }]);
    }
    return text2;
  }
  function parseUrl(cell2, localFiles = false) {
    const text2 = parseText(cell2);
    if (text2.value === void 0) return text2;
    const raw = text2.value;
    if (localFiles && /^file:\/\/\/\S+$/i.test(raw)) return ok(raw);
    const url = /^www\./i.test(raw) ? `https://${raw}` : raw;
    if (!/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(url)) return fail("url.invalid", { text: raw });
    return ok(url);
  }
  var EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
  function normaliseEmail(raw) {
    if (/[\r\n]/.test(raw)) return void 0;
    const email = raw.normalize("NFC").trim().replace(/^mailto:/i, "").toLowerCase();
    return EMAIL.test(email) ? email : void 0;
  }
  function parseEmail(cell2) {
    if (isBlank(cell2)) return BLANK;
    if (typeof cell2 !== "string") return fail("email.invalid", { text: cellDisplay(cell2) });
    const email = normaliseEmail(cell2);
    return email === void 0 ? fail("email.invalid", { text: cellDisplay(cell2) }) : ok(email);
  }
  function parseEmails(cell2) {
    if (isBlank(cell2)) return BLANK;
    if (typeof cell2 !== "string") return fail("email.invalid", { text: cellDisplay(cell2) });
    const parts = cell2.split(/[,;\r\n]+/).map(cleanText).filter((p2) => p2 !== "");
    const emails = [];
    const problems = [];
    for (const part of parts) {
      const words = part.split(" ").map(normaliseEmail);
      if (words.some((w) => w === void 0)) {
        problems.push({ code: "email.invalid", severity: "error", params: { text: part } });
        continue;
      }
      for (const email of words) if (!emails.includes(email)) emails.push(email);
    }
    return emails.length > 0 ? ok(emails, problems) : { blank: false, problems };
  }
  function numberFromText(text2) {
    const t = text2.replace(/\s/g, "");
    if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return void 0;
    return Number(t.replace(",", "."));
  }
  function parseNumber(cell2) {
    if (isBlank(cell2)) return BLANK;
    if (typeof cell2 === "number")
      return Number.isFinite(cell2) ? ok(cell2) : fail("number.invalid", { text: String(cell2) });
    if (typeof cell2 !== "string") return fail("number.invalid", { text: cellDisplay(cell2) });
    const text2 = cleanText(cell2);
    const n2 = numberFromText(text2);
    if (n2 === void 0) return fail("number.invalid", { text: text2 });
    return ok(n2, [{ code: "number.text", severity: "warning", params: { text: text2 } }]);
  }
  var round6 = (n2) => Math.round(n2 * 1e6) / 1e6;
  function parsePercent(cell2) {
    if (isBlank(cell2)) return BLANK;
    let n2;
    let hadSign = false;
    if (typeof cell2 === "number" && Number.isFinite(cell2)) n2 = cell2;
    else if (typeof cell2 === "string") {
      const text2 = cleanText(cell2);
      hadSign = text2.endsWith("%");
      n2 = numberFromText(text2.replace(/%$/, ""));
    }
    if (n2 === void 0) return fail("percent.invalid", { text: cellDisplay(cell2) });
    return ok(!hadSign && n2 >= 0 && n2 <= 1 ? round6(n2 * 100) : round6(n2));
  }
  function parseChoice(cell2, choices) {
    const text2 = parseText(cell2);
    if (text2.value === void 0) return text2;
    const hit = matchChoice(text2.value, choices);
    if (hit === void 0) return fail("choice.unknown", { text: text2.value, choices: choices.join(", ") });
    return ok(hit);
  }
  var YES = /* @__PURE__ */ new Set(["co", "yes", "y", "x", "true", "1", "dung", "roi", "da xac nhan"]);
  var NO = /* @__PURE__ */ new Set(["khong", "no", "n", "false", "0", "sai", "chua"]);
  function parseYesNo(cell2) {
    if (isBlank(cell2)) return BLANK;
    if (typeof cell2 === "boolean") return ok(cell2);
    if (cell2 === 1 || cell2 === 0) return ok(cell2 === 1);
    const key = foldKey(cellDisplay(cell2));
    if (YES.has(key)) return ok(true);
    if (NO.has(key)) return ok(false);
    return fail("yesno.invalid", { text: cellDisplay(cell2) });
  }
  function tryDate(y, mo, d, h = 0, mi = 0) {
    try {
      return localDateTime(y, mo, d, h, mi);
    } catch {
      return void 0;
    }
  }
  var fullYear = (y) => y.length === 2 ? 2e3 + Number(y) : Number(y);
  function parseDateText(raw) {
    const text2 = cleanText(raw);
    let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ ,T]+(\d{1,2})[:hHgG](\d{2})?(?::\d{2})?)?$/.exec(
      text2
    );
    if (m) {
      const hasTime = m[4] !== void 0;
      const value = tryDate(fullYear(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0));
      return { value, hasTime };
    }
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(text2);
    if (m) {
      const hasTime = m[4] !== void 0;
      const value = tryDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
      return { value, hasTime };
    }
    m = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(foldKey(text2));
    if (m) return { value: tryDate(Number(m[3]), Number(m[2]), Number(m[1])), hasTime: false };
    m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text2);
    if (m) return { hasTime: false, noYear: { day: Number(m[1]), month: Number(m[2]) } };
    return void 0;
  }
  function parseWallClock(cell2, withClock, ctx) {
    if (isBlank(cell2)) return BLANK;
    if (isLocalDateTime(cell2)) return ok(withClock ? cell2 : withTime(cell2, 0, 0));
    const text2 = cellDisplay(cell2);
    const parsed = typeof cell2 === "string" ? parseDateText(cell2) : void 0;
    if (parsed?.noYear) {
      const { day, month } = parsed.noYear;
      const guess = ctx.expectedYear === void 0 ? void 0 : tryDate(ctx.expectedYear, month, day);
      if (guess === void 0) return fail("date.noYear", { text: text2 });
      return fail("date.noYear", { text: text2, suggestion: formatShortDate(guess) });
    }
    if (parsed?.value === void 0) return fail("date.invalid", { text: text2 });
    const value = withClock ? parsed.value : withTime(parsed.value, 0, 0);
    return ok(value, [
      {
        code: "date.text",
        severity: "warning",
        params: { text: text2, date: formatDateValue(value, withClock && parsed.hasTime) }
      }
    ]);
  }
  var parseDate = (cell2, ctx = {}) => parseWallClock(cell2, false, ctx);
  var parseDateTime = (cell2, ctx = {}) => parseWallClock(cell2, true, ctx);
  function parseCell(cell2, spec, ctx = {}) {
    const parsed = parseByType(cell2, spec, ctx);
    if (parsed.blank && spec.required) return fail("value.required", {});
    return parsed;
  }
  function parseByType(cell2, spec, ctx) {
    switch (spec.type) {
      case "text":
        return parseText(cell2);
      case "id":
        return parseId(cell2);
      case "url":
        return parseUrl(cell2, spec.localFiles === true);
      case "email":
        return parseEmail(cell2);
      case "emails":
        return parseEmails(cell2);
      case "number":
        return parseNumber(cell2);
      case "percent":
        return parsePercent(cell2);
      case "choice":
        return parseChoice(cell2, spec.choices ?? []);
      case "yesno":
        return parseYesNo(cell2);
      case "date":
        return parseDate(cell2, ctx);
      case "datetime":
        return parseDateTime(cell2, ctx);
    }
  }
  var [YES_WORD, NO_WORD] = YES_NO_CHOICES;

  // src/core/validation/parse-rows.ts
  function columnName(table3, key) {
    const found = table3.header.headerText[key];
    if (found) return found;
    return table3.spec.columns.find((c) => c.key === key)?.header ?? key;
  }
  function parseRows(spec, grid, tableName, ctx) {
    const table3 = readTable(spec, grid);
    const findings3 = table3.header.findings.map((f) => ({ ...f, tableName }));
    const columns = spec.columns.filter(
      (c) => c.key !== spec.findingsColumn && table3.header.index[c.key] !== void 0
    );
    const rows = table3.rows.map((record2) => {
      const values = {};
      for (const column of columns) {
        const parsed = parseCell(record2.cells[column.key], column, ctx);
        if (parsed.value !== void 0) values[column.key] = parsed.value;
        for (const problem of parsed.problems) {
          findings3.push(
            makeFinding(
              problem.severity,
              problem.code,
              { table: spec.key, tableName, row: record2.row, column: columnName(table3, column.key) },
              problem.params
            )
          );
        }
      }
      return { row: record2.row, values };
    });
    return { table: table3, rows, findings: findings3 };
  }

  // src/core/validation/parse-settings.ts
  var SPECS = SETTINGS;
  function specForLabel(label) {
    const key = foldHeader(label);
    if (key === "") return void 0;
    return SPECS.find((s) => settingLabels(s).some((l) => foldHeader(l) === key));
  }
  function parseSettings(grid, tableName) {
    const table3 = readTable(SETTINGS_TABLE, grid);
    const findings3 = table3.header.findings.map((f) => ({ ...f, tableName }));
    const valueColumn = columnName(table3, "value");
    const rows = {};
    const found = [];
    for (const record2 of table3.rows) {
      const spec = specForLabel(cellText(record2.cells.label));
      if (!spec) continue;
      if (rows[spec.key] !== void 0) {
        findings3.push(
          makeFinding(
            "warning",
            "setting.duplicate",
            { table: "settings", tableName, row: record2.row, column: columnName(table3, "label") },
            { setting: spec.label, firstRow: rows[spec.key] }
          )
        );
        continue;
      }
      rows[spec.key] = record2.row;
      found.push({ spec, row: record2.row, cell: record2.cells.value });
    }
    const yearCell = found.find((f) => f.spec.key === "year")?.cell ?? null;
    const expectedYear = parseNumber(yearCell).value;
    const ctx = expectedYear === void 0 ? {} : { expectedYear };
    const values = {};
    for (const { spec, row, cell: cell2 } of found) {
      const parsed = parseCell(cell2, { ...spec, required: false }, ctx);
      const place = { table: "settings", tableName, row, column: valueColumn };
      if (parsed.value !== void 0) values[spec.key] = parsed.value;
      for (const p2 of parsed.problems) {
        findings3.push(
          makeFinding(p2.severity, p2.code, place, { ...p2.params, setting: spec.label })
        );
      }
      if (parsed.blank && spec.required) {
        findings3.push(makeFinding("error", "setting.missing", place, { setting: spec.label }));
      }
    }
    if (grid !== void 0 && table3.header.index.label !== void 0) {
      for (const spec of SPECS) {
        if (spec.required && rows[spec.key] === void 0) {
          findings3.push(
            makeFinding("error", "setting.missing", { table: "settings", tableName }, { setting: spec.label })
          );
        }
      }
    }
    return { settings: toSettings(values), values, rows, table: table3, findings: findings3 };
  }
  var str = (v) => typeof v === "string" ? v : void 0;
  var num = (v) => typeof v === "number" ? v : void 0;
  var date = (v) => typeof v === "object" && !Array.isArray(v) ? v : void 0;
  function toSettings(v) {
    const weekStart = date(v.weekStart);
    const weekEnd = date(v.weekEnd);
    if (!weekStart || !weekEnd) return void 0;
    const optional = (key, value) => value === void 0 ? {} : { [key]: value };
    return {
      school: str(v.school) ?? "",
      governingBody: str(v.governingBody) ?? "",
      ...optional("wardAssociation", str(v.wardAssociation)),
      ...optional("planNumber", str(v.planNumber)),
      ...optional("basis", str(v.basis)),
      ...optional("basisDate", date(v.basisDate)),
      ...optional("preamble", str(v.preamble)),
      year: num(v.year) ?? Number(weekStart.iso.slice(0, 4)),
      theme: str(v.theme) ?? "",
      weekStart,
      weekEnd,
      timeZone: str(v.timeZone) ?? SCHOOL_TIME_ZONE,
      openingTarget: num(v.openingTarget) ?? 50,
      leadershipEmails: Array.isArray(v.leadershipEmails) ? v.leadershipEmails : [],
      ...optional("organiserEmail", str(v.organiserEmail)),
      ...optional("senderName", str(v.senderName)),
      ...optional("reportNumber", str(v.reportNumber)),
      ...optional("reportAt", date(v.reportAt)),
      ...optional("place", str(v.place)),
      ...optional("signerTitle", str(v.signerTitle)),
      ...optional("signerName", str(v.signerName)),
      ...optional("recipientsNote", str(v.recipientsNote)),
      language: v.language === "English" ? "en" : "vi",
      reminderLeadHours: num(v.reminderLeadHours) ?? 24,
      retentionDays: num(v.retentionDays) ?? 90,
      calendarMode: v.calendarMode === CALENDAR_MODES[1] ? "default" : "dedicated",
      ...optional("proposals", str(v.proposals)),
      ...optional("booksDonated", num(v.booksDonated)),
      ...optional("booksCirculated", num(v.booksCirculated)),
      mailFamilies: v.mailFamilies === true,
      ...optional("localFormsAddress", webLink(str(v.localFormsAddress))),
      // Only links the people mailed can open: a local preview (file:///…) is accepted in the
      // sheet, since the local runtime writes it, but goes into no mail, text or QR code.
      formUrls: {
        ...optional("attendance", webLink(str(v.attendanceFormUrl))),
        ...optional("training", webLink(str(v.trainingFormUrl))),
        ...optional("nomination", webLink(str(v.nominationFormUrl))),
        ...optional("result", webLink(str(v.resultFormUrl)))
      }
    };
  }
  function webLink(url) {
    return url !== void 0 && /^https?:\/\//i.test(url) ? url : void 0;
  }

  // src/core/validation/parse-plan.ts
  var audienceWord = (text2) => text2 === void 0 ? void 0 : matchChoice(text2, AUDIENCE_WORDS) ?? text2;
  var PLAN_TABLES = [
    SETTINGS_TABLE,
    PEOPLE_TABLE,
    FAMILIES_TABLE,
    ACTIVITIES_TABLE,
    OUTREACH_TABLE
  ];
  var MISSING_TAB_SEVERITY = {
    settings: "error",
    activities: "error",
    people: "warning",
    families: "warning",
    outreach: "warning"
  };
  var str2 = (v) => typeof v === "string" ? v : void 0;
  var num2 = (v) => typeof v === "number" ? v : void 0;
  var bool = (v) => typeof v === "boolean" ? v : void 0;
  var date2 = (v) => typeof v === "object" && !Array.isArray(v) ? v : void 0;
  function compact(record2) {
    return Object.fromEntries(Object.entries(record2).filter(([, v]) => v !== void 0));
  }
  function toActivity({ row, values: v }) {
    const id = str2(v.id);
    const title = str2(v.title);
    const category = str2(v.category);
    if (!id || !title || !category) return void 0;
    return compact({
      row,
      id,
      title,
      category,
      start: date2(v.start),
      end: date2(v.end),
      // Blank means nobody said otherwise: only an explicit "không" marks a proposed time.
      timeConfirmed: bool(v.timeConfirmed) ?? true,
      location: str2(v.location),
      platform: str2(v.platform),
      link: str2(v.link),
      owner: str2(v.owner),
      // An audience word typed in English ("Parents") means the canonical one; a group name stays.
      audience: audienceWord(str2(v.audience)),
      capacity: num2(v.capacity),
      invite: bool(v.invite) ?? false,
      status: str2(v.status) ?? ACTIVITY_STATUSES[0],
      resultNotes: str2(v.resultNotes),
      evidence: str2(v.evidence),
      eventId: str2(v.eventId),
      lastSync: date2(v.lastSync)
    });
  }
  function toPerson({ row, values: v }) {
    const id = str2(v.id);
    const name = str2(v.name);
    const email = str2(v.email);
    const role = str2(v.role);
    if (!id || !name || !email || !role) return void 0;
    return compact({ row, id, name, email, role, group: str2(v.group), active: bool(v.active) ?? true });
  }
  function toFamily({ row, values: v }) {
    const id = str2(v.id);
    const parentName = str2(v.parentName);
    if (!id || !parentName) return void 0;
    return compact({
      row,
      id,
      parentName,
      email: str2(v.email),
      child: str2(v.child),
      className: str2(v.className),
      address: str2(v.address)
    });
  }
  function toOutreach({ row, values: v }) {
    const channel = str2(v.channel);
    if (!channel) return void 0;
    return compact({ row, date: date2(v.date), channel, link: str2(v.link), by: str2(v.by), note: str2(v.note) });
  }
  var defined = (x2) => x2 !== void 0;
  function parsePlan(grids, tabNames = {}) {
    const names = {};
    for (const spec of PLAN_TABLES) names[spec.key] = tabNames[spec.key] ?? spec.name;
    const findings3 = [];
    for (const spec of PLAN_TABLES) {
      const severity = MISSING_TAB_SEVERITY[spec.key];
      if (grids[spec.key] === void 0 && severity) {
        findings3.push(
          makeFinding(severity, "table.missing", { table: spec.key, tableName: spec.name }, { tab: spec.name })
        );
      }
    }
    const settings = parseSettings(grids.settings, names.settings);
    findings3.push(...settings.findings);
    const year = settings.settings?.year;
    const ctx = year === void 0 ? {} : { expectedYear: year };
    const people = parseRows(PEOPLE_TABLE, grids.people, names.people, ctx);
    const families2 = parseRows(FAMILIES_TABLE, grids.families, names.families, ctx);
    const activities2 = parseRows(ACTIVITIES_TABLE, grids.activities, names.activities, ctx);
    const outreach = parseRows(OUTREACH_TABLE, grids.outreach, names.outreach, ctx);
    findings3.push(...people.findings, ...families2.findings, ...activities2.findings, ...outreach.findings);
    const present = findings3.filter((f) => !(f.code.startsWith("header.") && grids[f.table] === void 0));
    const plan = {
      ...settings.settings ? { settings: settings.settings } : {},
      people: people.rows.map(toPerson).filter(defined),
      families: families2.rows.map(toFamily).filter(defined),
      activities: activities2.rows.map(toActivity).filter(defined),
      outreach: outreach.rows.map(toOutreach).filter(defined)
    };
    const tables = {
      settings: settings.table,
      people: people.table,
      families: families2.table,
      activities: activities2.table,
      outreach: outreach.table
    };
    return { plan, findings: present, tables, tabNames: names, settingRows: settings.rows };
  }

  // src/core/validation/rules/context.ts
  function placeAt(ctx, table3, row, key) {
    const read2 = ctx.parsed.tables[table3];
    const tableName = ctx.parsed.tabNames[table3] ?? table3;
    const column = key === void 0 ? void 0 : read2 ? columnName(read2, key) : key;
    return {
      table: table3,
      tableName,
      ...row !== void 0 ? { row } : {},
      ...column !== void 0 ? { column } : {}
    };
  }
  function settingPlace(ctx, key) {
    return placeAt(ctx, "settings", ctx.parsed.settingRows[key], "value");
  }
  function settingParams(key, params2 = {}) {
    return { ...params2, setting: settingLabel(key) };
  }
  function settingLabel(key) {
    return SETTINGS.find((s) => s.key === key)?.label ?? key;
  }

  // src/core/validation/rules/activity-rules.ts
  var HOUR = 60;
  var DAY = 24 * HOUR;
  var live = (a) => a.status !== "hủy";
  var activities = (ctx) => ctx.parsed.plan.activities;
  var at = (ctx, a, key) => placeAt(ctx, "activities", a.row, key);
  function duration(a) {
    return a.start && a.end ? wallMinutes(a.end) - wallMinutes(a.start) : void 0;
  }
  function tryDate2(year, month, day) {
    try {
      return localDateTime(year, month, day);
    } catch {
      return void 0;
    }
  }
  function inWeek(value, s) {
    const day = value.iso.slice(0, 10);
    return day >= s.weekStart.iso.slice(0, 10) && day <= s.weekEnd.iso.slice(0, 10);
  }
  function likelyMeant(value, s) {
    const p2 = partsOf(value);
    const candidates = [
      tryDate2(s.year, p2.month, p2.day),
      tryDate2(p2.year, p2.day, p2.month),
      tryDate2(s.year, p2.day, p2.month)
    ];
    return candidates.find((c) => c !== void 0 && inWeek(c, s));
  }
  var datesInsideWeek = (ctx) => {
    const s = ctx.parsed.plan.settings;
    if (!s || s.weekEnd.iso < s.weekStart.iso) return [];
    const findings3 = [];
    for (const a of activities(ctx)) {
      for (const which of ["start", "end"]) {
        const value = a[which];
        if (!value || inWeek(value, s)) continue;
        const meant = likelyMeant(value, s);
        findings3.push(
          makeFinding("error", "activity.outsideWeek", at(ctx, a, which), {
            which,
            date: formatShortDate(value),
            weekStart: formatShortDate(s.weekStart),
            weekEnd: formatShortDate(s.weekEnd),
            ...meant ? { suggestion: formatShortDate(meant) } : {}
          })
        );
      }
    }
    return findings3;
  };
  var endAfterStart = (ctx) => activities(ctx).filter((a) => (duration(a) ?? 0) < 0).map(
    (a) => makeFinding("error", "activity.endBeforeStart", at(ctx, a, "end"), {
      start: `${formatShortDate(a.start)} ${a.start.iso.slice(11)}`,
      end: `${formatShortDate(a.end)} ${a.end.iso.slice(11)}`
    })
  );
  var timeConfirmed = (ctx) => activities(ctx).filter((a) => !a.timeConfirmed && a.status === "kế hoạch").map(
    (a) => makeFinding("warning", "activity.timeUnconfirmed", at(ctx, a, "timeConfirmed"), { title: a.title })
  );
  var ownerNotDoubleBooked = (ctx) => {
    const byOwner = /* @__PURE__ */ new Map();
    for (const a of activities(ctx)) {
      const d = duration(a);
      if (!a.owner || !live(a) || d === void 0 || d <= 0 || d >= 12 * HOUR) continue;
      const list = byOwner.get(a.owner) ?? [];
      list.push(a);
      byOwner.set(a.owner, list);
    }
    const findings3 = [];
    for (const [owner, list] of byOwner) {
      list.sort((x2, y) => wallMinutes(x2.start) - wallMinutes(y.start) || x2.row - y.row);
      let latest;
      for (const a of list) {
        if (latest && wallMinutes(a.start) < wallMinutes(latest.end)) {
          findings3.push(
            makeFinding("warning", "activity.overlap", at(ctx, a, "start"), {
              owner,
              other: latest.id,
              otherRow: latest.row
            })
          );
        }
        if (!latest || wallMinutes(a.end) > wallMinutes(latest.end)) latest = a;
      }
    }
    return findings3;
  };
  var notOnWeekend = (ctx) => activities(ctx).filter((a) => live(a) && a.start && (duration(a) ?? 0) < DAY && [0, 6].includes(weekdayOf(a.start))).map(
    (a) => makeFinding("warning", "activity.weekend", at(ctx, a, "start"), { date: formatDayDate(a.start) })
  );
  var onlineHasPlatformAndLink = (ctx) => {
    const findings3 = [];
    for (const a of activities(ctx)) {
      if (!live(a) || a.category !== "trực tuyến" && !a.platform) continue;
      if (!a.platform)
        findings3.push(makeFinding("warning", "activity.onlineNoPlatform", at(ctx, a, "platform")));
      if (!a.link) findings3.push(makeFinding("warning", "activity.onlineNoLink", at(ctx, a, "link")));
    }
    return findings3;
  };
  var inviteHasTimeAndAudience = (ctx) => {
    const findings3 = [];
    for (const a of activities(ctx)) {
      if (!a.invite || !live(a)) continue;
      if (!a.start || !a.end) findings3.push(makeFinding("error", "activity.inviteNoTime", at(ctx, a, "start")));
      if (!a.audience || foldKey(a.audience) === foldKey(AUDIENCE_NONE)) {
        findings3.push(makeFinding("error", "activity.inviteNoAudience", at(ctx, a, "audience")));
      }
    }
    return findings3;
  };
  var SIGNUP_CATEGORIES = ["tập huấn", "nói chuyện"];
  var trainingHasCapacity = (ctx) => {
    const findings3 = [];
    for (const a of activities(ctx)) {
      if (a.capacity !== void 0 && (a.capacity < 1 || !Number.isInteger(a.capacity))) {
        findings3.push(
          makeFinding("error", "activity.capacityInvalid", at(ctx, a, "capacity"), { value: a.capacity })
        );
      } else if (a.capacity === void 0 && live(a) && SIGNUP_CATEGORIES.includes(a.category)) {
        findings3.push(
          makeFinding("warning", "activity.noCapacity", at(ctx, a, "capacity"), { category: a.category })
        );
      }
    }
    return findings3;
  };
  var audienceKnown = (ctx) => {
    const groups = /* @__PURE__ */ new Map();
    for (const p2 of ctx.parsed.plan.people) if (p2.group) groups.set(foldKey(p2.group), p2.group);
    const known = /* @__PURE__ */ new Set([...AUDIENCE_WORDS.map(foldKey), ...groups.keys()]);
    const choices = [...AUDIENCE_WORDS, ...groups.values()].join(", ");
    return activities(ctx).filter((a) => a.audience !== void 0 && !known.has(foldKey(a.audience))).map(
      (a) => makeFinding("error", "activity.audienceUnknown", at(ctx, a, "audience"), {
        audience: a.audience,
        choices
      })
    );
  };
  var ACTIVITY_RULES = [
    datesInsideWeek,
    endAfterStart,
    timeConfirmed,
    ownerNotDoubleBooked,
    notOnWeekend,
    onlineHasPlatformAndLink,
    inviteHasTimeAndAudience,
    trainingHasCapacity,
    audienceKnown
  ];

  // src/core/validation/rules/other-year-rules.ts
  var YEAR_WORD = /(^|[^\p{L}])(n[aăâ]m)\s+(\d{4})(?!\d)/giu;
  function quoteAround(text2, start, end) {
    let from = Math.max(0, start - 40);
    if (from > 0) from = text2.indexOf(" ", from) + 1 || from;
    let to = Math.min(text2.length, end + 25);
    if (to < text2.length) {
      const space = text2.lastIndexOf(" ", to);
      if (space >= end) to = space;
    }
    return `${from > 0 ? "…" : ""}${text2.slice(from, to).trim()}${to < text2.length ? "…" : ""}`;
  }
  function otherYearsIn(text2, year) {
    const out = [];
    for (const m of text2.normalize("NFC").matchAll(YEAR_WORD)) {
      const found = Number(m[3]);
      if (found === year) continue;
      const start = m.index + m[1].length;
      const end = start + m[2].length + 1 + m[3].length;
      const quote = quoteAround(text2.normalize("NFC"), start, end);
      out.push({ year: found, quote });
    }
    return out;
  }
  var textNamesPlanYear = (ctx) => {
    const s = ctx.parsed.plan.settings;
    if (!s || s.year !== partsOf(s.weekStart).year) return [];
    const findings3 = [];
    const check = (text2, place, extra = {}) => {
      if (!text2) return;
      for (const hit of otherYearsIn(text2, s.year)) {
        const params2 = { ...extra, quote: hit.quote, found: hit.year, year: s.year };
        findings3.push(makeFinding("warning", "text.otherYear", place, params2));
      }
    };
    for (const key of ["preamble", "theme"]) {
      check(s[key], settingPlace(ctx, key), settingParams(key));
    }
    for (const a of ctx.parsed.plan.activities) {
      check(a.title, placeAt(ctx, "activities", a.row, "title"));
      check(a.resultNotes, placeAt(ctx, "activities", a.row, "resultNotes"));
    }
    for (const o of ctx.parsed.plan.outreach) check(o.note, placeAt(ctx, "outreach", o.row, "note"));
    return findings3;
  };

  // src/core/validation/rules/roster-rules.ts
  function duplicates(ctx, table3, items, column, keyOf, code, severity) {
    const first = /* @__PURE__ */ new Map();
    const findings3 = [];
    for (const item2 of items) {
      const key = keyOf(item2);
      if (key === void 0) continue;
      const seen = first.get(key);
      if (seen === void 0) first.set(key, item2.row);
      else
        findings3.push(
          makeFinding(severity, code, placeAt(ctx, table3, item2.row, column), { value: key, firstRow: seen })
        );
    }
    return findings3;
  }
  var upper = (s) => s.toUpperCase();
  var uniqueActivityIds = (ctx) => duplicates(
    ctx,
    "activities",
    ctx.parsed.plan.activities,
    "id",
    (a) => upper(a.id),
    "id.duplicate",
    "error"
  );
  var uniquePeopleIds = (ctx) => duplicates(ctx, "people", ctx.parsed.plan.people, "id", (p2) => upper(p2.id), "id.duplicate", "error");
  var uniqueFamilyIds = (ctx) => duplicates(ctx, "families", ctx.parsed.plan.families, "id", (f) => upper(f.id), "id.duplicate", "error");
  var uniquePeopleEmails = (ctx) => duplicates(ctx, "people", ctx.parsed.plan.people, "email", (p2) => p2.email, "email.duplicate", "error");
  var uniqueFamilyEmails = (ctx) => duplicates(
    ctx,
    "families",
    ctx.parsed.plan.families,
    "email",
    (f) => f.email,
    "email.duplicate",
    "warning"
  );
  var ROSTER_RULES = [
    uniqueActivityIds,
    uniquePeopleIds,
    uniqueFamilyIds,
    uniquePeopleEmails,
    uniqueFamilyEmails
  ];

  // src/core/validation/rules/locale-rules.ts
  var DAY_FIRST_LOCALES = /* @__PURE__ */ new Set([
    "vi_VN",
    "en_GB",
    "en_AU",
    "en_IN",
    "fr_FR",
    "de_DE",
    "es_ES",
    "it_IT"
  ]);
  var pad4 = (n2) => String(n2).padStart(2, "0");
  function swapped(value) {
    const p2 = partsOf(value);
    if (p2.day > 12 || p2.day === p2.month) return void 0;
    try {
      return localDateTime(p2.year, p2.day, p2.month, p2.hour, p2.minute);
    } catch {
      return void 0;
    }
  }
  function inWeek2(value, s) {
    if (!s) return false;
    const day = value.iso.slice(0, 10);
    return day >= s.weekStart.iso.slice(0, 10) && day <= s.weekEnd.iso.slice(0, 10);
  }
  function params(value, meant, locale) {
    const p2 = partsOf(value);
    return {
      typed: `${pad4(p2.month)}/${pad4(p2.day)}/${p2.year}`,
      read: formatShortDate(value),
      meant: formatShortDate(meant),
      locale
    };
  }
  var DAY_FIRST_TEXT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b/;
  function keptAsText(cell2) {
    if (typeof cell2 !== "string") return void 0;
    const m = DAY_FIRST_TEXT.exec(cell2);
    return m && Number(m[1]) > 12 && Number(m[2]) <= 12 ? cell2.trim() : void 0;
  }
  var SETTING_DATES = [
    "weekStart",
    "weekEnd",
    "reportAt",
    "basisDate"
  ];
  var datesReadMonthFirst = (ctx) => {
    const locale = ctx.env.spreadsheetLocale;
    if (locale === void 0 || DAY_FIRST_LOCALES.has(locale)) return [];
    const settings = ctx.parsed.plan.settings;
    const findings3 = [
      makeFinding(
        "warning",
        "env.spreadsheetLocale",
        { table: "settings", tableName: ctx.parsed.tabNames.settings ?? SETTINGS_TABLE.name },
        { locale }
      )
    ];
    for (const row of ctx.parsed.tables.activities?.rows ?? []) {
      for (const which of ["start", "end"]) {
        const text2 = keptAsText(row.cells[which]);
        if (text2 === void 0) continue;
        findings3.push(
          makeFinding("warning", "date.textLocale", placeAt(ctx, "activities", row.row, which), {
            text: text2,
            locale
          })
        );
      }
    }
    for (const a of ctx.parsed.plan.activities) {
      for (const which of ["start", "end"]) {
        const value = a[which];
        const meant = value && swapped(value);
        if (!value || !meant || inWeek2(value, settings) || settings && !inWeek2(meant, settings)) continue;
        findings3.push(
          makeFinding(
            "warning",
            "date.monthFirst",
            placeAt(ctx, "activities", a.row, which),
            params(value, meant, locale)
          )
        );
      }
    }
    for (const key of SETTING_DATES) {
      const at2 = ctx.parsed.settingRows[key];
      const raw = ctx.parsed.tables.settings?.rows.find((r) => r.row === at2)?.cells["value"];
      const text2 = keptAsText(raw);
      if (text2 !== void 0) {
        findings3.push(
          makeFinding(
            "warning",
            "date.textLocale",
            settingPlace(ctx, key),
            settingParams(key, { text: text2, locale })
          )
        );
      }
      const value = settings?.[key];
      const meant = value && swapped(value);
      if (!value || !meant || ctx.parsed.settingRows[key] === void 0) continue;
      findings3.push(
        makeFinding(
          "warning",
          "date.monthFirst",
          settingPlace(ctx, key),
          settingParams(key, params(value, meant, locale))
        )
      );
    }
    return findings3;
  };

  // src/core/validation/rules/settings-rules.ts
  var DAY2 = 24 * 60;
  var yearMatchesWeek = (ctx) => {
    const s = ctx.parsed.plan.settings;
    if (!s) return [];
    const startYear = partsOf(s.weekStart).year;
    const endYear = partsOf(s.weekEnd).year;
    if (s.year === startYear && s.year === endYear) return [];
    return [
      makeFinding(
        "error",
        "settings.yearMismatch",
        settingPlace(ctx, "year"),
        settingParams("year", {
          year: s.year,
          weekStart: formatShortDate(s.weekStart),
          weekEnd: formatShortDate(s.weekEnd)
        })
      )
    ];
  };
  var weekInOrder = (ctx) => {
    const s = ctx.parsed.plan.settings;
    if (!s) return [];
    const days = (wallMinutes(s.weekEnd) - wallMinutes(s.weekStart)) / DAY2;
    const params2 = settingParams("weekEnd", {
      weekStart: formatShortDate(s.weekStart),
      weekEnd: formatShortDate(s.weekEnd)
    });
    if (days < 0) return [makeFinding("error", "settings.weekReversed", settingPlace(ctx, "weekEnd"), params2)];
    if (days > 6) {
      return [
        makeFinding("error", "settings.weekTooLong", settingPlace(ctx, "weekEnd"), {
          ...params2,
          days: days + 1
        })
      ];
    }
    return [];
  };
  var targetInRange = (ctx) => {
    const s = ctx.parsed.plan.settings;
    if (!s || ctx.parsed.settingRows.openingTarget === void 0) return [];
    if (s.openingTarget >= 0 && s.openingTarget <= 100) return [];
    return [
      makeFinding(
        "error",
        "settings.targetRange",
        settingPlace(ctx, "openingTarget"),
        settingParams("openingTarget", { value: s.openingTarget })
      )
    ];
  };
  var settingsTimeZone = (ctx) => {
    const s = ctx.parsed.plan.settings;
    if (!s || ctx.parsed.settingRows.timeZone === void 0) return [];
    const place = settingPlace(ctx, "timeZone");
    if (!isKnownTimeZone(s.timeZone)) {
      return [
        makeFinding(
          "error",
          "settings.timeZoneUnknown",
          place,
          settingParams("timeZone", { zone: s.timeZone, expected: SCHOOL_TIME_ZONE })
        )
      ];
    }
    if (s.timeZone !== SCHOOL_TIME_ZONE) {
      return [
        makeFinding(
          "warning",
          "settings.timeZoneNotSchool",
          place,
          settingParams("timeZone", { zone: s.timeZone, expected: SCHOOL_TIME_ZONE })
        )
      ];
    }
    return [];
  };
  var environmentTimeZones = (ctx) => {
    const findings3 = [];
    const place = {
      table: "settings",
      tableName: ctx.parsed.tabNames.settings ?? SETTINGS_TABLE.name
    };
    const { spreadsheetTimeZone, scriptTimeZone } = ctx.env;
    if (spreadsheetTimeZone !== void 0 && spreadsheetTimeZone !== SCHOOL_TIME_ZONE) {
      findings3.push(
        makeFinding("warning", "env.spreadsheetTimeZone", place, {
          zone: spreadsheetTimeZone,
          expected: SCHOOL_TIME_ZONE
        })
      );
    }
    if (scriptTimeZone !== void 0 && scriptTimeZone !== SCHOOL_TIME_ZONE) {
      findings3.push(
        makeFinding("warning", "env.scriptTimeZone", place, {
          zone: scriptTimeZone,
          expected: SCHOOL_TIME_ZONE
        })
      );
    }
    return findings3;
  };
  var SETTINGS_RULES = [
    yearMatchesWeek,
    weekInOrder,
    targetInRange,
    settingsTimeZone,
    environmentTimeZones
  ];

  // src/core/validation/validate-plan.ts
  var PLAN_RULES = [
    ...SETTINGS_RULES,
    ...ACTIVITY_RULES,
    datesReadMonthFirst,
    ...ROSTER_RULES,
    textNamesPlanYear
  ];
  function validatePlan(parsed, env = {}) {
    return PLAN_RULES.flatMap((rule) => rule({ parsed, env }));
  }
  var TABLE_ORDER = PLAN_TABLES.map((t) => t.key);
  function sortFindings(findings3) {
    return findings3.map((f, i2) => ({ f, i: i2 })).sort(
      (x2, y) => TABLE_ORDER.indexOf(x2.f.table) - TABLE_ORDER.indexOf(y.f.table) || (x2.f.row ?? 0) - (y.f.row ?? 0) || (x2.f.severity === y.f.severity ? 0 : x2.f.severity === "error" ? -1 : 1) || x2.i - y.i
    ).map(({ f }) => f);
  }
  function checkPlan(grids, tabNames = {}, env = {}) {
    const parsed = parsePlan(grids, tabNames);
    const findings3 = sortFindings([...parsed.findings, ...validatePlan(parsed, env)]);
    return { plan: parsed.plan, findings: findings3, parsed };
  }

  // src/app/calendar/plan-tabs.ts
  function readPlanTabs(tables) {
    const { grids, tabNames } = readTabs(
      tables,
      PLAN_TABLES.filter((spec) => spec.key !== "outreach")
    );
    return { grids, parsed: parsePlan(grids, tabNames) };
  }

  // src/core/mail/reminder.ts
  function reminderMail(data) {
    const m = catalogue(data.language).mail;
    const when = activityWhen(data.start, data.end, data.timeConfirmed ?? true, data.language);
    return simpleMail({
      language: data.language,
      subject: m.reminder.subject(data.activity, when),
      greeting: m.greeting(data.recipientName),
      paragraphs: [m.reminder.comingUp(data.school, data.activity)],
      facts: [
        [m.reminder.when, when],
        [m.reminder.where, data.location ?? ""],
        [m.reminder.link, data.link ?? ""]
      ],
      closing: m.closing,
      signature: data.senderName || data.school
    });
  }

  // src/app/lock.ts
  function underLockOrBusy(lock, timeoutMs, run, busy2) {
    try {
      return lock.withLock(timeoutMs, run);
    } catch (error) {
      if (error instanceof LockUnavailableError) return busy2();
      throw error;
    }
  }

  // src/core/forms/types.ts
  var FORM_IDS = ["attendance", "training", "nomination", "result"];

  // src/core/forms/result-form.ts
  var RESULT_OUTCOMES = ["đã thực hiện", "hoãn", "hủy"];
  var RESULT_ACTIVITY_KEY = "activity";
  var RESULT_COUNT_KEYS = ["staff", "children", "parents", "others"];
  function resultActivityLabel(activity) {
    return `[${activity.id}] ${activity.title}`;
  }
  function resultQuestion(lang, key, fields) {
    const title = catalogue(lang).results.questions[key];
    return lang === "vi" ? { key, title, ...fields } : { key, title, aliases: [results2.questions[key]], ...fields };
  }
  function resultForm(plan, lang, week) {
    const t = catalogue(lang).results;
    const outcomes = t.outcomes;
    const vo = results2.outcomes;
    const labels = plan.activities.map(resultActivityLabel);
    const count = (key) => resultQuestion(lang, key, { type: "text", required: false, help: t.help.counts });
    return {
      id: "result",
      title: t.title(week),
      description: t.description,
      questions: [
        resultQuestion(lang, "email", { type: "email", required: true }),
        resultQuestion(lang, "activity", {
          ...labels.length > 0 ? { type: "list", choices: labels } : { type: "text" },
          required: true,
          help: t.help.activity
        }),
        resultQuestion(lang, "outcome", {
          type: "multipleChoice",
          required: true,
          choices: [outcomes.done, outcomes.postponed, outcomes.cancelled],
          // The canonical answers are the Vietnamese labels; they fold to the status words.
          ...lang === "vi" ? {} : { values: [vo.done, vo.postponed, vo.cancelled] }
        }),
        ...RESULT_COUNT_KEYS.map(count),
        resultQuestion(lang, "achieved", { type: "paragraph", required: false, help: t.help.achieved }),
        resultQuestion(lang, "evidenceLinks", {
          type: "paragraph",
          required: false,
          help: t.help.evidenceLinks
        }),
        resultQuestion(lang, "posts", { type: "paragraph", required: false, help: t.help.posts })
      ],
      confirmation: t.confirmation,
      collectsEmail: true,
      prefill: { questionKey: RESULT_ACTIVITY_KEY, values: labels }
    };
  }

  // src/core/forms/session-choice.ts
  var SESSION_CATEGORIES = ["tập huấn", "nói chuyện"];
  var FULL_MARK = forms2.seats.full;
  var ID_PREFIX = /^\s*\[([A-Za-z0-9_.-]+)\]\s*/;
  function sessionActivities(activities2) {
    return activities2.filter((a) => SESSION_CATEGORIES.includes(a.category) && a.status !== "hủy").slice().sort((a, b) => {
      const as = a.start?.iso ?? "9999";
      const bs = b.start?.iso ?? "9999";
      return as < bs ? -1 : as > bs ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  }
  function seatsLeft(activity, seatsTaken) {
    if (activity.capacity === void 0) return void 0;
    return Math.max(0, activity.capacity - seatsTaken);
  }
  function sessionChoiceLabel(activity, seatsTaken = 0, lang = "vi") {
    const t = catalogue(lang).forms.seats;
    const parts = [`[${activity.id}] ${activity.title}`];
    const when = [];
    if (activity.start) {
      when.push(formatDayDate(activity.start, lang));
      when.push(
        activity.end ? `${formatTime(activity.start)}–${formatTime(activity.end)}` : formatTime(activity.start)
      );
    }
    const where2 = activity.platform ?? activity.location;
    if (where2) when.push(where2);
    if (when.length > 0) parts.push(when.join(", "));
    const left = seatsLeft(activity, seatsTaken);
    if (left !== void 0) parts.push(left === 0 ? t.full : t.left(left));
    return parts.join(" – ");
  }
  function parseSessionChoice(label, activities2) {
    const prefixed = ID_PREFIX.exec(label.normalize("NFC"));
    let found;
    let activityId2;
    if (prefixed) {
      activityId2 = prefixed[1];
      const wanted = activityId2.toUpperCase();
      found = activities2.find((a) => a.id.toUpperCase() === wanted);
    } else {
      const head = foldKey(label.split(" – ")[0] ?? "");
      const hits = activities2.filter((a) => foldKey(a.title) === head);
      if (hits.length === 1) found = hits[0];
    }
    if (!found) return activityId2 ? { kind: "unknown", label, activityId: activityId2 } : { kind: "unknown", label };
    if (found.status === "hủy") return { kind: "cancelled", activityId: found.id, activity: found };
    return { kind: "session", activityId: found.id, activity: found };
  }
  function splitJoinedChoices(joined, choices) {
    const text2 = joined.trim();
    if (text2 === "") return [];
    if (ID_PREFIX.test(text2)) return text2.split(/,\s*(?=\[[A-Za-z0-9_.-]+\])/).map((s) => s.trim());
    const known = choices.slice().sort((a, b) => b.length - a.length);
    const out = [];
    let rest = text2;
    while (rest !== "") {
      const hit = known.find((c) => rest === c || rest.startsWith(c + ", "));
      if (hit) {
        out.push(hit);
        rest = rest.slice(hit.length).replace(/^,\s*/, "");
        continue;
      }
      const next = known.map((c) => rest.indexOf(", " + c)).filter((i2) => i2 > 0).sort((a, b) => a - b)[0];
      if (next === void 0) {
        out.push(rest.trim());
        rest = "";
      } else {
        out.push(rest.slice(0, next).trim());
        rest = rest.slice(next + 2);
      }
    }
    return out;
  }
  function sessionCapacities(activities2) {
    return sessionActivities(activities2).map(
      (a) => a.capacity === void 0 ? { id: a.id } : { id: a.id, capacity: a.capacity }
    );
  }

  // src/core/forms/build-form-specs.ts
  var C = forms2.choices;
  var INTENT_PRESENT = C.intents.present;
  var WHO_STAFF = C.who.staff;
  var PLEDGE_CHOICES = Object.values(C.pledges);
  function languageOf(plan) {
    return plan.settings?.language ?? "vi";
  }
  function question(lang, key, fields, choices) {
    const t = catalogue(lang).forms;
    const base = {
      key: key === "nominator" ? "name" : key,
      title: t.questions[key],
      ...fields,
      ...choices ? { choices: [...choices(t)] } : {}
    };
    if (lang === "vi") return base;
    return {
      ...base,
      aliases: [forms2.questions[key]],
      ...choices ? { values: [...choices(forms2)] } : {}
    };
  }
  function activeGroups(plan) {
    const seen = /* @__PURE__ */ new Map();
    for (const person2 of plan.people) {
      const group = person2.group?.normalize("NFC").trim();
      if (person2.active && group && !seen.has(foldKey(group))) seen.set(foldKey(group), group);
    }
    return [...seen.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, g]) => g);
  }
  function familyClasses(plan) {
    const seen = /* @__PURE__ */ new Map();
    for (const family of plan.families) {
      const name = family.className?.normalize("NFC").replace(/\s+/g, " ").trim();
      if (name && !seen.has(foldKey(name) || name)) seen.set(foldKey(name) || name, name);
    }
    return [...seen.values()];
  }
  function childClassQuestion(plan, lang, t) {
    const classes = familyClasses(plan);
    const fields = { required: false, help: t.childClassHelp, quietIfMissing: true };
    return classes.length > 0 ? {
      ...question(lang, "childClass", { ...fields, type: "multipleChoice", otherOption: true }),
      choices: classes
    } : question(lang, "childClass", { ...fields, type: "text" });
  }
  function governingBody(plan, t = forms2) {
    return plan.settings?.governingBody ?? t.defaults.governingBody;
  }
  function wardAssociation(plan, t = forms2) {
    return plan.settings?.wardAssociation ?? t.defaults.wardAssociation;
  }
  function modeChoices(plan) {
    return (t) => [t.choices.modes.hall(governingBody(plan, t)), t.choices.modes.school, t.choices.modes.home];
  }
  function openingActivity(plan) {
    return plan.activities.find((a) => a.category === "khai mạc" && a.status !== "hủy");
  }
  function attendanceForm(plan) {
    const lang = languageOf(plan);
    const t = catalogue(lang).forms;
    const opening = openingActivity(plan);
    const when = opening?.start ? t.attendance.when(formatDayDate(opening.start, lang), formatTime(opening.start)) : "";
    const target = plan.settings?.openingTarget;
    const groups = activeGroups(plan);
    const groupQuestion = groups.length > 0 ? {
      ...question(lang, "group", { type: "multipleChoice", required: true, otherOption: true }),
      choices: groups
    } : question(lang, "group", { type: "text", required: true });
    return {
      id: "attendance",
      title: t.attendance.title(t.weekTitle(String(plan.settings?.year ?? ""))),
      description: t.attendance.description(governingBody(plan, t), when) + (target !== void 0 ? t.attendance.target(target) : ""),
      questions: [
        question(lang, "email", { type: "email", required: true, help: t.attendance.emailHelp }),
        question(lang, "name", { type: "text", required: true }),
        groupQuestion,
        childClassQuestion(plan, lang, t),
        question(lang, "intent", { type: "multipleChoice", required: true }, (x2) => [
          x2.choices.intents.register,
          x2.choices.intents.present
        ]),
        question(lang, "mode", { type: "multipleChoice", required: true }, modeChoices(plan))
      ],
      confirmation: t.attendance.confirmation,
      collectsEmail: true
    };
  }
  function trainingForm(plan, options) {
    const lang = languageOf(plan);
    const t = catalogue(lang).forms;
    const sessions = sessionActivities(plan.activities);
    const labels = sessions.map((a) => sessionChoiceLabel(a, options.seatsTaken?.[a.id] ?? 0, lang));
    const sessionQuestion = labels.length > 0 ? {
      ...question(lang, "sessions", { type: "checkbox", required: false, help: t.training.sessionsHelp }),
      choices: labels
    } : question(lang, "sessions", { type: "paragraph", required: false, help: t.training.noSessions });
    return {
      id: "training",
      title: t.training.title(t.weekTitle(String(plan.settings?.year ?? ""))),
      description: t.training.description,
      questions: [
        question(lang, "email", { type: "email", required: true, help: t.training.emailHelp }),
        question(lang, "name", { type: "text", required: true }),
        question(lang, "who", { type: "multipleChoice", required: true }, (x2) => Object.values(x2.choices.who)),
        childClassQuestion(plan, lang, t),
        sessionQuestion,
        question(
          lang,
          "pledges",
          { type: "checkbox", required: false, otherOption: true },
          (x2) => Object.values(x2.choices.pledges)
        )
      ],
      confirmation: t.training.confirmation,
      collectsEmail: true
    };
  }
  function nominationForm(plan) {
    const lang = languageOf(plan);
    const t = catalogue(lang).forms;
    const ward = wardAssociation(plan, t);
    return {
      id: "nomination",
      title: t.nomination.title(String(plan.settings?.year ?? "")),
      description: t.nomination.description(ward),
      questions: [
        question(lang, "email", { type: "email", required: true, help: t.nomination.emailHelp }),
        question(lang, "nominator", { type: "text", required: true }),
        question(
          lang,
          "relation",
          { type: "multipleChoice", required: true, otherOption: true },
          (x2) => Object.values(x2.choices.relations)
        ),
        question(lang, "family", { type: "text", required: true }),
        question(lang, "child", { type: "text", required: true }),
        question(lang, "className", { type: "text", required: true }),
        question(lang, "address", { type: "text", required: true }),
        question(lang, "achievements", { type: "paragraph", required: true }),
        question(lang, "evidence", { type: "text", required: false, help: t.nomination.evidenceHelp }),
        // A fixed title: it is the CSV column header, so it must not change with Settings.
        question(
          lang,
          "consent",
          { type: "multipleChoice", required: true, help: t.nomination.consentHelp },
          (x2) => [x2.choices.consentYes(wardAssociation(plan, x2)), x2.choices.consentNo]
        )
      ],
      confirmation: t.nomination.confirmation,
      collectsEmail: true
    };
  }
  function buildFormSpecs(plan, options = {}) {
    const language = languageOf(plan);
    const week = catalogue(language).forms.weekTitle(String(plan.settings?.year ?? ""));
    const specs = [
      attendanceForm(plan),
      trainingForm(plan, options),
      nominationForm(plan),
      resultForm(plan, language, week)
    ];
    return language === "vi" ? specs : specs.map((spec) => ({ ...spec, language }));
  }
  function formSpecOf(specs, id) {
    const spec = specs.find((s) => s.id === id);
    if (!spec) throw new RangeError(`no form spec "${id}"`);
    return spec;
  }

  // src/core/forms/sanitise.ts
  var MAX_ANSWER_LENGTH = 1e4;
  var TRUNCATION_MARK = "…";
  var FORMULA_GUARD = "'";
  var INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
  var STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
  var CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
  function stripInvisible(value) {
    return value.replace(INVISIBLE, "").replace(STRAY_ZWJ, "").replace(CONTROLS, "");
  }
  function startsLikeFormula(text2) {
    return /^[=+\-@]/.test(text2);
  }
  function truncate(text2, max) {
    let end = max - TRUNCATION_MARK.length;
    const code = text2.charCodeAt(end - 1);
    if (code >= 55296 && code <= 56319) end -= 1;
    return text2.slice(0, end) + TRUNCATION_MARK;
  }
  function cleanAnswerText(value, multiline = false) {
    const nfc2 = value.normalize("NFC");
    const visible = stripInvisible(nfc2);
    const invisibleRemoved = visible !== nfc2;
    let text2 = multiline ? visible.replace(/\r\n?/g, "\n").replace(/[^\S\n]+/g, " ").split("\n").map((line) => line.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim() : visible.replace(/\s+/g, " ").trim();
    let truncated = false;
    if (text2.length > MAX_ANSWER_LENGTH) {
      text2 = truncate(text2, MAX_ANSWER_LENGTH);
      truncated = true;
    }
    let formulaNeutralised = false;
    if (startsLikeFormula(text2)) {
      text2 = FORMULA_GUARD + text2;
      formulaNeutralised = true;
      if (text2.length > MAX_ANSWER_LENGTH) {
        text2 = truncate(text2, MAX_ANSWER_LENGTH);
        truncated = true;
      }
    }
    return { text: text2, invisibleRemoved, formulaNeutralised, truncated };
  }
  function cellSafe(value) {
    return cleanAnswerText(value, true).text;
  }
  var EMAIL2 = /^[a-z0-9.!#$%&*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
  function cleanEmail(value) {
    const text2 = stripInvisible(value.normalize("NFC")).replace(/\s+/g, "").toLowerCase();
    const valid = text2.length <= 254 && EMAIL2.test(text2) && !text2.includes("..") && !startsLikeFormula(text2);
    return { email: valid ? text2 : cleanAnswerText(value).text, valid };
  }

  // src/core/forms/reasons.ts
  var PROBLEM_CODES = [
    "required.missing",
    "email.missing",
    "email.invalid",
    "choice.unknown",
    "session.unknown",
    "session.cancelled",
    "form.closed",
    "nomination.noConsent",
    "response.noAnswers",
    "result.unknownActivity",
    "result.badCount",
    "result.badLink",
    "result.badPost",
    "result.conflict"
  ];
  var str3 = (value) => String(value ?? "");
  function reasonText(reason, lang = "vi") {
    const t = catalogue(lang).forms.reasons;
    const r = catalogue(lang).results.reasons;
    const p2 = reason.params;
    switch (reason.code) {
      case "result.unknownActivity":
        return r.unknownActivity(str3(p2.value));
      case "result.badCount":
        return r.badCount(str3(p2.question), str3(p2.value));
      case "result.badLink":
        return r.badLink(str3(p2.value));
      case "result.badPost":
        return r.badPost(str3(p2.value));
      case "result.conflict":
        return r.conflict(str3(p2.field), str3(p2.typed), str3(p2.reported));
      case "required.missing":
        return t[reason.code](str3(p2.question));
      case "email.missing":
      case "nomination.noConsent":
      case "response.noAnswers":
        return t[reason.code];
      case "email.invalid":
      case "session.unknown":
        return t[reason.code](str3(p2.value));
      case "choice.unknown":
        return t[reason.code](str3(p2.question), str3(p2.value));
      case "session.cancelled":
        return t[reason.code](str3(p2.id), str3(p2.title));
      case "form.closed":
        return t[reason.code](str3(p2.closedAt));
      case "text.truncated":
        return t[reason.code](str3(p2.question), str3(p2.max));
      case "text.formulaNeutralised":
      case "text.invisibleRemoved":
      case "answer.unknownQuestion":
        return t[reason.code](str3(p2.question));
      case "class.fromFamilies":
        return t[reason.code](str3(p2.className));
    }
  }
  function isProblem(code) {
    return PROBLEM_CODES.includes(code);
  }

  // src/core/forms/result-answers.ts
  var ID_PREFIX2 = /^\s*\[([A-Za-z0-9_.-]+)\]/;
  var BARE_ID = /^\s*([A-Za-z]{1,4}\d{1,4})\s*$/;
  var MAX_COUNT = 1e5;
  var LINK = /^https?:\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?$/i;
  var LINK_IN_TEXT = /https?:\/\/\S+/i;
  function matchResultActivity(value, activities2) {
    const text2 = value.normalize("NFC");
    const id = (ID_PREFIX2.exec(text2) ?? BARE_ID.exec(text2))?.[1]?.toUpperCase();
    if (id !== void 0) return activities2.find((a) => a.id.toUpperCase() === id);
    const folded2 = foldKey(text2);
    const byTitle = activities2.filter((a) => foldKey(a.title) === folded2);
    return byTitle.length === 1 ? byTitle[0] : void 0;
  }
  function readCount(value) {
    const text2 = value.trim();
    if (!/^\d{1,3}(?:[., ]\d{3})*$|^\d+$/.test(text2)) return void 0;
    const n2 = Number(text2.replace(/[., ]/g, ""));
    return Number.isSafeInteger(n2) && n2 <= MAX_COUNT ? n2 : void 0;
  }
  var isWebLink = (value) => LINK.test(value.trim());
  function splitLinks(text2) {
    return text2.split(/[\s;]+/).map((part) => part.trim()).filter((part) => part !== "");
  }
  var HOST_CHANNELS = [
    [/(^|\.)(facebook\.com|fb\.com|fb\.watch)$/i, "Facebook"],
    [/(^|\.)(zalo\.me|zalo\.vn)$/i, "Zalo"],
    [/(^|\.)(youtube\.com|youtu\.be)$/i, "YouTube"],
    [/(^|\.)viber\.com$/i, "Viber"]
  ];
  function channelOf(named, link2) {
    const folded2 = foldKey(named.replace(/[:\-–—]+\s*$/u, ""));
    const listed = OUTREACH_CHANNELS.find((c) => foldKey(c) === folded2);
    if (listed) return listed;
    const host = /^https?:\/\/([^/?#:]+)/i.exec(link2)?.[1] ?? "";
    const guessed = HOST_CHANNELS.find(([pattern]) => pattern.test(host))?.[1];
    if (guessed && folded2 === "") return guessed;
    return folded2 === "" ? "Website" : "Khác";
  }
  function readPost(line) {
    const text2 = line.startsWith(FORMULA_GUARD) ? line.slice(FORMULA_GUARD.length) : line;
    const found = LINK_IN_TEXT.exec(text2);
    if (!found || !isWebLink(found[0])) return void 0;
    const named = text2.slice(0, found.index).trim();
    return { channel: channelOf(named, found[0]), link: found[0] };
  }
  var textOf = (answers, key) => {
    const value = answers[key];
    return typeof value === "string" ? value : (value ?? []).join("\n");
  };
  function readResultAnswers(answers, questions, activities2) {
    const problems = [];
    const titleOf2 = (key) => questions.find((q) => q.key === key)?.title ?? key;
    const named = textOf(answers, "activity");
    const activity = named === "" ? void 0 : matchResultActivity(named, activities2);
    if (named !== "" && !activity) problems.push({ code: "result.unknownActivity", params: { value: named } });
    const said = textOf(answers, "outcome");
    const outcome = RESULT_OUTCOMES.find((o) => foldKey(o) === foldKey(said));
    const counts = {};
    for (const key of RESULT_COUNT_KEYS) {
      const text2 = textOf(answers, key);
      if (text2 === "") continue;
      const n2 = readCount(text2);
      if (n2 === void 0)
        problems.push({ code: "result.badCount", params: { question: titleOf2(key), value: text2 } });
      else counts[key] = n2;
    }
    const links = [];
    for (const part of splitLinks(textOf(answers, "evidenceLinks"))) {
      const bare = part.startsWith(FORMULA_GUARD) ? part.slice(FORMULA_GUARD.length) : part;
      if (isWebLink(bare)) {
        if (!links.includes(bare)) links.push(bare);
      } else problems.push({ code: "result.badLink", params: { value: cellSafe(part) } });
    }
    const posts = [];
    for (const line of textOf(answers, "posts").split("\n")) {
      if (line.trim() === "") continue;
      const post = readPost(line.trim());
      if (!post) problems.push({ code: "result.badPost", params: { value: cellSafe(line.trim()) } });
      else if (!posts.some((p2) => p2.link === post.link)) posts.push(post);
    }
    return {
      facts: {
        ...activity ? { activityId: activity.id } : {},
        ...outcome ? { outcome } : {},
        counts,
        links,
        posts
      },
      problems
    };
  }

  // src/core/forms/normalise-response.ts
  function listedClass(email, families2) {
    if (email === "" || !families2) return void 0;
    const classes = new Set(
      families2.filter((f) => f.email?.trim().toLowerCase() === email).map((f) => f.className?.normalize("NFC").trim() ?? "").filter((c) => c !== "")
    );
    return classes.size === 1 ? cellSafe([...classes][0]) : void 0;
  }
  var EMAIL_TITLES = ["email", "email address", "dia chi email"];
  var questionIndexes = /* @__PURE__ */ new WeakMap();
  function findQuestion(spec, title) {
    let index = questionIndexes.get(spec);
    if (!index) {
      const names = /* @__PURE__ */ new Map();
      const claim = (name, q) => void (names.has(name) || names.set(name, q));
      for (const q of spec.questions) {
        claim(foldHeader(q.title), q);
        claim(foldKey(q.key), q);
        for (const alias of q.aliases ?? []) claim(foldHeader(alias), q);
      }
      questionIndexes.set(spec, index = names);
    }
    return index.get(foldHeader(title));
  }
  function matchChoice2(value, question2) {
    const folded2 = foldKey(value);
    const choices = question2.choices ?? [];
    const at2 = choices.findIndex((c) => foldKey(c) === folded2);
    if (at2 >= 0) return question2.values?.[at2] ?? choices[at2];
    return question2.values?.find((c) => foldKey(c) === folded2);
  }
  function knownLabels(question2) {
    return [...question2.choices ?? [], ...question2.values ?? []];
  }
  var ReasonList = class {
    constructor() {
      this.problems = [];
      this.notes = [];
      this.seen = /* @__PURE__ */ new Set();
    }
    add(reason) {
      const key = reason.code + "\0" + JSON.stringify(reason.params);
      if (this.seen.has(key)) return;
      this.seen.add(key);
      (isProblem(reason.code) ? this.problems : this.notes).push(reason);
    }
  };
  function cleanOne(value, question2, reasons) {
    const cleaned = cleanAnswerText(value, question2.type === "paragraph");
    const note = (code, extra = {}) => reasons.add({ code, params: { question: question2.title, ...extra } });
    if (cleaned.invisibleRemoved) note("text.invisibleRemoved");
    if (cleaned.truncated) note("text.truncated", { max: MAX_ANSWER_LENGTH });
    if (cleaned.formulaNeutralised) note("text.formulaNeutralised");
    return cleaned.text;
  }
  function asList(answer, question2) {
    if (typeof answer !== "string") return [...answer];
    return splitJoinedChoices(answer, knownLabels(question2));
  }
  function asText(answer) {
    return typeof answer === "string" ? answer : answer.join(", ");
  }
  var isYes = (value) => !value.startsWith(FORMULA_GUARD) && /^(dong y|co|yes|agree|i agree)\b/.test(foldKey(value));
  function normaliseResponse(formId, raw, context) {
    const spec = context.specs.find((s) => s.id === formId);
    if (!spec) throw new RangeError(`no form spec "${formId}"`);
    const reasons = new ReasonList();
    const byKey = /* @__PURE__ */ new Map();
    let emailAnswer;
    for (const [title, answer] of Object.entries(raw.answers)) {
      const question2 = findQuestion(spec, title);
      if (question2) {
        if (!byKey.has(question2.key)) byKey.set(question2.key, answer);
      } else if (EMAIL_TITLES.includes(foldHeader(title))) {
        emailAnswer = asText(answer);
      } else if (asText(answer).trim() !== "") {
        reasons.add({ code: "answer.unknownQuestion", params: { question: cellSafe(title) } });
      }
    }
    const answers = {};
    const sessionIds = [];
    for (const question2 of spec.questions) {
      if (question2.key === "email") continue;
      const answer = byKey.get(question2.key);
      if (question2.type === "checkbox") {
        const items = answer === void 0 ? [] : asList(answer, question2);
        const cleaned = items.map((item2) => cleanOne(item2, question2, reasons)).filter((item2) => item2 !== "");
        const kept = [];
        for (const item2 of cleaned) {
          if (question2.key === "sessions") {
            const match = parseSessionChoice(item2, context.activities);
            if (match.kind === "session") {
              if (!sessionIds.includes(match.activityId)) sessionIds.push(match.activityId);
            } else if (match.kind === "cancelled") {
              reasons.add({
                code: "session.cancelled",
                params: { id: match.activityId, title: cellSafe(match.activity.title) }
              });
            } else {
              reasons.add({ code: "session.unknown", params: { value: item2 } });
            }
            kept.push(item2);
            continue;
          }
          const choice = matchChoice2(item2, question2);
          if (choice) kept.push(choice);
          else {
            if (!question2.otherOption)
              reasons.add({ code: "choice.unknown", params: { question: question2.title, value: item2 } });
            kept.push(item2);
          }
        }
        answers[question2.key] = kept;
        if (question2.required && kept.length === 0) {
          reasons.add({ code: "required.missing", params: { question: question2.title } });
        }
        continue;
      }
      let text2 = answer === void 0 ? "" : cleanOne(asText(answer), question2, reasons);
      const byId = formId === "result" && question2.key === RESULT_ACTIVITY_KEY;
      if (text2 !== "" && !byId && (question2.type === "multipleChoice" || question2.type === "list") && question2.choices) {
        const canonical = question2.values ?? question2.choices;
        const choice = question2.key === "consent" && canonical.length === 2 ? isYes(text2) ? canonical[0] : /^(khong|no)\b/.test(foldKey(text2)) ? canonical[1] : void 0 : matchChoice2(text2, question2);
        if (choice) text2 = choice;
        else if (!question2.otherOption) {
          reasons.add({ code: "choice.unknown", params: { question: question2.title, value: text2 } });
        }
      }
      answers[question2.key] = text2;
      if (question2.required && text2 === "") {
        reasons.add({ code: "required.missing", params: { question: question2.title } });
      }
    }
    const emailSource = raw.email?.trim() ? raw.email : (byKey.has("email") ? asText(byKey.get("email")) : emailAnswer) ?? "";
    const cleanedEmail = emailSource.trim() === "" ? { email: "", valid: false } : cleanEmail(emailSource);
    if (emailSource.trim() === "") reasons.add({ code: "email.missing", params: {} });
    else if (!cleanedEmail.valid) reasons.add({ code: "email.invalid", params: { value: cleanedEmail.email } });
    let consent = false;
    if (formId === "nomination") {
      const said = answers["consent"];
      consent = typeof said === "string" && isYes(said);
      if (!consent) reasons.add({ code: "nomination.noConsent", params: {} });
    }
    let result;
    if (formId === "result") {
      const read2 = readResultAnswers(answers, spec.questions, context.activities);
      read2.problems.forEach((problem) => reasons.add(problem));
      result = read2.facts;
    }
    const closedAt = context.closedAt?.[formId];
    if (closedAt && raw.timestamp.iso >= closedAt.iso) {
      reasons.add({
        code: "form.closed",
        params: { closedAt: `${formatShortDate(closedAt)} ${formatTime(closedAt)}` }
      });
    }
    const answered = Object.values(raw.answers).some((a) => asText(a).trim() !== "");
    if (!answered) reasons.add({ code: "response.noAnswers", params: {} });
    const given = raw.responseId === void 0 ? "" : cellSafe(raw.responseId);
    const responseId = given !== "" ? given : derivedResponseId(formId, raw.timestamp, cleanedEmail.email, answers);
    if (answers["childClass"] === "" && cleanedEmail.valid) {
      const listed = listedClass(cleanedEmail.email, context.families);
      if (listed) {
        answers["childClass"] = listed;
        reasons.add({ code: "class.fromFamilies", params: { className: listed } });
      }
    }
    return {
      formId,
      responseId,
      submittedAt: raw.timestamp,
      email: cleanedEmail.email,
      emailValid: cleanedEmail.valid,
      answers,
      sessionIds,
      consent,
      ...result ? { result } : {},
      problems: reasons.problems,
      notes: reasons.notes,
      flagged: reasons.problems.length > 0
    };
  }
  var LATER_QUESTIONS = /* @__PURE__ */ new Set(["childClass"]);
  function derivedResponseId(formId, timestamp, email, answers) {
    const body = Object.keys(answers).filter((key) => !(LATER_QUESTIONS.has(key) && answers[key] === "")).sort().map((key) => {
      const value = answers[key];
      return `${key}=${typeof value === "string" ? value : value.join("")}`;
    }).join("");
    return "R" + contentHash(`${formId}${timestamp.iso}${email}${body}`);
  }

  // src/core/forms/latest-per-person.ts
  function personKey(response) {
    return response.emailValid ? `email:${response.email}` : `response:${response.responseId}`;
  }
  function latestPerPerson(responses) {
    const seenIds = /* @__PURE__ */ new Set();
    const duplicates2 = [];
    const slots = /* @__PURE__ */ new Map();
    const superseded = [];
    for (const response of responses) {
      if (seenIds.has(response.responseId)) {
        duplicates2.push(response);
        continue;
      }
      seenIds.add(response.responseId);
      const key = personKey(response);
      const current = slots.get(key);
      if (!current) {
        slots.set(key, response);
      } else if (response.submittedAt.iso >= current.submittedAt.iso) {
        superseded.push(current);
        slots.set(key, response);
      } else {
        superseded.push(response);
      }
    }
    return { rows: [...slots.values()], superseded, duplicates: duplicates2 };
  }

  // src/core/forms/seats.ts
  function allocateSeats(sessions, signups) {
    const table3 = /* @__PURE__ */ new Map();
    for (const s of sessions) {
      const capacity = s.capacity === void 0 ? void 0 : Math.max(0, Math.floor(s.capacity));
      table3.set(s.id, { id: s.id, ...capacity === void 0 ? {} : { capacity }, seated: [], waitlist: [] });
    }
    const chosen = /* @__PURE__ */ new Map();
    const promotions = [];
    const unknown = /* @__PURE__ */ new Set();
    for (const signup of signups) {
      const wanted = [...new Set(signup.sessionIds)].filter((id) => {
        if (table3.has(id)) return true;
        unknown.add(id);
        return false;
      });
      const before = chosen.get(signup.person) ?? [];
      for (const id of before) {
        if (wanted.includes(id)) continue;
        const session = table3.get(id);
        const seat = session.seated.indexOf(signup.person);
        if (seat >= 0) {
          session.seated.splice(seat, 1);
          const next = session.waitlist.shift();
          if (next !== void 0) {
            session.seated.push(next);
            promotions.push({
              sessionId: id,
              person: next,
              byResponseId: signup.responseId,
              at: signup.timestamp
            });
          }
        } else {
          session.waitlist.splice(session.waitlist.indexOf(signup.person), 1);
        }
      }
      for (const id of wanted) {
        if (before.includes(id)) continue;
        const session = table3.get(id);
        if (session.capacity === void 0 || session.seated.length < session.capacity)
          session.seated.push(signup.person);
        else session.waitlist.push(signup.person);
      }
      chosen.set(signup.person, wanted);
    }
    return {
      sessions: sessions.map((s) => {
        const m = table3.get(s.id);
        return {
          id: m.id,
          ...m.capacity === void 0 ? {} : { capacity: m.capacity },
          seated: m.seated,
          waitlist: m.waitlist
        };
      }),
      promotions,
      unknownSessionIds: [...unknown]
    };
  }
  function placementText(placements, lang = "vi") {
    const t = catalogue(lang).forms.seats;
    return placements.map((p2) => p2.state === "seated" ? t.seated(p2.sessionId) : t.waiting(p2.sessionId, p2.position)).join("; ");
  }
  function signupsFromResponses(responses) {
    const seen = /* @__PURE__ */ new Set();
    const eligible = responses.filter((r) => {
      if (seen.has(r.responseId)) return false;
      seen.add(r.responseId);
      return r.emailValid && !r.problems.some((p2) => p2.code === "form.closed");
    });
    return eligible.slice().sort(
      (a, b) => a.submittedAt.iso < b.submittedAt.iso ? -1 : a.submittedAt.iso > b.submittedAt.iso ? 1 : 0
    ).map((r) => ({
      person: r.email,
      responseId: r.responseId,
      timestamp: r.submittedAt,
      sessionIds: r.sessionIds
    }));
  }
  function signupsInRecordingOrder(responses) {
    const seen = /* @__PURE__ */ new Set();
    const latest = /* @__PURE__ */ new Map();
    const out = [];
    for (const r of responses) {
      if (seen.has(r.responseId)) continue;
      seen.add(r.responseId);
      if (!r.emailValid || r.problems.some((p2) => p2.code === "form.closed")) continue;
      const current = latest.get(r.email);
      if (current !== void 0 && r.submittedAt.iso < current) continue;
      latest.set(r.email, r.submittedAt.iso);
      out.push({
        person: r.email,
        responseId: r.responseId,
        timestamp: r.submittedAt,
        sessionIds: r.sessionIds
      });
    }
    return out;
  }
  function promotionKey(promotion) {
    return `promote:${promotion.sessionId}:${promotion.person}:${promotion.byResponseId}`;
  }

  // src/core/forms/attendance.ts
  var NO_GROUP = forms2.noGroup;
  function ratio(count, total2, target) {
    const percent = total2 === 0 ? 0 : count * 100 / total2;
    const required = total2 === 0 ? 0 : Math.ceil(target * total2 / 100 - 1e-9);
    const needed = Math.max(0, required - count);
    return { count, total: total2, percent, met: total2 > 0 && needed === 0, needed };
  }
  function openingAttendance(people, responses, target) {
    const staff2 = people.filter((p2) => p2.active && p2.email.trim() !== "");
    const byEmail = new Map(staff2.map((p2) => [p2.email.trim().toLowerCase(), p2]));
    const registered = /* @__PURE__ */ new Set();
    const present = /* @__PURE__ */ new Set();
    const outsiders = /* @__PURE__ */ new Set();
    for (const r of responses) {
      if (r.formId !== "attendance" || !r.emailValid) continue;
      if (r.problems.some((p2) => p2.code === "form.closed")) continue;
      if (!byEmail.has(r.email)) {
        outsiders.add(r.email);
        continue;
      }
      registered.add(r.email);
      if (r.answers["intent"] === INTENT_PRESENT) present.add(r.email);
    }
    const groupNames = [...new Set(staff2.map((p2) => p2.group?.trim() || NO_GROUP))].sort();
    const groups = groupNames.map((group) => {
      const members = staff2.filter((p2) => (p2.group?.trim() || NO_GROUP) === group).map((p2) => p2.email.trim().toLowerCase());
      return {
        group,
        registered: ratio(members.filter((e) => registered.has(e)).length, members.length, target),
        present: ratio(members.filter((e) => present.has(e)).length, members.length, target)
      };
    });
    return {
      target,
      registered: ratio(registered.size, staff2.length, target),
      present: ratio(present.size, staff2.length, target),
      groups,
      outsiders: [...outsiders].sort()
    };
  }
  function formatPercent(percent, lang = "vi") {
    const rounded = Math.round(percent * 10) / 10;
    const text2 = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
    return `${lang === "vi" ? text2.replace(".", ",") : text2} %`;
  }
  function attendanceProgressText(attendance, basis, lang = "vi") {
    const r = attendance[basis];
    return catalogue(lang).forms.progress.attendance(
      r.count,
      r.total,
      basis === "registered",
      formatPercent(r.percent, lang),
      r.met,
      formatPercent(attendance.target, lang),
      r.needed
    );
  }

  // src/core/forms/nominations.ts
  var NOMINATION_STATUSES = ["mới", "đã xem", "được chọn", "không chọn", "đã gửi phường"];
  var SELECTED = ["được chọn", "đã gửi phường"];
  function parseNominationStatus(value) {
    const folded2 = foldKey(value ?? "");
    if (folded2 === "") return "mới";
    return NOMINATION_STATUSES.find((s) => foldKey(s) === folded2);
  }
  function isExportable(nomination) {
    return nomination.consent && SELECTED.includes(nomination.status);
  }
  function exportableNominations(nominations) {
    return nominations.filter(isExportable);
  }

  // src/core/forms/timestamp-text.ts
  var DATE = String.raw`(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})`;
  var TIME = String.raw`(?:(?:[ T]+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?`;
  var MERIDIEM = String.raw`(?:\s*(AM|PM|SA|CH|A\.M\.|P\.M\.))?`;
  var ZONE = String.raw`(?:\s*(Z|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}))?`;
  var STAMP = new RegExp(`^\\s*${DATE}${TIME}${MERIDIEM}${ZONE}\\s*$`, "i");

  // src/core/forms/answer-labels.ts
  function shownAnswer(question2, value) {
    const at2 = question2.values?.indexOf(value) ?? -1;
    return at2 >= 0 && question2.choices?.[at2] !== void 0 ? question2.choices[at2] : value;
  }
  function shownAnswers(spec, answers) {
    const out = { ...answers };
    for (const question2 of spec.questions) {
      const value = answers[question2.key];
      if (value === void 0 || !question2.values) continue;
      out[question2.key] = typeof value === "string" ? shownAnswer(question2, value) : value.map((v) => shownAnswer(question2, v));
    }
    return out;
  }
  function fixedChoices(t) {
    const c = t.choices;
    return [
      ...Object.values(c.intents),
      ...Object.values(c.who),
      ...Object.values(c.pledges),
      ...Object.values(c.relations),
      c.modes.school,
      c.modes.home,
      c.consentNo
    ];
  }
  var PLEDGE_LABELS = [forms2, forms].flatMap(
    (t) => Object.values(t.choices.pledges)
  );
  var CANONICAL = /* @__PURE__ */ new Map();
  {
    const vi2 = fixedChoices(forms2);
    const en2 = fixedChoices(forms);
    vi2.forEach((value, i2) => {
      CANONICAL.set(foldKey(value), value);
      CANONICAL.set(foldKey(en2[i2]), value);
    });
  }
  function canonicalChoice(value) {
    return CANONICAL.get(foldKey(value)) ?? value;
  }

  // src/core/forms/response-rows.ts
  var JOINERS = { sessions: "\n", pledges: ", " };
  function normalisedRecord(response, options = {}) {
    const lang = options.language ?? "vi";
    const record2 = {
      responseId: response.responseId,
      submittedAt: response.submittedAt,
      email: response.email
    };
    const answers = options.spec ? shownAnswers(options.spec, response.answers) : response.answers;
    for (const [key, value] of Object.entries(answers)) {
      if (key === "consent") continue;
      record2[key] = typeof value === "string" ? value : cellSafe(value.join(JOINERS[key] ?? ", "));
    }
    if (response.formId === "nomination") {
      record2["consent"] = response.consent ? "có" : "không";
      if (options.newRow) record2["status"] = "mới";
    }
    if (response.formId === "result") {
      const facts = response.result;
      record2["activityId"] = facts?.activityId ?? null;
      for (const [key, n2] of Object.entries(facts?.counts ?? {})) record2[key] = n2;
    }
    if (response.formId === "training" && options.seats !== void 0)
      record2["seats"] = cellSafe(options.seats);
    record2["problems"] = cellSafe(response.problems.map((r) => reasonText(r, lang)).join("\n"));
    record2["cleaning"] = cellSafe(response.notes.map((r) => reasonText(r, lang)).join("\n"));
    for (const [key, value] of Object.entries(record2)) {
      if (value === "") record2[key] = null;
    }
    return record2;
  }
  var RAW_CHUNK = 45e3;
  var CHUNK_MARGIN = 767;
  var RAW_CONTENT_KEYS = ["content", "content2", "content3", "content4"];
  var CONTINUATION = "↪";
  function rawRecord(formId, responseId, raw, options = {}) {
    const content = {
      timestamp: raw.timestamp.iso,
      ...raw.email !== void 0 ? { email: raw.email } : {},
      ...raw.responseId !== void 0 ? { responseId: raw.responseId } : {},
      answers: raw.answers
    };
    const json = JSON.stringify(content);
    const record2 = {
      responseId,
      form: formId,
      submittedAt: raw.timestamp,
      receivedAt: options.receivedAt ?? null,
      source: options.source ?? null,
      email: raw.email === void 0 ? null : cellSafe(raw.email)
    };
    const chunk2 = options.cellLimit === void 0 ? RAW_CHUNK : Math.min(RAW_CHUNK, options.cellLimit - CHUNK_MARGIN);
    let at2 = 0;
    RAW_CONTENT_KEYS.forEach((key, i2) => {
      const room = i2 === 0 ? chunk2 : chunk2 - CONTINUATION.length;
      let end = Math.min(json.length, at2 + room);
      const code = json.charCodeAt(end - 1);
      if (end < json.length && code >= 55296 && code <= 56319) end -= 1;
      const piece = json.slice(at2, end);
      record2[key] = piece === "" ? null : i2 === 0 ? piece : CONTINUATION + piece;
      at2 = end;
    });
    return { record: record2, overflow: at2 < json.length, kept: at2 };
  }
  function rawResponseFromRecord(cells) {
    const json = RAW_CONTENT_KEYS.map((key, i2) => {
      const cell2 = cells[key];
      const text2 = typeof cell2 === "string" ? cell2 : "";
      return i2 > 0 && text2.startsWith(CONTINUATION) ? text2.slice(CONTINUATION.length) : text2;
    }).join("");
    try {
      const content = JSON.parse(json);
      if (typeof content.timestamp !== "string" || typeof content.answers !== "object" || content.answers === null) {
        return void 0;
      }
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(content.timestamp)) return void 0;
      const timestamp = { kind: "local-datetime", iso: content.timestamp };
      return {
        timestamp,
        ...content.email !== void 0 ? { email: content.email } : {},
        ...content.responseId !== void 0 ? { responseId: content.responseId } : {},
        answers: content.answers
      };
    } catch {
      return void 0;
    }
  }

  // src/core/forms/confirmation-details.ts
  function confirmationDetails(spec, response, placements = [], lang = "vi") {
    const t = catalogue(lang).forms.seats;
    const out = [];
    const answers = shownAnswers(spec, response.answers);
    for (const question2 of spec.questions) {
      if (question2.key === "email") continue;
      const value = answers[question2.key];
      const text2 = value === void 0 ? "" : typeof value === "string" ? value : value.join("; ");
      if (text2 !== "") out.push([question2.title, text2]);
    }
    for (const p2 of placements) {
      out.push([
        t.detailLabel(p2.sessionId),
        p2.state === "seated" ? t.detailSeated : t.detailWaiting(p2.position)
      ]);
    }
    return out;
  }

  // src/app/forms/response-store.ts
  function loadTab(tables, spec, allTabNames) {
    const found = findTabName(spec, allTabNames);
    const grid = found === void 0 ? [] : tables.read(found) ?? [];
    const table3 = readTable(spec, grid.length > 0 ? grid : [defaultHeader(spec)]);
    return {
      spec,
      tabName: found ?? spec.name,
      exists: found !== void 0,
      grid,
      header: grid.length > 0 ? table3.header : mapHeader(spec, defaultHeader(spec)),
      rows: table3.rows.map((r) => ({ row: r.row, cells: r.cells }))
    };
  }
  function ensureHeader(tables, tab) {
    if (tab.grid.length > 0) return false;
    if (!tab.exists) tables.create(tab.tabName);
    return true;
  }
  function appendRecords(tables, tab, records) {
    if (records.length === 0) return;
    const rows = records.map((r) => recordToRow(tab.header, r));
    if (ensureHeader(tables, tab)) tables.write(tab.tabName, 0, 0, [defaultHeader(tab.spec), ...rows]);
    else tables.append(tab.tabName, rows);
  }
  function writeRows(tables, tab, changed, added) {
    if (changed.size === 0 && added.length === 0) return;
    if (ensureHeader(tables, tab)) {
      tables.write(tab.tabName, 0, 0, [
        defaultHeader(tab.spec),
        ...added.map((r) => recordToRow(tab.header, r))
      ]);
      return;
    }
    const columns = Object.values(tab.header.index);
    const minCol = Math.min(...columns);
    const maxCol = Math.max(...columns);
    const width = Math.max(tab.header.width, maxCol + 1);
    const firstNew = tab.grid.length + 1;
    let first = firstNew;
    let lastChanged = 0;
    for (const row of changed.keys()) {
      if (row < first) first = row;
      if (row > lastChanged) lastChanged = row;
    }
    const last = added.length > 0 ? firstNew + added.length - 1 : lastChanged;
    const block = [];
    for (let row = first; row <= last; row++) {
      let line;
      if (row >= firstNew) {
        line = recordToRow({ ...tab.header, width }, added[row - firstNew]);
      } else {
        const original = tab.grid[row - 1] ?? [];
        line = Array.from({ length: width }, (_, i2) => original[i2] ?? null);
        const overlay = changed.get(row);
        if (overlay) {
          for (const [key, value] of Object.entries(overlay)) {
            const at2 = tab.header.index[key];
            if (at2 !== void 0) line[at2] = value;
          }
        }
      }
      block.push(line.slice(minCol, maxCol + 1));
    }
    tables.write(tab.tabName, first - 1, minCol, block);
  }
  function loadRawLog(tables, allTabNames) {
    const tab = loadTab(tables, RAW_RESPONSES_TABLE, allTabNames);
    const entries = [];
    const ids = /* @__PURE__ */ new Set();
    for (const { row, cells } of tab.rows) {
      const responseId = cellText(cells["responseId"]).trim();
      if (responseId === "") continue;
      ids.add(responseId);
      entries.push({ row, responseId, form: cellText(cells["form"]).trim(), cells });
    }
    return { tab, ids, entries };
  }
  function rawHistory(log, formId, context) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const entry2 of log.entries) {
      if (entry2.form !== formId || seen.has(entry2.responseId)) continue;
      const raw = rawResponseFromRecord(entry2.cells);
      if (!raw) continue;
      seen.add(entry2.responseId);
      out.push(normaliseResponse(formId, { ...raw, responseId: entry2.responseId }, context));
    }
    return out;
  }

  // src/app/forms/forms-seat-counts.ts
  function seatsFromTrainingRows(rows) {
    const seated = {};
    const waiting = {};
    for (const { cells } of rows) {
      for (const { sessionId, isSeated } of placementsIn(cells)) {
        const into = isSeated ? seated : waiting;
        into[sessionId] = (into[sessionId] ?? 0) + 1;
      }
    }
    return { seated, waiting };
  }
  function seatedGuests(tables) {
    const seated = /* @__PURE__ */ new Map();
    const tab = loadTab(tables, TRAINING_SIGNUPS_TABLE, tables.tableNames());
    for (const { cells } of tab.rows) {
      const email = cellText(cells["email"]).trim();
      if (email === "" || cellText(cells["problems"]).trim() !== "") continue;
      for (const { sessionId, isSeated } of placementsIn(cells)) {
        if (isSeated) seated.set(sessionId, [...seated.get(sessionId) ?? [], email]);
      }
    }
    return seated;
  }
  var SEAT_PART = seatPattern();
  function seatPattern() {
    const escape2 = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const word = (text2) => escape2(text2.replace(/^:\s*/, "").trim());
    const seated = [forms2, forms].map((t) => word(t.seats.seated("")));
    const waiting = [forms2, forms].map((t) => word(t.seats.waiting("", 0).replace(/0$/, "")));
    return new RegExp(
      `^\\s*([A-Za-z0-9_.-]+):\\s*(?:(${seated.join("|")})|(?:${waiting.join("|")})\\s*(\\d+))\\s*$`
    );
  }
  function placementsIn(cells) {
    const out = [];
    for (const part of cellText(cells["seats"]).split(";")) {
      const m = SEAT_PART.exec(part.normalize("NFC"));
      if (m) out.push({ sessionId: m[1], isSeated: m[2] !== void 0 });
    }
    return out;
  }

  // src/app/calendar/reminders.ts
  var reminderKey = (email, day) => outboxKey("reminder", email, day);
  function queueReminders(ports, at2, options = {}) {
    return underLockOrBusy(
      ports.lock,
      options.lockTimeoutMs ?? 1e4,
      () => queueLocked(ports, at2, options),
      () => {
        const t = catalogue("vi").calendar.reminders;
        const message4 = t.busy;
        ports.log.info(`${t.logPrefix}: ${message4}`);
        return { ran: false, queued: 0, alreadyQueued: 0, message: message4 };
      }
    );
  }
  function queueLocked(ports, at2, options) {
    const { plan } = readPlanTabs(ports.tables).parsed;
    const settings = plan.settings;
    if (!settings) {
      const t2 = catalogue("vi").calendar.reminders;
      const message5 = t2.noSettings;
      ports.log.error(`${t2.logPrefix}: ${message5}`);
      return { ran: false, queued: 0, alreadyQueued: 0, message: message5 };
    }
    const t = catalogue(settings.language).calendar.reminders;
    const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const now = toWallClock(at2, zone);
    const today = partsOf(now);
    const tomorrow = addDays(localDateTime(today.year, today.month, today.day), 1);
    const day = tomorrow.iso.slice(0, 10);
    const seatedByActivity = options.seatedByActivity ?? seatedGuests(ports.tables);
    const events = [...desiredEvents(plan, settings, { ...options, seatedByActivity }).events.values()].filter((e) => e.start.iso.slice(0, 10) === day).sort((a, b) => a.start.iso.localeCompare(b.start.iso));
    const byGuest = /* @__PURE__ */ new Map();
    for (const e of events) for (const g of e.guests) byGuest.set(g, [...byGuest.get(g) ?? [], e]);
    const activities2 = new Map(plan.activities.map((a) => [a.id, a]));
    const namesOf = guestNames(plan);
    const entries = [...byGuest].map(
      ([email, list]) => mailEntry(
        {
          key: reminderKey(email, day),
          language: settings.language,
          to: [email],
          mail: reminderMail({
            language: settings.language,
            recipientName: namesOf.get(email) ?? t.guest,
            school: settings.school,
            ...reminderFields(list, activities2, tomorrow),
            ...settings.senderName ? { senderName: settings.senderName } : {}
          }),
          ...settings.senderName ? { senderName: settings.senderName } : {},
          ...settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}
        },
        now
      )
    );
    const result = entries.length > 0 ? enqueueEntries(ports.tables, entries, options.limit) : { added: [], alreadyQueued: [] };
    const shown3 = day.split("-").reverse().join("/");
    const message4 = events.length === 0 ? t.nothing(shown3) : t.queued(result.added.length, events.length, shown3) + (result.alreadyQueued.length > 0 ? t.alreadyQueued(result.alreadyQueued.length) : "") + ".";
    ports.log.info(`${t.logPrefix}: ${message4}`);
    return { ran: true, day, queued: result.added.length, alreadyQueued: result.alreadyQueued.length, message: message4 };
  }
  function reminderFields(list, activities2, day) {
    if (list.length === 1) {
      const e = list[0];
      return {
        activity: e.title,
        start: e.start,
        end: e.end,
        timeConfirmed: activities2.get(e.activityId)?.timeConfirmed ?? true,
        ...e.location ? { location: e.location } : {},
        ...e.url ? { link: e.url } : {}
      };
    }
    const titles = list.map(
      (e) => `${e.title} (${formatTime(e.start)}–${formatTime(e.end)}${e.location ? `, ${e.location}` : ""})`
    );
    return { activity: titles.join("; "), start: day };
  }

  // src/app/jobs/reminder-timing.ts
  var PLANNED_REMINDER_RUN_KEY = "reminders.plannedRun";
  var LEAD_MS = 30 * 6e4;
  function plannedReminderRun(properties) {
    const raw = properties.get(PLANNED_REMINDER_RUN_KEY);
    const at2 = raw === void 0 ? NaN : Number(raw);
    return Number.isFinite(at2) ? at2 : void 0;
  }
  var clearPlannedReminderRun = (properties) => properties.delete(PLANNED_REMINDER_RUN_KEY);
  function reminderRunAt(ports, need, left, timeZone) {
    if (need <= left) return void 0;
    const zone = isKnownTimeZone(timeZone) ? timeZone : SCHOOL_TIME_ZONE;
    const nowMs = ports.clock.now().getTime();
    const now = toWallClock(new Date(nowMs), zone);
    const reset = windowReset(
      windowFromLedger(
        loadOutbox(ports.tables).ledger.rows.map((r) => r.entry),
        now
      )
    );
    if (!reset) return void 0;
    const resetMs = toInstant(reset, zone).getTime();
    const p2 = partsOf(now);
    const endOfDayMs = toInstant(addDays(localDateTime(p2.year, p2.month, p2.day), 1), zone).getTime();
    const at2 = resetMs - LEAD_MS;
    if (at2 - nowMs < LEAD_MS || resetMs >= endOfDayMs) return void 0;
    ports.properties.set(PLANNED_REMINDER_RUN_KEY, String(at2));
    return at2;
  }

  // src/app/jobs/schedule.ts
  var DAILY_DRAIN_AT = { hour: 0, minute: 10 };
  var REMINDERS_AT = { hour: 7, minute: 0 };
  var DAILY_PROGRESS_AT = { hour: 17, minute: 0 };
  var PURGE_AT = { hour: 2, minute: 0 };
  var EDIT_SYNC_AFTER_MS = 2 * 6e4;
  var PROCESS_AFTER_MS = 6e4;
  var PROCESS_LOCK_WAIT_MS = 1e4;
  var PROCESSING_STALE_MS = 10 * 6e4;

  // src/app/jobs/mail-reserve.ts
  var DAY_MS3 = 24 * 36e5;
  function demand(ports) {
    const { plan } = readPlanTabs(ports.tables).parsed;
    const settings = plan.settings;
    if (!settings) return void 0;
    const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const nowMs = ports.clock.now().getTime();
    const now = toWallClock(new Date(nowMs), zone);
    const p2 = partsOf(now);
    const today = localDateTime(p2.year, p2.month, p2.day);
    const ledger = loadOutbox(ports.tables).ledger;
    const seatedByActivity = seatedGuests(ports.tables);
    const events = [...desiredEvents(plan, settings, { seatedByActivity }).events.values()];
    const unqueued = (day) => {
      const iso = day.iso.slice(0, 10);
      const guests = new Set(events.filter((e) => e.start.iso.slice(0, 10) === iso).flatMap((e) => e.guests));
      return [...guests].filter((guest) => !ledger.keys.has(sameKey(reminderKey(guest, iso)))).length;
    };
    return { zone, nowMs, now, today, ledger, events, unqueued };
  }
  function remindersNotQueued(ports) {
    const d = demand(ports);
    return d ? d.unqueued(addDays(d.today, 1)) : 0;
  }
  function mailReserve(ports, untilMs) {
    const d = demand(ports);
    if (!d) return 0;
    let reminders = 0;
    const planned = ports.properties ? plannedReminderRun(ports.properties) : void 0;
    for (let day = d.today; ; day = addDays(day, 1)) {
      const runMs = toInstant(withTime(day, REMINDERS_AT.hour, REMINDERS_AT.minute), d.zone).getTime();
      if (runMs >= untilMs) break;
      const plannedToday = day.iso === d.today.iso && planned !== void 0 && planned < untilMs;
      if (runMs >= d.nowMs || plannedToday) reminders += d.unqueued(addDays(day, 1));
    }
    const lastEnd = d.events.reduce((late, e) => Math.max(late, wallMinutes(e.end)), 0);
    let confirmations = 0;
    if (lastEnd > wallMinutes(d.now)) {
      const dayAgo = wallMinutes(d.now) - DAY_MS3 / 6e4;
      for (const { entry: entry2 } of d.ledger.rows) {
        const kind = urgencyOf(entry2.key);
        const recent = entry2.createdAt && wallMinutes(entry2.createdAt) > dayAgo;
        if ((kind === "confirmation" || kind === "promotion") && recent)
          confirmations += entry2.recipients.length;
      }
      confirmations = Math.ceil(confirmations * Math.min(DAY_MS3, Math.max(0, untilMs - d.nowMs)) / DAY_MS3);
    }
    return reminders + confirmations;
  }

  // src/app/jobs/effects.ts
  function* perform(effect) {
    return yield effect;
  }
  var resume = (job, settled) => settled.ok ? job.next(settled.value) : job.throw(settled.error);
  var handlerOf = (effects, effect) => effects[effect.kind];
  function runJob(job, effects) {
    let step = job.next();
    while (!step.done) {
      let settled;
      try {
        settled = { ok: true, value: handlerOf(effects, step.value)(step.value) };
      } catch (error) {
        settled = { ok: false, error };
      }
      step = resume(job, settled);
    }
    return step.value;
  }

  // src/core/privacy/marker.ts
  var PURGED_MARKER = privacy2.marker;
  function purgedMarker(lang = "vi") {
    return catalogue(lang).privacy.marker;
  }
  var PSEUDONYM_DOMAIN = "da-xoa.invalid";
  var PSEUDONYM = /^an-danh-(\d+)@da-xoa\.invalid$/;
  var PSEUDONYM_ANYWHERE = /an-danh-(\d+)@da-xoa\.invalid/g;
  function isPseudonym(address) {
    return PSEUDONYM.test(address.trim().toLowerCase());
  }
  function addressKey(text2) {
    return normaliseEmail(text2) ?? text2.normalize("NFC").trim().toLowerCase();
  }
  var Pseudonyms = class {
    constructor(highestInUse = 0) {
      this.byKey = /* @__PURE__ */ new Map();
      this.next = highestInUse + 1;
    }
    /** The highest pseudonym number found in these texts. */
    static highestIn(texts4) {
      let max = 0;
      for (const text2 of texts4) {
        if (!text2.includes("@da-xoa.invalid")) continue;
        for (const match of text2.matchAll(PSEUDONYM_ANYWHERE)) max = Math.max(max, Number(match[1]));
      }
      return max;
    }
    of(address) {
      const key = addressKey(address);
      if (PSEUDONYM.test(key)) return key;
      let pseudonym = this.byKey.get(key);
      if (pseudonym === void 0) {
        pseudonym = `an-danh-${String(this.next++).padStart(4, "0")}@${PSEUDONYM_DOMAIN}`;
        this.byKey.set(key, pseudonym);
      }
      return pseudonym;
    }
    get count() {
      return this.byKey.size;
    }
  };

  // src/core/announce/class-names.ts
  var NAME_MAX = 60;
  function shortName(name) {
    const line = oneLine(name.normalize("NFC"));
    const chars = [...line];
    return chars.length > NAME_MAX ? `${chars.slice(0, NAME_MAX - 1).join("")}…` : line;
  }
  var withoutClassWord = (name) => name.replace(/^(lớp|class)\s+/iu, "");

  // src/core/announce/answers-by-class.ts
  var STAFF = forms2.choices.who.staff;
  var RESIDENT = forms2.choices.who.resident;
  var PURGED = /* @__PURE__ */ new Set([purgedMarker("vi"), purgedMarker("en")]);
  var emailKey = (email) => (email ?? "").trim().toLowerCase();
  function answersByClass(families2, people, answers) {
    const familyKey = (family) => {
      const name = shortName(family.className ?? "");
      return name === "" ? "" : `c:${name}`;
    };
    const tallies = /* @__PURE__ */ new Map();
    const byFolded = /* @__PURE__ */ new Map();
    const familiesByEmail = /* @__PURE__ */ new Map();
    for (const family of families2) {
      if (PURGED.has(family.className ?? "") || PURGED.has(family.parentName)) continue;
      const name = shortName(family.className ?? "");
      const key = familyKey(family);
      const tally = tallies.get(key);
      if (tally) tally.families++;
      else tallies.set(key, { kind: name === "" ? "unclassed" : "class", name, families: 1 });
      const folded2 = foldKey(name);
      if (name !== "" && folded2 !== "" && !byFolded.has(folded2)) byFolded.set(folded2, key);
      const email = emailKey(family.email);
      if (email !== "") familiesByEmail.set(email, [...familiesByEmail.get(email) ?? [], family]);
    }
    const staff2 = new Set(people.map((p2) => emailKey(p2.email)).filter((e) => e !== ""));
    const tabKeyOf = (name) => {
      if (tallies.get(`c:${name}`)?.kind === "class") return `c:${name}`;
      const folded2 = foldKey(name);
      return folded2 === "" ? void 0 : byFolded.get(folded2);
    };
    const placeOf2 = /* @__PURE__ */ new Map();
    for (const answer of answers) {
      const email = emailKey(answer.email);
      const named = shortName(answer.childClass ?? "");
      const own = familiesByEmail.get(email);
      if (own) {
        const wanted = named === "" ? void 0 : tabKeyOf(named);
        const family = own.find((f) => wanted !== void 0 && familyKey(f) === wanted);
        if (!placeOf2.has(`f:${email}`) || family)
          placeOf2.set(`f:${email}`, { tally: familyKey(family ?? own[0]) });
        continue;
      }
      if (staff2.has(email) || answer.who === STAFF) continue;
      const who = email !== "" ? `e:${email}` : `r:${answer.responseId}`;
      if (named !== "") {
        const key = tabKeyOf(named) ?? `u:${named}`;
        if (!tallies.has(key)) tallies.set(key, { kind: "unlisted", name: named, families: 0 });
        placeOf2.set(who, { tally: key });
      } else if (answer.who !== RESIDENT && !placeOf2.has(who)) {
        placeOf2.set(who, { unclassed: true });
      }
    }
    const answered = /* @__PURE__ */ new Map();
    let unclassedAnswers = 0;
    for (const place of placeOf2.values()) {
      if ("unclassed" in place) unclassedAnswers++;
      else answered.set(place.tally, (answered.get(place.tally) ?? 0) + 1);
    }
    const classes = [...tallies].map(([key, t]) => ({ ...t, answered: answered.get(key) ?? 0 })).filter((t) => t.kind !== "unlisted" || t.answered > 0);
    return { classes, unclassedAnswers };
  }
  function classAnswersOf(responses) {
    const text2 = (value) => typeof value === "string" && value !== "" ? value : void 0;
    return responses.filter((r) => !r.flagged && (r.formId === "attendance" || r.formId === "training")).map((r, order) => ({ r, order })).sort(
      (a, b) => a.r.submittedAt.iso < b.r.submittedAt.iso ? -1 : a.r.submittedAt.iso > b.r.submittedAt.iso ? 1 : a.order - b.order
    ).map(({ r }) => {
      const childClass = text2(r.answers["childClass"]);
      const who = text2(r.answers["who"]);
      return {
        email: r.emailValid ? r.email : "",
        responseId: r.responseId,
        ...childClass ? { childClass } : {},
        ...who ? { who } : {}
      };
    });
  }

  // src/core/mail/organiser-note.ts
  function organiserNoteMail(data) {
    const m = catalogue(data.language).mail.organiserNote;
    return simpleMail({
      language: data.language,
      subject: m.subject(data.topic),
      greeting: m.greeting,
      paragraphs: [data.lines.join("\n")],
      closing: m.closing,
      signature: data.senderName || data.school
    });
  }

  // src/app/forms/forms-context.ts
  var PLAN_SPECS = [SETTINGS_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, ACTIVITIES_TABLE];
  function loadFormsContext(tables, options = {}) {
    const allTabNames = tables.tableNames();
    const { grids, tabNames } = readTabs(tables, PLAN_SPECS, allTabNames);
    const parsed = parsePlan(grids, tabNames);
    const settings = parsed.plan.settings;
    const zone = settings && isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const specs = buildFormSpecs(parsed.plan, options.seatsTaken ? { seatsTaken: options.seatsTaken } : {});
    return {
      plan: parsed.plan,
      settings,
      specs,
      normalise: {
        specs,
        activities: parsed.plan.activities,
        families: parsed.plan.families,
        ...options.closedAt ? { closedAt: options.closedAt } : {}
      },
      zone,
      tabNames,
      grids,
      tables: parsed.tables,
      allTabNames
    };
  }
  function schoolNow(context, clock) {
    return toWallClock(clock.now(), context.zone);
  }

  // src/app/forms/ask-results.ts
  var ASK = "result-ask";
  var REMIND = "result-reminder";
  var resultLinkProperty = (activityId2) => `form.result.link.${activityId2.toUpperCase()}`;
  function reportedActivityIds(grid) {
    const out = /* @__PURE__ */ new Set();
    if (!grid || grid.length === 0) return out;
    for (const { cells } of readTable(ACTIVITY_RESULTS_TABLE, grid).rows) {
      const id = cellText(cells.activityId).trim().toUpperCase();
      if (id !== "") out.add(id);
    }
    return out;
  }
  function awaitingResults(plan, reported3, now) {
    return plan.activities.filter((a) => {
      const over = a.end ?? a.start;
      return over !== void 0 && over.iso <= now.iso && a.status === "kế hoạch" && !reported3.has(a.id.toUpperCase());
    });
  }
  function askedBefore(keys) {
    const asked = /* @__PURE__ */ new Map();
    for (const key of keys) {
      const [action, day, owner, ids] = key.split(":");
      if (action !== ASK || !day || !owner || !ids) continue;
      const mine = asked.get(owner) ?? /* @__PURE__ */ new Map();
      for (const id of ids.split("+")) if (!mine.has(id.toUpperCase())) mine.set(id.toUpperCase(), day);
      asked.set(owner, mine);
    }
    return { asked, keys };
  }
  function queueResultRequests(ports, at2, options = {}) {
    return ports.lock.withLock(options.lockTimeoutMs ?? 3e4, () => {
      const context = loadFormsContext(ports.tables);
      const settings = context.settings;
      if (!settings) return { asked: 0, reminded: 0 };
      const now = toWallClock(at2, context.zone);
      const today = now.iso.slice(0, 10);
      const results3 = loadTab(ports.tables, ACTIVITY_RESULTS_TABLE, context.allTabNames);
      const waiting = awaitingResults(context.plan, reportedActivityIds(results3.grid), now);
      const before = askedBefore(loadOutbox(ports.tables).ledger.keys);
      const byOwner = /* @__PURE__ */ new Map();
      for (const a of waiting) {
        const owner = a.owner?.trim().toLowerCase();
        if (!owner) continue;
        byOwner.set(owner, [...byOwner.get(owner) ?? [], a]);
      }
      const entries = [];
      const remindDay = dayBefore(settings.reportAt);
      for (const [owner, activities2] of byOwner) {
        const asked = before.asked.get(owner) ?? /* @__PURE__ */ new Map();
        const askedToday = [...before.keys].some((k) => k.startsWith(`${ASK}:${today}:${owner}:`));
        const fresh = activities2.filter((a) => !asked.has(a.id.toUpperCase()));
        if (fresh.length > 0 && !askedToday)
          entries.push(askMail(settings, ports.properties, context.plan, owner, fresh, now));
        const owing = activities2.filter((a) => {
          const day = asked.get(a.id.toUpperCase());
          return day !== void 0 && day < today;
        });
        if (remindDay === today && owing.length > 0)
          entries.push(reminderMail2(settings, ports.properties, context.plan, owner, owing, now));
      }
      if (entries.length === 0) return { asked: 0, reminded: 0 };
      const added = new Set(enqueueEntries(ports.tables, entries).added);
      const count = (action) => [...added].filter((k) => k.startsWith(`${action}:`)).length;
      return { asked: count(ASK), reminded: count(REMIND) };
    });
  }
  function dayBefore(at2) {
    if (!at2) return void 0;
    const [y, m, d] = at2.iso.slice(0, 10).split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  }
  function linkOf(properties, settings, activity) {
    return properties.get(resultLinkProperty(activity.id)) || settings.formUrls.result || "";
  }
  function ownerName(plan, owner) {
    return plan.people.find((p2) => p2.email.toLowerCase() === owner)?.name ?? owner;
  }
  function asks(settings, properties, activities2) {
    const t = catalogue(settings.language).results.ask;
    const actions = [];
    const unlinked = [];
    for (const a of activities2) {
      const url = linkOf(properties, settings, a);
      if (url) actions.push({ label: t.button(a.id, a.title), url });
      else unlinked.push(t.line(a.id, a.title, t.noLink));
    }
    return { actions, unlinked: unlinked.join("\n") };
  }
  function entry(settings, key, owner, mail3, now) {
    return mailEntry(
      {
        key,
        to: [owner],
        mail: mail3,
        language: settings.language,
        ...settings.senderName ? { senderName: settings.senderName } : {},
        ...settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}
      },
      now
    );
  }
  function askMail(settings, properties, plan, owner, activities2, now) {
    const t = catalogue(settings.language).results.ask;
    const ids = activities2.map((a) => a.id.toUpperCase()).join("+");
    const ask = asks(settings, properties, activities2);
    const mail3 = simpleMail({
      language: settings.language,
      subject: t.subject(activities2.map((a) => a.id.toUpperCase())),
      greeting: t.greeting(ownerName(plan, owner)),
      paragraphs: [t.intro, ask.unlinked],
      actions: ask.actions,
      closing: t.closing,
      signature: settings.senderName || settings.school
    });
    return entry(settings, sameKey(outboxKey(ASK, now.iso.slice(0, 10), owner, ids)), owner, mail3, now);
  }
  function reminderMail2(settings, properties, plan, owner, activities2, now) {
    const t = catalogue(settings.language).results.ask;
    const when = settings.reportAt ? formatDayDateTime(settings.reportAt, settings.language) : "";
    const ask = asks(settings, properties, activities2);
    const mail3 = simpleMail({
      language: settings.language,
      subject: t.reminderSubject,
      greeting: t.greeting(ownerName(plan, owner)),
      paragraphs: [t.reminderIntro(when), ask.unlinked],
      actions: ask.actions,
      closing: t.closing,
      signature: settings.senderName || settings.school
    });
    return entry(settings, outboxKey(REMIND, settings.reportAt.iso.slice(0, 10), owner), owner, mail3, now);
  }

  // src/app/forms/daily-progress.ts
  function readFormsProgress(tables, at2, loaded) {
    const context = loaded ?? loadFormsContext(tables);
    const log = loadRawLog(tables, context.allTabNames);
    const attendanceResponses = rawHistory(log, "attendance", context.normalise);
    const target = context.settings?.openingTarget ?? 50;
    const attendance = openingAttendance(context.plan.people, attendanceResponses, target);
    const opening = context.plan.activities.find((a) => a.category === "khai mạc" && a.status !== "hủy");
    const basis = opening?.start && at2.iso.slice(0, 10) >= opening.start.iso.slice(0, 10) ? "present" : "registered";
    const trainingResponses = rawHistory(log, "training", context.normalise);
    const allocation = allocateSeats(
      sessionCapacities(context.plan.activities),
      signupsInRecordingOrder(trainingResponses)
    );
    const sessions = sessionActivities(context.plan.activities).map((a) => {
      const seats = allocation.sessions.find((s) => s.id === a.id);
      return {
        id: a.id,
        title: a.title,
        ...a.capacity !== void 0 ? { capacity: a.capacity } : {},
        seated: seats?.seated.length ?? 0,
        waiting: seats?.waitlist.length ?? 0
      };
    });
    const nominations = latestPerPerson(rawHistory(log, "nomination", context.normalise)).rows;
    return {
      attendance,
      basis,
      sessions,
      nominations: { total: nominations.length, withoutConsent: nominations.filter((n2) => !n2.consent).length },
      results: resultsProgress(tables, context, at2),
      families: answersByClass(
        context.plan.families,
        context.plan.people,
        classAnswersOf([...attendanceResponses, ...trainingResponses])
      )
    };
  }
  function resultsProgress(tables, context, at2) {
    const tab = loadTab(tables, ACTIVITY_RESULTS_TABLE, context.allTabNames);
    const missing = awaitingResults(context.plan, reportedActivityIds(tab.grid), at2).map((a) => {
      const owner = a.owner?.trim().toLowerCase();
      const person2 = owner ? context.plan.people.find((p2) => p2.email.toLowerCase() === owner) : void 0;
      return { id: a.id, title: a.title, ...owner ? { owner: person2?.name ?? owner } : {} };
    });
    const flagged = tab.rows.filter((r) => cellText(r.cells["problems"]).trim() !== "").length;
    return { missing, flagged };
  }
  var shorten2 = (text2, max = 60) => text2.length > max ? `${text2.slice(0, max - 1)}…` : text2;
  function progressLines(progress, lang = "vi") {
    const t = catalogue(lang).forms.app;
    const lines = [attendanceProgressText(progress.attendance, "registered", lang)];
    if (progress.basis === "present") lines.push(attendanceProgressText(progress.attendance, "present", lang));
    for (const s of progress.sessions) {
      const seats = s.capacity === void 0 ? `${s.seated}` : `${s.seated}/${s.capacity}`;
      lines.push(t.sessionLine(s.id, shorten2(s.title), seats, s.waiting));
    }
    lines.push(t.nominations(progress.nominations.total, progress.nominations.withoutConsent));
    lines.push(...familyLines(progress.families, lang));
    const r = catalogue(lang).results.progress;
    const { missing, flagged } = progress.results;
    if (missing.length > 0) {
      lines.push(r.missingHeading(missing.length));
      for (const m of missing) lines.push(r.missingLine(m.id, m.title, m.owner ?? r.noOwner));
    }
    if (flagged > 0) lines.push(r.flaggedHeading(flagged));
    return lines;
  }
  function familyLines(families2, lang) {
    const t = catalogue(lang).announce;
    if (families2.classes.length === 0) return [];
    const lines = [t.answers.heading];
    for (const c of families2.classes) {
      const name = c.kind === "unclassed" ? t.unclassed : c.name;
      lines.push(
        c.kind === "unlisted" ? t.answers.unlistedLine(name, c.answered) : t.answers.line(name, c.answered, c.families)
      );
    }
    if (families2.unclassedAnswers > 0) lines.push(t.answers.unclassed(families2.unclassedAnswers));
    return lines;
  }
  var progressNoteKey = (at2) => outboxKey("progress-note", at2.iso.slice(0, 10));
  function queueDailyProgress(ports, at2, options = {}) {
    return ports.lock.withLock(options.lockTimeoutMs ?? 3e4, () => {
      const context = loadFormsContext(ports.tables);
      const settings = context.settings;
      const now = isLocalDateTime(at2) ? at2 : toWallClock(at2, context.zone);
      const lang = settings?.language ?? "vi";
      const lines = [
        ...progressLines(readFormsProgress(ports.tables, now, context), lang),
        ...settings && options.more ? options.more(now, settings) : []
      ];
      if (!settings?.organiserEmail) {
        ports.log.info(catalogue(lang).forms.app.noOrganiser);
        return { lines };
      }
      const key = progressNoteKey(now);
      const mail3 = organiserNoteMail({
        language: lang,
        school: settings.school,
        topic: catalogue(lang).forms.app.progressTopic(formatShortDate(now)),
        lines,
        ...settings.senderName ? { senderName: settings.senderName } : {}
      });
      const entry2 = mailEntry(
        {
          key,
          to: [settings.organiserEmail],
          mail: mail3,
          ...settings.senderName ? { senderName: settings.senderName } : {}
        },
        now
      );
      const result = enqueueEntries(ports.tables, [entry2]);
      return result.added.includes(key) ? { queued: key, lines } : { lines };
    });
  }

  // src/app/outbox/mail-outlook.ts
  function mailOutlook(tables, now, left, language, coming) {
    const rows = [...loadOutbox(tables).ledger.rows];
    if (coming && !rows.some((r) => sameKey(r.entry.key) === sameKey(coming.key)))
      rows.push({ row: Number.MAX_SAFE_INTEGER, entry: coming });
    return outlookLines(sendForecast(rows, now, left ?? 0), language);
  }
  function outlookLines(forecast, language) {
    const t = catalogue(language).outbox.outlook;
    const n2 = (value) => groupedInteger(value, language);
    const lines = [];
    if (forecast.mails === 0) lines.push(t.nothingWaiting);
    else if (forecast.unknown || !forecast.lastAt)
      lines.push(t.unknown(n2(forecast.mails), n2(forecast.recipients)));
    else if (forecast.windows === 0) lines.push(t.allNow(n2(forecast.mails), n2(forecast.recipients)));
    else
      lines.push(
        t.lastAt(
          n2(forecast.mails),
          n2(forecast.recipients),
          formatDayDateTime(forecast.lastAt, language),
          n2(forecast.windows)
        )
      );
    if (forecast.tooLate > 0) lines.push(t.tooLate(n2(forecast.tooLate)));
    return lines;
  }

  // src/app/calendar/known-events.ts
  var INDEX_KEY = (year) => `calendar:${year}:index`;
  function loadKnownEvents(properties, year) {
    const known = /* @__PURE__ */ new Map();
    for (const id of readIndex(properties, year)) {
      const state = decodeKnownEvent(knownEventKey(year, id), (k) => properties.get(k));
      if (state) known.set(id, state);
    }
    return known;
  }
  function saveKnownEvent(properties, year, state) {
    for (const [key, value] of encodeKnownEvent(knownEventKey(year, state.activityId), state)) {
      properties.set(key, value);
    }
    const index = readIndex(properties, year);
    if (!index.includes(state.activityId))
      properties.set(INDEX_KEY(year), JSON.stringify([...index, state.activityId]));
  }
  function readIndex(properties, year) {
    try {
      const value = JSON.parse(properties.get(INDEX_KEY(year)) ?? "[]");
      return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
    } catch {
      return [];
    }
  }
  function digestStoredGuestLists(properties, year) {
    let rewritten = 0;
    for (const id of readIndex(properties, year)) {
      const key = knownEventKey(year, id);
      const head = properties.get(key);
      if (head === void 0) continue;
      const parts = partCount(head);
      const partKeys = Array.from({ length: parts }, (_, i2) => `${key}#${i2 + 1}`);
      const json = parts === 0 ? head : partKeys.map((k) => properties.get(k) ?? "").join("");
      if (!/"guests"\s*:\s*\[/.test(json)) continue;
      const state = decodeKnownEvent(key, (k) => properties.get(k));
      for (const k of partKeys) properties.delete(k);
      if (state) saveKnownEvent(properties, year, state);
      else properties.delete(key);
      rewritten++;
    }
    return rewritten;
  }
  function partCount(head) {
    try {
      const parts = JSON.parse(head)?.parts;
      return typeof parts === "number" ? parts : 0;
    } catch {
      return 0;
    }
  }

  // src/app/calendar/over-cap-guests.ts
  function overCapLines(properties, year, language, cap = GUEST_LIST_CAP) {
    const t = catalogue(language).calendar.progress;
    const n2 = (value) => groupedInteger(value, language);
    const lines = [];
    for (const [id, state] of loadKnownEvents(properties, year)) {
      if (state.cancelled || state.guests.count <= cap) continue;
      lines.push(t.overCap(id, n2(state.guests.count), n2(cap), n2(state.guests.count - cap)));
    }
    return lines;
  }

  // src/core/mail/confirmation.ts
  function confirmationMail(data) {
    const m = catalogue(data.language).mail;
    return simpleMail({
      language: data.language,
      subject: m.confirmation.subject(data.what, data.school),
      greeting: m.greeting(data.recipientName),
      paragraphs: [m.confirmation.received(data.school, data.what), m.confirmation.fixIt],
      facts: data.details,
      closing: m.closing,
      signature: data.senderName || data.school
    });
  }

  // src/core/mail/flagged-reply.ts
  function flaggedReplyMail(data) {
    const m = catalogue(data.language).mail;
    return simpleMail({
      language: data.language,
      subject: m.flagged.subject(data.form, data.school),
      greeting: m.greeting(data.recipientName),
      paragraphs: [
        m.flagged.received(data.school, data.form),
        data.reasons.map((r) => `- ${r}`).join("\n"),
        m.flagged.again
      ],
      actions: data.formUrl ? [{ label: m.flagged.againButton, url: data.formUrl }] : [],
      facts: data.details,
      closing: m.closing,
      signature: data.senderName || data.school
    });
  }

  // src/core/mail/promotion.ts
  function promotionMail(data) {
    const m = catalogue(data.language).mail;
    return simpleMail({
      language: data.language,
      subject: m.promotion.subject(data.school),
      greeting: m.greeting(data.recipientName),
      paragraphs: [m.promotion.seated, m.promotion.change],
      actions: data.formUrl ? [{ label: m.promotion.changeButton, url: data.formUrl }] : [],
      facts: [[m.promotion.session, data.session]],
      closing: m.closing,
      signature: data.senderName || data.school
    });
  }

  // src/app/forms/forms-mails.ts
  var confirmationKey = (responseId) => outboxKey("confirm-mail", responseId);
  var flaggedReplyKey = (responseId) => outboxKey("flagged-mail", responseId);
  var REPLY_WORTHY = /* @__PURE__ */ new Set([
    "required.missing",
    "choice.unknown",
    "session.unknown",
    "session.cancelled",
    "form.closed",
    "result.unknownActivity",
    "result.badCount",
    "result.badLink",
    "result.badPost"
  ]);
  function wantsFlaggedReply(response) {
    return response.emailValid && response.problems.some((p2) => REPLY_WORTHY.has(p2.code));
  }
  var FORM_URL_KEYS = {
    attendance: "attendance",
    training: "training",
    nomination: "nomination",
    result: "result"
  };
  function request(ctx, key, to, mail3) {
    const { settings } = ctx;
    return mailEntry(
      {
        key,
        to: [to],
        mail: mail3,
        ...settings.senderName ? { senderName: settings.senderName } : {},
        ...settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}
      },
      ctx.now
    );
  }
  function what(formId, response, lang) {
    const t = catalogue(lang).forms.app.what;
    if (formId === "attendance") return response.answers["intent"] === INTENT_PRESENT ? t.present : t.register;
    if (formId === "result") return t.result;
    return formId === "training" ? t.training : t.nomination;
  }
  function recipientName(response) {
    const name = response.answers["name"];
    return typeof name === "string" && name.trim() !== "" ? name.replace(/^'/, "") : response.email;
  }
  function responseMail(ctx, spec, response, placements) {
    if (!response.emailValid) return void 0;
    const { settings } = ctx;
    const lang = settings.language;
    const details = confirmationDetails(spec, response, placements, lang);
    const texts4 = catalogue(lang).forms.app;
    const formUrl = settings.formUrls[FORM_URL_KEYS[response.formId]];
    if (wantsFlaggedReply(response)) {
      return request(
        ctx,
        flaggedReplyKey(response.responseId),
        response.email,
        flaggedReplyMail({
          language: lang,
          recipientName: recipientName(response),
          school: settings.school,
          form: spec.title,
          reasons: response.problems.map((r) => reasonText(r, lang)),
          details,
          ...formUrl ? { formUrl } : {},
          ...settings.senderName ? { senderName: settings.senderName } : {}
        })
      );
    }
    const extra = [];
    if (response.formId === "nomination" && !response.consent) extra.push([texts4.sharedLabel, texts4.notShared]);
    extra.push([texts4.changeLabel, texts4.change(formUrl ?? "")]);
    return request(
      ctx,
      confirmationKey(response.responseId),
      response.email,
      confirmationMail({
        language: lang,
        recipientName: recipientName(response),
        school: settings.school,
        what: what(response.formId, response, lang),
        details: [...details, ...extra],
        ...settings.senderName ? { senderName: settings.senderName } : {}
      })
    );
  }
  function promotionEntry(ctx, promotion, name, activities2) {
    const { settings } = ctx;
    const activity = activities2.find((a) => a.id === promotion.sessionId);
    const session = activity ? sessionChoiceLabel({ ...activity, capacity: void 0 }, 0, settings.language) : promotion.sessionId;
    const formUrl = settings.formUrls.training;
    return request(
      ctx,
      promotionKey(promotion),
      promotion.person,
      promotionMail({
        language: settings.language,
        recipientName: name,
        school: settings.school,
        session,
        ...formUrl ? { formUrl } : {},
        ...settings.senderName ? { senderName: settings.senderName } : {}
      })
    );
  }

  // src/app/forms/land-results.ts
  var fingerprint = (text2) => contentHash(text2.normalize("NFC").trim());
  function parseLanded(text2) {
    try {
      const value = JSON.parse(text2);
      if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
      const out = {};
      for (const key of ["status", "resultNotes", "evidence"]) {
        const field = value[key];
        if (typeof field === "string") out[key] = field;
      }
      const base = value["notesBase"];
      if (typeof base === "number" && Number.isInteger(base) && base > 0) out.notesBase = base;
      return out;
    } catch {
      return {};
    }
  }
  var same = (a, b) => a.normalize("NFC").trim() === b.normalize("NFC").trim();
  function reported(response) {
    const facts = response.result;
    const achieved = response.answers["achieved"];
    return {
      ...facts?.outcome ? { status: facts.outcome } : {},
      ...typeof achieved === "string" && achieved !== "" ? { resultNotes: achieved } : {},
      // The Activities' "Minh chứng" holds one link (the plan check reads it as a URL): the first;
      // every link stays in the results tab.
      ...facts && facts.links.length > 0 ? { evidence: facts.links[0] } : {}
    };
  }
  function activitiesTab(context) {
    const tabName = context.tabNames.activities;
    const table3 = context.tables.activities;
    const grid = context.grids.activities;
    if (tabName === void 0 || table3 === void 0 || grid === void 0 || grid.length === 0)
      return void 0;
    return {
      spec: ACTIVITIES_TABLE,
      tabName,
      exists: true,
      grid,
      header: table3.header,
      rows: table3.rows.map((r) => ({ row: r.row, cells: r.cells }))
    };
  }
  function landResults(tables, context, items, lang) {
    const out = /* @__PURE__ */ new Map();
    const tab = activitiesTab(context);
    if (!tab || items.length === 0) return out;
    const tabLang = tab.header.language ?? "vi";
    const fields = catalogue(lang).results.fields;
    const changed = /* @__PURE__ */ new Map();
    for (const item2 of items) {
      const row = tab.rows.find(
        (r) => cellText(r.cells["id"]).trim().toUpperCase() === item2.activityId.toUpperCase()
      );
      if (!row) continue;
      const before = parseLanded(item2.previous);
      const landed = {};
      const conflicts = [];
      const wants = reported(item2.response);
      for (const field of ["status", "resultNotes", "evidence"]) {
        const raw = cellText(row.cells[field]);
        const current = field === "status" ? matchChoice(raw, ACTIVITY_STATUSES) ?? raw : raw;
        const wrote = before[field] !== void 0 && before[field] === fingerprint(current);
        let want = wants[field];
        if (field === "resultNotes" && want !== void 0) {
          const base = wrote ? current.slice(0, before.notesBase ?? 0) : before[field] === void 0 ? current.trim() : "";
          if (base !== "") {
            landed.notesBase = base.length;
            want = `${base}
${catalogue(lang).results.notesAdded(want)}`;
          }
        }
        if (want === void 0) {
          if (wrote) {
            landed[field] = before[field];
            if (field === "resultNotes" && before.notesBase !== void 0) landed.notesBase = before.notesBase;
          }
          continue;
        }
        const ours = current.trim() === "" || wrote || field === "resultNotes" && landed.notesBase !== void 0 || field === "status" && current === ACTIVITY_STATUSES[0];
        if (same(current, want)) landed[field] = fingerprint(current);
        else if (ours) {
          const cell2 = field === "status" ? choiceLabel(want, tabLang) : cellSafe(want);
          changed.set(row.row, { ...changed.get(row.row), [field]: cell2 });
          landed[field] = fingerprint(field === "status" ? want : cell2);
        } else {
          if (before[field] !== void 0) landed[field] = before[field];
          const shown3 = (text2) => cellSafe(field === "status" ? choiceLabel(text2, lang) : text2);
          conflicts.push({
            code: "result.conflict",
            params: { field: fields[field], typed: shown3(current), reported: shown3(want) }
          });
        }
      }
      out.set(item2.response.responseId, { landed: JSON.stringify(landed), conflicts });
    }
    writeRows(tables, tab, changed, []);
    addPosts(tables, context, items, tabLangOf(context) ?? lang);
    return out;
  }
  function tabLangOf(context) {
    return context.tables.activities?.header.language;
  }
  function dayOf(at2) {
    return { kind: "local-datetime", iso: `${at2.iso.slice(0, 10)}T00:00` };
  }
  function addPosts(tables, context, items, tabLang) {
    const posts = items.flatMap((item2) => (item2.response.result?.posts ?? []).map((post) => ({ item: item2, post })));
    if (posts.length === 0) return;
    const tab = loadTab(tables, OUTREACH_TABLE, context.allTabNames);
    const known = new Set(tab.rows.map((r) => cellText(r.cells["link"]).trim()));
    const lang = context.settings?.language ?? "vi";
    const records = [];
    for (const { item: item2, post } of posts) {
      if (known.has(post.link)) continue;
      known.add(post.link);
      const person2 = context.plan.people.find((p2) => p2.email.toLowerCase() === item2.by.toLowerCase());
      records.push({
        date: dayOf(item2.response.submittedAt),
        channel: choiceLabel(post.channel, tabLang),
        link: post.link,
        by: cellSafe(person2?.name ?? item2.by),
        note: cellSafe(catalogue(lang).results.postNote(item2.activityId))
      });
    }
    appendRecords(tables, tab, records);
  }

  // src/app/forms/forms-pipeline.ts
  var TAB_OF_FORM = {
    attendance: ATTENDANCE_TABLE,
    training: TRAINING_SIGNUPS_TABLE,
    nomination: NOMINATIONS_TABLE,
    result: ACTIVITY_RESULTS_TABLE
  };
  function runPipeline(ports, submissions, options = {}) {
    return ports.lock.withLock(options.lockTimeoutMs ?? 3e4, () => apply(ports, submissions, options));
  }
  function apply(ports, submissions, options) {
    const { tables, clock, log } = ports;
    const context = loadFormsContext(tables, options.closedAt ? { closedAt: options.closedAt } : {});
    const now = schoolNow(context, clock);
    const rawLog = loadRawLog(tables, context.allTabNames);
    const texts4 = catalogue(context.settings?.language).forms.app;
    const known = new Set(rawLog.ids);
    const items = submissions.map((submission, index) => {
      const response = normaliseResponse(submission.formId, submission.raw, context.normalise);
      const duplicate = known.has(response.responseId);
      known.add(response.responseId);
      return { index, submission, response, duplicate };
    });
    const fresh = items.filter((i2) => !i2.duplicate).sort((a, b) => compareIso(a.response.submittedAt.iso, b.response.submittedAt.iso));
    appendRecords(
      tables,
      rawLog.tab,
      fresh.map((i2) => {
        const made = rawRecord(i2.submission.formId, i2.response.responseId, i2.submission.raw, {
          receivedAt: now,
          source: i2.submission.source ?? options.source ?? "Google Forms",
          ...tables.cellLimit !== void 0 ? { cellLimit: tables.cellLimit } : {}
        });
        if (made.overflow)
          log.error(texts4.rawTooLong(i2.response.responseId, made.kept, tables.cellLimit ?? CELL_LIMIT));
        return made.record;
      })
    );
    const entries = [];
    const owner = /* @__PURE__ */ new Map();
    const mayMail = mailableAddress(context.plan);
    let withheld = 0;
    const offer = (entry2, index) => {
      if (!entry2) return;
      if (!entry2.recipients.some(mayMail)) {
        withheld += 1;
        return;
      }
      entries.push(entry2);
      if (!owner.has(entry2.key)) owner.set(entry2.key, index);
    };
    const forms3 = [...new Set(items.map((i2) => i2.submission.formId))];
    const later = /* @__PURE__ */ new Map();
    for (const formId of forms3) {
      const formItems = items.filter((i2) => i2.submission.formId === formId);
      applyForm(ports, context, rawLog, formId, formItems, now, offer, later);
    }
    if (withheld > 0) log.info(texts4.familiesNotMailed(withheld));
    const added = /* @__PURE__ */ new Set();
    if (entries.length > 0) {
      const result = enqueueEntries(tables, entries);
      result.added.forEach((k) => added.add(k));
      if (result.findings.length > 0 && result.added.length === 0) log.error(texts4.outboxBroken);
    }
    if (!context.settings && fresh.length > 0) log.error(texts4.settingsIncomplete);
    const lang = context.settings?.language ?? "vi";
    const queuedBy = /* @__PURE__ */ new Map();
    for (const key of added) {
      const index = owner.get(key);
      queuedBy.set(index, [...queuedBy.get(index) ?? [], key]);
    }
    return items.map((i2) => {
      const found = i2.duplicate ? [] : later.get(i2.response.responseId) ?? [];
      return {
        status: i2.duplicate ? "duplicate" : i2.response.flagged || found.length > 0 ? "flagged" : "recorded",
        responseId: i2.response.responseId,
        reasons: [...i2.response.problems.map((r) => reasonText(r, lang)), ...found],
        queued: queuedBy.get(i2.index) ?? []
      };
    });
  }
  function rowKey(formId, cells) {
    if (formId === "result") {
      const id = cellText(cells["activityId"]).trim().toUpperCase();
      if (id !== "") return `activity:${id}`;
    } else {
      const email = cleanEmail(cellText(cells["email"]));
      if (email.valid) return `email:${email.email}`;
    }
    return `response:${cellText(cells["responseId"]).trim()}`;
  }
  function responseKey(response) {
    if (response.formId !== "result") return personKey(response);
    const id = response.result?.activityId;
    return id ? `activity:${id.toUpperCase()}` : `response:${response.responseId}`;
  }
  function applyForm(ports, context, rawLog, formId, items, now, offer, later) {
    const tab = loadTab(ports.tables, TAB_OF_FORM[formId], context.allTabNames);
    const lang = context.settings?.language ?? "vi";
    const spec = formSpecOf(context.specs, formId);
    const slots = /* @__PURE__ */ new Map();
    const order = [];
    for (const { row, cells } of tab.rows) {
      const key = rowKey(formId, cells);
      if (slots.has(key)) continue;
      const slot = {
        row,
        responseId: cellText(cells["responseId"]).trim(),
        submittedAt: cellText(cells["submittedAt"]),
        email: cellText(cells["email"]).trim().toLowerCase(),
        seats: cellText(cells["seats"]),
        landed: cellText(cells["landed"]),
        changes: void 0
      };
      slots.set(key, slot);
      order.push(slot);
    }
    const winners = /* @__PURE__ */ new Map();
    for (const { response, duplicate } of items) {
      const key = responseKey(response);
      const slot = slots.get(key);
      if (slot?.responseId === response.responseId) continue;
      const iso = response.submittedAt.iso;
      if (slot && (duplicate ? iso <= slot.submittedAt : iso < slot.submittedAt)) continue;
      const record2 = normalisedRecord(response, { newRow: !slot, language: lang, spec });
      if (slot) {
        slot.changes = { ...slot.changes, ...record2 };
        slot.responseId = response.responseId;
        slot.submittedAt = iso;
        winners.set(slot, response);
      } else {
        const added2 = {
          responseId: response.responseId,
          submittedAt: iso,
          email: response.email,
          seats: "",
          landed: "",
          changes: record2
        };
        slots.set(key, added2);
        order.push(added2);
        winners.set(added2, response);
      }
    }
    if (formId === "result") landAll(ports, context, winners, lang, later);
    let after;
    if (formId === "training") after = reallocate(context, rawLog, items, order, now, offer);
    const changed = /* @__PURE__ */ new Map();
    const added = [];
    for (const slot of order) {
      if (slot.row === void 0) added.push(slot.changes);
      else if (slot.changes) changed.set(slot.row, slot.changes);
    }
    writeRows(ports.tables, tab, changed, added);
    if (!context.settings) return;
    const byPerson = after ? placementsByPerson(after) : /* @__PURE__ */ new Map();
    for (const { index, response } of items) {
      const placements = (byPerson.get(response.email) ?? []).filter(
        (p2) => response.sessionIds.includes(p2.sessionId)
      );
      offer(responseMail({ settings: context.settings, now }, spec, response, placements), index);
    }
  }
  function landAll(ports, context, winners, lang, later) {
    const items = [];
    const slotOf = /* @__PURE__ */ new Map();
    for (const [slot, response] of winners) {
      const activityId2 = response.result?.activityId;
      if (!activityId2) continue;
      const person2 = context.plan.people.find((p2) => p2.email.toLowerCase() === response.email);
      items.push({ activityId: activityId2, response, previous: slot.landed, by: person2?.name ?? response.email });
      slotOf.set(response.responseId, slot);
    }
    for (const [responseId, outcome] of landResults(ports.tables, context, items, lang)) {
      const slot = slotOf.get(responseId);
      const problems = cellText(slot.changes?.["problems"]);
      const conflicts = outcome.conflicts.map((r) => reasonText(r, lang));
      slot.landed = outcome.landed;
      if (conflicts.length > 0) later.set(responseId, conflicts);
      slot.changes = {
        ...slot.changes,
        landed: outcome.landed,
        ...conflicts.length > 0 ? { problems: [problems, ...conflicts].filter((t) => t !== "").join("\n") } : {}
      };
    }
  }
  function placementsByPerson(allocation) {
    const out = /* @__PURE__ */ new Map();
    const push = (person2, placement) => {
      const list = out.get(person2);
      if (list) list.push(placement);
      else out.set(person2, [placement]);
    };
    for (const s of allocation.sessions) {
      for (const person2 of s.seated) push(person2, { sessionId: s.id, state: "seated" });
      s.waitlist.forEach(
        (person2, i2) => push(person2, { sessionId: s.id, state: "waitlisted", position: i2 + 1 })
      );
    }
    return out;
  }
  function reallocate(context, rawLog, items, order, now, offer) {
    const sessions = sessionCapacities(context.plan.activities);
    const history = rawHistory(rawLog, "training", context.normalise);
    const freshItems = items.filter((i2) => !i2.duplicate).sort((a, b) => compareIso(a.response.submittedAt.iso, b.response.submittedAt.iso));
    const all = [...history, ...freshItems.map((i2) => i2.response)];
    const before = allocateSeats(sessions, signupsInRecordingOrder(history));
    const after = allocateSeats(sessions, signupsInRecordingOrder(all));
    const byPerson = placementsByPerson(after);
    for (const slot of order) {
      const text2 = slot.email === "" ? "" : placementText(byPerson.get(slot.email) ?? [], context.settings?.language ?? "vi");
      if (text2 !== slot.seats) {
        slot.changes = { ...slot.changes, seats: text2 === "" ? null : text2 };
        slot.seats = text2;
      }
    }
    const settings = context.settings;
    if (!settings || freshItems.length === 0) return after;
    const names = /* @__PURE__ */ new Map();
    for (const r of all) {
      const name = r.answers["name"];
      if (r.emailValid && typeof name === "string" && name !== "") names.set(r.email, name.replace(/^'/, ""));
    }
    const lastFresh = freshItems[freshItems.length - 1];
    const freshIds = new Set(freshItems.map((i2) => i2.response.responseId));
    const events = /* @__PURE__ */ new Map();
    for (const p2 of after.promotions) {
      const seated = after.sessions.find((s) => s.id === p2.sessionId)?.seated ?? [];
      if (freshIds.has(p2.byResponseId) && seated.includes(p2.person))
        events.set(`${p2.sessionId}\0${p2.person}`, p2);
    }
    for (const session of after.sessions) {
      const waiting = before.sessions.find((s) => s.id === session.id)?.waitlist ?? [];
      for (const person2 of session.seated) {
        const key = `${session.id}\0${person2}`;
        if (!waiting.includes(person2) || events.has(key)) continue;
        const event = [...after.promotions].reverse().find((p2) => p2.sessionId === session.id && p2.person === person2);
        events.set(
          key,
          event ?? { sessionId: session.id, person: person2, byResponseId: lastFresh.response.responseId, at: now }
        );
      }
    }
    for (const event of events.values()) {
      const by = freshItems.find((i2) => i2.response.responseId === event.byResponseId) ?? lastFresh;
      offer(
        promotionEntry(
          { settings, now },
          event,
          names.get(event.person) ?? event.person,
          context.plan.activities
        ),
        by.index
      );
    }
    return after;
  }
  var compareIso = (a, b) => a < b ? -1 : a > b ? 1 : 0;

  // src/app/forms/handle-form-submit.ts
  function importResponses(ports, submissions, options = {}) {
    const outcomes = submissions.length === 0 ? [] : runPipeline(ports, submissions, options);
    return {
      outcomes,
      recorded: outcomes.filter((o) => o.status === "recorded").length,
      duplicates: outcomes.filter((o) => o.status === "duplicate").length,
      flagged: outcomes.filter((o) => o.status === "flagged").length
    };
  }

  // src/app/plan/settings-store.ts
  function readSettings(tables, names = tables.tableNames()) {
    const name = findTabName(SETTINGS_TABLE, names);
    return parseSettings(name === void 0 ? void 0 : tables.read(name), name ?? SETTINGS_TABLE.name).settings;
  }

  // src/core/privacy/purge-date.ts
  function purgeDueAt(weekEnd, retentionDays) {
    const days = Number.isFinite(retentionDays) && retentionDays >= 0 ? Math.floor(retentionDays) : 90;
    return addDays(withTime(weekEnd, 0, 0), days + 1);
  }
  function isPurgeDue(now, weekEnd, retentionDays) {
    return now.iso >= purgeDueAt(weekEnd, retentionDays).iso;
  }

  // src/core/privacy/personal-columns.ts
  var COLUMN_POLICIES = {
    /** "Phụ huynh": every row. The id stays (the outbox keys of family invitations name it). */
    families: {
      id: "keep",
      parentName: "marker",
      email: "empty",
      child: "marker",
      className: "marker",
      address: "marker",
      findings: "empty"
    },
    /** "Đề cử gia đình hiếu học": every row (a nomination is about a family, whoever sent it). */
    nominations: {
      responseId: "keep",
      submittedAt: "keep",
      email: "pseudonym",
      name: "marker",
      relation: "marker",
      family: "marker",
      child: "marker",
      className: "marker",
      address: "marker",
      achievements: "marker",
      evidence: "marker",
      consent: "keep",
      status: "keep",
      reviewNote: "marker",
      sentOn: "keep",
      problems: "marker",
      cleaning: "marker",
      findings: "empty"
    },
    /** "Đăng ký tập huấn": the rows of parents and residents ("Bạn là" not CB-GV-NV) only. */
    trainingSignups: {
      responseId: "keep",
      submittedAt: "keep",
      email: "pseudonym",
      name: "marker",
      who: "keep",
      sessions: "keep",
      seats: "keep",
      pledges: "keep",
      problems: "marker",
      cleaning: "marker",
      findings: "empty"
    },
    /**
     * "Điểm danh khai mạc": the rows whose email is not a staff address of "Nhân sự" (the kit
     * asks parents to answer it too). Intent and mode stay: the opening figures read them.
     */
    attendance: {
      responseId: "keep",
      submittedAt: "keep",
      email: "pseudonym",
      name: "marker",
      group: "marker",
      childClass: "marker",
      intent: "keep",
      mode: "keep",
      problems: "marker",
      cleaning: "marker",
      findings: "empty"
    },
    /**
     * "Phản hồi gốc": the nomination form's rows, and the training and attendance forms' rows of
     * parents and residents. The JSON content is rewritten with only the kept answers (RAW_KEPT_ANSWERS),
     * so replaying the log (the organiser's daily figures) still counts the same responses.
     */
    rawResponses: {
      responseId: "keep",
      form: "keep",
      submittedAt: "keep",
      receivedAt: "keep",
      source: "keep",
      email: "pseudonym",
      content: "keep",
      // rewritten by the plan itself
      content2: "empty",
      content3: "empty",
      content4: "empty"
    },
    /**
     * "Hộp thư đi": rows addressed to a family (or naming one in their data). The key and the
     * state stay — a key still present is never queued again — the text of the mail goes.
     */
    outbox: {
      key: "keep",
      kind: "keep",
      recipients: "pseudonym",
      subject: "marker",
      payload: "marker",
      state: "keep",
      attempts: "keep",
      nextAttempt: "keep",
      lastError: "marker",
      createdAt: "keep",
      doneAt: "keep"
    }
  };
  var RAW_KEPT_ANSWERS = {
    training: [forms2, forms].flatMap((t) => [t.questions.who, t.questions.sessions, t.questions.pledges]),
    nomination: [forms2, forms].map((t) => t.questions.consent),
    attendance: [forms2, forms].flatMap((t) => [t.questions.intent, t.questions.mode])
  };
  var OUTBOX_FINAL_STATES = [SENT, FAILED];

  // src/core/privacy/purge-plan.ts
  var FAMILY_FORMS = ["nomination", "training", "attendance"];
  var PURGED_TABLES = [
    "families",
    "nominations",
    "trainingSignups",
    "attendance",
    "rawResponses",
    "outbox"
  ];
  var SPEC_OF = {
    people: PEOPLE_TABLE,
    families: FAMILIES_TABLE,
    nominations: NOMINATIONS_TABLE,
    trainingSignups: TRAINING_SIGNUPS_TABLE,
    attendance: ATTENDANCE_TABLE,
    rawResponses: RAW_RESPONSES_TABLE,
    outbox: OUTBOX_TABLE
  };
  var RAW_CONTENT_KEYS2 = ["content", "content2", "content3", "content4"];
  var CONTINUATION2 = "↪";
  var EMAIL_TOKEN = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
  function tabOf(table3, grid) {
    if (!grid || grid.length === 0) return void 0;
    const header = mapHeader(SPEC_OF[table3], grid[0] ?? []);
    const index = header.index;
    return { grid, header, at: (key) => index[key] };
  }
  var textAt = (tab, line, key) => {
    const at2 = tab.at(key);
    return at2 === void 0 ? "" : cellText(line[at2] ?? null).trim();
  };
  var isBlankLine = (line) => line.every((c) => isBlankCell(c));
  function dataLines(tab) {
    if (!tab) return [];
    const out = [];
    for (let index = 1; index < tab.grid.length; index++) {
      const line = tab.grid[index] ?? [];
      if (!isBlankLine(line)) out.push({ index, line });
    }
    return out;
  }
  function rawContent(tab, line) {
    const json = RAW_CONTENT_KEYS2.map((key, i2) => {
      const at2 = tab.at(key);
      const cell2 = at2 === void 0 ? null : line[at2] ?? null;
      const text2 = typeof cell2 === "string" ? cell2 : "";
      return i2 > 0 && text2.startsWith(CONTINUATION2) ? text2.slice(CONTINUATION2.length) : text2;
    }).join("");
    try {
      const parsed = JSON.parse(json);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
    } catch {
      return void 0;
    }
  }
  function answersOf(content) {
    const answers = content?.answers;
    return typeof answers === "object" && answers !== null && !Array.isArray(answers) ? answers : {};
  }
  function answerByTitle(content, title) {
    const wanted = foldKey(title);
    for (const [key, value] of Object.entries(answersOf(content))) if (foldKey(key) === wanted) return value;
    return void 0;
  }
  var answerText = (value) => typeof value === "string" ? value : Array.isArray(value) ? value.map(String).join(", ") : "";
  var isNonStaffWho = (who) => who !== "" && canonicalChoice(who) !== WHO_STAFF;
  var childClassAnswer = (content) => answerByTitle(content, forms2.questions.childClass) ?? answerByTitle(content, forms.questions.childClass);
  var whoAnswer = (content) => answerByTitle(content, forms2.questions.who) ?? answerByTitle(content, forms.questions.who);
  function planPurge(input, lang = "vi") {
    const marker = purgedMarker(lang);
    const tabs = {
      people: tabOf("people", input.people),
      families: tabOf("families", input.families),
      nominations: tabOf("nominations", input.nominations),
      trainingSignups: tabOf("trainingSignups", input.trainingSignups),
      attendance: tabOf("attendance", input.attendance),
      rawResponses: tabOf("rawResponses", input.rawResponses),
      outbox: tabOf("outbox", input.outbox)
    };
    const staff2 = /* @__PURE__ */ new Set();
    for (const { line } of dataLines(tabs.people)) {
      const email = textAt(tabs.people, line, "email");
      if (email !== "") staff2.add(addressKey(email));
    }
    const roster = /* @__PURE__ */ new Set();
    for (const { line } of dataLines(tabs.families)) {
      const email = textAt(tabs.families, line, "email");
      if (email !== "" && !staff2.has(addressKey(email))) roster.add(addressKey(email));
    }
    const familyAddress = (text2) => {
      const key = addressKey(text2);
      return roster.has(key) && !staff2.has(key);
    };
    const knowsStaff = tabs.people !== void 0;
    const attendanceFamily = (email, childClass) => {
      if (email !== "" && (familyAddress(email) || isPseudonym(email))) return true;
      if (!knowsStaff) return childClass !== "";
      return email === "" || !staff2.has(addressKey(email));
    };
    const rawFamily = /* @__PURE__ */ new Map();
    for (const { index, line } of dataLines(tabs.rawResponses)) {
      const tab = tabs.rawResponses;
      const form = textAt(tab, line, "form");
      if (!FAMILY_FORMS.includes(form)) continue;
      const content = rawContent(tab, line);
      const email = textAt(tab, line, "email") || (typeof content?.email === "string" ? content.email.trim() : "") || answerText(answerByTitle(content, "Email")).trim();
      if (form === "training") {
        const who = answerText(whoAnswer(content)).trim();
        if (!isNonStaffWho(who) && !(email !== "" && (familyAddress(email) || isPseudonym(email)))) continue;
      }
      if (form === "attendance" && !attendanceFamily(email, answerText(childClassAnswer(content)).trim()))
        continue;
      rawFamily.set(index, content);
    }
    const trainingFamily = /* @__PURE__ */ new Set();
    for (const { index, line } of dataLines(tabs.trainingSignups)) {
      const tab = tabs.trainingSignups;
      const email = textAt(tab, line, "email");
      if (isNonStaffWho(textAt(tab, line, "who")) || email !== "" && (familyAddress(email) || isPseudonym(email)))
        trainingFamily.add(index);
    }
    const openingFamily = /* @__PURE__ */ new Set();
    for (const { index, line } of dataLines(tabs.attendance)) {
      const tab = tabs.attendance;
      if (attendanceFamily(textAt(tab, line, "email"), textAt(tab, line, "childClass")))
        openingFamily.add(index);
    }
    const families2 = new Set(roster);
    const addFamily = (text2) => {
      if (text2.trim() === "") return;
      const key = addressKey(text2);
      if (!staff2.has(key)) families2.add(key);
    };
    for (const { line } of dataLines(tabs.nominations)) addFamily(textAt(tabs.nominations, line, "email"));
    for (const index of trainingFamily)
      addFamily(textAt(tabs.trainingSignups, tabs.trainingSignups.grid[index], "email"));
    for (const index of openingFamily)
      addFamily(textAt(tabs.attendance, tabs.attendance.grid[index], "email"));
    for (const [index, content] of rawFamily) {
      addFamily(textAt(tabs.rawResponses, tabs.rawResponses.grid[index], "email"));
      if (typeof content?.email === "string") addFamily(content.email);
      addFamily(answerText(answerByTitle(content, "Email")));
    }
    const nominationIds = /* @__PURE__ */ new Set();
    for (const { line } of dataLines(tabs.nominations))
      nominationIds.add(textAt(tabs.nominations, line, "responseId"));
    for (const { index, line } of dataLines(tabs.rawResponses)) {
      if (textAt(tabs.rawResponses, line, "form") === "nomination" && rawFamily.has(index))
        nominationIds.add(textAt(tabs.rawResponses, line, "responseId"));
    }
    nominationIds.delete("");
    const isFamily = (address) => {
      const key = addressKey(address);
      return isPseudonym(key) || families2.has(key) && !staff2.has(key);
    };
    const pseudonyms = new Pseudonyms(Pseudonyms.highestIn(allTexts(Object.values(tabs))));
    const changes = [];
    const rows = {};
    let cellsChanged = 0;
    const collect2 = (table3, tab, indices, rewrite) => {
      const out = [];
      let cells = 0;
      if (tab) {
        for (const index of [...indices].sort((a, b) => a - b)) {
          const before = tab.grid[index] ?? [];
          const after = rewrite(index, before);
          const width = Math.max(before.length, after.length);
          let changed = 0;
          for (let i2 = 0; i2 < width; i2++) if (!sameCell(before[i2] ?? null, after[i2] ?? null)) changed++;
          if (changed > 0) {
            out.push({ index, cells: after });
            cells += changed;
          }
        }
      }
      rows[table3] = out.length;
      cellsChanged += cells;
      if (out.length > 0) changes.push({ table: table3, rows: out, cellsChanged: cells });
    };
    const byPolicy = (table3, tab, extra) => {
      const policyAt = columnPolicies(table3, tab.header);
      return (_index, before) => {
        const after = widen(before, tab.header.width);
        policyAt.forEach(({ policy, key }, i2) => {
          const cell2 = after[i2] ?? null;
          const special = key === void 0 ? void 0 : extra?.(key, cell2);
          after[i2] = special !== void 0 ? special : applyPolicy(policy, cell2, pseudonyms, marker);
        });
        return after;
      };
    };
    if (tabs.rawResponses) {
      const tab = tabs.rawResponses;
      const contentAt = tab.at("content");
      const policy = byPolicy("rawResponses", tab);
      collect2("rawResponses", tab, rawFamily.keys(), (index, before) => {
        const after = policy(index, before);
        if (contentAt !== void 0)
          after[contentAt] = redactedContent(
            rawFamily.get(index),
            textAt(tab, before, "form"),
            pseudonyms,
            marker
          );
        return after;
      });
    }
    if (tabs.nominations) {
      collect2(
        "nominations",
        tabs.nominations,
        dataLines(tabs.nominations).map((l) => l.index),
        byPolicy("nominations", tabs.nominations)
      );
    }
    if (tabs.trainingSignups) {
      collect2(
        "trainingSignups",
        tabs.trainingSignups,
        trainingFamily,
        byPolicy("trainingSignups", tabs.trainingSignups)
      );
    }
    if (tabs.attendance) {
      collect2("attendance", tabs.attendance, openingFamily, byPolicy("attendance", tabs.attendance));
    }
    if (tabs.families) {
      collect2(
        "families",
        tabs.families,
        dataLines(tabs.families).map((l) => l.index),
        byPolicy("families", tabs.families)
      );
    }
    if (tabs.outbox) {
      const tab = tabs.outbox;
      const familyRows = dataLines(tab).filter(
        ({ line }) => outboxNamesFamily(tab, line, isFamily) || textAt(tab, line, "key").split(":").some((part) => nominationIds.has(part))
      ).map((l) => l.index);
      const stateAt = tab.at("state");
      const nextAt = tab.at("nextAttempt");
      const errorAt = tab.at("lastError");
      const policy = byPolicy("outbox", tab, (key, cell2) => {
        if (key === "recipients") return pseudonymiseList(cellText(cell2), isFamily, pseudonyms);
        if (key === "key" && typeof cell2 === "string" && cell2.includes("@"))
          return cell2.replace(EMAIL_TOKEN, (address) => isFamily(address) ? pseudonyms.of(address) : address);
        if (key === "payload" && typeof cell2 === "string" && isCalendarWrite(cell2))
          return cell2.replace(EMAIL_TOKEN, (address) => isFamily(address) ? pseudonyms.of(address) : address);
        return void 0;
      });
      collect2("outbox", tab, familyRows, (index, before) => {
        const after = policy(index, before);
        const state = stateAt === void 0 ? void 0 : parseState(cellText(before[stateAt] ?? null));
        if (stateAt !== void 0 && !(state && OUTBOX_FINAL_STATES.includes(state))) {
          after[stateAt] = FAILED;
          if (nextAt !== void 0) after[nextAt] = null;
          if (errorAt !== void 0) after[errorAt] = marker;
        }
        return after;
      });
    }
    const ordered = PURGED_TABLES.flatMap((t) => changes.filter((c) => c.table === t));
    for (const table3 of PURGED_TABLES) rows[table3] ?? (rows[table3] = 0);
    const familyResponses = { nomination: [], training: [], attendance: [] };
    for (const index of rawFamily.keys()) {
      const line = tabs.rawResponses.grid[index];
      const form = textAt(tabs.rawResponses, line, "form");
      const id = textAt(tabs.rawResponses, line, "responseId");
      if (id !== "") familyResponses[form].push(id);
    }
    return { tabs: ordered, rows, cellsChanged, addresses: pseudonyms.count, familyResponses };
  }
  function isCalendarWrite(payload) {
    if (!payload.startsWith('{"year":')) return false;
    try {
      const parsed = JSON.parse(payload);
      return typeof parsed?.op === "object" && parsed.op !== null;
    } catch {
      return false;
    }
  }
  function* allTexts(tabs) {
    for (const tab of tabs) {
      if (!tab) continue;
      for (const line of tab.grid) for (const cell2 of line) if (typeof cell2 === "string") yield cell2;
    }
  }
  function widen(line, width) {
    const out = [...line];
    while (out.length < width) out.push(null);
    return out;
  }
  function columnPolicies(table3, header) {
    const out = Array.from({ length: header.width }, () => ({
      policy: "marker"
    }));
    const policies = COLUMN_POLICIES[table3];
    for (const [key, at2] of Object.entries(header.index)) {
      if (at2 === void 0) continue;
      out[at2] = { policy: policies[key] ?? "marker", key };
    }
    return out;
  }
  function applyPolicy(policy, cell2, pseudonyms, marker) {
    if (policy === "keep") return cell2;
    if (isBlankCell(cell2)) return cell2;
    if (policy === "empty") return null;
    if (policy === "marker") return marker;
    return pseudonymiseList(cellText(cell2), () => true, pseudonyms);
  }
  function pseudonymiseList(text2, isFamily, pseudonyms) {
    if (text2.trim() === "") return text2 === "" ? null : text2;
    const parts = splitRecipients(text2.replace(/[\r\n]+/g, ","));
    if (parts.length === 0) return pseudonyms.of(text2);
    const out = parts.map((p2) => isFamily(p2) ? pseudonyms.of(p2) : p2);
    return out.join(", ");
  }
  function outboxNamesFamily(tab, line, isFamily) {
    for (const part of splitRecipients(textAt(tab, line, "recipients").replace(/[\r\n]+/g, ","))) {
      if (isFamily(part)) return true;
    }
    for (const key of ["key", "payload", "subject", "lastError"]) {
      const text2 = textAt(tab, line, key);
      if (!text2.includes("@")) continue;
      for (const match of text2.matchAll(EMAIL_TOKEN)) if (isFamily(match[0])) return true;
    }
    return false;
  }
  function redactedContent(content, form, pseudonyms, marker) {
    if (!content || typeof content.timestamp !== "string") return marker;
    const kept = (RAW_KEPT_ANSWERS[form] ?? []).map(foldKey);
    const answers = {};
    for (const [title, value] of Object.entries(answersOf(content))) {
      const folded2 = foldKey(title);
      if (kept.includes(folded2)) answers[title] = value;
      else if (folded2 === "email" && answerText(value).trim() !== "")
        answers[title] = pseudonyms.of(answerText(value));
      else answers[title] = marker;
    }
    return JSON.stringify({
      timestamp: content.timestamp,
      ...typeof content.email === "string" ? { email: pseudonyms.of(content.email) } : {},
      ...typeof content.responseId === "string" ? { responseId: content.responseId } : {},
      answers
    });
  }

  // src/core/privacy/purge-text.ts
  function purgeSummaryLines(plan, lang = "vi") {
    const t = catalogue(lang).privacy;
    return plan.tabs.map((tab) => {
      const label = t.tables[tab.table];
      return t.summaryLine(label.tab, tab.rows.length, label.unit);
    });
  }

  // src/app/privacy/purge-personal-data.ts
  var LOCK_WAIT_MS = 3e4;
  var purgedKey = (year) => `privacy.purged.${year}`;
  function purgePersonalData(ports, options = {}) {
    const dryRun = options.dryRun === true;
    return ports.lock.withLock(options.lockTimeoutMs ?? LOCK_WAIT_MS, () => {
      const names = ports.tables.tableNames();
      const settings = readSettings(ports.tables, names);
      if (!settings) {
        const message5 = catalogue(options.language).privacy.noSettings;
        ports.log.error(message5);
        return { status: "no-settings", dryRun, message: message5, lines: [] };
      }
      const lang = settings.language;
      const t = catalogue(lang).privacy;
      const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
      const at2 = options.at ?? ports.clock.now();
      const now = isLocalDateTime(at2) ? at2 : toWallClock(at2, zone);
      const dueAt = purgeDueAt(settings.weekEnd, settings.retentionDays);
      const year = settings.year;
      if (!isPurgeDue(now, settings.weekEnd, settings.retentionDays)) {
        const message5 = t.notDue(settings.retentionDays, formatLongDate(dueAt, lang));
        ports.log.info(message5);
        return { status: "not-due", dryRun, year, dueAt, message: message5, lines: [] };
      }
      const { input, tabNames } = readPurgeTabs(ports.tables, names);
      const plan = planPurge(input, lang);
      const lines = purgeSummaryLines(plan, lang);
      if (!dryRun) digestStoredGuestLists(ports.properties, year);
      if (plan.tabs.length === 0) {
        const message5 = t.nothing(year);
        ports.log.info(message5);
        return { status: "nothing", dryRun, year, dueAt, plan, message: message5, lines };
      }
      if (dryRun) {
        const message5 = t.preview(formatLongDate(dueAt, lang), lines.length);
        return { status: "purged", dryRun, year, dueAt, plan, message: message5, lines };
      }
      for (const tab of plan.tabs) writeTab(ports.tables, tabNames[tab.table], input[tab.table], tab);
      if (ports.properties.get(purgedKey(year)) === void 0) {
        const instant = isLocalDateTime(at2) ? ports.clock.now() : at2;
        ports.properties.set(purgedKey(year), instant.toISOString());
      }
      const headline2 = t.headline(year, settings.retentionDays, formatLongDate(dueAt, lang));
      const message4 = t.purged(headline2, lines.join("; "));
      ports.log.info(message4);
      return { status: "purged", dryRun, year, dueAt, plan, headline: headline2, message: message4, lines };
    });
  }
  function readPurgeTabs(tables, names) {
    const read2 = readTabs(
      tables,
      ["people", ...PURGED_TABLES].map((key) => SPEC_OF[key]),
      names
    );
    return {
      input: read2.grids,
      tabNames: read2.tabNames
    };
  }
  function writeTab(tables, name, grid, tab) {
    const first = tab.rows[0].index;
    const last = tab.rows[tab.rows.length - 1].index;
    const changed = new Map(tab.rows.map((r) => [r.index, r.cells]));
    const block = [];
    let width = 0;
    for (let i2 = first; i2 <= last; i2++) {
      const line = [...changed.get(i2) ?? grid[i2] ?? []];
      width = Math.max(width, line.length);
      block.push(line);
    }
    for (const line of block) while (line.length < width) line.push(null);
    tables.write(name, first, 0, block);
  }

  // src/app/report/report-notice.ts
  function reportNotice(result, lang) {
    const t = catalogue(lang).report.job;
    if (result.busy) {
      const { retryAfterMs } = result.busy;
      if (retryAfterMs !== void 0) return t.busyRetry(Math.max(1, Math.round(retryAfterMs / 6e4)));
      return result.busy.scheduled ? t.busyNoRetry : t.busyNow;
    }
    return result.recorded === false ? t.notRecorded : void 0;
  }

  // src/core/forms/form-deadline.ts
  var ANNOUNCED_FORMS = ["attendance", "training", "nomination"];
  function formDeadline(form, settings) {
    return form === "nomination" ? settings.weekEnd : settings.weekStart;
  }

  // src/core/mail/invitation.ts
  function where(a) {
    const place = oneLine(a.location);
    const platform = oneLine(a.platform);
    const url = oneLine(a.link);
    const parts = [place, platform].filter((p2) => p2 !== "");
    const text2 = [...parts, url].filter((p2) => p2 !== "").join(" – ");
    const htmlParts = parts.map((p2) => html(p2));
    if (url !== "") htmlParts.push(link(url));
    return { text: text2, html: htmlParts.join(" – ") };
  }
  function programmeDays(data) {
    const language = data.language;
    const t = catalogue(language).mail.invitation;
    const days = [];
    const dayOf3 = (key, label) => {
      let day = days.find((d) => d.key === key);
      if (!day) {
        day = { key, label, items: [] };
        days.push(day);
      }
      return day;
    };
    const severalDays = [];
    for (const a of data.activities) {
      const spans = !!a.start && !!a.end && a.end.iso.slice(0, 10) !== a.start.iso.slice(0, 10);
      const item2 = {
        title: oneLine(a.title),
        hours: spans || !a.start ? "" : activityHours(a.start, a.end, a.timeConfirmed ?? true, language),
        until: spans ? dateRange(a.start, a.end, language) : "",
        where: where(a),
        ...!spans && a.start && a.end && a.end.iso > a.start.iso ? {
          calendarUrl: googleCalendarLink({
            title: oneLine(a.title),
            start: a.start,
            end: a.end,
            timeZone: data.timeZone ?? SCHOOL_TIME_ZONE,
            ...a.location ? { location: oneLine(a.location) } : {},
            ...a.link ? { url: oneLine(a.link) } : {}
          })
        } : {}
      };
      if (spans) severalDays.push(item2);
      else if (a.start) dayOf3(a.start.iso.slice(0, 10), formatDayDate(a.start, language)).items.push(item2);
      else dayOf3("", t.undated).items.push(item2);
    }
    const ordered = [...days.filter((d) => d.key !== ""), ...days.filter((d) => d.key === "")];
    if (severalDays.length > 0) ordered.push({ key: "several", label: t.severalDays, items: severalDays });
    return ordered.map(({ label, items }) => ({ label, items }));
  }
  function invitationMail(data) {
    const m = catalogue(data.language).mail;
    const w = { ...m.invitation, greeting: m.greeting, closing: m.closing };
    const school = oneLine(data.school);
    const name = oneLine(data.recipientName);
    const theme = oneLine(data.theme);
    const range = dateRange(data.weekStart, data.weekEnd, data.language);
    const days = programmeDays(data);
    const actions = (data.forms ?? []).map((f) => ({
      label: oneLine(f.label),
      url: oneLine(f.url),
      ...f.deadline ? { note: w.deadline(formatDayDate(f.deadline, data.language)) } : {}
    })).filter((f) => f.url !== "");
    const signature = oneLine(data.senderName) || school;
    const organiser = oneLine(data.organiserEmail);
    const itemText = (i2) => `- ${[i2.hours, i2.title, i2.until ? `(${i2.until})` : ""].filter((p2) => p2 !== "").join(" ")}` + (i2.where.text ? ` — ${i2.where.text}` : "");
    const text2 = [
      w.greeting(name),
      "",
      w.intro(school, data.year, range),
      `${w.theme}: “${theme}”.`,
      ...actions.length > 0 ? ["", `${w.forms}:`, ...actionLines(actions)] : [],
      "",
      `${w.programme}:`,
      ...days.length === 0 ? [w.noActivities] : days.flatMap((d) => ["", d.label, ...d.items.map(itemText)]),
      ...organiser ? ["", w.reply(organiser)] : [],
      "",
      w.closing,
      signature
    ].join("\n");
    const itemHtml = (i2) => '<li style="margin:0 0 8px">' + (i2.hours ? `<strong>${html(i2.hours)}</strong> ` : "") + html(i2.title) + (i2.until ? ` (${html(i2.until)})` : "") + (i2.where.html ? `<br><span style="color:#4a4f55">${i2.where.html}</span>` : "") + (i2.calendarUrl ? `<br>${link(i2.calendarUrl, w.addToCalendar)}` : "") + "</li>";
    const programme = days.length === 0 ? [`<p>${html(w.noActivities)}</p>`] : days.flatMap((d) => [
      `<h3 style="${SUBHEADING_STYLE}">${html(d.label)}</h3>`,
      '<ul style="margin:0;padding-left:20px">',
      ...d.items.map(itemHtml),
      "</ul>"
    ]);
    const body = [
      `<p>${html(w.greeting(name))}</p>`,
      `<p>${html(w.intro(school, data.year, range))} ${html(w.theme)}: <strong>“${html(theme)}”</strong>.</p>`,
      ...actions.length > 0 ? [`<p>${html(w.forms)}:</p>`, ...actions.map(actionButton)] : [],
      `<h2 style="${HEADING_STYLE}">${html(w.programme)}</h2>`,
      ...programme,
      ...organiser ? [`<p>${html(w.reply(organiser))}</p>`] : [],
      `<p>${html(w.closing)}<br>${html(signature)}</p>`
    ].join("\n");
    const subject = oneLine(w.subject(data.year, school));
    return { subject, text: plain(text2), html: htmlDocument(data.language, subject, body) };
  }

  // src/app/outbox/send-invitations.ts
  var staffInvitationKey = (personId, year) => outboxKey("invite-mail", personId, year);
  var familyInvitationKey = (familyId, year) => outboxKey("invite-family-mail", familyId, year);
  function sendInvitations(ports, options = {}) {
    return underLockOrBusy(
      ports.lock,
      options.lockTimeoutMs ?? 1e4,
      () => queueInvitations(ports, options),
      () => {
        const t = catalogue("vi").outbox.invitations;
        const message4 = t.busy;
        ports.log.info(`${t.logPrefix}: ${message4}`);
        return { ...EMPTY, message: message4 };
      }
    );
  }
  var EMPTY = {
    ran: false,
    queued: 0,
    rejected: 0,
    alreadyQueued: 0,
    inactive: 0,
    unusable: 0,
    withoutEmail: 0,
    findings: []
  };
  function queueInvitations(ports, options) {
    const { tables, clock, log } = ports;
    const { plan, findings: findings3, tables: read2 } = readPlanFor(tables, options);
    const settings = plan.settings;
    if (!settings) {
      const t2 = catalogue("vi").outbox.invitations;
      const message5 = t2.noSettings;
      log.error(`${t2.logPrefix}: ${message5}`);
      return { ...EMPTY, findings: findings3, message: message5 };
    }
    const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const now = toWallClock(clock.now(), zone);
    const programme = programmeOf(plan.activities);
    const forms3 = options.forms ?? formLinksOf(settings);
    const mailFor = (key, email, name) => mailEntry(
      {
        key,
        language: settings.language,
        to: [email],
        mail: invitationMail({
          language: settings.language,
          recipientName: name,
          school: settings.school,
          year: settings.year,
          theme: settings.theme,
          weekStart: settings.weekStart,
          weekEnd: settings.weekEnd,
          activities: programme,
          ...forms3.length > 0 ? { forms: forms3 } : {},
          timeZone: settings.timeZone,
          ...senderOf(settings)
        }),
        ...senderOf(settings),
        ...settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}
      },
      now
    );
    const candidates = [];
    let inactive = 0;
    for (const person2 of plan.people) {
      if (!person2.active) {
        inactive++;
        continue;
      }
      candidates.push(mailFor(staffInvitationKey(person2.id, settings.year), person2.email, person2.name));
    }
    const unusable = Math.max(0, (read2.people?.rows.length ?? 0) - plan.people.length);
    let withoutEmail = 0;
    const families2 = (options.families ?? settings.mailFamilies) && settings.mailFamilies;
    const familiesWithheld = options.families && !settings.mailFamilies ? plan.families.filter((f) => f.email).length : 0;
    if (families2) {
      for (const family of plan.families) {
        if (!family.email) {
          withoutEmail++;
          continue;
        }
        candidates.push(
          mailFor(familyInvitationKey(family.id, settings.year), family.email, family.parentName)
        );
      }
    }
    const result = enqueueEntries(tables, candidates);
    const added = new Set(result.added);
    const rejected = candidates.filter((c) => added.has(c.key) && c.state === FAILED).length;
    const t = catalogue(settings.language).outbox.invitations;
    const parts = [t.queued(result.added.length)];
    if (result.alreadyQueued.length > 0) parts.push(t.alreadyQueued(result.alreadyQueued.length));
    if (rejected > 0) parts.push(t.rejected(rejected));
    if (unusable > 0) parts.push(t.unusable(unusable));
    if (inactive > 0) parts.push(t.inactive(inactive));
    if (withoutEmail > 0) parts.push(t.withoutEmail(withoutEmail));
    if (familiesWithheld > 0) parts.push(t.familiesByZalo(familiesWithheld));
    if (result.findings.some((f) => f.code === "header.missing")) parts.push(t.outboxBroken);
    const message4 = `${parts.join("; ")}.`;
    log.info(`${t.logPrefix}: ${message4}`);
    return {
      ran: true,
      queued: result.added.length,
      rejected,
      alreadyQueued: result.alreadyQueued.length,
      inactive,
      unusable,
      withoutEmail,
      findings: [...findings3, ...result.findings],
      message: message4
    };
  }
  function readPlanFor(tables, options) {
    const names = tables.tableNames();
    const planTabs = PLAN_TABLES.filter((spec) => spec.key !== "outreach" && spec.key !== "families");
    const { grids, tabNames } = readTabs(tables, planTabs, names);
    const first = parsePlan(grids, tabNames);
    const wanted = options.families !== false && (options.families || first.plan.settings?.mailFamilies);
    if (!wanted) return first;
    const families2 = readTabs(
      tables,
      PLAN_TABLES.filter((spec) => spec.key === "families"),
      names
    );
    return parsePlan({ ...grids, ...families2.grids }, { ...tabNames, ...families2.tabNames });
  }
  function senderOf(settings) {
    return settings.senderName ? { senderName: settings.senderName } : {};
  }
  function programmeOf(activities2) {
    return activities2.filter((a) => a.status !== "hủy").slice().sort((a, b) => (a.start?.iso ?? "9999").localeCompare(b.start?.iso ?? "9999") || a.row - b.row).map((a) => ({
      title: a.title,
      ...a.start ? { start: a.start } : {},
      ...a.end ? { end: a.end } : {},
      timeConfirmed: a.timeConfirmed,
      ...a.location ? { location: a.location } : {},
      ...a.platform ? { platform: a.platform } : {},
      ...a.link ? { link: a.link } : {}
    }));
  }
  function formLinksOf(settings) {
    const t = catalogue(settings.language).outbox.invitations.forms;
    return ANNOUNCED_FORMS.flatMap((form) => {
      const url = settings.formUrls[form];
      return url ? [{ label: t[form], url, deadline: formDeadline(form, settings) }] : [];
    });
  }

  // src/core/seed/mail-domain.ts
  function mailDomainOf(school) {
    const slug = foldKey(school).replace(/^truong /, "").replace(/^mam non\b/, "mn").replace(/^tieu hoc\b/, "th").replace(/^trung hoc co so\b/, "thcs").replace(/^trung hoc pho thong\b/, "thpt").replace(/ /g, "");
    return `${slug || "truong"}.example`;
  }

  // src/core/seed/plan-2021.ts
  var SEED_YEAR = 2021;
  var SEED_SCHOOL = "Trường Mầm non 20/10";
  var SEED_GOVERNING_BODY = "UBND Quận 1";
  var SEED_WARD_ASSOCIATION = "Hội khuyến học Phường Nguyễn Cư Trinh";
  var SEED_PLACE = "Quận 1";
  var SEED_THEME = "Chuyển đổi số để xây dựng thành công một xã hội học tập mới";
  var SEED_BASIS = "Kế hoạch số 271/KH-UBND ngày 29/9/2021 của Ủy ban nhân dân Quận 1 về tổ chức “Tuần lễ hưởng ứng học tập suốt đời năm 2021” trên địa bàn Quận 1";
  var SEED_BASIS_DATE = { year: 2021, month: 9, day: 29 };
  var SEED_PREAMBLE = "Trường Mầm non 20/10 xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 với chủ đề: “Chuyển đổi số để xây dựng thành công một xã hội học tập mới” và triển khai thực hiện trong toàn thể cán bộ- giáo viên- nhân viên- phụ huynh và toàn thể học sinh nhà trường với những nội dung cụ thể sau:";
  function preambleFor(school, year, theme) {
    return `${school} xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} với chủ đề: “${theme}” và triển khai thực hiện trong toàn thể cán bộ- giáo viên- nhân viên- phụ huynh và toàn thể học sinh nhà trường với những nội dung cụ thể sau:`;
  }
  var SEED_PURPOSES = [
    "Nhằm tiếp tục đẩy mạnh phong trào học tập sâu rộng trong các tầng lớp nhân dân, giúp nâng cao nhận thức của người dân về vai trò của chuyển đổi số đối với việc học tập suốt đời.",
    "Tăng cường trách nhiệm và huy động được sự quan tâm, tham gia của các cấp chính quyền, các ngành, các tổ chức, đoàn thể, lực lượng xã hội trong việc tận dụng các nền tảng công nghệ nhằm đa dạng hóa các kênh và công cụ học tập suốt đời, đáp ứng nhu cầu học tập của người dân trong bối cảnh COVID-19 đang diễn biến phức tạp.",
    "Các hoạt động của Tuần lễ hưởng ứng học tập suốt đời phải đảm bảo tính thiết thực, hiệu quả phù hợp với diễn biến dịch COVID-19."
  ];

  // src/core/seed/week.ts
  var WEEK_DAYS = 7;
  function parseWeekStart(text2) {
    const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text2);
    const vn = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text2);
    const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : vn ? [Number(vn[3]), Number(vn[2]), Number(vn[1])] : [NaN, NaN, NaN];
    if (!Number.isInteger(year)) return void 0;
    try {
      return localDateTime(year, month, day);
    } catch {
      return void 0;
    }
  }
  function resolveWeek(options = {}) {
    const t = catalogue(options.language).sheet.week;
    let start;
    if (options.start !== void 0) {
      const parsed = parseWeekStart(options.start);
      if (!parsed) throw new RangeError(t.badStart(options.start));
      start = parsed;
      if (options.year !== void 0 && options.year !== partsOf(parsed).year) {
        throw new RangeError(t.startOutsideYear(options.start, options.year));
      }
    } else {
      const year2 = options.year ?? SEED_YEAR;
      if (!Number.isInteger(year2) || year2 < 2e3 || year2 > 2100) {
        throw new RangeError(t.badYear(year2));
      }
      start = localDateTime(year2, 10, 1);
    }
    const year = partsOf(start).year;
    const school = options.school?.normalize("NFC").trim() || SEED_SCHOOL;
    const theme = options.theme?.normalize("NFC").trim() || SEED_THEME;
    return {
      year,
      school,
      theme,
      start,
      end: addDays(start, WEEK_DAYS - 1),
      isOriginal: year === SEED_YEAR && school === SEED_SCHOOL && theme === SEED_THEME && start.iso === "2021-10-01T00:00"
    };
  }
  var isWeekend = (day) => {
    const weekday = weekdayOf(day);
    return weekday === 0 || weekday === 6;
  };
  function weekdaysByDistance(week, offset) {
    const days = [];
    for (let distance = 0; distance < 2 * WEEK_DAYS; distance++) {
      for (const candidate of distance === 0 ? [offset] : [offset - distance, offset + distance]) {
        if (candidate < 0 || candidate >= WEEK_DAYS) continue;
        const day = addDays(week.start, candidate);
        if (!isWeekend(day)) days.push(day);
      }
    }
    return days;
  }

  // src/core/seed/activities.ts
  var OPENING_OFFSET = 4;
  var WEEK = { kind: "week" };
  var SEED_ACTIVITIES = [
    {
      title: () => "Tuyên truyền trên cổng thông tin điện tử và mạng xã hội (Facebook, YouTube, Zalo, Viber) về vai trò của chuyển đổi số trong học tập suốt đời",
      category: "tuyên truyền",
      when: WEEK,
      location: "Trực tuyến",
      audience: AUDIENCE_EVERYONE,
      invite: false
    },
    {
      title: () => "Đăng tải khẩu hiệu, biểu ngữ, tài liệu tuyên truyền về mục tiêu, nội dung các hoạt động của Tuần lễ hưởng ứng học tập suốt đời",
      category: "tuyên truyền",
      when: WEEK,
      location: "Tại trường và trên trang thông tin điện tử",
      audience: AUDIENCE_EVERYONE,
      invite: false
    },
    {
      title: () => "Treo cờ, băng rôn tại trường với nội dung “Học ở trường, học ở sách vở, học lẫn nhau và học ở Nhân dân” (Hồ Chí Minh)",
      category: "tuyên truyền",
      when: WEEK,
      location: "Cổng trường",
      audience: AUDIENCE_EVERYONE,
      invite: false
    },
    {
      title: (w) => `Dự Lễ khai mạc “Tuần lễ hưởng ứng học tập suốt đời năm ${w.year}” trực tuyến do Quận tổ chức`,
      category: "khai mạc",
      when: { kind: "day", offset: OPENING_OFFSET, from: [7, 30], to: [11, 0], priority: 0 },
      location: "Hội trường Ủy ban nhân dân Quận 1 và các điểm cầu",
      owner: "hieutruong",
      audience: AUDIENCE_ALL_STAFF,
      invite: true,
      note: (w, day) => (w.year === 2021 ? "Văn bản gốc ghi ngày khai mạc là 05/10/2020 (nhầm năm); tuần lễ 2021 dùng 05/10/2021. " : `Tuần lễ 2021, Quận khai mạc vào sáng 05/10; ngày của tuần lễ ${w.year} là đề xuất, chờ Quận thông báo. `) + "Chỉ tiêu: 50% CB-GV-NV tham dự. Giờ là đề xuất, cần xác nhận." + movedNote(w, OPENING_OFFSET, day)
    },
    {
      title: () => "Thông tin, tuyên truyền về mục đích, ý nghĩa, lợi ích của việc học tập suốt đời và xây dựng xã hội học tập; triển khai xây dựng các mô hình học tập",
      category: "tuyên truyền",
      when: WEEK,
      location: "Tại trường và trên trang thông tin điện tử",
      audience: AUDIENCE_EVERYONE,
      invite: false
    },
    {
      title: () => "Tập huấn kỹ năng tìm kiếm, khai thác, sử dụng thông tin trên mạng Internet an toàn, hiệu quả cho học sinh, phụ huynh, cán bộ, giáo viên, nhân viên",
      category: "tập huấn",
      when: { kind: "day", offset: 3, from: [14, 0], to: [16, 0] },
      location: "Trực tuyến",
      platform: "Zoom",
      link: (w) => `https://zoom.example.com/j/htsd-${w.year}-tap-huan-internet`,
      owner: "phohieutruong",
      audience: AUDIENCE_EVERYONE,
      capacity: 80,
      invite: true,
      note: (w, day) => "Giờ là đề xuất, cần xác nhận; đường liên kết là mẫu, thay bằng phòng họp thật." + movedNote(w, 3, day)
    },
    {
      title: () => "Hợp tác giữa thư viện nhà trường, thư viện công cộng và trung tâm học tập cộng đồng: chia sẻ cơ sở vật chất, kinh nghiệm; luân chuyển sách, báo, tài liệu giấy và tài liệu số",
      category: "thư viện",
      when: WEEK,
      location: "Thư viện nhà trường",
      audience: AUDIENCE_EVERYONE,
      invite: false
    },
    {
      title: () => "Phát động phong trào xây dựng văn hóa đọc; ra mắt “Tủ sách học tập suốt đời” tại trường",
      category: "thư viện",
      when: { kind: "day", offset: 0, from: [8, 0], to: [9, 30] },
      location: "Thư viện nhà trường",
      owner: "thuvien",
      audience: AUDIENCE_ALL_STAFF,
      invite: true,
      note: (w, day) => "Giờ là đề xuất, cần xác nhận." + movedNote(w, 0, day)
    },
    {
      title: () => "Buổi học trực tuyến lồng ghép giới thiệu nội dung, bài học, học liệu cho từng nhóm người học (Zoom, Google Meet, K12Online, Microsoft Teams)",
      category: "trực tuyến",
      when: { kind: "day", offset: 3, from: [9, 0], to: [10, 30] },
      location: "Trực tuyến",
      platform: "Google Meet",
      link: (w) => `https://meet.example.com/htsd-${w.year}-hoc-truc-tuyen`,
      owner: "phohieutruong",
      audience: AUDIENCE_PARENTS,
      invite: true,
      note: (w, day) => "Giờ là đề xuất, cần xác nhận; đường liên kết là mẫu, thay bằng phòng họp thật." + movedNote(w, 3, day)
    },
    {
      title: () => "Lớp học, buổi nói chuyện miễn phí về kỹ năng sống và kỹ năng sử dụng công nghệ hiện đại trong cuộc sống, công việc hằng ngày",
      category: "nói chuyện",
      when: { kind: "day", offset: 5, from: [14, 0], to: [16, 0] },
      location: "Hội trường nhà trường",
      owner: "tochuc",
      audience: AUDIENCE_EVERYONE,
      capacity: 50,
      invite: true,
      note: (w, day) => "Giờ là đề xuất, cần xác nhận." + movedNote(w, 5, day)
    },
    {
      title: () => "Vận động cán bộ, giáo viên, nhân viên tham gia các lớp tin học, ngoại ngữ, cao học, bồi dưỡng cán bộ quản lý, tổ trưởng chuyên môn",
      category: "vận động học tập",
      when: WEEK,
      audience: AUDIENCE_ALL_STAFF,
      invite: false
    },
    {
      title: () => `Bình chọn cá nhân tiêu biểu “Gia đình hiếu học” tham dự Hội nghị tuyên dương do ${SEED_WARD_ASSOCIATION} tổ chức`,
      category: "bình chọn",
      when: WEEK,
      audience: AUDIENCE_PARENTS,
      invite: false
    },
    {
      title: () => "Tổng kết, rút kinh nghiệm; khen thưởng tập thể, cá nhân tham gia tốt trong Tuần lễ hưởng ứng học tập suốt đời",
      category: "tổng kết-khen thưởng",
      when: { kind: "day", offset: 6, from: [15, 0], to: [16, 30], priority: 1 },
      location: "Hội trường nhà trường",
      owner: "hieutruong",
      audience: AUDIENCE_ALL_STAFF,
      invite: true,
      note: (w, day) => "Ngày cuối tuần lễ; giờ là đề xuất, cần xác nhận." + movedNote(w, 6, day)
    },
    {
      title: () => "Phối hợp chính quyền và đoàn thể tham gia các hoạt động của Tuần lễ hưởng ứng học tập suốt đời",
      category: "tuyên truyền",
      when: WEEK,
      audience: AUDIENCE_NONE,
      invite: false
    },
    {
      title: () => "Tuyên truyền các hoạt động của Tuần lễ trên trang thông tin điện tử của trường",
      category: "tuyên truyền",
      when: WEEK,
      location: "Trang thông tin điện tử của trường",
      link: (w, domain) => `https://${domain}/tuan-le-hoc-tap-suot-doi-${w.year}`,
      audience: AUDIENCE_EVERYONE,
      invite: false
    }
  ];
  function movedNote(week, offset, day) {
    const wanted = addDays(week.start, offset);
    if (sameDay2(wanted, day)) return "";
    const why = isWeekend(wanted) ? "vì rơi vào cuối tuần" : "để không trùng giờ với hoạt động khác";
    return ` Đã dời từ ${formatDayDate(wanted)} sang ${formatDayDate(day)} ${why}.`;
  }
  var sameDay2 = (a, b) => a.iso.slice(0, 10) === b.iso.slice(0, 10);
  function scheduleDays(week) {
    const order = SEED_ACTIVITIES.map((a, i2) => ({ a, i: i2 })).filter(({ a }) => a.when.kind === "day").sort((x2, y) => priorityOf(x2.a) - priorityOf(y.a) || x2.i - y.i);
    const placed = [];
    const days = /* @__PURE__ */ new Map();
    for (const { a, i: i2 } of order) {
      if (a.when.kind !== "day") continue;
      const { offset, from, to } = a.when;
      const slot = (day2) => ({
        from: wallMinutes(withTime(day2, ...from)),
        to: wallMinutes(withTime(day2, ...to))
      });
      const candidates = weekdaysByDistance(week, offset);
      const free = candidates.find((day2) => {
        const s = slot(day2);
        return placed.every((p2) => s.to <= p2.from || p2.to <= s.from);
      });
      const day = free ?? candidates[0];
      placed.push(slot(day));
      days.set(i2, day);
    }
    return days;
  }
  var priorityOf = (a) => a.when.kind === "day" ? a.when.priority ?? 2 : 2;
  var activityId = (index) => `HD${String(index + 1).padStart(2, "0")}`;
  function defaultActivities(options = {}) {
    const week = resolveWeek(options);
    const domain = mailDomainOf(week.school);
    const days = scheduleDays(week);
    return SEED_ACTIVITIES.map((a, i2) => {
      let start;
      let end;
      let note;
      if (a.when.kind === "week") {
        start = withTime(week.start, 7);
        end = withTime(week.end, 17);
        note = a.note ? a.note(week, week.start) : null;
      } else {
        const day = days.get(i2);
        start = withTime(day, ...a.when.from);
        end = withTime(day, ...a.when.to);
        note = a.note ? a.note(week, day) : null;
      }
      return {
        id: activityId(i2),
        title: a.title(week),
        category: a.category,
        start,
        end,
        timeConfirmed: a.when.kind === "week" ? "có" : "không",
        location: a.location ?? null,
        platform: a.platform ?? null,
        link: a.link ? a.link(week, domain) : null,
        owner: a.owner ? `${a.owner}@${domain}` : null,
        audience: a.audience,
        capacity: a.capacity ?? null,
        invite: a.invite ? "có" : "không",
        status: "kế hoạch",
        resultNotes: note,
        evidence: null
      };
    });
  }

  // src/core/seed/settings.ts
  var SEED_REPORT_NUMBER = "…/BC-MN2010";
  function defaultSettings(options = {}, lang = "vi") {
    const words = catalogue(lang).sheet.seed;
    const week = resolveWeek(options);
    const domain = mailDomainOf(week.school);
    const seedBasis = week.year === SEED_YEAR;
    const values = {
      school: week.school,
      governingBody: SEED_GOVERNING_BODY,
      wardAssociation: SEED_WARD_ASSOCIATION,
      planNumber: null,
      basis: seedBasis ? SEED_BASIS : null,
      basisDate: seedBasis ? localDateTime(SEED_BASIS_DATE.year, SEED_BASIS_DATE.month, SEED_BASIS_DATE.day) : null,
      preamble: week.isOriginal ? SEED_PREAMBLE : preambleFor(week.school, week.year, week.theme),
      planDate: null,
      purposes: SEED_PURPOSES.join("\n"),
      planNotes: null,
      year: week.year,
      theme: week.theme,
      weekStart: week.start,
      weekEnd: week.end,
      timeZone: SCHOOL_TIME_ZONE,
      openingTarget: 50,
      leadershipEmails: `bgh@${domain}`,
      organiserEmail: `tochuc@${domain}`,
      senderName: week.school,
      // The number is given when the report is registered; the school's symbol is known already.
      reportNumber: week.isOriginal ? SEED_REPORT_NUMBER : null,
      reportAt: withTime(week.end, 17),
      place: SEED_PLACE,
      signerTitle: words.signerTitle,
      signerName: null,
      recipientsNote: `${SEED_GOVERNING_BODY}; ${SEED_WARD_ASSOCIATION}; ${words.archive}`,
      // The setting names the language as the sheet does: "Tiếng Việt" or "English".
      language: lang === "en" ? LANGUAGES[1] : LANGUAGES[0],
      reminderLeadHours: 24,
      retentionDays: 90,
      calendarMode: choiceLabel(CALENDAR_MODES[0], lang),
      proposals: null,
      // Counted by the library during the week: nothing to say before it starts.
      booksDonated: null,
      booksCirculated: null,
      // Families hear on Zalo and posters; the principal opts in to mail for them.
      mailFamilies: choiceLabel(YES_NO_CHOICES[options.mailFamilies ? 0 : 1], lang),
      localFormsAddress: null,
      attendanceFormUrl: null,
      trainingFormUrl: null,
      nominationFormUrl: null,
      resultFormUrl: null
    };
    return SETTINGS.map((s) => {
      const text2 = settingIn(lang, s.key) ?? s;
      return { key: s.key, label: text2.label, value: values[s.key], help: text2.help };
    });
  }

  // src/core/seed/prng.ts
  function createPrng(seed) {
    let state = seed >>> 0;
    const next = () => {
      state = state + 1831565813 >>> 0;
      let t = state;
      t = Math.imul(t ^ t >>> 15, t | 1);
      t ^= t + Math.imul(t ^ t >>> 7, t | 61);
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
    const below = (n2) => Math.floor(next() * n2);
    return { next, below, pick: (items) => items[below(items.length)] };
  }

  // src/core/seed/vietnamese-names.ts
  var SURNAMES = [
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Trần",
    "Trần",
    "Lê",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Trương",
    "Đinh",
    "Lâm",
    "Mai"
  ];
  var FEMALE_MIDDLE = ["Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Hồng", "Bảo", "Phương"];
  var MALE_MIDDLE = ["Văn", "Minh", "Quốc", "Đức", "Hữu", "Thành", "Hoàng", "Gia", "Anh", "Trọng"];
  var FEMALE_GIVEN = [
    "Lan",
    "Hoa",
    "Hương",
    "Mai",
    "Trang",
    "Linh",
    "Thảo",
    "Ngân",
    "Phương",
    "Hạnh",
    "Yến",
    "Nhung",
    "Tuyết",
    "Vy",
    "Anh",
    "Hằng",
    "Dung",
    "Loan",
    "Thủy",
    "Trâm",
    "Oanh",
    "Diễm",
    "Quyên",
    "Nhi"
  ];
  var MALE_GIVEN = [
    "Hùng",
    "Dũng",
    "Nam",
    "Tuấn",
    "Khoa",
    "Phúc",
    "Huy",
    "Long",
    "Quân",
    "Thắng",
    "Sơn",
    "Tài",
    "Khang",
    "Đạt",
    "Vinh",
    "Hiếu",
    "Cường",
    "Thịnh",
    "Lộc",
    "Nghĩa"
  ];
  var CHILD_GIVEN = [
    "Bảo Anh",
    "Gia Hân",
    "Minh Khôi",
    "Khánh Linh",
    "Gia Bảo",
    "Ngọc Diệp",
    "Minh Anh",
    "Đăng Khoa",
    "Tuệ An",
    "Phúc An",
    "Bảo Ngọc",
    "Hoàng Nam",
    "Thảo Vy",
    "Minh Quân",
    "An Nhiên",
    "Tuấn Kiệt",
    "Khả Hân",
    "Gia Huy",
    "Bảo Châu",
    "Nhật Minh",
    "Hải Đăng",
    "Mai Anh",
    "Quỳnh Chi",
    "Đức Trí"
  ];
  var nfc = (s) => s.normalize("NFC");
  function adultName(prng, sex, surname = prng.pick(SURNAMES)) {
    const middle = prng.pick(sex === "female" ? FEMALE_MIDDLE : MALE_MIDDLE);
    const given = prng.pick(sex === "female" ? FEMALE_GIVEN : MALE_GIVEN);
    return { surname, middle, given, full: nfc(`${surname} ${middle} ${given}`) };
  }
  function childName(prng, surname) {
    const [middle, given] = prng.pick(CHILD_GIVEN).split(" ");
    return { surname, middle, given, full: nfc(`${surname} ${middle} ${given}`) };
  }

  // src/core/seed/roster.ts
  var SAMPLE_GROUPS = [
    { group: "Ban giám hiệu", role: "CBQL", size: 3 },
    { group: "Tổ Nhà trẻ", role: "GV", size: 6 },
    { group: "Tổ Mầm", role: "GV", size: 7 },
    { group: "Tổ Chồi", role: "GV", size: 7 },
    { group: "Tổ Lá", role: "GV", size: 7 },
    { group: "Tổ Văn phòng", role: "NV", size: 10 }
  ];
  var SAMPLE_CLASSES = [
    "Nhà trẻ 1",
    "Nhà trẻ 2",
    "Mầm 1",
    "Mầm 2",
    "Mầm 3",
    "Chồi 1",
    "Chồi 2",
    "Chồi 3",
    "Lá 1",
    "Lá 2",
    "Lá 3",
    "Lá 4"
  ];
  var FAMILIES_PER_CLASS = 10;
  var STREETS = [
    "Trần Hưng Đạo",
    "Nguyễn Trãi",
    "Cống Quỳnh",
    "Nguyễn Cư Trinh",
    "Trần Đình Xu",
    "Nguyễn Văn Cừ"
  ];
  var INACTIVE = /* @__PURE__ */ new Set(["NS014", "NS038"]);
  var ROSTER_SEED = 20211001;
  function mailbox(given, surname, id) {
    const part = (s) => foldKey(s).replace(/ /g, "");
    return `${part(given)}.${part(surname)}.${id.toLowerCase()}`;
  }
  function staff(prng) {
    const people = [];
    for (const { group, role, size } of SAMPLE_GROUPS) {
      for (let k = 0; k < size; k++) {
        const id = `NS${String(people.length + 1).padStart(3, "0")}`;
        const sex = role === "NV" ? prng.next() < 0.4 ? "male" : "female" : prng.next() < 0.08 ? "male" : "female";
        const name = adultName(prng, sex);
        people.push({
          id,
          name: name.full,
          email: `${mailbox(name.given, name.surname, id)}@example.com`,
          role,
          group,
          active: INACTIVE.has(id) ? "không" : "có"
        });
      }
    }
    return people;
  }
  function families(prng) {
    const out = [];
    for (const className of SAMPLE_CLASSES) {
      for (let k = 0; k < FAMILIES_PER_CLASS; k++) {
        const id = `PH${String(out.length + 1).padStart(3, "0")}`;
        const surname = prng.pick(SURNAMES);
        const fatherSigns = prng.next() < 0.35;
        const parent = fatherSigns ? adultName(prng, "male", surname) : adultName(prng, "female");
        const child = childName(prng, surname);
        const domain = out.length % 2 === 0 ? "example.org" : "example.net";
        const house = 1 + prng.below(250);
        const alley = prng.next() < 0.4 ? `/${1 + prng.below(40)}` : "";
        out.push({
          id,
          parentName: parent.full,
          email: `${mailbox(parent.given, parent.surname, id)}@${domain}`,
          child: child.full,
          className,
          address: `${house}${alley} ${prng.pick(STREETS)}, Phường Nguyễn Cư Trinh, Quận 1, TP. Hồ Chí Minh`
        });
      }
    }
    return out;
  }
  function sampleRoster() {
    const prng = createPrng(ROSTER_SEED);
    return { people: staff(prng), families: families(prng) };
  }

  // src/core/time-zone-check.ts
  var PROBE_WALL = localDateTime(2021, 10, 5, 8, 0);
  var PROBE_UTC_MS = Date.UTC(2021, 9, 5, 1, 0);
  var PLUS_SEVEN = /* @__PURE__ */ new Set([SCHOOL_TIME_ZONE, "Asia/Saigon"]);
  var shown = (value) => {
    const [date3, time] = value.iso.split("T");
    return `${date3.split("-").reverse().join("/")} ${time}`;
  };
  function offsetText(minutes2) {
    if (!Number.isFinite(minutes2)) return String(minutes2);
    const sign = minutes2 < 0 ? "-" : "+";
    const abs = Math.abs(minutes2);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  }
  function firstProblem(zone) {
    const utc = toWallClock(new Date(PROBE_UTC_MS), "UTC");
    if (utc.iso !== "2021-10-05T01:00") return `giờ UTC đọc ra ${shown(utc)} thay vì 05/10/2021 01:00`;
    const offset = utcOffsetMinutes(new Date(PROBE_UTC_MS), zone);
    if (!Number.isFinite(offset)) return `không tính được độ lệch của múi giờ ${zone} so với UTC`;
    if (PLUS_SEVEN.has(zone) && offset !== 420) {
      return `độ lệch của múi giờ ${zone} so với UTC là ${offsetText(offset)} thay vì +07:00`;
    }
    const instant = toInstant(PROBE_WALL, zone);
    if (!Number.isFinite(instant.getTime())) return `không đổi được ${shown(PROBE_WALL)} ra một thời điểm`;
    const back = toWallClock(instant, zone);
    if (back.iso !== PROBE_WALL.iso) {
      return `đổi ${shown(PROBE_WALL)} ra thời điểm rồi đổi lại được ${shown(back)}`;
    }
    return void 0;
  }
  function timeZoneSelfCheck(zone = SCHOOL_TIME_ZONE) {
    try {
      const problem = firstProblem(zone);
      return problem === void 0 ? { ok: true } : { ok: false, problem };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: `Intl báo lỗi khi đọc giờ (${detail})` };
    }
  }
  var TimeZoneUnavailableError = class extends Error {
    constructor(zone, problem) {
      super(
        `Máy chủ đang chạy script không tính đúng giờ theo múi giờ ${zone}: ${problem}. Nếu tiếp tục, mọi ngày giờ ghi vào bảng tính sẽ sai, nên Thiết lập đã dừng và chưa ghi gì vào bảng tính. Hãy chạy lại sau ít phút.`
      );
      this.name = "TimeZoneUnavailableError";
    }
  };

  // src/app/plan/setup.ts
  function setup(ports, options) {
    const zoneCheck = timeZoneSelfCheck(SCHOOL_TIME_ZONE);
    if (!zoneCheck.ok) throw new TimeZoneUnavailableError(SCHOOL_TIME_ZONE, zoneCheck.problem);
    const { tables } = ports;
    const names = tables.tableNames();
    const work2 = /* @__PURE__ */ new Map();
    const language = options.language ?? "vi";
    for (const spec of ALL_TABLES) work2.set(spec.key, inspect(ports, spec, names, language));
    const tab = (key) => work2.get(key);
    const settingsTab = tab(SETTINGS_TABLE.key);
    const existing = existingSettings(settingsTab);
    const seedOptions = seedOptionsFrom(options, existing);
    const addedSettings = [];
    for (const row of defaultSettings(seedOptions, tabLanguage(settingsTab))) {
      if (existing.has(row.key)) continue;
      addedSettings.push(row.label);
      settingsTab.newRows.push(
        recordToRow(settingsTab.header, { label: row.label, value: row.value, help: row.help })
      );
    }
    const planIsEmpty = [ACTIVITIES_TABLE, PEOPLE_TABLE, FAMILIES_TABLE].every(
      (s) => tab(s.key).dataRows === 0
    );
    const fill = options.plan === "seed" && planIsEmpty;
    let people = 0;
    let families2 = 0;
    let activities2 = 0;
    if (fill) {
      activities2 = addRows(tab(ACTIVITIES_TABLE.key), defaultActivities(seedOptions));
      if (options.sample) {
        const roster = sampleRoster();
        people = addRows(tab(PEOPLE_TABLE.key), roster.people);
        families2 = addRows(tab(FAMILIES_TABLE.key), roster.families);
      }
    }
    const createdTabs = ALL_TABLES.map((s) => tab(s.key)).filter((w) => w.created).map((w) => w.name);
    const repairedHeaders = ALL_TABLES.map((s) => tab(s.key)).filter((w) => !w.created && w.addedHeaders.length > 0).map((w) => ({ tab: w.name, headers: w.addedHeaders }));
    const logTab = tab(LOG_TABLE.key);
    const texts4 = catalogue(tabLanguage(logTab)).sheet.setup;
    const summary = describe(texts4, {
      createdTabs,
      repairedHeaders,
      addedSettings,
      fill,
      wantedPlan: options.plan === "seed",
      year: resolveWeek(seedOptions).year,
      activities: activities2,
      people,
      families: families2
    });
    const at2 = toWallClock(ports.clock.now(), schoolZone(existing));
    logTab.newRows.push(
      recordToRow(logTab.header, { at: at2, action: texts4.action, outcome: texts4.outcome, detail: summary })
    );
    for (const spec of ALL_TABLES) flush(ports, tab(spec.key));
    ports.log.info(texts4.logLine(summary));
    return {
      createdTabs,
      repairedHeaders,
      addedSettings,
      filledDefaultPlan: fill,
      activities: activities2,
      people,
      families: families2,
      summary
    };
  }
  var tabLanguage = (tab) => tab.header.language ?? "vi";
  function inspect(ports, spec, names, language) {
    const existing = findTabName(spec, names);
    const fresh = specIn(spec, language);
    if (existing === void 0) ports.tables.create(fresh.name);
    const name = existing ?? fresh.name;
    const grid = existing === void 0 ? [] : ports.tables.read(existing) ?? [];
    if (grid.length === 0) {
      const headerRow2 = defaultHeader(fresh);
      return {
        spec,
        name,
        created: existing === void 0,
        grid,
        appendAt: 0,
        addedHeaders: headerRow2,
        headerRow: headerRow2,
        header: mapHeader(spec, headerRow2),
        dataRows: 0,
        newRows: []
      };
    }
    const found = mapHeader(spec, grid[0]);
    const appendAt = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
    const addedHeaders = specIn(spec, found.language ?? "vi").columns.filter((c) => found.index[c.key] === void 0).map((c) => c.header);
    const headerRow = [...grid[0]];
    while (headerRow.length < appendAt) headerRow.push(null);
    headerRow.push(...addedHeaders);
    const read2 = readTable(spec, [headerRow, ...grid.slice(1)]);
    return {
      spec,
      name,
      created: false,
      grid,
      appendAt,
      addedHeaders,
      headerRow,
      header: read2.header,
      dataRows: read2.rows.length,
      newRows: []
    };
  }
  function addRows(tab, records) {
    for (const record2 of records) tab.newRows.push(recordToRow(tab.header, record2));
    return records.length;
  }
  function flush(ports, tab) {
    const { tables } = ports;
    if (tab.grid.length === 0) {
      tables.write(tab.name, 0, 0, [[...tab.addedHeaders], ...tab.newRows]);
    } else {
      if (tab.addedHeaders.length > 0) tables.write(tab.name, 0, tab.appendAt, [[...tab.addedHeaders]]);
      if (tab.newRows.length > 0) tables.write(tab.name, tab.grid.length, 0, tab.newRows);
    }
    const language = tabLanguage(tab);
    tables.layout(
      tab.name,
      layoutOf(
        specIn(tab.spec, language),
        tab.header.headerText,
        (word) => choiceLabel(word, language),
        catalogue(language).sheet.invalidChoice
      )
    );
  }
  function existingSettings(tab) {
    const byLabel = /* @__PURE__ */ new Map();
    for (const s of SETTINGS) for (const label of settingLabels(s)) byLabel.set(foldHeader(label), s.key);
    const values = /* @__PURE__ */ new Map();
    for (const row of readTable(SETTINGS_TABLE, [[...tab.headerRow], ...tab.grid.slice(1)]).rows) {
      const key = byLabel.get(foldHeader(cellText(row.cells.label)));
      if (key !== void 0 && !values.has(key)) values.set(key, row.cells.value);
    }
    return values;
  }
  function seedOptionsFrom(options, existing) {
    const text2 = (key) => {
      const value = existing.get(key);
      const t = typeof value === "string" ? cleanText(value) : "";
      return t === "" ? void 0 : t;
    };
    const yearCell = existing.get("year");
    const sheetYear = typeof yearCell === "number" ? yearCell : Number(cellText(yearCell ?? null).trim() || NaN);
    const startCell = existing.get("weekStart");
    const sheetStart = isLocalDateTime(startCell) ? startCell : void 0;
    const out = options.language ? { language: options.language } : {};
    if (options.start !== void 0) out.start = options.start;
    if (options.year !== void 0) out.year = options.year;
    if (options.mailFamilies) out.mailFamilies = true;
    if (options.start === void 0 && options.year === void 0) {
      if (sheetStart && (!Number.isInteger(sheetYear) || partsOf(sheetStart).year === sheetYear)) {
        out.start = sheetStart.iso.slice(0, 10);
      } else if (Number.isInteger(sheetYear) && sheetYear >= 2e3 && sheetYear <= 2100) {
        out.year = sheetYear;
      }
    }
    const school = options.school ?? text2("school");
    const theme = options.theme ?? text2("theme");
    if (school !== void 0) out.school = school;
    if (theme !== void 0) out.theme = theme;
    return out;
  }
  function schoolZone(existing) {
    const zone = existing.get("timeZone");
    return typeof zone === "string" && isKnownTimeZone(cleanText(zone)) ? cleanText(zone) : SCHOOL_TIME_ZONE;
  }
  function describe(t, done) {
    const parts = [];
    if (done.createdTabs.length > 0)
      parts.push(t.createdTabs(done.createdTabs.length, done.createdTabs.join(", ")));
    for (const r of done.repairedHeaders) parts.push(t.addedColumns(r.tab, r.headers.join(", ")));
    if (done.addedSettings.length > 0) parts.push(t.addedSettings(done.addedSettings.length));
    if (done.fill) {
      let plan = t.seededPlan(done.year, done.activities);
      if (done.people + done.families > 0) plan += t.sampleRoster(done.people, done.families);
      parts.push(plan);
    }
    const changed = parts.length > 0;
    if (!done.fill && done.wantedPlan) parts.push(t.keptPlan);
    if (!changed) parts.unshift(t.nothing);
    return parts.join("; ") + ".";
  }

  // src/core/i18n/finding-messages.ts
  var FINDING_MESSAGES = vi.findings.messages;
  var texts = (lang) => catalogue(lang).findings;
  function severityWord(severity, lang = "vi") {
    return texts(lang).severity[severity];
  }
  function isKnownFindingCode(code) {
    return Object.prototype.hasOwnProperty.call(FINDING_MESSAGES, code);
  }
  function renderFinding(finding, lang = "vi") {
    if (!isKnownFindingCode(finding.code)) {
      return texts(lang).unknown(finding.code);
    }
    const render = texts(lang).messages[finding.code];
    return render(finding.params, finding).normalize("NFC");
  }
  function placeOf(finding, lang = "vi") {
    const words = texts(lang);
    const parts = [finding.tableName];
    if (finding.row !== void 0) {
      const setting = finding.params["setting"];
      parts.push(
        `${words.row} ${finding.row}${finding.table === "settings" && setting ? ` (${setting})` : ""}`
      );
    }
    if (finding.column !== void 0) parts.push(`${words.column} ${finding.column}`);
    return parts.join(", ").normalize("NFC");
  }
  function findingLine(finding, lang = "vi") {
    const word = severityWord(finding.severity, lang);
    return `${word.charAt(0).toUpperCase()}${word.slice(1)}: ${renderFinding(finding, lang)}`;
  }
  function describeFinding2(finding, lang = "vi") {
    return `${placeOf(finding, lang)} — ${severityWord(finding.severity, lang)}: ${renderFinding(finding, lang)}`;
  }

  // src/app/plan/validate-plan.ts
  var SUMMARY_GENERAL_LIMIT = 5;
  function validatePlan2(ports) {
    const { tables } = ports;
    const names = tables.tableNames();
    const { grids, tabNames } = readTabs(tables, PLAN_TABLES, names);
    const locale = ports.env.spreadsheetLocale?.();
    const env = {
      spreadsheetTimeZone: ports.env.spreadsheetTimeZone(),
      scriptTimeZone: ports.env.scriptTimeZone(),
      ...locale !== void 0 ? { spreadsheetLocale: locale } : {}
    };
    const { plan, findings: findings3, parsed } = checkPlan(grids, tabNames, env);
    const language = plan.settings?.language ?? "vi";
    for (const spec of PLAN_TABLES) {
      const name = tabNames[spec.key];
      const grid = grids[spec.key];
      const read2 = parsed.tables[spec.key];
      if (name === void 0 || grid === void 0 || read2 === void 0) continue;
      writeFindingsColumn(tables, name, spec, grid, read2, findings3, language);
    }
    const errors = findings3.filter((f) => f.severity === "error").length;
    const warnings = findings3.length - errors;
    const summary = [
      weekLine(plan.settings, language),
      summarise2(findings3, errors, warnings, language, tabNames)
    ].filter((part) => part !== "").join(" ");
    const logName = findTabName(LOG_TABLE, names);
    if (logName !== void 0) {
      const zone = plan.settings && isKnownTimeZone(plan.settings.timeZone) ? plan.settings.timeZone : SCHOOL_TIME_ZONE;
      appendLog(tables, logName, language, {
        at: toWallClock(ports.clock.now(), zone),
        action: catalogue(language).sheet.validate.action,
        outcome: outcomeWord(errors, warnings, language),
        detail: summary
      });
    }
    ports.log.info(summary);
    return { findings: findings3, errors, warnings, summary, language };
  }
  function writeFindingsColumn(tables, name, spec, grid, read2, findings3, lang) {
    const key = spec.findingsColumn;
    if (key === void 0) return;
    const byRow = /* @__PURE__ */ new Map();
    for (const f of findings3) {
      if (f.table !== spec.key || f.row === void 0 || f.row < 2) continue;
      const lines = byRow.get(f.row) ?? [];
      lines.push(`• ${findingLine(f, lang)}`);
      byRow.set(f.row, lines);
    }
    let lastRow = grid.length;
    for (const row of byRow.keys()) lastRow = Math.max(lastRow, row);
    const values = [];
    for (let row = 2; row <= lastRow; row++) values.push(byRow.get(row)?.join("\n") ?? null);
    const column = read2.header.index[key];
    if (column !== void 0) {
      const unchanged = values.every((v, i2) => (v ?? "") === cellText(grid[i2 + 1]?.[column] ?? null));
      if (values.length === 0 || unchanged) return;
      tables.write(
        name,
        1,
        column,
        values.map((v) => [v])
      );
      return;
    }
    if (byRow.size === 0) return;
    const tabLanguage2 = read2.header.language === "en" ? "en" : lang;
    const header = specIn(spec, tabLanguage2).columns.find((c) => c.key === key)?.header ?? key;
    const free = grid.reduce((width, line) => Math.max(width, line.length), 0);
    tables.write(name, 0, free, [[header], ...values.map((v) => [v])]);
  }
  function appendLog(tables, name, lang, entry2) {
    const grid = tables.read(name);
    let header = mapHeader(LOG_TABLE, grid?.[0] ?? []);
    const rows = [];
    if (header.index.at === void 0 && header.width === 0) {
      const fresh = defaultHeader(specIn(LOG_TABLE, lang));
      header = mapHeader(LOG_TABLE, fresh);
      rows.push(fresh);
    }
    rows.push(recordToRow(header, entry2));
    tables.append(name, rows);
  }
  function outcomeWord(errors, warnings, lang) {
    const words = catalogue(lang).sheet.validate.outcome;
    return errors > 0 ? words.errors : warnings > 0 ? words.warnings : words.ok;
  }
  function summarise2(findings3, errors, warnings, lang, tabNames) {
    const t = catalogue(lang).sheet.validate;
    const parts = [t.checked(errors, warnings)];
    if (findings3.length === 0) {
      parts.push(t.clean);
      return parts.join(" ");
    }
    const perTab = /* @__PURE__ */ new Map();
    for (const f of findings3) {
      if (f.row === void 0 || f.row < 2) continue;
      const tab = tabNames[f.table] ?? f.tableName;
      perTab.set(tab, (perTab.get(tab) ?? 0) + 1);
    }
    if (perTab.size > 0) {
      const list = [...perTab].map(([tab, n2]) => `${tab} (${n2})`).join(", ");
      parts.push(t.seeColumn(headerIn(lang, "activities", "findings") ?? "", list));
    }
    const general = findings3.filter((f) => f.row === void 0 || f.row < 2);
    for (const f of general.slice(0, SUMMARY_GENERAL_LIMIT)) parts.push(`${describeFinding2(f, lang)}`);
    if (general.length > SUMMARY_GENERAL_LIMIT) parts.push(t.more(general.length - SUMMARY_GENERAL_LIMIT));
    return parts.join(" ").normalize("NFC");
  }
  function weekLine(settings, lang) {
    if (!settings) return "";
    const from = formatDayDate(settings.weekStart, lang);
    const to = formatDayDate(settings.weekEnd, lang);
    const t = catalogue(lang).sheet.validate;
    return t.week(settings.year, settings.school ? t.school(settings.school) : "", from, to);
  }

  // src/app/jobs/calendar-follow-up.ts
  var CALENDAR_ENABLED_KEY = "calendar.enabled";
  var CALENDAR_DIRTY_KEY = "calendar.dirty";
  var CALENDAR_RETRY_KEY = "calendar.retry";
  var MAX_RETRY_RUNS = 6;
  var calendarEnabled = (properties) => properties.get(CALENDAR_ENABLED_KEY) !== void 0;
  var retriesOf = (properties) => Number(properties.get(CALENDAR_RETRY_KEY) ?? "0") || 0;
  function calendarAsked(properties, daily) {
    if (!calendarEnabled(properties)) return false;
    return daily || properties.get(CALENDAR_DIRTY_KEY) !== void 0 || properties.get(CALENDAR_RETRY_KEY) !== void 0;
  }
  function beforeCalendarSync(properties, clock, manual) {
    if (manual) properties.set(CALENDAR_ENABLED_KEY, clock.now().toISOString());
    if (properties.get(CALENDAR_DIRTY_KEY) !== void 0) properties.delete(CALENDAR_DIRTY_KEY);
  }
  function afterCalendarSync(properties, result, clock) {
    if (result.busy) {
      properties.set(CALENDAR_DIRTY_KEY, clock.now().toISOString());
      return;
    }
    const retries = retriesOf(properties);
    if (result.pending > 0) properties.set(CALENDAR_RETRY_KEY, String(retries + 1));
    else if (retries > 0 && (result.applied > 0 || result.failed > 0 || !result.ran))
      properties.delete(CALENDAR_RETRY_KEY);
  }
  function followUpCalendar(properties, triggers) {
    const retries = retriesOf(properties);
    if (retries > MAX_RETRY_RUNS) properties.delete(CALENDAR_RETRY_KEY);
    const dirty = properties.get(CALENDAR_DIRTY_KEY) !== void 0;
    if (!dirty && (retries === 0 || retries > MAX_RETRY_RUNS)) return;
    if (triggers.hasPendingContinuation()) return;
    const afterMs = dirty ? EDIT_SYNC_AFTER_MS : (Math.min(60, 5 * 2 ** (retries - 1)) + 1) * 6e4;
    triggers.scheduleContinuation(afterMs);
  }
  function markCalendarDirty(properties, triggers, clock) {
    if (!calendarEnabled(properties)) return false;
    properties.set(CALENDAR_DIRTY_KEY, clock.now().toISOString());
    if (!triggers.hasPendingContinuation()) triggers.scheduleContinuation(EDIT_SYNC_AFTER_MS);
    return true;
  }

  // src/app/jobs/job-text.ts
  function setupSummary(result, lang) {
    const t = catalogue(lang).jobs.setup;
    const lines = [];
    lines.push(
      result.createdTabs.length > 0 ? t.createdTabs(result.createdTabs.length, result.createdTabs.join(", ")) : t.tabsPresent
    );
    for (const repaired of result.repairedHeaders) {
      lines.push(t.repairedHeaders(repaired.tab, repaired.headers.join(", ")));
    }
    if (result.addedSettings.length > 0) {
      lines.push(t.addedSettings(result.addedSettings.length, result.addedSettings.join(", ")));
    }
    lines.push(
      result.filledDefaultPlan ? t.filledPlan(result.activities, result.people, result.families) : t.keptData
    );
    return lines.join("\n");
  }
  function invitationSummary(queued, drained, lang) {
    const lines = [capitalise(queued.message, lang), capitalise(drained.message, lang)];
    if (drained.deferred > 0 || drained.remaining > 0)
      lines.push(catalogue(lang).jobs.invitations.deferredNote);
    return lines.join("\n");
  }
  function capitalise(text2, lang) {
    return text2.charAt(0).toLocaleUpperCase(lang) + text2.slice(1);
  }
  function purgeSummary(result, lang) {
    if (result.status !== "purged" || result.dryRun) return result.message;
    const t = catalogue(lang).jobs.purge;
    return [
      result.headline ?? result.message,
      t.removed,
      ...result.lines.map((line) => `• ${line}`),
      t.whatChanged
    ].join("\n");
  }
  function reportSummary(result, lang) {
    const t = catalogue(lang).jobs.report;
    if (result.alreadyDone || !result.model || !result.document) return t.alreadyDone;
    const lines = [
      t.made(result.document.created, result.model.preview, result.document.url),
      ...result.model.headline.map((h) => `- ${h.label}: ${h.value}`)
    ];
    lines.push(result.sharedWith.length > 0 ? t.sharedWith(result.sharedWith.join(", ")) : t.notShared);
    if (result.mailQueued) lines.push(t.mailQueued);
    return lines.join("\n");
  }

  // src/app/jobs/language.ts
  var LANGUAGE_KEY = "ui.language";
  function rememberLanguage(properties, language) {
    if (properties.get(LANGUAGE_KEY) !== language) properties.set(LANGUAGE_KEY, language);
  }
  function uiLanguage(properties) {
    try {
      return properties.get(LANGUAGE_KEY) === "en" ? "en" : "vi";
    } catch {
      return "vi";
    }
  }

  // src/core/calendar/change-mail.ts
  function eventChangeMail(change, event, settings, recipientName2) {
    const t = catalogue(settings.language).calendar.mail;
    const m = catalogue(settings.language).mail;
    const when = event.start ? activityWhen(event.start, event.end, true, settings.language) : "";
    const subject = change === "updated" ? t.updatedSubject(event.title) : t.cancelledSubject(event.title);
    return simpleMail({
      language: settings.language,
      subject: when ? `${subject} – ${when}` : subject,
      greeting: m.greeting(recipientName2 ?? t.guest),
      paragraphs: [change === "updated" ? t.updated(event.title) : t.cancelled(event.title)],
      facts: change === "updated" ? [
        [t.when, when],
        [t.where, event.location ?? ""],
        [t.link, event.url ?? ""]
      ] : [[t.when, when]],
      closing: m.closing,
      signature: settings.senderName || settings.school
    });
  }

  // src/app/calendar/calendar-entries.ts
  var CALENDAR_KIND = "calendar";
  var CALENDAR_KEY_PREFIX = "calendar:";
  function calendarEntry(op, year, now) {
    const payload = { year, op: op.type === "cancel" ? { ...op, guests: [] } : op };
    return {
      key: op.key,
      kind: CALENDAR_KIND,
      recipients: [],
      subject: op.description,
      payload: JSON.stringify(payload),
      state: PENDING,
      attempts: 0,
      createdAt: now
    };
  }
  var lateGuestKey = (activityId2, email, sequence) => outboxKey("calendar-invite", activityId2, email, sequence);
  var cancelMailKey = (activityId2, email, sequence) => outboxKey("calendar-cancel", activityId2, email, sequence);
  var REQUEST_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
  var CANCEL_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";
  function mailedEntries(op, outcome, ctx) {
    const { settings, plan, stamp } = ctx;
    const names = guestNames(plan);
    const icsCtx = { year: settings.year, school: settings.school, names, ...organizer(settings) };
    const uid = outcome.eventId;
    const entry2 = (key, email, mail3, attachment) => mailEntry(
      {
        key,
        language: settings.language,
        to: [email],
        mail: mail3,
        attachments: [attachment],
        ...settings.senderName ? { senderName: settings.senderName } : {},
        ...settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}
      },
      ctx.now
    );
    const event = "event" in op ? op.event : ctx.desired.get(op.activityId);
    const fileName = `${op.activityId.replace(/[^A-Za-z0-9._-]+/g, "-")}.ics`;
    return outcome.byMail.flatMap(
      ({ change, emails }) => emails.flatMap((email) => {
        const name = names.get(email);
        if (change !== "cancelled") {
          if (!event) return [];
          return [
            entry2(
              lateGuestKey(op.activityId, email, op.sequence),
              email,
              change === "updated" ? eventChangeMail("updated", event, settings, name) : lateGuestMail(event, settings, name),
              {
                filename: fileName,
                mimeType: REQUEST_TYPE,
                content: writeIcs({
                  method: "REQUEST",
                  stamp,
                  events: [icsEventOf(event, op.sequence, icsCtx, [email], uid)]
                })
              }
            )
          ];
        }
        const was = cancelledEvent(op, event, ctx.known.get(op.activityId));
        const ics = icsCancellationOf(
          {
            activityId: op.activityId,
            sequence: op.sequence,
            title: was.title,
            ...was.start ? { start: was.start } : {},
            ...was.end ? { end: was.end } : {}
          },
          settings.timeZone,
          icsCtx,
          [email],
          uid
        );
        if (!ics) return [];
        return [
          entry2(
            cancelMailKey(op.activityId, email, op.sequence),
            email,
            eventChangeMail("cancelled", was, settings, name),
            {
              filename: fileName,
              mimeType: CANCEL_TYPE,
              content: writeIcs({ method: "CANCEL", stamp, events: [ics] })
            }
          )
        ];
      })
    );
  }
  function cancelledEvent(op, event, known) {
    if (op.type === "cancel")
      return { title: op.title, ...op.start ? { start: op.start } : {}, ...op.end ? { end: op.end } : {} };
    const source = event ?? known;
    return {
      title: source?.title ?? op.activityId,
      ...source?.start ? { start: source.start } : {},
      ...source?.end ? { end: source.end } : {}
    };
  }
  function organizer(settings) {
    const o = organizerOf(settings);
    return o ? { organizer: o } : {};
  }

  // src/app/calendar/recorded-guests.ts
  function outboxGuestRecord(tables, year) {
    let record2;
    return (activityId2) => {
      record2 ?? (record2 = recordedGuests(
        loadOutbox(tables).ledger.rows.map((r) => r.entry),
        year
      ));
      return record2.get(activityId2) ?? [];
    };
  }

  // src/app/calendar/plan-calendar-sync.ts
  function planCalendarSync(ports, options = {}) {
    const { grids, parsed } = readPlanTabs(ports.tables);
    const settings = parsed.plan.settings;
    const empty = { desired: /* @__PURE__ */ new Map(), known: /* @__PURE__ */ new Map(), ops: [], skipped: [], preview: [] };
    const activitiesBroken = grids.activities === void 0 || parsed.findings.some((f) => f.table === "activities" && f.code === "header.missing");
    if (!settings || activitiesBroken) {
      const t2 = catalogue(settings?.language).calendar.sync;
      const message5 = !settings ? t2.noSettings : t2.noActivities;
      return { ok: false, ...empty, findings: parsed.findings, message: message5 };
    }
    const { events: desired, skipped } = desiredEvents(parsed.plan, settings, {
      ...options,
      seatedByActivity: options.seatedByActivity ?? seatedGuests(ports.tables)
    });
    const readable = new Set(parsed.plan.activities.map((a) => a.id));
    const unreadable = (parsed.tables.activities?.rows ?? []).map((r) => cleanText(cellText(r.cells.id ?? null))).filter((id) => id !== "" && !readable.has(id));
    const untouchable = /* @__PURE__ */ new Set([...skipped.map((s) => s.activityId), ...unreadable]);
    const known = loadKnownEvents(ports.properties, settings.year);
    const ops = calendarDiff({
      desired,
      known,
      untouchable,
      language: settings.language,
      recorded: options.recorded ?? outboxGuestRecord(ports.tables, settings.year)
    });
    const t = catalogue(settings.language).calendar.sync;
    const stillKnown = skipped.filter((s) => known.has(s.activityId) && !known.get(s.activityId).cancelled);
    const preview = [
      ...ops.map((op) => op.description),
      ...skipped.map((s) => s.message),
      ...stillKnown.map((s) => t.keptUntilFixed(s.activityId))
    ];
    const message4 = ops.length === 0 ? t.inSync(desired.size) : t.changes(ops.length, countByType(ops, t.types));
    return {
      ok: true,
      settings,
      plan: parsed.plan,
      desired,
      known,
      ops,
      skipped,
      findings: parsed.findings,
      preview,
      message: skipped.length > 0 ? `${message4} ${t.skipped(skipped.length)}` : message4
    };
  }
  function countByType(ops, words) {
    const counts = /* @__PURE__ */ new Map();
    for (const op of ops) counts.set(op.type, (counts.get(op.type) ?? 0) + 1);
    return [...counts].map(([type, n2]) => `${n2} ${words[type]}`).join(", ");
  }

  // src/app/calendar/calendar-errors.ts
  var CALENDAR_QUOTA = [/too many times for one day/i, /quá nhiều lần trong một ngày/i];
  var CALENDAR_TRANSIENT = [
    /in a short time|rate limit/i,
    /trong một khoảng thời gian ngắn|trong thời gian ngắn/i,
    /usage limits exceeded/i,
    /giới hạn sử dụng/i
  ];
  function classifyCalendarError(message4) {
    if (CALENDAR_QUOTA.some((re) => re.test(message4))) return "quota";
    if (CALENDAR_TRANSIENT.some((re) => re.test(message4))) return "transient";
    return classifyMailError(message4);
  }

  // src/app/calendar/execute-calendar-entry.ts
  function executeCalendarEntry(ports, entry2, options = {}) {
    const payload = JSON.parse(entry2.payload);
    const { op, year } = payload;
    const { calendar: calendar3, properties } = ports;
    const cap = options.guestCap ?? GUEST_LIST_CAP;
    const before = decodeKnownEvent(knownEventKey(year, op.activityId), (k) => properties.get(k));
    let id = before && !before.cancelled ? before.eventId : void 0;
    const tagged = () => calendar3.findByTag(op.activityId);
    const record2 = options.recorded ?? outboxGuestRecord(ports.tables, year);
    const recorded = () => [...record2(op.activityId)];
    const currentGuests = () => before && !before.cancelled ? recorded() : [];
    const byMail = [];
    const mail3 = (change, emails) => {
      if (emails.length > 0) byMail.push({ change, emails: [...emails] });
    };
    const create2 = (event, guests) => {
      const made = calendar3.createEvent({ ...event, guests: guests.slice(0, cap) });
      mail3("invite", guests.slice(cap));
      return made;
    };
    const addToExisting = (eventId, emails) => {
      const present = calendar3.guestList(eventId);
      if (present === void 0) return false;
      const listed = new Set(present);
      const room = Math.max(0, cap - listed.size);
      const newcomers = emails.filter((e) => !listed.has(e));
      if (newcomers.length > 0 && room > 0) calendar3.addGuests(eventId, newcomers.slice(0, room));
      return true;
    };
    const pruned = (eventId, had = []) => {
      const present = calendar3.guestList(eventId);
      if (present === void 0) return void 0;
      const keep = options.keep;
      const recordedNow = new Set(had);
      const gone = keep ? present.filter((g) => !recordedNow.has(g) && !keep(g)) : [];
      if (gone.length > 0) calendar3.removeGuests(eventId, gone);
      return new Set(present.filter((g) => !gone.includes(g)));
    };
    switch (op.type) {
      case "create": {
        id = id ?? tagged();
        const present = id !== void 0 && calendar3.updateEvent(id, op.event) ? calendar3.guestList(id) : void 0;
        if (id !== void 0 && present !== void 0) {
          const listed = new Set(present);
          const missing = op.event.guests.filter((g) => !listed.has(g));
          addToExisting(id, missing);
          mail3("invite", missing);
        } else {
          id = create2(op.event, op.event.guests);
        }
        break;
      }
      case "update": {
        if (id === void 0 || !calendar3.updateEvent(id, op.event)) {
          id = tagged();
          if (id === void 0 || !calendar3.updateEvent(id, op.event)) {
            id = create2(op.event, currentGuests());
            break;
          }
        }
        const had = recorded();
        const listed = pruned(id, had) ?? /* @__PURE__ */ new Set();
        mail3(
          "updated",
          had.filter((g) => !listed.has(g))
        );
        break;
      }
      case "guests-added": {
        if (id === void 0 || !addToExisting(id, op.emails)) {
          id = tagged();
          if (id === void 0 || !addToExisting(id, op.emails)) {
            id = create2(op.event, [.../* @__PURE__ */ new Set([...currentGuests(), ...op.emails])].sort());
            break;
          }
        }
        mail3("invite", op.emails);
        break;
      }
      case "guests-removed": {
        id = id ?? tagged();
        let present = id !== void 0 ? calendar3.guestList(id) : void 0;
        if (id !== void 0 && present === void 0) {
          id = tagged();
          present = id !== void 0 ? calendar3.guestList(id) : void 0;
        }
        const listed = new Set(present ?? []);
        const onList = op.emails.filter((g) => listed.has(g));
        if (id !== void 0 && onList.length > 0) calendar3.removeGuests(id, onList);
        mail3(
          "cancelled",
          op.emails.filter((g) => !listed.has(g))
        );
        break;
      }
      case "cancel": {
        id = id ?? tagged();
        const had = op.guests.length > 0 ? op.guests : recordedBefore(ports.tables, entry2, year, op.activityId);
        const listed = id !== void 0 ? pruned(id, had) : void 0;
        const uid = id;
        if (id !== void 0) calendar3.deleteEvent(id);
        mail3(
          "cancelled",
          had.filter((g) => !listed?.has(g))
        );
        saveKnownEvent(properties, year, stateAfter(op, before, id));
        return { ...uid !== void 0 ? { eventId: uid } : {}, byMail };
      }
    }
    saveKnownEvent(properties, year, stateAfter(op, before, id));
    return { ...id !== void 0 ? { eventId: id } : {}, byMail };
  }
  function recordedBefore(tables, entry2, year, activityId2) {
    const key = sameKey(entry2.key);
    const entries = loadOutbox(tables).ledger.rows.map((r) => r.entry).filter((e) => sameKey(e.key) !== key);
    return recordedGuests(entries, year).get(activityId2) ?? [];
  }

  // src/app/calendar/run-calendar-entries.ts
  var MAX_ATTEMPTS = 5;
  function dueCalendarEntries(store, now, repair = /* @__PURE__ */ new Set()) {
    return store.ledger.rows.filter(
      ({ entry: entry2 }) => entry2.key.startsWith(CALENDAR_KEY_PREFIX) && (isDue(entry2, now) || entry2.state === SENT && repair.has(entry2.key))
    );
  }
  function executeCalendarEntries(ports, due, now, language, deadline, options = {}) {
    const t = catalogue(language).calendar.sync;
    const results3 = /* @__PURE__ */ new Map();
    const done = (entry2, next) => void results3.set(sameKey(entry2.key), { ...entry2, kind: CALENDAR_KIND, ...next });
    let applied = 0;
    let pending = 0;
    let failed = 0;
    let stop = false;
    const outcomes = [];
    for (const { entry: entry2 } of due) {
      if (stop || deadline.remainingMs() <= 0) {
        pending++;
        continue;
      }
      const attempts = entry2.attempts + 1;
      try {
        const outcome = executeCalendarEntry(ports, entry2, options);
        outcomes.push({ op: JSON.parse(entry2.payload).op, outcome });
        applied++;
        done(entry2, { state: SENT, attempts, doneAt: now, nextAttempt: void 0, lastError: void 0 });
      } catch (error) {
        const message4 = errorMessage(error);
        const kind = classifyCalendarError(message4);
        if (kind === "quota") {
          pending++;
          stop = true;
          done(entry2, {
            state: DEFERRED,
            attempts,
            nextAttempt: nextQuotaDay(now),
            lastError: t.quotaError(message4)
          });
        } else if (kind === "other" && attempts >= MAX_ATTEMPTS) {
          failed++;
          done(entry2, { state: FAILED, attempts, doneAt: now, lastError: t.error(message4) });
        } else {
          pending++;
          stop = kind !== "other";
          done(entry2, {
            state: TRANSIENT2,
            attempts,
            nextAttempt: retryAfterTransient(now, attempts),
            lastError: t.retryError(message4)
          });
        }
      }
    }
    const mailsOf = options.mailsOf;
    const mails = mailsOf ? invitedOverUpdated(outcomes).flatMap(({ op, outcome }) => mailsOf(op, outcome)) : [];
    return { applied, pending, failed, results: results3, mails };
  }
  function invitedOverUpdated(outcomes) {
    const invited = new Set(
      outcomes.flatMap(
        ({ op, outcome }) => outcome.byMail.filter((m) => m.change === "invite").flatMap((m) => m.emails.map((e) => `${op.activityId} ${op.sequence} ${e}`))
      )
    );
    return outcomes.map(({ op, outcome }) => ({
      op,
      outcome: {
        ...outcome,
        byMail: outcome.byMail.map(
          (m) => m.change === "updated" ? { ...m, emails: m.emails.filter((e) => !invited.has(`${op.activityId} ${op.sequence} ${e}`)) } : m
        )
      }
    }));
  }
  function recordCalendarResults(tables, results3, mails = []) {
    if (results3.size === 0) return 0;
    const store = loadOutbox(tables);
    const changed = store.ledger.rows.flatMap(({ row, entry: entry2 }) => {
      const result = results3.get(sameKey(entry2.key));
      return result ? [{ row, entry: result }] : [];
    });
    writeLedgerRows(tables, store, changed);
    return mails.length > 0 ? enqueueEntries(tables, [...mails]).added.length : 0;
  }

  // src/app/calendar/sync-calendar.ts
  var CALENDAR_SYNC_CLAIM_KEY = "calendar.syncClaim";
  function executorOptions(ports, begun, options) {
    const plan = begun.plan.plan;
    const settings = begun.plan.settings;
    let allowed;
    const keep = (email) => {
      if (!allowed) {
        const ledger = loadOutbox(ports.tables).ledger.rows.map((r) => r.entry);
        allowed = /* @__PURE__ */ new Set([
          ...plan.people.map((p2) => p2.email.trim().toLowerCase()),
          ...plan.families.flatMap((f) => f.email ? [f.email.trim().toLowerCase()] : []),
          ...[...recordedGuests(ledger, settings.year).values()].flat()
        ]);
      }
      return allowed.has(email.toLowerCase());
    };
    const ctx = {
      settings,
      plan,
      desired: begun.plan.desired,
      known: begun.plan.known,
      stamp: ports.clock.now(),
      now: begun.now
    };
    return {
      guestCap: options.guestCap ?? GUEST_LIST_CAP,
      keep,
      recorded: outboxGuestRecord(ports.tables, settings.year),
      mailsOf: (op, outcome) => mailedEntries(op, outcome, ctx)
    };
  }
  var NOTHING = { queued: 0, invitationsQueued: 0, applied: 0, pending: 0, failed: 0 };
  function syncCalendar(ports, options = {}) {
    const deadline = ports.deadline ?? executionDeadline(ports.clock);
    const timeoutMs = options.lockTimeoutMs ?? 1e4;
    const begun = underLockOrBusy(
      ports.lock,
      timeoutMs,
      () => begin(ports, options, deadline),
      // Nothing was read: the language is the product's own.
      () => notRun2(ports, catalogue("vi").calendar.sync.busy, false)
    );
    if (!("due" in begun)) return begun;
    const run = executeCalendarEntries(
      ports,
      begun.due,
      begun.now,
      begun.language,
      deadline,
      executorOptions(ports, begun, options)
    );
    const t = catalogue(begun.language).calendar.sync;
    let mailed = 0;
    const recorded = underLockOrBusy(
      ports.lock,
      timeoutMs,
      () => {
        mailed = recordCalendarResults(ports.tables, run.results, run.mails);
        releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
        return true;
      },
      // The claim lapses with this execution's lease; the next sync carries the entries out
      // again, finding each event by its tag.
      () => false
    );
    const parts = [begun.plan.message];
    if (begun.queued > 0) parts.push(t.queued(begun.queued));
    if (run.applied > 0) parts.push(t.applied(run.applied));
    if (mailed > 0) parts.push(t.byMail(groupedInteger(mailed, begun.language)));
    if (run.pending > 0) parts.push(t.pending(run.pending));
    if (run.failed > 0) parts.push(t.failed(run.failed));
    if (!recorded) parts.push(t.notRecorded);
    const message4 = [parts.join("; "), ...begun.overCap].join("\n");
    if (recorded) ports.log.info(`${t.logPrefix}: ${message4}`);
    else ports.log.error(`${t.logPrefix}: ${message4}`);
    const { applied, pending, failed } = run;
    return {
      ran: true,
      plan: begun.plan,
      queued: begun.queued,
      invitationsQueued: mailed,
      applied,
      pending: recorded ? pending : pending + applied + failed,
      failed,
      message: message4
    };
  }
  function begin(ports, options, deadline) {
    if (!takeClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline, ports.clock.now().getTime()))
      return notRun2(ports, catalogue("vi").calendar.sync.claimBusy, true);
    try {
      return planAndPick(ports, options, deadline);
    } catch (error) {
      releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
      throw error;
    }
  }
  function planAndPick(ports, options, deadline) {
    const done = (result) => {
      releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
      return result;
    };
    const plan = planCalendarSync(ports, options);
    if (!plan.ok) {
      ports.log.error(`${catalogue(plan.settings?.language).calendar.sync.logPrefix}: ${plan.message}`);
      return done({ ran: false, plan, ...NOTHING, message: plan.message });
    }
    const zone = isKnownTimeZone(plan.settings.timeZone) ? plan.settings.timeZone : SCHOOL_TIME_ZONE;
    const now = toWallClock(ports.clock.now(), zone);
    const year = plan.settings.year;
    const language = plan.settings.language;
    const calendarEntries = plan.ops.map((op) => calendarEntry(op, year, now));
    let queued = 0;
    let repair = /* @__PURE__ */ new Set();
    if (calendarEntries.length > 0) {
      const result = enqueueEntries(ports.tables, calendarEntries);
      queued = result.added.length;
      repair = new Set(result.alreadyQueued.filter((k) => k.startsWith(CALENDAR_KEY_PREFIX)));
    }
    const due = options.apply === false ? [] : dueCalendarEntries(loadOutbox(ports.tables), now, repair);
    const changed = new Set(plan.ops.map((op) => op.activityId));
    const overCap = overCapNotes(
      [...plan.desired.values()].filter((e) => changed.has(e.activityId)),
      options.guestCap ?? GUEST_LIST_CAP,
      language
    );
    if (due.length === 0) {
      const t = catalogue(language).calendar.sync;
      const parts = [plan.message];
      if (queued > 0) parts.push(t.queued(queued));
      const message4 = [parts.join("; "), ...overCap].join("\n");
      ports.log.info(`${t.logPrefix}: ${message4}`);
      return done({ ran: true, plan, ...NOTHING, queued, message: message4 });
    }
    return { plan, queued, due, now, language, overCap };
  }
  function notRun2(ports, message4, busy2) {
    ports.log.info(`${catalogue("vi").calendar.sync.logPrefix}: ${message4}`);
    return { ran: false, ...busy2 ? { busy: busy2 } : {}, ...NOTHING, message: message4 };
  }

  // src/app/jobs/jobs.ts
  var JOB_LOCK_WAIT_MS = 3e4;
  var WHOLE_RUN_LOCKED = /* @__PURE__ */ new Set(["validate", "forms"]);
  function* setupJob(ports, options) {
    const result = ports.lock.withLock(JOB_LOCK_WAIT_MS, () => setup(ports, options));
    const setupText = setupSummary(result, options.language ?? uiLanguage(ports.properties));
    const formsText = yield* perform({ kind: "formsAndTriggers" });
    const deadline = ports.deadline ?? executionDeadline(ports.clock);
    let validation;
    let checkText = "";
    let calendarSkipped;
    try {
      ports.lock.withLock(JOB_LOCK_WAIT_MS, () => {
        const claimed2 = takeClaim(
          ports.properties,
          CALENDAR_SYNC_CLAIM_KEY,
          deadline,
          ports.clock.now().getTime()
        );
        if (!claimed2) calendarSkipped = texts2(ports).setup.calendarBusy;
        try {
          validation = validatePlan2(ports);
          rememberLanguage(ports.properties, validation.language);
          checkText = validation.summary;
        } catch (error) {
          ports.log.error(`validatePlan after setup: ${describe2(error)}`);
          checkText = texts2(ports).setup.checkFailed(message(error));
        }
      });
    } catch (error) {
      ports.log.error(`validatePlan after setup: ${describe2(error)}`);
      checkText = texts2(ports).setup.checkFailed(message(error));
      calendarSkipped = texts2(ports).setup.calendarFailed(message(error));
    }
    let calendarText;
    if (calendarSkipped !== void 0) calendarText = calendarSkipped;
    else {
      try {
        calendarText = yield* perform({ kind: "prepareCalendar" });
      } catch (error) {
        ports.log.error(`ensureWeekCalendar: ${describe2(error)}`);
        calendarText = texts2(ports).setup.calendarFailed(message(error));
      } finally {
        releaseClaim(ports.properties, CALENDAR_SYNC_CLAIM_KEY, deadline);
      }
    }
    const sections = [setupText, formsText, calendarText, checkText];
    return {
      text: sections.filter((s) => s !== "").join("\n\n"),
      setup: result,
      ...validation ? { validation } : {}
    };
  }
  function* validateJob(ports) {
    const validation = validatePlan2(ports);
    rememberLanguage(ports.properties, validation.language);
    return { text: validation.summary, validation };
  }
  function* formsJob() {
    return { text: yield* perform({ kind: "formsAndTriggers" }) };
  }
  function* inviteJob(ports, options = {}) {
    const queued = sendInvitations(ports, options.families ? { families: true } : {});
    const drained = yield* perform({ kind: "drain" });
    return { text: invitationSummary(queued, drained, uiLanguage(ports.properties)), queued };
  }
  function* drainJob(ports, daily) {
    const { properties } = ports;
    const lines = [];
    const reminderRun = plannedReminderRun(properties);
    let remindersQueued = 0;
    if (reminderRun !== void 0 && reminderRun <= ports.clock.now().getTime()) {
      clearPlannedReminderRun(properties);
      const queued = queueReminders(ports, ports.clock.now());
      remindersQueued = queued.queued;
      lines.push(queued.message);
    }
    const enabled = calendarEnabled(properties);
    if (calendarAsked(properties, daily)) {
      try {
        lines.push(...(yield* calendarStep(ports, false)).lines);
      } catch (error) {
        ports.log.error(texts2(ports).calendar.syncFailed(message(error)));
      }
    }
    lines.push((yield* perform({ kind: "drain" })).message);
    if (enabled) followUpCalendar(properties, ports.triggers);
    return { text: lines.join("\n"), remindersQueued };
  }
  function* calendarPreviewJob() {
    return { text: yield* perform({ kind: "calendarPreview" }) };
  }
  function* calendarSyncJob(ports) {
    const applied = yield* calendarStep(ports, true);
    const drained = yield* perform({ kind: "drain" });
    followUpCalendar(ports.properties, ports.triggers);
    return { text: [...applied.lines, drained.message].join("\n") };
  }
  function* remindersJob(ports) {
    const need = remindersNotQueued(ports);
    if (need > 0) {
      const first = yield* perform({ kind: "drain", reportQuota: true });
      const left = first.quotaLeft ?? need;
      const at2 = reminderRunAt(ports, need, left, SCHOOL_TIME_ZONE);
      if (at2 !== void 0) {
        const now = left > 0 ? queueReminders(ports, ports.clock.now(), { limit: left }) : void 0;
        const language = uiLanguage(ports.properties);
        const planned = texts2(ports).calendar.remindersPlanned(
          need - (now?.queued ?? 0),
          formatDayDateTime(toWallClock(new Date(at2), SCHOOL_TIME_ZONE), language)
        );
        ports.log.info(planned);
        const drained = yield* perform({ kind: "drain" });
        const lines = [...now ? [now.message] : [], planned, drained.message];
        return { text: lines.join("\n"), queued: now?.queued ?? 0 };
      }
    }
    return yield* queueRemindersAndDrain(ports);
  }
  function* queueRemindersAndDrain(ports) {
    clearPlannedReminderRun(ports.properties);
    const queued = queueReminders(ports, ports.clock.now());
    const drained = yield* perform({ kind: "drain" });
    return { text: [queued.message, drained.message].join("\n"), queued: queued.queued };
  }
  function* progressJob(ports) {
    const now = ports.clock.now();
    const missed = yield* perform({ kind: "missedResponses", now });
    if (missed.submissions.length > 0) {
      const t = texts2(ports).progress;
      const imported = importResponses(ports, missed.submissions, { source: t.sweepSource });
      if (imported.recorded + imported.flagged > 0) {
        ports.log.info(t.missedRecorded(imported.recorded + imported.flagged));
      }
    }
    missed.done();
    let progress;
    try {
      queueResultRequests(ports, now);
      const quotaLeft = yield* perform({ kind: "mailQuota" });
      progress = queueDailyProgress(ports, now, {
        more: (wall3, settings) => [
          ...mailOutlook(ports.tables, wall3, quotaLeft, settings.language, noteAsQueued(wall3, settings)),
          ...calendarEnabled(ports.properties) ? overCapLines(ports.properties, settings.year, settings.language) : []
        ]
      });
    } catch (error) {
      yield* perform({ kind: "drain" });
      throw error;
    }
    const drained = yield* perform({ kind: "drain" });
    return { text: [...progress.lines, drained.message].join("\n") };
  }
  function noteAsQueued(now, settings) {
    if (!settings.organiserEmail) return void 0;
    return {
      key: progressNoteKey(now),
      kind: "mail",
      recipients: [settings.organiserEmail],
      subject: "",
      payload: "",
      state: PENDING,
      attempts: 0,
      createdAt: now
    };
  }
  function* reportJob(ports, options) {
    const report3 = yield* perform({ kind: "report", options });
    const drained = options.mode === "schedule" && report3.alreadyDone || report3.busy ? void 0 : yield* perform({ kind: "drain" });
    const lang = uiLanguage(ports.properties);
    const notice = reportNotice(report3, lang);
    const lines = report3.busy ? [notice ?? ""] : [reportSummary(report3, lang), ...notice ? [notice] : []];
    return { text: [...lines, ...drained ? [drained.message] : []].join("\n"), report: report3 };
  }
  function* purgeJob(ports) {
    const result = purgePersonalData(ports);
    const text2 = purgeSummary(result, uiLanguage(ports.properties));
    const due = result.status === "purged" || result.status === "nothing";
    if (!due || result.dryRun || !result.plan) return { text: text2 };
    const forms3 = yield* perform({ kind: "formResponses", responses: result.plan.familyResponses });
    return { text: forms3 === "" ? text2 : `${text2}
${forms3}` };
  }
  function* calendarStep(ports, manual) {
    beforeCalendarSync(ports.properties, ports.clock, manual);
    const applied = yield* perform({ kind: "calendar", manual });
    afterCalendarSync(ports.properties, applied, ports.clock);
    return applied;
  }
  var texts2 = (ports) => catalogue(uiLanguage(ports.properties)).jobs;
  function message(error) {
    return error instanceof Error ? error.message : String(error);
  }
  function describe2(error) {
    return error instanceof Error ? error.stack ?? error.message : String(error);
  }

  // src/core/daily-quota.ts
  var SERVICE_NAMES = [
    [/:\s*graphite property (reads?|writes?)\.?\s*$/i, "properties"],
    [/:\s*docs? create\.?\s*$/i, "documents"]
  ];
  function spentDailyQuota(message4) {
    return SERVICE_NAMES.find(([name]) => name.test(message4))?.[1];
  }

  // src/core/report/report-text.ts
  var NO_DATA3 = report2.noData;
  var NOT_FILLED = report2.notFilled;
  var PREVIEW_MARK = report2.previewMark;
  var languageOf2 = (f) => f.plan.settings?.language ?? "vi";
  var textsOf = (f) => catalogue(languageOf2(f)).report;
  var tabOf2 = (f, key) => f.tabNames?.[key] ?? catalogue(languageOf2(f)).sheet.tabs[key];
  function plain2(value) {
    return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "").trim();
  }
  function rowsRef(rows, t) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    if (sorted.length === 0) return t.rows.none;
    const parts = [];
    let from = sorted[0];
    let to = from;
    for (const row of sorted.slice(1)) {
      if (row === to + 1) {
        to = row;
        continue;
      }
      parts.push(from === to ? `${from}` : `${from}–${to}`);
      from = to = row;
    }
    parts.push(from === to ? `${from}` : `${from}–${to}`);
    return parts.length > 12 ? t.rows.many(sorted.length, sorted[0], sorted[sorted.length - 1]) : t.rows.list(parts);
  }
  function sourceNote(tab, rows, t) {
    return t.rows.source(tab, rowsRef(rows, t));
  }
  var dayMonth = (value) => formatShortDate(value).slice(0, 5);
  function activitySpan(activity, lang) {
    const { start, end } = activity;
    if (!start) return catalogue(lang).report.noData;
    const wholeDays = formatTime(start) === "00:00" && (!end || formatTime(end) === "00:00" || formatTime(end) === "23:59");
    if (wholeDays) {
      return !end || dayMonth(end) === dayMonth(start) ? dayMonth(start) : `${dayMonth(start)}–${dayMonth(end)}`;
    }
    const from = `${dayMonth(start)} ${formatTime(start)}`;
    if (!end) return from;
    return dayMonth(end) === dayMonth(start) ? `${from}–${formatTime(end)}` : (
      // Over several days the end goes on a line of its own: a table cell that never breaks
      // inside a time, without taking the width the activity's title needs.
      `${from} –
${dayMonth(end)} ${formatTime(end)}`
    );
  }
  function moment(value, lang) {
    return `${formatTime(value)} ${formatDayDateTime(value, lang).replace(/ \d{2}:\d{2}$/, "")}`;
  }

  // src/core/report/charts.ts
  var OPENING_CHART = "opening-attendance";
  var SEATS_CHART = "session-seats";
  var round1 = (n2) => Math.round(n2 * 10) / 10;
  function openingChart(f) {
    const o = f.opening;
    if (!o || o.present.total === 0) return void 0;
    const c = textsOf(f).charts;
    const whole = textsOf(f).results.wholeSchool;
    const target = c.target(formatPercent(o.target, languageOf2(f)));
    const data = [];
    for (const g of [...o.groups, { group: whole, registered: o.registered, present: o.present }]) {
      data.push({ category: plain2(g.group), series: c.registered, value: round1(g.registered.percent) });
      data.push({ category: plain2(g.group), series: c.present, value: round1(g.present.percent) });
    }
    return {
      id: OPENING_CHART,
      title: c.openingTitle,
      categoryTitle: c.openingCategory,
      valueTitle: c.openingValue,
      unit: "%",
      series: [c.registered, c.present],
      data,
      target: { label: target, value: o.target },
      targetNote: c.targetLine(target)
    };
  }
  function seatsChart(f) {
    const t = f.training;
    if (!t || t.sessions.length === 0) return void 0;
    const c = textsOf(f).charts;
    const data = [];
    for (const s of t.sessions) {
      if (s.capacity !== void 0)
        data.push({ category: s.activity.id, series: c.capacity, value: s.capacity });
      data.push({ category: s.activity.id, series: c.seated, value: s.seated });
      data.push({ category: s.activity.id, series: c.waiting, value: s.waiting });
    }
    return {
      id: SEATS_CHART,
      title: c.seatsTitle,
      categoryTitle: c.seatsCategory,
      valueTitle: c.seatsValue,
      unit: "count",
      series: [c.capacity, c.seated, c.waiting],
      data
    };
  }

  // src/core/report/district-figures.ts
  var POST_CHANNELS = [
    ["posts.website", "Website"],
    ["posts.facebook", "Facebook"],
    ["posts.zalo", "Zalo"],
    ["posts.youtube", "YouTube"],
    ["posts.viber", "Viber"],
    ["posts.loa", "Loa"],
    ["posts.khac", "Khác"]
  ];
  var BANNER_CHANNEL = "Băng rôn";
  var DISTRICT_FIGURE_KEYS = [
    "participants.staff",
    "participants.children",
    "participants.parents",
    "participants.others",
    "activities.planned",
    "activities.done",
    "activities.postponed",
    "activities.cancelled",
    "activities.not_reported",
    "activities.upcoming",
    "trainings.sessions",
    "trainings.seated",
    "trainings.participants",
    "posts.total",
    ...POST_CHANNELS.map(([key]) => key),
    "banners",
    "books.donated",
    "books.circulated",
    "commendations.people",
    "commendations.groups",
    "opening.staff",
    "opening.registered",
    "opening.present",
    "opening.present_percent",
    "opening.target_percent"
  ];
  function reportedSum(activities2, byId, pick) {
    let sum;
    let reported3 = 0;
    for (const a of activities2) {
      const record2 = byId.get(a.id);
      const n2 = record2 ? pick(record2) : void 0;
      if (n2 === void 0) continue;
      sum = (sum ?? 0) + n2;
      reported3++;
    }
    return sum === void 0 ? { reported: reported3 } : { value: sum, reported: reported3 };
  }
  var total = (p2) => {
    const parts = [p2.staff, p2.children, p2.parents, p2.others].filter((n2) => n2 !== void 0);
    return parts.length === 0 ? void 0 : parts.reduce((a, b) => a + b, 0);
  };
  var round12 = (n2) => Math.round(n2 * 10) / 10;
  function districtFigures(f) {
    const out = [];
    const put = (key, value, note) => {
      out.push({ key, ...value === void 0 ? {} : { value }, ...note ? { note } : {} });
    };
    const a = f.activities;
    const done = a.done;
    const partial = (reported3) => reported3 > 0 && reported3 < done.length ? { kind: "reportedBy", reported: reported3, of: done.length } : void 0;
    for (const count of ["staff", "children", "parents", "others"]) {
      const s2 = reportedSum(done, f.participation, (p2) => p2[count]);
      put(`participants.${count}`, s2.value, partial(s2.reported));
    }
    put(
      "activities.planned",
      done.length + a.postponed.length + a.cancelled.length + a.overdue.length + a.upcoming.length
    );
    put("activities.done", done.length);
    put("activities.postponed", a.postponed.length);
    put("activities.cancelled", a.cancelled.length);
    put("activities.not_reported", a.overdue.length);
    put("activities.upcoming", a.upcoming.length);
    const sessions = sessionActivities(f.plan.activities);
    put("trainings.sessions", sessions.length);
    put("trainings.seated", f.training ? f.training.sessions.reduce((n2, s2) => n2 + s2.seated, 0) : void 0);
    const heldSessions = sessions.filter((s2) => s2.status === "đã thực hiện");
    const attended = reportedSum(heldSessions, f.participation, total);
    put(
      "trainings.participants",
      attended.value,
      attended.reported > 0 && attended.reported < heldSessions.length ? { kind: "reportedBy", reported: attended.reported, of: heldSessions.length } : void 0
    );
    const channelCount = (name) => f.outreachByChannel.filter((c) => c.channel === name).reduce((n2, c) => n2 + c.entries.length, 0);
    const known = /* @__PURE__ */ new Set([...POST_CHANNELS.map(([, name]) => name), BANNER_CHANNEL]);
    const unlisted = f.outreachByChannel.filter((c) => !known.has(c.channel)).reduce((n2, c) => n2 + c.entries.length, 0);
    const perChannel = POST_CHANNELS.map(
      ([key, name]) => [key, channelCount(name) + (name === "Khác" ? unlisted : 0)]
    );
    put(
      "posts.total",
      perChannel.reduce((n2, [, c]) => n2 + c, 0)
    );
    for (const [key, count] of perChannel) put(key, count);
    put("banners", channelCount(BANNER_CHANNEL));
    const s = f.plan.settings;
    put("books.donated", s?.booksDonated);
    put("books.circulated", s?.booksCirculated);
    put("commendations.people", f.commendation?.people.length);
    put("commendations.groups", f.commendation?.groups.length);
    const staff2 = f.plan.people.filter((p2) => p2.active).length;
    put("opening.staff", staff2);
    const o = f.opening;
    if (o && o.present.total > 0) {
      put("opening.registered", o.registered.count);
      put("opening.present", o.present.count);
      put("opening.present_percent", round12(o.present.percent));
    } else {
      const opening = done.find(
        (x2) => x2.category === "khai mạc" && f.participation.get(x2.id)?.staff !== void 0
      );
      const present = opening ? f.participation.get(opening.id)?.staff : void 0;
      const note = opening ? { kind: "fromResults", activityId: opening.id } : void 0;
      put("opening.registered", void 0);
      put("opening.present", present, note);
      put(
        "opening.present_percent",
        present === void 0 || staff2 === 0 ? void 0 : round12(present * 100 / staff2),
        note
      );
    }
    put("opening.target_percent", s?.openingTarget);
    return out;
  }

  // src/core/report/evaluation-blocks.ts
  var item = (text2) => [{ text: text2 }];
  var TITLES_LISTED = 5;
  function activityList(activities2) {
    if (activities2.length > TITLES_LISTED) return activities2.map((a) => a.id).join(", ");
    return activities2.map((a) => `${a.id} ${plain2(a.title)}`).join("; ");
  }
  function strengths(f, t, lang) {
    const s = t.evaluation.strengths;
    const out = [];
    const done = f.activities.done.length;
    if (done > 0) out.push(item(s.done(done)));
    const channels = f.outreachByChannel.filter((c) => c.channel !== BANNER_CHANNEL);
    const posts = channels.reduce((n2, c) => n2 + c.entries.length, 0);
    if (posts > 0) out.push(item(s.posts(channels.length, posts)));
    const o = f.opening;
    if (o?.present.met)
      out.push(item(s.opening(formatPercent(o.present.percent, lang), formatPercent(o.target, lang))));
    const tr = f.training;
    if (tr && tr.pledgers > 0) out.push(item(s.pledgers(tr.pledgers)));
    if (f.nominations && f.nominations.selected.length > 0)
      out.push(item(s.families(f.nominations.selected.length)));
    return out.length > 0 ? out : [item(t.noData)];
  }
  function limits(f, t, lang) {
    const l = t.evaluation.limits;
    const out = [];
    const o = f.opening;
    if (o && o.present.total > 0 && !o.present.met) {
      out.push(
        item(
          l.opening(formatPercent(o.present.percent, lang), formatPercent(o.target, lang), o.present.needed)
        )
      );
    }
    const missed = o?.groups.filter((g) => g.present.total > 0 && !g.present.met) ?? [];
    if (missed.length > 0) out.push(item(l.groups(missed.map((g) => plain2(g.group)).join(", "))));
    if (f.activities.overdue.length > 0) out.push(item(l.overdue(activityList(f.activities.overdue))));
    if (f.activities.postponed.length > 0) out.push(item(l.postponed(activityList(f.activities.postponed))));
    if (f.activities.cancelled.length > 0) out.push(item(l.cancelled(activityList(f.activities.cancelled))));
    const full = f.training?.sessions.filter((s) => s.waiting > 0) ?? [];
    if (full.length > 0)
      out.push(item(l.full(full.map((s) => l.fullSession(s.activity.id, s.waiting)).join("; "))));
    return out.length > 0 ? out : [item(l.none)];
  }
  function lessons(f, t) {
    const l = t.evaluation.lessons;
    const out = [];
    const o = f.opening;
    if (o && o.registered.count > o.present.count)
      out.push(item(l.noShow(o.registered.count - o.present.count)));
    if (f.activities.overdue.length > 0) out.push(item(l.update));
    if ((f.training?.sessions ?? []).some((s) => s.waiting > 0)) out.push(item(l.demand));
    return out.length > 0 ? out : [item(t.noData)];
  }
  function evaluationBlocks(f) {
    const lang = languageOf2(f);
    const t = textsOf(f);
    const e = t.evaluation;
    const proposals = f.plan.settings?.proposals ? plain2(f.plan.settings.proposals) : "";
    const proposalLines = proposals.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    return [
      { kind: "heading", level: 1, number: "III.", text: e.sectionIII },
      { kind: "heading", level: 2, number: "1.", text: e.strengthsTitle },
      { kind: "bullets", items: strengths(f, t, lang) },
      { kind: "heading", level: 2, number: "2.", text: e.limitsTitle },
      { kind: "bullets", items: limits(f, t, lang) },
      { kind: "heading", level: 2, number: "3.", text: e.lessonsTitle },
      { kind: "bullets", items: lessons(f, t) },
      // Proposals are the school's to make: without any in Settings the section is left out.
      ...proposalLines.length > 0 ? [
        { kind: "heading", level: 1, number: "IV.", text: e.sectionIV },
        ...proposalLines.map((text2) => ({
          kind: "paragraph",
          align: "justify",
          runs: [{ text: text2 }]
        }))
      ] : []
    ];
  }
  function signatureBlock(f) {
    const t = textsOf(f);
    const s = f.plan.settings;
    const recipients = (s?.recipientsNote ?? "").split(";").map((r) => plain2(r)).filter((r) => r !== "").map((r, i2, all) => `- ${r}${i2 === all.length - 1 ? "." : ";"}`);
    return {
      kind: "signature",
      recipientsTitle: t.evaluation.recipientsTitle,
      recipients: recipients.length > 0 ? recipients : [`- ${t.evaluation.archiveOnly}.`],
      signerTitle: s?.signerTitle ? plain2(s.signerTitle).toUpperCase() : t.evaluation.signerTitle,
      // Without a name in Settings the line stays blank: the signer writes it under the signature.
      signerName: s?.signerName ? plain2(s.signerName) : ""
    };
  }

  // src/core/report/figures.ts
  var byStart = (a, b) => {
    const as = a.start?.iso ?? "9999";
    const bs = b.start?.iso ?? "9999";
    return as < bs ? -1 : as > bs ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  function activityFigures(activities2, at2) {
    const sorted = activities2.slice().sort(byStart);
    const passed = (a) => {
      const end = a.end ?? a.start;
      return end !== void 0 && end.iso <= at2.iso;
    };
    return {
      done: sorted.filter((a) => a.status === "đã thực hiện"),
      overdue: sorted.filter((a) => a.status === "kế hoạch" && passed(a)),
      upcoming: sorted.filter((a) => a.status === "kế hoạch" && !passed(a)),
      postponed: sorted.filter((a) => a.status === "hoãn"),
      cancelled: sorted.filter((a) => a.status === "hủy")
    };
  }
  function participationById(records) {
    const byId = /* @__PURE__ */ new Map();
    for (const r of records) byId.set(r.activityId.trim(), r);
    return byId;
  }
  function outreachByChannel(entries) {
    const groups = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const known = OUTREACH_CHANNELS.find((c) => foldKey(c) === foldKey(e.channel)) ?? e.channel;
      groups.set(known, [...groups.get(known) ?? [], e]);
    }
    const order = (c) => {
      const i2 = OUTREACH_CHANNELS.indexOf(c);
      return i2 < 0 ? OUTREACH_CHANNELS.length : i2;
    };
    return [...groups].sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([channel, list]) => ({
      channel,
      entries: list.slice().sort((x2, y) => (x2.date?.iso ?? "").localeCompare(y.date?.iso ?? "") || x2.row - y.row)
    }));
  }
  function invitationFigures(ledger) {
    if (!ledger) return void 0;
    const invites = ledger.rows.filter((r) => r.entry.key.startsWith("invite-mail:"));
    if (invites.length === 0) return void 0;
    const sent = invites.filter((r) => r.entry.state === SENT).length;
    const waiting = invites.filter((r) => WAITING_STATES.includes(r.entry.state)).length;
    return { sent, waiting, failed: invites.length - sent - waiting };
  }
  function asAttendanceResponses(rows, at2) {
    const present = foldKey(INTENT_PRESENT);
    return rows.filter((r) => r.counted && r.email !== void 0).map((r) => ({
      formId: "attendance",
      responseId: r.responseId,
      submittedAt: r.submittedAt ?? at2,
      email: r.email,
      emailValid: true,
      answers: { intent: foldKey(canonicalChoice(r.intent)) === present ? INTENT_PRESENT : r.intent },
      sessionIds: [],
      consent: false,
      problems: [],
      notes: [],
      flagged: false
    }));
  }
  function presentEmails(responses) {
    return new Set(responses.filter((r) => r.answers["intent"] === INTENT_PRESENT).map((r) => r.email));
  }
  function trainingFigures(rows, activities2, at2) {
    const counted2 = rows.filter((r) => r.counted && r.email !== void 0);
    const offered = sessionActivities(activities2);
    const allocation = allocateSeats(
      offered.map((a) => a.capacity === void 0 ? { id: a.id } : { id: a.id, capacity: a.capacity }),
      signupsFromResponses(
        counted2.map((r) => ({
          responseId: r.responseId,
          submittedAt: r.submittedAt ?? at2,
          email: r.email,
          emailValid: true,
          sessionIds: r.sessionIds,
          problems: []
        }))
      )
    );
    const sessions = offered.map((activity) => {
      const seats = allocation.sessions.find((s) => s.id === activity.id);
      return {
        activity,
        ...activity.capacity === void 0 ? {} : { capacity: activity.capacity },
        seated: seats?.seated.length ?? 0,
        waiting: seats?.waitlist.length ?? 0
      };
    });
    const pledgeCounts = /* @__PURE__ */ new Map();
    let pledgers = 0;
    for (const r of counted2) {
      if (r.pledges.length > 0) pledgers++;
      for (const p2 of new Set(r.pledges)) pledgeCounts.set(p2, (pledgeCounts.get(p2) ?? 0) + 1);
    }
    const pledges = [...pledgeCounts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
    const seatedEmails = new Set(allocation.sessions.flatMap((s) => s.seated));
    return {
      rows: rows.length,
      notCounted: rows.length - counted2.length,
      sessions,
      pledges,
      pledgers,
      seatedEmails
    };
  }
  function familyFigures(plan, responses) {
    const rows = [...responses.attendance?.rows ?? [], ...responses.training?.rows ?? []].filter((r) => r.counted).map((r, order) => ({ r, at: r.submittedAt?.iso ?? "", order })).sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order).map(({ r }) => r);
    const answers = rows.map((r) => ({
      email: r.email ?? "",
      responseId: r.responseId,
      ...r.childClass ? { childClass: r.childClass } : {},
      ..."who" in r && r.who ? { who: canonicalChoice(r.who) } : {}
    }));
    const families2 = answersByClass(plan.families, plan.people, answers);
    return families2.classes.length > 0 ? families2 : void 0;
  }
  function nominationFigures(rows) {
    const consented = rows.filter((r) => r.consent).length;
    return {
      total: rows.length,
      consented,
      withoutConsent: rows.length - consented,
      selected: exportableNominations(rows),
      sent: rows.filter((r) => r.consent && r.status === "đã gửi phường").length
    };
  }
  function computeFigures(input) {
    const { plan, at: at2, responses } = input;
    const settings = plan.settings;
    const dueAt = settings ? settings.reportAt ?? withTime(settings.weekEnd, 17) : void 0;
    const attendance = responses.attendance;
    const attendanceResponses = asAttendanceResponses(attendance?.rows ?? [], at2);
    const opening = (
      // A tab with no responses yet is "no data", not "0 of 38": nobody answered, nothing failed.
      attendance && attendance.rows.length > 0 && settings ? {
        ...openingAttendance(plan.people, attendanceResponses, settings.openingTarget),
        rows: attendance.rows.length,
        notCounted: attendance.rows.filter((r) => !r.counted).length
      } : void 0
    );
    const training = responses.training && responses.training.rows.length > 0 ? trainingFigures(responses.training.rows, plan.activities, at2) : void 0;
    const invitations = invitationFigures(input.ledger);
    const families2 = familyFigures(plan, responses);
    return {
      plan,
      findings: input.findings,
      at: at2,
      ...dueAt ? { dueAt } : {},
      // Without Settings nobody can tell whether the week is over: say it is a preview.
      preview: dueAt === void 0 || at2.iso < dueAt.iso,
      activities: activityFigures(plan.activities, at2),
      participation: participationById(input.participation ?? []),
      outreachByChannel: outreachByChannel(plan.outreach),
      ...invitations ? { invitations } : {},
      ...opening ? { opening } : {},
      ...training ? { training } : {},
      ...responses.nominations ? { nominations: nominationFigures(responses.nominations.rows) } : {},
      ...families2 ? { families: families2 } : {},
      ...opening && training ? {
        commendation: commendation3(
          plan.people,
          opening,
          presentEmails(attendanceResponses),
          training.seatedEmails
        )
      } : {}
    };
  }
  function commendation3(people, opening, presentEmails2, seatedEmails) {
    const chosen = people.filter((p2) => p2.active).filter((p2) => {
      const email = p2.email.trim().toLowerCase();
      return presentEmails2.has(email) && seatedEmails.has(email);
    }).sort((a, b) => (a.group ?? "").localeCompare(b.group ?? "", "vi") || a.name.localeCompare(b.name, "vi"));
    return { people: chosen, groups: bestGroups(opening) };
  }
  function bestGroups(opening) {
    if (!opening) return [];
    const best = Math.max(0, ...opening.groups.map((g) => g.present.percent));
    return best === 0 ? [] : opening.groups.filter((g) => g.present.percent === best);
  }

  // src/core/report/annex-blocks.ts
  function noteText(note, t) {
    if (!note) return "";
    switch (note.kind) {
      case "reportedBy":
        return t.annex.reportedBy(note.reported, note.of);
      case "fromResults":
        return t.annex.fromResults(note.activityId);
    }
  }
  function annexBlocks(f, figures) {
    const t = textsOf(f);
    const lang = languageOf2(f);
    const year = f.plan.settings?.year;
    const value = (x2) => x2.value === void 0 ? t.annex.missing : x2.key.endsWith("_percent") ? formatPercent(x2.value, lang) : String(x2.value);
    const cell2 = (text2, extra = {}) => ({ text: text2, ...extra });
    return [
      { kind: "heading", level: 0, number: "", text: t.annex.title, newPage: true },
      {
        kind: "paragraph",
        role: "subtitle",
        align: "center",
        runs: [{ text: t.annex.subtitle(year === void 0 ? t.notFilled : String(year)), bold: true }]
      },
      { kind: "paragraph", align: "justify", runs: [{ text: t.annex.intro(t.figures.tab), italic: true }] },
      {
        kind: "table",
        header: t.annex.header,
        widths: [1, 6, 2, 3],
        noWrap: [true, false, true, false],
        rows: figures.map((x2, i2) => [
          cell2(String(i2 + 1)),
          cell2(t.figures.labels[x2.key]),
          cell2(value(x2), { bold: x2.value !== void 0 }),
          cell2(noteText(x2.note, t))
        ])
      }
    ];
  }

  // src/core/report/header-blocks.ts
  function headerBlocks(f) {
    const lang = languageOf2(f);
    const t = textsOf(f);
    const h = t.header;
    const s = f.plan.settings;
    const year = s?.year;
    const yearText = year === void 0 ? t.notFilled : String(year);
    const number = s?.reportNumber ? plain2(s.reportNumber) : t.evaluation.numberBlank;
    const place = s?.place ? plain2(s.place) : t.notFilled;
    const blocks = [
      letterhead(s, h.number(number), `${place}, ${formatLongDate(f.at, lang)}`, lang),
      { kind: "heading", level: 0, number: "", text: h.title },
      {
        kind: "paragraph",
        role: "subtitle",
        align: "center",
        runs: [{ text: h.subtitle(yearText), bold: true }]
      }
    ];
    if (f.preview) {
      const due = f.dueAt ? h.due(moment(f.dueAt, lang)) : "";
      blocks.push({
        kind: "paragraph",
        role: "preview",
        align: "center",
        runs: [{ text: h.preview(t.previewMark, moment(f.at, lang), due), bold: true, italic: true }]
      });
    }
    const basis = s?.basis ? plain2(s.basis) : t.noData;
    blocks.push({ kind: "paragraph", align: "justify", runs: [{ text: h.basis(basis), italic: true }] });
    if (s?.planNumber) {
      blocks.push({
        kind: "paragraph",
        align: "justify",
        runs: [{ text: h.planBasis(plain2(s.planNumber), plain2(s.school)), italic: true }]
      });
    }
    blocks.push({
      kind: "paragraph",
      align: "justify",
      runs: [{ text: h.intro(s ? plain2(s.school) : t.notFilled, yearText) }]
    });
    blocks.push({ kind: "heading", level: 1, number: "I.", text: h.sectionI });
    blocks.push({
      kind: "bullets",
      items: [
        [{ text: h.themeLabel, bold: true }, { text: s?.theme ? h.theme(plain2(s.theme)) : t.noData }],
        [
          { text: h.periodLabel, bold: true },
          { text: s ? h.period(formatShortDate(s.weekStart), formatShortDate(s.weekEnd)) : t.noData }
        ],
        [{ text: h.purposeLabel, bold: true }, { text: h.purpose }]
      ]
    });
    return blocks;
  }
  function letterhead(s, numberLine, placeDate, lang) {
    const t = catalogue(lang).report;
    return {
      kind: "letterhead",
      left: [
        { text: s?.governingBody ? plain2(s.governingBody).toUpperCase() : t.notFilled },
        { text: s?.school ? plain2(s.school).toUpperCase() : t.notFilled, bold: true, underline: true },
        { text: numberLine }
      ],
      right: [
        { text: t.header.nation, bold: true },
        { text: t.header.motto, bold: true, underline: true },
        { text: placeDate, italic: true }
      ]
    };
  }

  // src/core/report/table-fit.ts
  var LINE_UNITS = 78;
  var PADDING_UNITS = 3;
  var NARROW_UNITS = 24;
  var WIDE_SHARE_UNITS = 22;
  var FLOOR_UNITS = 12;
  function units(text2) {
    let n2 = 0;
    for (const ch of text2) {
      if (/[mwMW–—@]/u.test(ch)) n2 += 1.5;
      else if (ch !== ch.toLowerCase()) n2 += 1.4;
      else if (/[0-9]/.test(ch)) n2 += 1;
      else if (/[\s.,:;'’!|()/\\\-il]/u.test(ch)) n2 += 0.55;
      else n2 += 0.9;
    }
    return n2;
  }
  var BOLD = 1.1;
  var LONG_WORD_UNITS = 24;
  function wordUnits(word) {
    const whole = units(word);
    if (whole <= LONG_WORD_UNITS || !word.includes("://")) return whole;
    return Math.max(0, ...word.split(/(?<=[/\-?&=_.])/u).map(units));
  }
  var longestWord = (text2) => Math.max(0, ...text2.split(/\s+/).map(wordUnits));
  function longestLine(text2) {
    return Math.max(0, ...text2.split("\n").map(units));
  }
  function withoutEmptyColumns(block) {
    const keep = block.header.map((_, i2) => block.rows.some((row) => (row[i2]?.text ?? "").trim() !== ""));
    if (keep.every(Boolean)) return block;
    return {
      ...block,
      header: block.header.filter((_, i2) => keep[i2]),
      rows: block.rows.map((row) => row.filter((_, i2) => keep[i2])),
      widths: block.widths.filter((_, i2) => keep[i2]),
      ...block.noWrap ? { noWrap: block.noWrap.filter((_, i2) => keep[i2]) } : {}
    };
  }
  function fittedWidths(block) {
    const columns = block.header.map((h, i2) => {
      const cells = block.rows.map((row) => row[i2]);
      const noWrap = block.noWrap?.[i2] === true;
      const scale = (c) => c?.bold ? BOLD : 1;
      const word = (c) => (noWrap ? longestLine(c?.text ?? "") : longestWord(c?.text ?? "")) * scale(c);
      const line = (c) => longestLine(c?.text ?? "") * scale(c);
      const min = Math.max(longestWord(h) * BOLD, ...cells.map(word)) + PADDING_UNITS;
      const longest = Math.max(units(h) * BOLD, ...cells.map(line)) + PADDING_UNITS;
      const floor = Math.min(Math.max(min, longest), FLOOR_UNITS);
      return { min: Math.max(min, floor), longest: Math.max(min, longest), weight: block.widths[i2] ?? 1 };
    });
    const widths = columns.map((c) => c.min);
    let room = LINE_UNITS - widths.reduce((a, b) => a + b, 0);
    const wide = /* @__PURE__ */ new Set();
    const share = columns.reduce(
      (sum, c, i2) => c.longest > NARROW_UNITS ? sum + Math.max(0, Math.min(c.longest, WIDE_SHARE_UNITS) - widths[i2]) : sum,
      0
    );
    const byWant = columns.map((c, i2) => ({ i: i2, want: c.longest - c.min })).sort((a, b) => a.want - b.want);
    for (const { i: i2, want } of byWant) {
      if (want <= 0) continue;
      if (columns[i2].longest <= NARROW_UNITS && want <= room - share) {
        widths[i2] = columns[i2].longest;
        room -= want;
      } else wide.add(i2);
    }
    if (room > 0) {
      const sharing = wide.size > 0 ? [...wide] : columns.map((_, i2) => i2);
      const weighted = sharing.map((i2) => Math.max(1, columns[i2].longest - widths[i2]) * columns[i2].weight);
      const total2 = weighted.reduce((a, b) => a + b, 0) || 1;
      sharing.forEach((i2, k) => {
        widths[i2] = widths[i2] + room * weighted[k] / total2;
      });
    }
    return widths.map(round);
  }
  var round = (n2) => Math.round(n2 * 10) / 10;
  function fitTables(blocks) {
    return blocks.map((b) => {
      if (b.kind !== "table") return b;
      const pruned = withoutEmptyColumns(b);
      return { ...pruned, widths: fittedWidths(pruned) };
    });
  }

  // src/core/report/response-tabs.ts
  var text = (cell2) => {
    if (cell2 === null || cell2 === void 0) return void 0;
    const t = cleanText(cellText(cell2));
    return t === "" ? void 0 : t;
  };
  var longText = (cell2) => {
    const t = cellText(cell2).normalize("NFC").trim();
    return t === "" ? void 0 : t;
  };
  function counted(record2) {
    const cells = record2.cells;
    const email = normaliseEmail(cellText(cells["email"] ?? null));
    const submitted = cells["submittedAt"];
    return {
      row: record2.row,
      responseId: text(cells["responseId"]) ?? `#${record2.row}`,
      ...isLocalDateTime(submitted) ? { submittedAt: submitted } : {},
      ...email ? { email } : {},
      counted: email !== void 0 && text(cells["problems"]) === void 0
    };
  }
  function readAttendanceRows(grid) {
    return readTable(ATTENDANCE_TABLE, grid).rows.map((r) => {
      const group = text(r.cells.group);
      const childClass = text(r.cells.childClass);
      return {
        ...counted(r),
        ...group ? { group } : {},
        ...childClass ? { childClass } : {},
        intent: text(r.cells.intent) ?? ""
      };
    });
  }
  function readTrainingRows(grid, activities2) {
    return readTable(TRAINING_SIGNUPS_TABLE, grid).rows.map((r) => {
      const sessionIds = [];
      for (const line of cellText(r.cells.sessions).split(/\r?\n/)) {
        if (cleanText(line) === "") continue;
        const match = parseSessionChoice(line, activities2);
        if (match.kind === "session" && !sessionIds.includes(match.activityId))
          sessionIds.push(match.activityId);
      }
      const pledges = splitJoinedChoices(cleanText(cellText(r.cells.pledges)), PLEDGE_LABELS);
      const who = text(r.cells.who);
      const childClass = text(r.cells.childClass);
      return {
        ...counted(r),
        ...who ? { who } : {},
        ...childClass ? { childClass } : {},
        sessionIds,
        pledges
      };
    });
  }
  function isConsent(cell2) {
    if (typeof cell2 === "string" && cell2.trim().startsWith(FORMULA_GUARD)) return false;
    return parseYesNo(cell2).value === true;
  }
  function readNominationRows(grid) {
    return readTable(NOMINATIONS_TABLE, grid).rows.map((r) => {
      const optional = {
        child: text(r.cells.child),
        className: text(r.cells.className),
        achievements: longText(r.cells.achievements),
        evidence: text(r.cells.evidence)
      };
      return {
        row: r.row,
        responseId: text(r.cells.responseId) ?? `#${r.row}`,
        consent: isConsent(r.cells.consent),
        // An unreadable status is treated as not reviewed: never as selected.
        status: parseNominationStatus(cellText(r.cells.status)) ?? "mới",
        family: text(r.cells.family) ?? "",
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== void 0))
      };
    });
  }

  // src/core/report/results-blocks.ts
  var p = (text2, extra = {}) => ({
    kind: "paragraph",
    align: "justify",
    runs: [{ text: text2, ...extra }]
  });
  var cell = (text2, extra = {}) => ({ text: text2, ...extra });
  var h2 = (number, text2) => ({ kind: "heading", level: 2, number, text: text2 });
  function outreachBlocks(f, t) {
    const r = t.results.outreach;
    const blocks = [h2("1.", r.title)];
    const posts = f.outreachByChannel.filter((c) => c.channel !== BANNER_CHANNEL);
    const banners = f.outreachByChannel.find((c) => c.channel === BANNER_CHANNEL)?.entries.length ?? 0;
    const total2 = posts.reduce((n2, c) => n2 + c.entries.length, 0);
    if (total2 === 0 && banners === 0) blocks.push(p(r.none));
    if (total2 > 0) {
      const per = posts.map((c) => `${plain2(c.channel)}: ${c.entries.length}`).join("; ");
      blocks.push(p(r.summary(total2, posts.length, per)));
    }
    if (banners > 0) blocks.push(p(r.banners(banners)));
    if (total2 + banners > 0) {
      blocks.push({
        kind: "table",
        header: r.header,
        widths: [1, 1, 3, 2, 3],
        noWrap: [false, true, false, false, false],
        rows: f.outreachByChannel.flatMap(
          (c) => c.entries.map((e) => [
            cell(plain2(c.channel)),
            cell(e.date ? formatShortDate(e.date).slice(0, 5) : ""),
            e.link ? cell(plain2(e.link), { link: e.link }) : cell(""),
            cell(e.by ? plain2(e.by) : ""),
            cell(e.note ? plain2(e.note) : "")
          ])
        ),
        source: sourceNote(
          tabOf2(f, "outreach"),
          f.outreachByChannel.flatMap((c) => c.entries.map((e) => e.row)),
          t
        )
      });
    }
    const inv = f.invitations;
    blocks.push(
      p(inv ? r.invitations(inv.sent, inv.waiting, inv.failed, tabOf2(f, "outbox")) : r.noInvitations)
    );
    return blocks;
  }
  function peopleText(record2, t) {
    if (!record2) return "";
    const w = t.results.activities.people;
    return [
      record2.staff === void 0 ? void 0 : w.staff(record2.staff),
      record2.children === void 0 ? void 0 : w.children(record2.children),
      record2.parents === void 0 ? void 0 : w.parents(record2.parents),
      record2.others === void 0 ? void 0 : w.others(record2.others)
    ].filter((x2) => x2 !== void 0).join(", ");
  }
  function namedList(activities2, t, extra = () => "") {
    const r = t.results.activities;
    if (activities2.length > TITLES_NAMED) return activities2.map((a) => a.id + extra(a)).join(", ");
    return activities2.map((a) => r.item(a.id, plain2(a.title)) + extra(a)).join("; ");
  }
  var TITLES_NAMED = 4;
  function evidenceRuns(evidence) {
    if (!evidence) return [];
    const text2 = plain2(evidence);
    const parts = text2.split(/[\s,;]+/).filter((x2) => x2 !== "");
    if (parts.length === 0) return [];
    if (!parts.every((x2) => /^https?:\/\/\S+$/i.test(x2))) return [{ text: text2 }];
    return parts.flatMap((x2, i2) => [...i2 > 0 ? [{ text: "; " }] : [], { text: x2, link: x2 }]);
  }
  function resultItems(f, t) {
    const r = t.results.activities;
    return f.activities.done.map((a) => {
      const notes = a.resultNotes ? plain2(a.resultNotes).replace(/\s*\n\s*/g, " ") : "";
      const people = peopleText(f.participation.get(a.id), t);
      const evidence = evidenceRuns(a.evidence);
      const sentence = notes === "" ? r.noResult : /[.!?…]$/.test(notes) ? notes : `${notes}.`;
      return [
        { text: `${r.item(a.id, plain2(a.title))}: `, bold: true },
        { text: sentence },
        ...people ? [{ text: r.resultTook(people) }] : [],
        ...evidence.length > 0 ? [{ text: r.evidence }, ...evidence] : []
      ];
    });
  }
  function activityBlocks(f, t, lang) {
    const r = t.results.activities;
    const a = f.activities;
    const all = [
      ...a.done.map((x2) => [x2, "done"]),
      ...a.postponed.map((x2) => [x2, "postponed"]),
      ...a.cancelled.map((x2) => [x2, "cancelled"]),
      ...a.overdue.map((x2) => [x2, "overdue"]),
      ...a.upcoming.map((x2) => [x2, "upcoming"])
    ];
    const blocks = [h2("2.", r.title)];
    if (all.length === 0) return [...blocks, p(r.none)];
    const reason = (x2) => x2.resultNotes ? r.reason(plain2(x2.resultNotes)) : "";
    const owner = (x2) => {
      if (!x2.owner) return "";
      const email = x2.owner.trim().toLowerCase();
      const person2 = f.plan.people.find((p2) => p2.email.trim().toLowerCase() === email);
      return person2 ? r.owner(plain2(person2.name)) : "";
    };
    const sentences = [
      r.done(a.done.length, all.length),
      ...a.postponed.length > 0 ? [r.postponed(a.postponed.length, namedList(a.postponed, t, reason))] : [],
      ...a.cancelled.length > 0 ? [r.cancelled(a.cancelled.length, namedList(a.cancelled, t, reason))] : [],
      ...a.overdue.length > 0 ? [r.notReported(a.overdue.length, namedList(a.overdue, t, owner))] : [],
      ...a.upcoming.length > 0 ? [r.upcoming(a.upcoming.length, namedList(a.upcoming, t))] : []
    ];
    blocks.push(p(sentences.join(" ")));
    blocks.push({
      kind: "table",
      header: r.header,
      widths: [1, 4, 1, 1, 2],
      noWrap: [true, false, true, true, false],
      rows: all.map(([x2, state]) => [
        cell(x2.id),
        cell(plain2(x2.title)),
        cell(activitySpan(x2, lang)),
        cell(r.status[state], { bold: state === "overdue" }),
        cell(peopleText(f.participation.get(x2.id), t))
      ]),
      source: sourceNote(
        tabOf2(f, "activities"),
        all.map(([x2]) => x2.row),
        t
      )
    });
    if (a.done.length > 0) {
      blocks.push(p(r.resultsIntro));
      blocks.push({ kind: "bullets", items: resultItems(f, t) });
    }
    return blocks;
  }
  function ratioText(r, lang) {
    return `${r.count}/${r.total} (${formatPercent(r.percent, lang)})`;
  }
  function verdict(r, t) {
    const o = t.results.opening;
    return r.total === 0 ? t.noData : r.met ? o.verdictMet : o.verdictMissed(r.needed);
  }
  function openingBlocks(f, t, lang) {
    const r = t.results.opening;
    const blocks = [h2("3.", r.title)];
    const o = f.opening;
    if (!o || o.present.total === 0) return [...blocks, p(r.none), ...familyBlocks(f, t, lang)];
    const target = formatPercent(o.target, lang);
    const presentVerdict = o.present.met ? r.met(target) : r.missed(target, o.present.needed);
    blocks.push(p(r.summary(ratioText(o.registered, lang), ratioText(o.present, lang), presentVerdict)));
    blocks.push({
      kind: "table",
      header: r.header(target),
      widths: [28, 12, 18, 18, 24],
      rows: [
        ...o.groups.map((g) => [
          cell(plain2(g.group)),
          cell(String(g.present.total)),
          cell(ratioText(g.registered, lang)),
          cell(ratioText(g.present, lang)),
          cell(verdict(g.present, t))
        ]),
        [
          cell(t.results.wholeSchool, { bold: true }),
          cell(String(o.present.total), { bold: true }),
          cell(ratioText(o.registered, lang), { bold: true }),
          cell(ratioText(o.present, lang), { bold: true }),
          cell(verdict(o.present, t), { bold: true })
        ]
      ],
      source: r.source(tabOf2(f, "attendance"), o.rows, o.notCounted, tabOf2(f, "people")) + (o.outsiders.length > 0 ? r.outsiders(o.outsiders.length) : "")
    });
    const caption = r.caption(target);
    blocks.push({ kind: "chart", chartId: OPENING_CHART, caption, missing: t.charts.missing(caption) });
    return [...blocks, ...familyBlocks(f, t, lang)];
  }
  function familyBlocks(f, t, lang) {
    const families2 = f.families;
    if (!families2) return [];
    const r = t.results.families;
    const listed = families2.classes.filter((c) => c.kind !== "unlisted");
    const total2 = listed.reduce((n2, c) => n2 + c.families, 0);
    const answered = listed.reduce((n2, c) => n2 + c.answered, 0);
    const share = (count, of) => of === 0 ? "" : formatPercent(100 * count / of, lang);
    const blocks = [p(r.intro(answered, total2))];
    blocks.push({
      kind: "table",
      header: r.header,
      widths: [40, 20, 20, 20],
      rows: [
        ...families2.classes.map((c) => [
          cell(
            c.kind === "unclassed" ? r.unclassed : c.kind === "unlisted" ? r.unlisted(plain2(c.name)) : plain2(c.name)
          ),
          cell(c.kind === "unlisted" ? "" : String(c.families)),
          cell(String(c.answered)),
          cell(share(c.answered, c.families))
        ]),
        [
          cell(t.results.wholeSchool, { bold: true }),
          cell(String(total2), { bold: true }),
          cell(String(answered), { bold: true }),
          cell(share(answered, total2), { bold: true })
        ]
      ],
      source: r.source(tabOf2(f, "attendance"), tabOf2(f, "trainingSignups"), tabOf2(f, "families"))
    });
    if (families2.unclassedAnswers > 0)
      blocks.push(p(r.unclassedAnswers(families2.unclassedAnswers, tabOf2(f, "families"))));
    return blocks;
  }
  function trainingBlocks(f, t, lang) {
    const r = t.results.training;
    const blocks = [h2("4.", r.title)];
    const tr = f.training;
    if (!tr || tr.sessions.length === 0) return [...blocks, p(r.none)];
    const seated = tr.sessions.reduce((n2, s) => n2 + s.seated, 0);
    const waiting = tr.sessions.reduce((n2, s) => n2 + s.waiting, 0);
    blocks.push(p(r.summary(tr.sessions.length, seated, waiting, tr.rows - tr.notCounted)));
    const held = tr.sessions.filter((s) => s.activity.status === "đã thực hiện");
    const attended = districtFigures(f).find((x2) => x2.key === "trainings.participants");
    const reported3 = held.filter((s) => {
      const x2 = f.participation.get(s.activity.id);
      return x2 !== void 0 && [x2.staff, x2.children, x2.parents, x2.others].some((n2) => n2 !== void 0);
    }).length;
    blocks.push(
      p(attended?.value === void 0 ? r.notAttended : r.attended(attended.value, reported3, held.length))
    );
    blocks.push({
      kind: "table",
      header: r.header,
      widths: [1, 4, 1, 1, 1, 1, 1],
      noWrap: [true, false, true, false, true, true, true],
      rows: tr.sessions.map((s) => {
        const attended2 = f.participation.get(s.activity.id);
        const counts = attended2 ? [attended2.staff, attended2.children, attended2.parents, attended2.others].filter(
          (n2) => n2 !== void 0
        ) : [];
        return [
          cell(s.activity.id),
          cell(plain2(s.activity.title)),
          cell(activitySpan(s.activity, lang)),
          cell(s.capacity === void 0 ? r.unlimited : String(s.capacity)),
          cell(String(s.seated)),
          cell(String(s.waiting)),
          cell(counts.length > 0 ? String(counts.reduce((x2, y) => x2 + y, 0)) : "")
        ];
      }),
      source: r.source(tabOf2(f, "trainingSignups"), tr.rows, tr.notCounted, tabOf2(f, "activities"))
    });
    blocks.push({
      kind: "chart",
      chartId: SEATS_CHART,
      caption: r.caption,
      missing: t.charts.missing(r.caption)
    });
    return blocks;
  }
  function pledgeBlocks(f, t) {
    const r = t.results.pledges;
    const blocks = [h2("5.", r.title)];
    const tr = f.training;
    if (!tr || tr.pledges.length === 0) return [...blocks, p(r.none)];
    blocks.push(p(r.summary(tr.pledgers)));
    blocks.push({
      kind: "table",
      header: r.header,
      widths: [70, 30],
      rows: tr.pledges.map((x2) => [cell(plain2(x2.kind)), cell(String(x2.count))]),
      source: r.source(tabOf2(f, "trainingSignups"))
    });
    return blocks;
  }
  function nominationBlocks(f, t) {
    const r = t.results.nominations;
    const blocks = [h2("6.", r.title)];
    const n2 = f.nominations;
    if (!n2 || n2.total === 0) return [...blocks, p(r.none)];
    blocks.push(p(r.summary(n2.total, n2.consented, n2.withoutConsent, n2.selected.length, n2.sent)));
    const ward = f.plan.settings?.wardAssociation ? plain2(f.plan.settings.wardAssociation) : t.notFilled;
    if (n2.selected.length === 0) {
      blocks.push(p(r.listNone(ward)));
      return blocks;
    }
    blocks.push(p(r.listIntro(ward)));
    blocks.push({
      kind: "table",
      header: r.header,
      widths: [6, 20, 16, 8, 34, 16],
      rows: n2.selected.map((x2, i2) => [
        cell(String(i2 + 1)),
        cell(plain2(x2.family)),
        cell(x2.child ? plain2(x2.child) : ""),
        cell(x2.className ? plain2(x2.className) : ""),
        cell(x2.achievements ? plain2(x2.achievements) : t.noData),
        x2.evidence ? cell(plain2(x2.evidence), { link: x2.evidence }) : cell("")
      ]),
      source: sourceNote(
        tabOf2(f, "nominations"),
        n2.selected.map((x2) => x2.row),
        t
      )
    });
    return blocks;
  }
  function commendationBlocks(f, t, lang) {
    const r = t.results.commendation;
    const blocks = [h2("7.", r.title), p(r.rule, { italic: true })];
    const c = f.commendation;
    if (!c) return [...blocks, p(r.none)];
    if (c.groups.length === 0) blocks.push(p(r.groupsNone));
    else
      blocks.push(
        p(
          r.groups(
            c.groups.map(
              (g) => r.group(
                plain2(g.group),
                g.present.count,
                g.present.total,
                formatPercent(g.present.percent, lang)
              )
            ).join("; ")
          )
        )
      );
    if (c.people.length === 0) {
      blocks.push(p(r.peopleNone));
      return blocks;
    }
    blocks.push(p(r.people(c.people.length)));
    blocks.push({
      kind: "table",
      header: r.header,
      widths: [10, 55, 35],
      rows: c.people.map((x2, i2) => [
        cell(String(i2 + 1)),
        cell(plain2(x2.name)),
        cell(x2.group ? plain2(x2.group) : "")
      ]),
      source: sourceNote(
        tabOf2(f, "people"),
        c.people.map((x2) => x2.row),
        t
      )
    });
    return blocks;
  }
  function resultBlocks(f) {
    const lang = languageOf2(f);
    const t = textsOf(f);
    return [
      { kind: "heading", level: 1, number: "II.", text: t.results.sectionII },
      ...outreachBlocks(f, t),
      ...activityBlocks(f, t, lang),
      ...openingBlocks(f, t, lang),
      ...trainingBlocks(f, t, lang),
      ...pledgeBlocks(f, t),
      ...nominationBlocks(f, t),
      ...commendationBlocks(f, t, lang)
    ];
  }

  // src/core/report/build-report-model.ts
  function reportFigures(input) {
    const { grids } = input;
    const { plan, findings: findings3 } = checkPlan(grids, input.tabNames ?? {}, input.env ?? {});
    const figures = computeFigures({
      plan,
      findings: findings3,
      at: input.at,
      responses: {
        ...grids.attendance ? { attendance: { rows: readAttendanceRows(grids.attendance) } } : {},
        ...grids.trainingSignups ? { training: { rows: readTrainingRows(grids.trainingSignups, plan.activities) } } : {},
        ...grids.nominations ? { nominations: { rows: readNominationRows(grids.nominations) } } : {}
      },
      ...grids.outbox ? { ledger: parseLedger(readLedgerTable(grids.outbox)) } : {},
      ...input.participation ? { participation: input.participation } : {}
    });
    return input.tabNames ? { ...figures, tabNames: input.tabNames } : figures;
  }
  function headline(f) {
    const lang = languageOf2(f);
    const t = textsOf(f);
    const h = t.headline;
    const o = f.opening;
    const tr = f.training;
    const activities2 = f.activities;
    const planned = activities2.done.length + activities2.postponed.length + activities2.overdue.length + activities2.upcoming.length + activities2.cancelled.length;
    return [
      {
        label: h.present,
        value: o && o.present.total > 0 ? h.presentValue(
          o.present.count,
          o.present.total,
          formatPercent(o.present.percent, lang),
          formatPercent(o.target, lang)
        ) : t.noData
      },
      { label: h.done, value: planned > 0 ? `${activities2.done.length}/${planned}` : t.noData },
      { label: h.posts, value: String(f.outreachByChannel.reduce((n2, c) => n2 + c.entries.length, 0)) },
      {
        label: h.seated,
        value: tr && tr.sessions.length > 0 ? String(tr.sessions.reduce((n2, s) => n2 + s.seated, 0)) : t.noData
      },
      { label: h.families, value: f.nominations ? String(f.nominations.selected.length) : t.noData }
    ];
  }
  function buildReport(input) {
    const f = reportFigures(input);
    const year = f.plan.settings?.year;
    const charts = [openingChart(f), seatsChart(f)].filter((c) => c !== void 0);
    const yearText = year === void 0 ? "chua-ro-nam" : String(year);
    const figures = districtFigures(f);
    return {
      language: languageOf2(f),
      ...year === void 0 ? {} : { year },
      at: input.at,
      preview: f.preview,
      fileName: `bao-cao-${yearText}`,
      documentTitle: textsOf(f).documentTitle(year === void 0 ? "" : String(year), f.preview),
      blocks: fitTables([
        ...headerBlocks(f),
        ...resultBlocks(f),
        ...evaluationBlocks(f),
        signatureBlock(f),
        ...annexBlocks(f, figures)
      ]),
      charts,
      headline: headline(f),
      figures
    };
  }

  // src/core/report/figures-tab.ts
  var FIGURES_TAB_NAMES = [catalogue("vi").report.figures.tab, catalogue("en").report.figures.tab];
  function figuresGrid(model) {
    const t = catalogue(model.language).report.figures;
    return [[...t.header], ...(model.figures ?? []).map((x2) => [x2.key, t.labels[x2.key], x2.value ?? null])];
  }

  // src/core/report/read-participation.ts
  var COUNT_KEYS = ["staff", "children", "parents", "others"];
  function activityParticipation(grid) {
    if (!grid || grid.length === 0) return [];
    const byActivity = /* @__PURE__ */ new Map();
    for (const { cells } of readTable(ACTIVITY_RESULTS_TABLE, grid).rows) {
      const activityId2 = cellText(cells.activityId).trim().toUpperCase();
      if (activityId2 === "") continue;
      const entry2 = { activityId: activityId2 };
      for (const key of COUNT_KEYS) {
        const value = cells[key];
        if (typeof value === "number" && Number.isInteger(value) && value >= 0) entry2[key] = value;
      }
      const at2 = cellText(cells.submittedAt);
      const known = byActivity.get(activityId2);
      if (!known || at2 >= known.at) byActivity.set(activityId2, { at: at2, entry: entry2 });
    }
    return [...byActivity.values()].map((v) => v.entry).sort((a, b) => a.activityId < b.activityId ? -1 : 1);
  }

  // src/app/report/build-report.ts
  var REPORT_TABLES = [
    "settings",
    "people",
    "families",
    "activities",
    "outreach",
    "attendance",
    "trainingSignups",
    "nominations",
    "activityResults",
    "outbox"
  ];
  function buildReportModel(ports, options = {}) {
    const { grids, tabNames } = readTabs(
      ports.tables,
      ALL_TABLES.filter((spec) => REPORT_TABLES.includes(spec.key))
    );
    const zone = parseSettings(grids.settings, tabNames.settings ?? SETTINGS_TABLE.name).settings?.timeZone;
    const at2 = options.at ?? toWallClock(ports.clock.now(), zone && isKnownTimeZone(zone) ? zone : SCHOOL_TIME_ZONE);
    const participation = options.participation ?? activityParticipation(grids.activityResults);
    return buildReport({
      grids,
      tabNames,
      at: at2,
      participation,
      env: { spreadsheetTimeZone: ports.env.spreadsheetTimeZone(), scriptTimeZone: ports.env.scriptTimeZone() }
    });
  }

  // src/app/report/figures-tab.ts
  function writeFiguresTab(tables, model) {
    const names = tables.tableNames();
    const name = FIGURES_TAB_NAMES.find((n2) => names.includes(n2)) ?? catalogue(model.language).report.figures.tab;
    tables.create(name);
    const grid = figuresGrid(model);
    const before = tables.read(name) ?? [];
    const width = grid[0].length;
    const blank = Array.from(
      { length: Math.max(0, before.length - grid.length) },
      () => Array.from({ length: width }, () => null)
    );
    tables.write(name, 0, 0, [...grid, ...blank]);
    return name;
  }

  // src/core/report/report-link-mail.ts
  function reportLinkMail(data) {
    const t = catalogue(data.language).report.mail;
    const year = data.year === void 0 ? "" : ` ${data.year}`;
    return simpleMail({
      language: data.language,
      subject: t.subject(year, data.preview ? t.preview : ""),
      greeting: t.greeting,
      paragraphs: [t.body(year, data.preview, data.url)],
      facts: data.headline.map((h) => [h.label, h.value]),
      closing: t.closing,
      signature: data.senderName || data.school
    });
  }

  // src/app/report/report-link-entry.ts
  function reportLinkEntry(settings, model, document, leadership) {
    const year = settings.year;
    const mail3 = reportLinkMail({
      language: settings.language,
      school: settings.school,
      ...year === void 0 ? {} : { year },
      url: document.url,
      preview: model.preview,
      headline: model.headline,
      ...settings.senderName ? { senderName: settings.senderName } : {}
    });
    const key = outboxKey("report-mail", String(year ?? ""), model.preview ? "preview" : "final", document.id);
    return mailEntry(
      {
        key,
        to: leadership,
        mail: mail3,
        ...settings.senderName ? { senderName: settings.senderName } : {},
        ...settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}
      },
      model.at
    );
  }

  // src/app/report/report-retry.ts
  var REPORT_RETRY_MS = 2 * 6e4;
  var QUOTA_RETRY_MS = 5 * 36e5;
  var MAX_REPORT_RETRIES = 10;
  var ATTEMPTS_KEY = "report.retry.attempts";
  function retryScheduledReport(ports, language, deadline, waitMs) {
    const retry = ports.reportRetry;
    if (!retry) return void 0;
    const t = catalogue(language).report.job;
    const attempts = Number(ports.properties.get(ATTEMPTS_KEY) ?? "0") || 0;
    if (attempts >= MAX_REPORT_RETRIES) {
      ports.log.error(t.retriesSpent(attempts));
      return void 0;
    }
    const afterMs = waitMs ?? (deadline ? Math.max(REPORT_RETRY_MS, deadline.leaseEndMs - ports.clock.now().getTime() + LEASE_MARGIN_MS) : REPORT_RETRY_MS);
    try {
      retry.schedule(afterMs);
    } catch (error) {
      ports.log.error(t.retryFailed(error instanceof Error ? error.message : String(error)));
      return void 0;
    }
    ports.properties.set(ATTEMPTS_KEY, String(attempts + 1));
    return afterMs;
  }
  function scheduledReportDone(ports) {
    if (!ports.reportRetry) return;
    if (ports.properties.get(ATTEMPTS_KEY) === void 0) return;
    ports.properties.delete(ATTEMPTS_KEY);
    try {
      ports.reportRetry.cancel();
    } catch (error) {
      ports.log.error(error instanceof Error ? error.message : String(error));
    }
  }

  // src/app/report/report-job.ts
  var LOCK_WAIT_MS2 = 3e4;
  var reportDocumentKey = (year) => `report.document.${year ?? "unknown"}`;
  var finalReportKey = (year) => `report.final.${year ?? "unknown"}`;
  var REPORT_CLAIM_KEY = "report.claim";
  function runReportJob(ports, options) {
    const deadline = ports.deadline ?? executionDeadline(ports.clock);
    let begun;
    try {
      begun = ports.lock.withLock(LOCK_WAIT_MS2, () => begin2(ports, options, deadline));
    } catch (error) {
      if (!(error instanceof LockUnavailableError) || options.mode !== "schedule") throw error;
      return busy(true, retryScheduledReport(ports, void 0));
    }
    if (!("begun" in begun)) return begun;
    const started = begun;
    const { settings, model, knownId } = started;
    const leadership = settings?.leadershipEmails ?? [];
    let document;
    try {
      document = ports.documents.render(model, knownId);
      ports.properties.set(reportDocumentKey(settings?.year), document.id);
      if (leadership.length > 0) ports.documents.share(document.id, leadership);
    } catch (error) {
      releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
      if (options.mode === "schedule" && spentDailyQuota(errorMessage(error)) === "documents")
        retryScheduledReport(ports, settings?.language, void 0, QUOTA_RETRY_MS);
      throw error;
    }
    return underLockOrBusy(
      ports.lock,
      LOCK_WAIT_MS2,
      () => record(ports, started, document, deadline),
      () => {
        releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
        ports.log.error(catalogue(settings?.language).report.job.notRecorded);
        return {
          model,
          document,
          sharedWith: leadership,
          mailQueued: false,
          alreadyDone: false,
          recorded: false
        };
      }
    );
  }
  function begin2(ports, options, deadline) {
    const settings = readSettings(ports.tables);
    const year = settings?.year;
    if (options.mode === "schedule" && ports.properties.get(finalReportKey(year)) !== void 0) {
      scheduledReportDone(ports);
      return { sharedWith: [], mailQueued: false, alreadyDone: true };
    }
    if (!takeClaim(ports.properties, REPORT_CLAIM_KEY, deadline, ports.clock.now().getTime())) {
      ports.log.info(catalogue(settings?.language).report.job.claimBusy);
      const scheduled = options.mode === "schedule";
      return busy(scheduled, scheduled ? retryScheduledReport(ports, settings?.language) : void 0);
    }
    try {
      if (options.mode === "schedule") retryScheduledReport(ports, settings?.language, deadline);
      const model = buildReportModel(ports, options.at ? { at: options.at } : {});
      return { begun: true, settings, model, knownId: ports.properties.get(reportDocumentKey(year)) };
    } catch (error) {
      releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
      throw error;
    }
  }
  function record(ports, begun, document, deadline) {
    const { settings, model } = begun;
    const year = settings?.year;
    ports.properties.set(reportDocumentKey(year), document.id);
    if (!model.preview) {
      ports.properties.set(finalReportKey(year), document.id);
      scheduledReportDone(ports);
    }
    writeFiguresTab(ports.tables, model);
    const leadership = settings?.leadershipEmails ?? [];
    let mailQueued = false;
    if (leadership.length > 0 && settings) {
      const entry2 = reportLinkEntry(settings, model, document, leadership);
      mailQueued = enqueueEntries(ports.tables, [entry2]).added.length > 0;
    } else {
      ports.log.error(catalogue(settings?.language).report.log.notShared);
    }
    releaseClaim(ports.properties, REPORT_CLAIM_KEY, deadline);
    return { model, document, sharedWith: leadership, mailQueued, alreadyDone: false, recorded: true };
  }
  function busy(scheduled, retryAfterMs) {
    return {
      sharedWith: [],
      mailQueued: false,
      alreadyDone: false,
      busy: retryAfterMs === void 0 ? { scheduled } : { scheduled, retryAfterMs }
    };
  }

  // src/app/jobs/response-queue.ts
  function acceptResponse(ports, response) {
    try {
      ports.inbox.put(response);
    } catch (error) {
      ports.log.error(texts3(ports).notKept(response.responseId, message2(error)));
      throw error;
    }
    ensureProcessingRun(ports);
  }
  function acceptBlankSubmit(ports, formId) {
    ports.log.error(texts3(ports).blankEvent(formId));
    ports.inbox.askSweep();
    ensureProcessingRun(ports);
  }
  function ensureProcessingRun(ports) {
    const due = ports.runs.pendingDue();
    if (due !== void 0 && Date.parse(due) + PROCESSING_STALE_MS > ports.clock.now().getTime()) return;
    scheduleRun(ports);
  }
  function scheduleRun(ports) {
    try {
      ports.runs.schedule(PROCESS_AFTER_MS);
    } catch {
      try {
        ports.runs.clear();
        ports.runs.schedule(PROCESS_AFTER_MS);
      } catch (error) {
        ports.log.error(texts3(ports).notScheduled(message2(error)));
      }
    }
  }
  function* processResponsesJob(ports) {
    const t = texts3(ports);
    const { waiting, sweep } = ports.inbox.read();
    if (waiting.length === 0 && !sweep) {
      finishRun(ports, /* @__PURE__ */ new Set(), false);
      return { text: t.nothing };
    }
    const fetched = ports.inbox.fetch(waiting);
    for (const { response, detail } of fetched.failed)
      ports.log.error(t.fetchFailed(response.responseId, response.formId, detail));
    let swept;
    if (sweep) swept = yield* perform({ kind: "missedResponses", now: ports.clock.now() });
    const submissions = [...fetched.fetched.map((f) => f.submission), ...swept?.submissions ?? []];
    let summary;
    try {
      summary = importResponses(ports, submissions, { lockTimeoutMs: PROCESS_LOCK_WAIT_MS });
    } catch (error) {
      if (!(error instanceof LockUnavailableError)) throw error;
      ports.runs.clear();
      scheduleRun(ports);
      ports.log.info(t.busy(waiting.length));
      return { text: t.busy(waiting.length) };
    }
    swept?.done();
    ports.inbox.remove(
      fetched.fetched.map((f) => f.response.responseId),
      sweep
    );
    finishRun(ports, new Set(waiting.map((w) => w.responseId)), sweep);
    const line = t.recorded(summary.recorded, summary.duplicates, summary.flagged);
    ports.log.info(line);
    const queued = summary.outcomes.some((o) => o.queued.length > 0);
    const drained = queued ? yield* perform({ kind: "drain" }) : void 0;
    return { text: drained ? `${line}
${drained.message}` : line, summary };
  }
  function finishRun(ports, handled, sweptNow) {
    ports.runs.clear();
    const after = ports.inbox.read();
    const more = after.waiting.some((w) => !handled.has(w.responseId)) || after.sweep && !sweptNow;
    if (more) scheduleRun(ports);
  }
  var texts3 = (ports) => catalogue(uiLanguage(ports.properties)).forms.queue;
  function message2(error) {
    return error instanceof Error ? error.message : String(error);
  }

  // src/app/forms/sync-forms.ts
  var formIdProperty = (formId) => `form.${formId}.id`;
  var FORM_URL_SETTING = {
    attendance: "attendanceFormUrl",
    training: "trainingFormUrl",
    nomination: "nominationFormUrl",
    result: "resultFormUrl"
  };
  function syncForms(ports) {
    const { tables, properties, forms: forms3, log } = ports;
    const context = loadFormsContext(tables);
    const training = loadTab(tables, TRAINING_SIGNUPS_TABLE, context.allTabNames);
    const seatsTaken = seatsFromTrainingRows(training.rows).seated;
    const specs = buildFormSpecs(context.plan, { seatsTaken });
    const made = [];
    for (const spec of specs) {
      const key = formIdProperty(spec.id);
      const known = properties.get(key);
      const handle = forms3.upsert(spec, known === "" ? void 0 : known);
      if (handle.id !== known) properties.set(key, handle.id);
      if (spec.id === "result") keepResultLinks(properties, context.plan.activities, handle.prefilled ?? {});
      made.push({ ...handle, formId: spec.id });
    }
    writeLinks(ports, context, made);
    const texts4 = catalogue(context.settings?.language).forms.app;
    log.info(texts4.formsMade(made.map((f) => texts4.formMade(f.formId, f.created)).join(", ")));
    return { forms: made };
  }
  function keepResultLinks(properties, activities2, prefilled) {
    for (const activity of activities2) {
      const url = prefilled[resultActivityLabel(activity)];
      if (url === void 0) continue;
      const key = resultLinkProperty(activity.id);
      if (properties.get(key) !== url) properties.set(key, url);
    }
  }
  function writeLinks(ports, context, forms3) {
    const tabName = context.tabNames.settings;
    const table3 = context.tables.settings;
    const grid = context.grids.settings;
    if (tabName === void 0 || table3 === void 0 || grid === void 0 || grid.length === 0) {
      ports.log.error(catalogue(context.settings?.language).forms.app.noSettingsTab);
      return;
    }
    const tab = {
      spec: SETTINGS_TABLE,
      tabName,
      exists: true,
      grid,
      header: table3.header,
      rows: table3.rows.map((r) => ({ row: r.row, cells: r.cells }))
    };
    const changed = /* @__PURE__ */ new Map();
    const added = [];
    for (const form of forms3) {
      const setting = SETTINGS.find((s) => s.key === FORM_URL_SETTING[form.formId]);
      const labels = [setting.label, ...setting.aliases].map(foldHeader);
      const row = table3.rows.find((r) => labels.includes(foldHeader(cellText(r.cells["label"]))));
      if (!row) added.push({ label: setting.label, value: form.publishedUrl, help: setting.help });
      else if (cellText(row.cells["value"]) !== form.publishedUrl)
        changed.set(row.row, { value: form.publishedUrl });
    }
    writeRows(ports.tables, tab, changed, added);
  }

  // src/gas/form-event.ts
  function noEventMessage(lang = "vi") {
    return catalogue(lang).forms.gas.noEvent;
  }
  var NO_EVENT_MESSAGE = noEventMessage();
  function submissionFromResponse(response, formId, timeZone) {
    const answers = {};
    for (const itemResponse of response.getItemResponses()) {
      const title = itemResponse.getItem().getTitle();
      const value = itemResponse.getResponse();
      answers[title] = Array.isArray(value) ? value.map((v) => String(v)) : value == null ? "" : String(value);
    }
    const email = response.getRespondentEmail();
    return {
      formId,
      raw: {
        responseId: response.getId(),
        timestamp: toWallClock(new Date(response.getTimestamp().getTime()), timeZone),
        ...email ? { email } : {},
        answers
      }
    };
  }

  // src/app/jobs/triggers.ts
  var minutes = (ms) => Math.round(ms / 6e4);
  var SUBMIT_HANDLERS = {
    attendance: "onAttendanceSubmit",
    training: "onTrainingSubmit",
    nomination: "onNominationSubmit",
    result: "onResultSubmit"
  };
  var TRIGGER_RULES = [
    {
      handler: "drainOutbox",
      job: "drain",
      when: { kind: "daily", at: DAILY_DRAIN_AT },
      does: "Đồng bộ lịch (nếu đã bật), rồi gửi thư đang chờ trong hạn mức của ngày.",
      retries: 'Hết 270 giây: hẹn một lần chạy tiếp. Hết hạn mức: thư chờ đến khi hạn mức được cấp lại (24 giờ sau thư đầu tiên của lượt hạn mức), mỗi lần gửi đều kiểm tra lại. Lỗi tạm thời: thử lại sau 5, 10, 20… phút. Lỗi chưa rõ: thử lại sau 20, 40 phút, "thất bại" sau 3 lần.'
    },
    {
      handler: "continueOutboxDrain",
      job: "continuation",
      when: { kind: "oneOff" },
      does: `Chạy ${minutes(EDIT_SYNC_AFTER_MS)} phút sau một lần sửa kế hoạch, hoặc khi lần gửi trước hết giờ: đồng bộ lịch nếu có sửa đổi, rồi gửi thư.`,
      retries: `Lịch bị giới hạn tốc độ: thử lại ở lần chạy sau, tối đa ${MAX_RETRY_RUNS} lần liên tiếp (lần gửi hằng ngày vẫn thử).`
    },
    {
      handler: "sendReminders",
      job: "reminders",
      when: { kind: "daily", at: REMINDERS_AT },
      does: "Xếp một thư nhắc cho mỗi khách mời của hoạt động ngày mai, rồi gửi thư.",
      retries: "Chạy lại không xếp trùng (mỗi người, mỗi ngày một thư)."
    },
    {
      handler: "sendDailyProgress",
      job: "progress",
      when: { kind: "daily", at: DAILY_PROGRESS_AT },
      does: "Ghi các câu trả lời bị bỏ lỡ, xin người phụ trách báo cáo kết quả các hoạt động đã kết thúc (hôm trước giờ lập báo cáo: nhắc một lần), xếp tin tiến độ cho người tổ chức, rồi gửi thư.",
      retries: "Mỗi ngày một tin, mỗi người phụ trách một thư; câu trả lời đã ghi không ghi lại."
    },
    {
      handler: "purgePersonalData",
      job: "purge",
      when: { kind: "daily", at: PURGE_AT },
      does: "Sau thời hạn lưu trữ: xóa dữ liệu cá nhân của phụ huynh, giữ số liệu.",
      retries: "Chạy lại không thay đổi gì thêm."
    },
    {
      handler: "buildReportOnSchedule",
      job: "report",
      when: { kind: "reportTime" },
      does: "Lập báo cáo chính thức, chia sẻ với Ban giám hiệu, gửi thư báo đường dẫn.",
      retries: "Lần chạy thứ hai thấy báo cáo đã lập và không làm gì."
    },
    {
      handler: "onPlanEdit",
      job: "planEdited",
      when: { kind: "edit" },
      does: `Đánh dấu lịch cần đồng bộ và hẹn một lần chạy tiếp sau ${minutes(EDIT_SYNC_AFTER_MS)} phút (không gọi Lịch).`,
      retries: "Nhiều lần sửa liền nhau chỉ hẹn một lần chạy."
    },
    {
      handler: "processResponses",
      job: "processResponses",
      when: { kind: "oneOff" },
      does: `Chạy ${minutes(PROCESS_AFTER_MS)} phút sau câu trả lời đầu tiên đang chờ: ghi mọi câu trả lời đang chờ trong một lượt (bỏ trùng, chuẩn hóa, xếp chỗ, xếp thư xác nhận), rồi gửi thư.`,
      retries: `Bảng tính đang bận: tự hẹn lại sau ${minutes(PROCESS_AFTER_MS)} phút, không bỏ câu trả lời nào. Lần chạy bị ngắt: câu trả lời vẫn chờ, lần gửi biểu mẫu sau ${minutes(PROCESSING_STALE_MS)} phút hẹn lần chạy mới; tin tiến độ lúc 17:00 quét lại các biểu mẫu.`
    },
    ...Object.entries(SUBMIT_HANDLERS).map(([, handler]) => ({
      handler,
      job: "recordResponse",
      when: { kind: "formSubmit" },
      does: `Lưu câu trả lời vào hàng chờ (không khóa, không mở bảng tính) và hẹn lần xử lý sau ${minutes(PROCESS_AFTER_MS)} phút nếu chưa có.`,
      retries: "Không phải chờ ai; câu trả lời gửi hai lần chỉ ghi một. Lần chạy lỗi: tin tiến độ lúc 17:00 ghi lại từ biểu mẫu."
    }))
  ];
  var CONTINUATION_HANDLER = handlerOf2("continuation");
  var DAILY_DRAIN_HANDLER = handlerOf2("drain");
  var REMINDERS_HANDLER = handlerOf2("reminders");
  var EDIT_HANDLER = handlerOf2("planEdited");
  var REPORT_HANDLER = handlerOf2("report");
  var PURGE_HANDLER = handlerOf2("purge");
  var PROCESS_RESPONSES_HANDLER = handlerOf2("processResponses");
  var DAILY_TRIGGERS = TRIGGER_RULES.flatMap(
    (rule) => rule.when.kind === "daily" ? [{ handler: rule.handler, ...rule.when.at }] : []
  );
  function handlerOf2(job) {
    const rule = TRIGGER_RULES.find((r) => r.job === job);
    if (!rule) throw new Error(`no trigger runs ${job}`);
    return rule.handler;
  }

  // src/gas/response-inbox.ts
  var WAITING_PREFIX = "submit:";
  var SWEEP_KEY = "responses.sweepAsked";
  var DUE_KEY = "responses.processDue";
  function scriptStore() {
    let cached;
    return () => cached ?? (cached = PropertiesService.getScriptProperties());
  }
  function propertiesOf(store) {
    return {
      get: (key) => store().getProperty(key) ?? void 0,
      set: (key, value) => void store().setProperty(key, value),
      delete: (key) => void store().deleteProperty(key)
    };
  }
  function propertyInbox(store, timeZone) {
    return {
      put: (response) => void store().setProperty(
        WAITING_PREFIX + response.responseId,
        JSON.stringify({ form: response.formId, at: response.receivedAt })
      ),
      askSweep: () => void store().setProperty(SWEEP_KEY, (/* @__PURE__ */ new Date()).toISOString()),
      read: () => {
        const all = store().getProperties();
        const waiting = [];
        for (const [key, value] of Object.entries(all)) {
          if (!key.startsWith(WAITING_PREFIX)) continue;
          const parsed = parseWaiting(key.slice(WAITING_PREFIX.length), value);
          if (parsed) waiting.push(parsed);
        }
        waiting.sort((a, b) => a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0);
        return { waiting, sweep: all[SWEEP_KEY] !== void 0 };
      },
      fetch: (waiting) => {
        const forms3 = /* @__PURE__ */ new Map();
        const open = (formId) => {
          const known = forms3.get(formId);
          if (known) return known;
          const id = store().getProperty(formIdProperty(formId));
          if (!id) throw new Error(`no form ${formId}`);
          const form = FormApp.openById(id);
          forms3.set(formId, form);
          return form;
        };
        const fetched = [];
        const failed = [];
        for (const response of waiting) {
          try {
            const found = open(response.formId).getResponse(response.responseId);
            fetched.push({ response, submission: submissionFromResponse(found, response.formId, timeZone()) });
          } catch (error) {
            failed.push({ response, detail: error instanceof Error ? error.message : String(error) });
          }
        }
        return { fetched, failed };
      },
      remove: (responseIds, sweep) => {
        for (const id of responseIds) store().deleteProperty(WAITING_PREFIX + id);
        if (sweep) store().deleteProperty(SWEEP_KEY);
      }
    };
  }
  function parseWaiting(responseId, value) {
    try {
      const data = JSON.parse(value);
      const formId = FORM_IDS.find((f) => f === data.form);
      if (!formId || responseId === "") return void 0;
      return { formId, responseId, receivedAt: typeof data.at === "string" ? data.at : "" };
    } catch {
      return void 0;
    }
  }
  function processingRuns(store, now) {
    return {
      pendingDue: () => store().getProperty(DUE_KEY) ?? void 0,
      schedule(afterMs) {
        const delay = Math.max(1, Math.round(afterMs));
        ScriptApp.newTrigger(PROCESS_RESPONSES_HANDLER).timeBased().after(delay).create();
        store().setProperty(DUE_KEY, new Date(now().getTime() + delay).toISOString());
      },
      clear() {
        for (const trigger of ScriptApp.getProjectTriggers()) {
          if (trigger.getHandlerFunction() === PROCESS_RESPONSES_HANDLER) ScriptApp.deleteTrigger(trigger);
        }
        store().deleteProperty(DUE_KEY);
      }
    };
  }

  // src/gas/calendar.ts
  var ACTIVITY_TAG = "activityId";
  var YEAR_TAG = "learningWeekYear";
  var weekCalendarName = (year, school) => `Tuần lễ HTSĐ ${year} – ${school}`;
  var calendarIdKey = (year) => `calendar.${year}.calendarId`;
  function openWeekCalendar(identity, properties, options = { create: true }) {
    if (identity.mode === "default") return { calendar: CalendarApp.getDefaultCalendar(), created: false };
    const key = calendarIdKey(identity.year);
    const knownId = properties.get(key);
    const byId = knownId ? CalendarApp.getCalendarById(knownId) : null;
    if (byId) return { calendar: byId, created: false };
    const name = weekCalendarName(identity.year, identity.school);
    const byName = CalendarApp.getCalendarsByName(name)[0];
    if (byName) {
      properties.set(key, byName.getId());
      return { calendar: byName, created: false };
    }
    if (!options.create) return void 0;
    const made = CalendarApp.createCalendar(name, { timeZone: zoneOf(identity.timeZone) });
    properties.set(key, made.getId());
    return { calendar: made, created: true };
  }
  var zoneOf = (zone) => isKnownTimeZone(zone) ? zone : SCHOOL_TIME_ZONE;
  var GasCalendar = class {
    constructor(readIdentity, properties) {
      this.readIdentity = readIdentity;
      this.properties = properties;
    }
    get identity() {
      return this.identityCache ?? (this.identityCache = this.readIdentity());
    }
    calendar() {
      return this.opened ?? (this.opened = openWeekCalendar(this.identity, this.properties).calendar);
    }
    createEvent(event) {
      const [start, end] = instants(event);
      const made = this.calendar().createEvent(event.title, start, end, {
        guests: event.guests.join(","),
        sendInvites: true,
        description: event.description,
        ...event.location ? { location: event.location } : {}
      });
      made.setTag(ACTIVITY_TAG, event.activityId);
      made.setTag(YEAR_TAG, String(this.identity.year));
      setReminders(made, event);
      const id = made.getId();
      this.tagged?.set(event.activityId, id);
      return id;
    }
    updateEvent(id, event) {
      const found = this.event(id);
      if (!found) return false;
      const [start, end] = instants(event);
      found.setTitle(event.title);
      found.setTime(start, end);
      found.setLocation(event.location ?? "");
      found.setDescription(event.description);
      setReminders(found, event);
      return true;
    }
    addGuests(id, emails) {
      const found = this.event(id);
      if (!found) return false;
      const present = new Set(guestsOf(found));
      for (const email of emails) if (!present.has(email.toLowerCase())) found.addGuest(email);
      return true;
    }
    guestList(id) {
      const found = this.event(id);
      return found ? guestsOf(found) : void 0;
    }
    removeGuests(id, emails) {
      const found = this.event(id);
      if (!found) return false;
      for (const email of emails) found.removeGuest(email);
      return true;
    }
    deleteEvent(id) {
      const found = this.event(id);
      if (found) found.deleteEvent();
      for (const [activity, eventId] of this.tagged ?? []) if (eventId === id) this.tagged.delete(activity);
    }
    findByTag(activityId2) {
      return this.taggedEvents().get(activityId2);
    }
    event(id) {
      return this.calendar().getEventById(id) ?? void 0;
    }
    /** activity id → event id over the week (one getEvents, one or two getTag per event). */
    taggedEvents() {
      if (this.tagged) return this.tagged;
      const { weekStart, weekEnd, timeZone, year } = this.identity;
      const zone = zoneOf(timeZone);
      const from = toInstant(withTime(weekStart, 0), zone);
      const to = toInstant(addDays(withTime(weekEnd, 0), 1), zone);
      const map = /* @__PURE__ */ new Map();
      for (const event of this.calendar().getEvents(from, to)) {
        const activity = event.getTag(ACTIVITY_TAG);
        if (!activity || event.getTag(YEAR_TAG) !== String(year)) continue;
        if (!map.has(activity)) map.set(activity, event.getId());
      }
      this.tagged = map;
      return map;
    }
  };
  function guestsOf(event) {
    return event.getGuestList().map((g) => g.getEmail().toLowerCase());
  }
  function instants(event) {
    const zone = zoneOf(event.timeZone);
    return [toInstant(event.start, zone), toInstant(event.end, zone)];
  }
  function setReminders(event, desired) {
    event.removeAllReminders();
    for (const minutes2 of desired.reminderMinutes) event.addPopupReminder(minutes2);
  }

  // src/gas/calendar-zones.ts
  function zoneMismatches(zones, language = "vi") {
    const t = catalogue(language).calendar.apps;
    const lines = [];
    const { school, calendar: calendar3, spreadsheet, script } = zones;
    if (calendar3 && calendar3.zone !== school) {
      lines.push(t.calendarZone(calendar3.name, calendar3.zone, school));
    }
    if (spreadsheet !== void 0 && spreadsheet !== school) {
      lines.push(t.sheetZone(spreadsheet, school));
    }
    if (script !== void 0 && script !== school) {
      lines.push(t.scriptZone(script, school));
    }
    return lines;
  }

  // src/gas/calendar-sync.ts
  function gasCalendar(runtime) {
    return new GasCalendar(() => weekIdentity(runtime.tables), runtime.properties);
  }
  function weekIdentity(tables) {
    const settings = readSettings(tables);
    if (!settings) {
      throw new Error(catalogue("vi").calendar.apps.noSettings);
    }
    return {
      year: settings.year,
      school: settings.school,
      timeZone: settings.timeZone,
      mode: settings.calendarMode,
      weekStart: settings.weekStart,
      weekEnd: settings.weekEnd,
      language: settings.language
    };
  }
  function zoneLines(runtime, identity, calendar3) {
    return zoneMismatches(
      {
        school: identity.timeZone,
        ...calendar3 ? { calendar: { name: calendar3.getName(), zone: calendar3.getTimeZone() } } : {},
        spreadsheet: runtime.env.spreadsheetTimeZone(),
        script: runtime.env.scriptTimeZone()
      },
      identity.language
    );
  }
  function ensureWeekCalendar(runtime) {
    const identity = weekIdentity(runtime.tables);
    const opened = openWeekCalendar(identity, runtime.properties);
    const name = opened.calendar.getName();
    const t = catalogue(identity.language).calendar.apps;
    const line = identity.mode === "default" ? t.defaultCalendar(name) : opened.created ? t.created(name) : t.present(name);
    return [line, ...zoneLines(runtime, identity, opened.calendar)].join("\n");
  }
  function calendarPreview(runtime) {
    const plan = planCalendarSync(runtime);
    const overCap = plan.settings ? overCapNotes(plan.desired.values(), GUEST_LIST_CAP, plan.settings.language) : [];
    const lines = [plan.message, ...[...plan.preview, ...overCap].map((l) => `• ${l}`)];
    if (plan.settings) {
      const identity = weekIdentity(runtime.tables);
      const opened = openWeekCalendar(identity, runtime.properties, { create: false });
      if (!opened)
        lines.push(
          catalogue(identity.language).calendar.apps.notYet(weekCalendarName(identity.year, identity.school))
        );
      lines.push(...zoneLines(runtime, identity, opened?.calendar));
    }
    return lines.join("\n");
  }
  function applyCalendar(runtime) {
    const calendar3 = gasCalendar(runtime);
    const result = syncCalendar({ ...runtime, calendar: calendar3 });
    const lines = [result.message];
    if (result.applied > 0) {
      const zones = zoneLines(runtime, calendar3.identity, calendar3.calendar());
      for (const line of zones) runtime.log.error(line);
      lines.push(...zones);
    }
    return {
      ran: result.ran,
      ...result.busy ? { busy: true } : {},
      applied: result.applied,
      pending: result.pending,
      failed: result.failed,
      lines
    };
  }

  // src/gas/form-copies-purge.ts
  function purgeFormCopies(properties, spreadsheet, responses, log) {
    const t = catalogue(uiLanguage(properties)).privacy;
    let deleted = 0;
    let tabs = 0;
    for (const formId of ["nomination", "training", "attendance"]) {
      const storedId = properties.get(formIdProperty(formId));
      if (!storedId) continue;
      try {
        const form = FormApp.openById(storedId);
        deleted += deleteRecorded(form, new Set(responses[formId]));
        tabs += deleteResponseTab(form, spreadsheet);
      } catch (error) {
        log.error(t.formCopiesFailed(formId, error instanceof Error ? error.message : String(error)));
      }
    }
    return deleted + tabs === 0 ? "" : t.formCopies(deleted, tabs);
  }
  function deleteRecorded(form, recorded) {
    if (recorded.size === 0) return 0;
    let deleted = 0;
    for (const response of form.getResponses()) {
      const id = response.getId();
      if (!recorded.has(id)) continue;
      form.deleteResponse(id);
      deleted++;
    }
    return deleted;
  }
  function deleteResponseTab(form, spreadsheet) {
    let destination;
    try {
      destination = form.getDestinationId();
    } catch {
      return 0;
    }
    if (destination !== spreadsheet.getId()) return 0;
    const formId = form.getId();
    const linked = spreadsheet.getSheets().filter((sheet3) => (sheet3.getFormUrl() ?? "").includes(formId));
    form.removeDestination();
    for (const sheet3 of linked) spreadsheet.deleteSheet(sheet3);
    return linked.length;
  }

  // src/gas/services.ts
  function scriptProperties() {
    let cached;
    const store = () => cached ?? (cached = PropertiesService.getScriptProperties());
    return {
      get: (key) => store().getProperty(key) ?? void 0,
      set: (key, value) => {
        store().setProperty(key, value);
      },
      delete: (key) => {
        store().deleteProperty(key);
      }
    };
  }
  function scriptLock() {
    let depth = 0;
    return {
      withLock(timeoutMs, fn) {
        if (depth > 0) return fn();
        const lock = LockService.getScriptLock();
        if (!lock.tryLock(timeoutMs)) throw new LockUnavailableError();
        depth++;
        try {
          return fn();
        } finally {
          depth--;
          lock.releaseLock();
        }
      }
    };
  }
  function consoleLog() {
    return {
      info: (message4) => console.info(message4),
      error: (message4) => console.error(message4)
    };
  }
  function systemClock() {
    return { now: () => /* @__PURE__ */ new Date() };
  }
  function environment(spreadsheetZone, locale) {
    return {
      spreadsheetTimeZone: spreadsheetZone,
      scriptTimeZone: () => Session.getScriptTimeZone(),
      ...locale ? { spreadsheetLocale: locale } : {}
    };
  }

  // src/gas/ui.ts
  function availableUi() {
    try {
      return SpreadsheetApp.getUi();
    } catch {
      return void 0;
    }
  }
  function tell(title, message4) {
    const ui = availableUi();
    if (ui) {
      ui.alert(title, message4, ui.ButtonSet.OK);
    } else {
      console.info(`${title}
${message4}`);
    }
  }
  function toast(spreadsheet, title, message4) {
    try {
      spreadsheet.toast(message4, title, 10);
    } catch {
    }
  }

  // src/gas/consent.ts
  function consentMessage(authorizationUrl, lang = "vi") {
    const t = catalogue(lang).shell;
    return [
      t.consentWhy,
      t.consentHow,
      authorizationUrl ? t.consentOpen(authorizationUrl) : t.consentRerunFirst,
      t.consentTick,
      t.consentRerun
    ].join("\n");
  }
  function missingConsent() {
    let info;
    try {
      info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    } catch {
      return void 0;
    }
    if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return void 0;
    return { url: info.getAuthorizationUrl() };
  }
  function hasFullConsent() {
    const missing = missingConsent();
    if (!missing) return true;
    const lang = uiLanguage(scriptProperties());
    const title = catalogue(lang).shell.consentTitle;
    const text2 = consentMessage(missing.url, lang);
    const ui = availableUi();
    if (!ui) throw new Error(`${title}
${text2}`);
    ui.alert(title, text2, ui.ButtonSet.OK);
    return false;
  }

  // src/app/jobs/plan-edit.ts
  var CALENDAR_TABS = [ACTIVITIES_TABLE, PEOPLE_TABLE, FAMILIES_TABLE, SETTINGS_TABLE];
  function editTouchesCalendar(tabName) {
    return CALENDAR_TABS.some((spec) => findTabName(spec, [tabName]) !== void 0);
  }
  function planEdited(tabName, ports) {
    if (tabName === void 0) return "no-event";
    if (!editTouchesCalendar(tabName)) return "other-tab";
    const { properties, triggers, clock } = ports();
    return markCalendarDirty(properties, triggers, clock) ? "marked" : "not-enabled";
  }

  // src/gas/edit-trigger.ts
  function planEdited2(e, runtime) {
    const range = e?.range;
    return planEdited(range ? range.getSheet().getName() : void 0, runtime);
  }

  // src/gas/messages.ts
  var MENU_FUNCTIONS = [
    "setup",
    "validatePlan",
    "openDashboard",
    "syncForms",
    "sendInvitations",
    "drainOutbox",
    "previewCalendarSync",
    "syncCalendar",
    "buildReportNow",
    "importPlan",
    "exportPlan",
    "makeAnnouncements",
    "makeCommendation",
    "purgePersonalData",
    "takeOverAutomation"
  ];
  var menuTexts = (lang) => catalogue(lang).menu;
  function menuItems(lang) {
    const items = menuTexts(lang).items;
    return MENU_FUNCTIONS.map((functionName) => ({ caption: items[functionName], functionName }));
  }
  function formsSummary(forms3, lang) {
    const t = menuTexts(lang);
    if (forms3.length === 0) return t.noForms;
    return forms3.map((f) => t.formMade(f.created, f.title, f.url)).join("\n");
  }
  function triggersSummary(result, lang) {
    const t = menuTexts(lang);
    const parts = [result.created.length > 0 ? t.triggersCreated(result.created.length) : t.triggersPresent];
    if (result.removed > 0) parts.push(t.triggersRemoved(result.removed));
    return parts.join(" ");
  }
  function failureText(error, lang) {
    const detail = errorMessage(error);
    const quota = spentDailyQuota(detail);
    return quota ? menuTexts(lang).dailyQuota[quota] : menuTexts(lang).failure(detail);
  }
  function explainedFailure(error, lang) {
    const detail = errorMessage(error);
    const quota = spentDailyQuota(detail);
    return quota ? new Error(`${menuTexts(lang).dailyQuota[quota]} (${detail})`) : error;
  }

  // src/gas/continuation.ts
  var DUE_KEY2 = "outbox.continuation.dueAt";
  function continuationTriggers(properties, now) {
    const ours = () => ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === CONTINUATION_HANDLER);
    const cancel = () => {
      for (const trigger of ours()) ScriptApp.deleteTrigger(trigger);
      properties.delete(DUE_KEY2);
    };
    return {
      scheduleContinuation(afterMs) {
        cancel();
        const delay = Math.max(1, Math.round(afterMs));
        ScriptApp.newTrigger(CONTINUATION_HANDLER).timeBased().after(delay).create();
        properties.set(DUE_KEY2, new Date(now().getTime() + delay).toISOString());
      },
      cancelContinuation: cancel,
      hasPendingContinuation() {
        const due = properties.get(DUE_KEY2);
        if (due === void 0 || Date.parse(due) <= now().getTime()) return false;
        return ours().length > 0;
      }
    };
  }

  // src/gas/forms.ts
  var GasForms = class {
    constructor(options = {}) {
      this.options = options;
    }
    upsert(spec, knownId) {
      const texts4 = catalogue(spec.language).forms.gas;
      const existing = knownId ? this.open(knownId, texts4) : void 0;
      const form = existing ?? FormApp.create(spec.title);
      const created = existing === void 0;
      form.setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmation);
      if (spec.collectsEmail) this.collectEmails(form, texts4);
      syncItems(form, spec);
      if (!form.isPublished()) form.setPublished(true);
      if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
      return {
        id: form.getId(),
        publishedUrl: form.getPublishedUrl(),
        editUrl: form.getEditUrl(),
        created,
        ...spec.prefill ? { prefilled: prefilledLinks(form, spec, spec.prefill) } : {}
      };
    }
    /** A form the principal deleted (or we may no longer open) is made again. */
    open(id, texts4) {
      try {
        return FormApp.openById(id);
      } catch (error) {
        this.options.log?.(texts4.openFailed(id, describe3(error)));
        return void 0;
      }
    }
    /**
     * Verified addresses (the respondent's Google account) where the account allows it; otherwise
     * the respondent types the address (README explains the difference).
     */
    collectEmails(form, texts4) {
      try {
        if (form.getEmailCollectionType() !== FormApp.EmailCollectionType.VERIFIED) {
          form.setEmailCollectionType(FormApp.EmailCollectionType.VERIFIED);
        }
      } catch (error) {
        this.options.log?.(texts4.verifiedFailed(form.getTitle(), describe3(error)));
        form.setCollectEmail(true);
      }
    }
  };
  function prefilledLinks(form, spec, prefill) {
    const question2 = spec.questions.find((q) => q.key === prefill.questionKey);
    if (!question2 || question2.type !== "list") return {};
    const item2 = form.getItems().find(
      (i2) => i2.getType() === FormApp.ItemType.LIST && foldHeader(i2.getTitle()) === foldHeader(question2.title)
    );
    if (!item2) return {};
    const list = item2.asListItem();
    const out = {};
    for (const value of prefill.values) {
      out[value] = form.createResponse().withItemResponse(list.createResponse(value)).toPrefilledUrl();
    }
    return out;
  }
  function renderedQuestions(spec) {
    return spec.questions.filter((q) => !(spec.collectsEmail && q.type === "email"));
  }
  function syncItems(form, spec) {
    const items = form.getItems();
    const used = /* @__PURE__ */ new Set();
    for (const question2 of renderedQuestions(spec)) {
      const found = items.find(
        (item2) => !used.has(item2) && foldHeader(item2.getTitle()) === foldHeader(question2.title) && item2.getType() === itemType(question2)
      );
      if (found) used.add(found);
      configure(found ?? add(form, question2), question2);
    }
  }
  function itemType(question2) {
    switch (question2.type) {
      case "text":
      case "email":
        return FormApp.ItemType.TEXT;
      case "paragraph":
        return FormApp.ItemType.PARAGRAPH_TEXT;
      case "multipleChoice":
        return FormApp.ItemType.MULTIPLE_CHOICE;
      case "checkbox":
        return FormApp.ItemType.CHECKBOX;
      case "list":
        return FormApp.ItemType.LIST;
    }
  }
  function add(form, question2) {
    switch (question2.type) {
      case "text":
      case "email":
        return form.addTextItem().setTitle(question2.title);
      case "paragraph":
        return form.addParagraphTextItem().setTitle(question2.title);
      case "multipleChoice":
        return form.addMultipleChoiceItem().setTitle(question2.title);
      case "checkbox":
        return form.addCheckboxItem().setTitle(question2.title);
      case "list":
        return form.addListItem().setTitle(question2.title);
    }
  }
  function configure(item2, question2) {
    const help = question2.help ?? "";
    switch (question2.type) {
      case "text":
      case "email": {
        const text2 = item2.asTextItem().setHelpText(help).setRequired(question2.required);
        if (question2.type === "email")
          text2.setValidation(FormApp.createTextValidation().requireTextIsEmail().build());
        return;
      }
      case "paragraph":
        item2.asParagraphTextItem().setHelpText(help).setRequired(question2.required);
        return;
      case "multipleChoice":
        setChoices(item2.asMultipleChoiceItem(), question2).showOtherOption(question2.otherOption === true);
        return;
      case "checkbox":
        setChoices(item2.asCheckboxItem(), question2).showOtherOption(question2.otherOption === true);
        return;
      case "list":
        setChoices(item2.asListItem(), question2);
        return;
    }
  }
  function setChoices(item2, question2) {
    item2.setHelpText(question2.help ?? "").setRequired(question2.required);
    if (question2.choices && question2.choices.length > 0) item2.setChoiceValues([...question2.choices]);
    return item2;
  }
  function describe3(error) {
    return error instanceof Error ? error.message : String(error);
  }

  // src/gas/report-chart.ts
  var WIDTH = 900;
  var HEIGHT = 500;
  function chartBlob(spec) {
    if (spec.data.length === 0) return void 0;
    const series = spec.target ? [...spec.series, spec.target.label] : [...spec.series];
    const table3 = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, spec.categoryTitle);
    for (const name of series) table3.addColumn(Charts.ColumnType.NUMBER, name);
    const categories = [...new Set(spec.data.map((d) => d.category))];
    for (const category of categories) {
      const values = spec.series.map(
        (s) => spec.data.find((d) => d.category === category && d.series === s)?.value ?? 0
      );
      table3.addRow([category, ...values, ...spec.target ? [spec.target.value] : []]);
    }
    const builder = Charts.newColumnChart().setDataTable(table3).setTitle(spec.title).setXAxisTitle(spec.categoryTitle).setYAxisTitle(spec.valueTitle).setDimensions(WIDTH, HEIGHT);
    if (spec.unit === "%") builder.setRange(0, 100);
    return builder.build().getAs("image/png").setName(`${spec.id}.png`);
  }

  // src/gas/report-document.ts
  var PAGE = {
    width: 595.3,
    height: 841.9,
    top: 56.7,
    bottom: 56.7,
    left: 85,
    right: 42.5
  };
  var FONT = "Times New Roman";
  var BODY_SIZE = 13;
  var TABLE_SIZE = 12;
  var SMALL_SIZE = 11;
  var TITLE_SIZE = 14;
  var LETTERHEAD_SIZE = 12;
  var LETTERHEAD_LEFT_SHARE = 0.38;
  var FIRST_LINE_INDENT = 28.35;
  var PARAGRAPH_AFTER = 6;
  var LINE_SPACING = 1.15;
  var HEADER_FILL = "#d9e2f3";
  var CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
  var CHART_WIDTH = 440;
  var CHANGES_PER_SAVE = 400;
  var UNFINISHED_KEY = "report.document.unfinished";
  function attributes(style) {
    const A = DocumentApp.Attribute;
    return {
      [A.FONT_FAMILY]: FONT,
      [A.FONT_SIZE]: style.size ?? BODY_SIZE,
      [A.BOLD]: style.bold === true,
      [A.ITALIC]: style.italic === true,
      [A.UNDERLINE]: style.underline === true,
      [A.FOREGROUND_COLOR]: style.color ?? "#000000"
    };
  }
  var GasReportDocuments = class {
    constructor(log = () => void 0, properties) {
      this.log = log;
      this.properties = properties;
      /** The last rendered report's language: sharing it (which comes next) logs in the same one. */
      this.language = "vi";
    }
    render(model, knownId) {
      this.language = model.language;
      const wanted = knownId ?? this.properties?.get(UNFINISHED_KEY);
      const existing = wanted ? this.open(wanted) : void 0;
      const doc = existing ?? DocumentApp.create(model.documentTitle);
      if (!existing) this.properties?.set(UNFINISHED_KEY, doc.getId());
      const writer = new DocWriter(doc);
      if (existing) {
        writer.body.clear();
        doc.setName(model.documentTitle);
      }
      writer.page();
      const charts = new Map(model.charts.map((c) => [c.id, c]));
      for (const block of model.blocks) {
        writer.block(block, charts);
        writer.maybeSave();
      }
      writer.finish();
      this.properties?.delete(UNFINISHED_KEY);
      return { id: writer.id, url: writer.url, created: knownId === void 0 || existing === void 0 };
    }
    share(id, viewers) {
      if (viewers.length === 0) return;
      const doc = DocumentApp.openById(id);
      const already = new Set(doc.getViewers().map((u) => u.getEmail().toLowerCase()));
      for (const email of doc.getEditors()) already.add(email.getEmail().toLowerCase());
      for (const email of viewers) {
        if (already.has(email.toLowerCase())) continue;
        try {
          doc.addViewer(email);
          already.add(email.toLowerCase());
        } catch (error) {
          this.log(
            catalogue(this.language).report.log.shareFailed(
              email,
              error instanceof Error ? error.message : String(error)
            )
          );
        }
      }
    }
    /** A Doc the principal deleted (or we may no longer open) is made again. */
    open(id) {
      try {
        return DocumentApp.openById(id);
      } catch (error) {
        this.log(
          catalogue(this.language).report.log.openFailed(
            id,
            error instanceof Error ? error.message : String(error)
          )
        );
        return void 0;
      }
    }
  };
  var DocWriter = class {
    constructor(doc) {
      this.doc = doc;
      this.changes = 0;
      this.id = doc.getId();
      this.url = doc.getUrl();
      this.body = doc.getBody();
    }
    page() {
      this.body.setPageWidth(PAGE.width).setPageHeight(PAGE.height).setMarginTop(PAGE.top).setMarginBottom(PAGE.bottom).setMarginLeft(PAGE.left).setMarginRight(PAGE.right);
      this.changes += 6;
    }
    maybeSave() {
      if (this.changes < CHANGES_PER_SAVE) return;
      this.doc.saveAndClose();
      this.doc = DocumentApp.openById(this.id);
      this.body = this.doc.getBody();
      this.changes = 0;
    }
    /**
     * A fresh Doc's body starts with one empty paragraph, and a cleared body keeps one: it is
     * removed last (a body may not lose its last paragraph), then the Doc is saved.
     */
    finish() {
      if (this.body.getNumChildren() > 1) {
        const first = this.body.getChild(0);
        if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === "") {
          this.body.removeChild(first);
        }
      }
      this.doc.saveAndClose();
    }
    block(block, charts) {
      const H = DocumentApp.HorizontalAlignment;
      switch (block.kind) {
        case "letterhead":
          this.twoColumns(block.left, block.right, LETTERHEAD_LEFT_SHARE, LETTERHEAD_SIZE, LETTERHEAD_SIZE);
          return;
        case "heading": {
          if (block.newPage) {
            this.body.appendPageBreak();
            this.changes++;
          }
          const p2 = this.paragraph([{ text: block.number ? `${block.number} ${block.text}` : block.text }], {
            bold: true,
            size: block.level === 0 ? TITLE_SIZE : BODY_SIZE
          });
          const P = DocumentApp.ParagraphHeading;
          p2.setHeading(block.level === 0 ? P.TITLE : block.level === 1 ? P.HEADING1 : P.HEADING2);
          if (block.level === 0) p2.setAlignment(H.CENTER);
          this.changes += 2;
          return;
        }
        case "paragraph": {
          const preview = block.role === "preview";
          const p2 = this.paragraph(block.runs, {
            ...block.role === "source" ? { size: SMALL_SIZE } : {},
            ...preview ? { color: "#c00000", bold: true } : {}
          });
          const align = block.align ?? "justify";
          p2.setAlignment(align === "center" ? H.CENTER : align === "left" ? H.LEFT : H.JUSTIFY);
          this.changes++;
          if (align === "justify" && !preview && block.role !== "source") {
            p2.setIndentFirstLine(FIRST_LINE_INDENT).setSpacingAfter(PARAGRAPH_AFTER);
            this.changes += 2;
          }
          return;
        }
        case "table":
          this.table(block);
          return;
        case "bullets":
          for (const runs of block.items) {
            const item2 = this.body.appendListItem("");
            item2.setGlyphType(DocumentApp.GlyphType.HOLLOW_BULLET);
            this.runs(item2, runs, {});
            this.changes += 2;
          }
          return;
        case "chart":
          this.chart(block.caption, block.missing, charts.get(block.chartId));
          return;
        case "signature":
          this.body.appendParagraph("");
          this.changes++;
          this.signature(block);
          return;
      }
    }
    /**
     * A paragraph carries the font, size and line spacing itself, not only its runs, so text
     * typed into it later in Docs keeps the administrative format.
     */
    paragraph(runs, style) {
      const p2 = this.body.appendParagraph("");
      p2.setAttributes(attributes(style));
      p2.setLineSpacing(LINE_SPACING);
      this.changes += 3;
      this.runs(p2, runs, style);
      return p2;
    }
    /** Each run as its own text with its own attributes (and link). */
    runs(p2, runs, style) {
      for (const run of runs) {
        if (run.text === "") continue;
        const text2 = p2.appendText(run.text);
        const link2 = safeUrl(run.link);
        text2.setAttributes(
          attributes({
            ...style,
            ...run.bold ? { bold: true } : {},
            ...run.italic ? { italic: true } : {},
            ...link2 ? { underline: true, color: "#1155cc" } : {}
          })
        );
        this.changes += 2;
        if (link2) {
          text2.setLinkUrl(link2);
          this.changes++;
        }
      }
    }
    lines(cell2, lines, size, left = false) {
      const H = DocumentApp.HorizontalAlignment;
      lines.forEach((line, i2) => {
        const p2 = i2 === 0 ? cell2.getChild(0).asParagraph() : cell2.appendParagraph("");
        p2.setText(line.text);
        p2.setAlignment(left ? H.LEFT : H.CENTER);
        p2.setAttributes(
          attributes({
            size,
            bold: line.bold === true,
            italic: line.italic === true,
            underline: line.underline === true
          })
        );
        this.changes += 3;
      });
    }
    /** Letterhead and signature: a borderless one-row table of two cells. */
    twoColumns(left, right, leftShare, leftSize = BODY_SIZE, rightSize = BODY_SIZE, leftFlush = false) {
      const table3 = this.body.appendTable([["", ""]]);
      table3.setBorderWidth(0);
      table3.setColumnWidth(0, Math.round(CONTENT_WIDTH * leftShare));
      table3.setColumnWidth(1, Math.round(CONTENT_WIDTH * (1 - leftShare)));
      const row = table3.getRow(0);
      for (const cell2 of [row.getCell(0), row.getCell(1)]) cell2.setPaddingLeft(0).setPaddingRight(0);
      this.lines(row.getCell(0), left, leftSize, leftFlush);
      this.lines(row.getCell(1), right, rightSize);
      this.changes += 8;
    }
    signature(block) {
      this.twoColumns(
        [
          { text: block.recipientsTitle, bold: true, italic: true },
          ...block.recipients.map((text2) => ({ text: text2 }))
        ],
        [
          { text: block.signerTitle, bold: true },
          ...[1, 2, 3, 4].map(() => ({ text: "" })),
          { text: block.signerName, bold: true }
        ],
        0.5,
        SMALL_SIZE,
        BODY_SIZE,
        true
      );
    }
    /**
     * One appendTable for the whole grid (cost grows with the table, never with the rows behind
     * its figures), the text styled at once, then the header row and the links.
     */
    table(block) {
      const cells = [block.header.map((h) => h), ...block.rows.map((row) => row.map((c) => c.text))];
      const table3 = this.body.appendTable(cells);
      table3.setBorderWidth(0.5);
      table3.editAsText().setFontFamily(FONT).setFontSize(TABLE_SIZE).setForegroundColor("#000000");
      const total2 = block.widths.reduce((a, b) => a + b, 0) || 1;
      block.widths.forEach((w, i2) => table3.setColumnWidth(i2, Math.round(CONTENT_WIDTH * w / total2)));
      const header = table3.getRow(0);
      header.editAsText().setBold(true);
      for (let i2 = 0; i2 < block.header.length; i2++) {
        const cell2 = header.getCell(i2);
        cell2.setBackgroundColor(HEADER_FILL);
        cell2.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      }
      this.changes += 6 + block.widths.length + 2 * block.header.length;
      block.rows.forEach((row, r) => {
        row.forEach((c, i2) => {
          const link2 = safeUrl(c.link);
          if (!link2 && !c.bold) return;
          const text2 = table3.getCell(r + 1, i2).editAsText();
          if (link2) text2.setLinkUrl(link2).setForegroundColor("#1155cc").setUnderline(true);
          if (c.bold) text2.setBold(true);
          this.changes += 3;
        });
      });
      if (block.source) {
        this.paragraph([{ text: block.source, italic: true }], { size: SMALL_SIZE, italic: true });
      }
    }
    chart(caption, missing, spec) {
      const blob = spec ? chartBlob(spec) : void 0;
      if (!blob) {
        this.paragraph([{ text: missing, italic: true }], {});
        return;
      }
      const image = this.body.appendImage(blob);
      const ratio2 = image.getHeight() / (image.getWidth() || 1);
      image.setWidth(CHART_WIDTH).setHeight(Math.round(CHART_WIDTH * ratio2));
      image.setAltTitle(caption).setAltDescription(caption);
      image.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      this.changes += 5;
      const p2 = this.paragraph([{ text: caption, italic: true }], { size: SMALL_SIZE });
      p2.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    }
  };

  // src/gas/mail.ts
  function mailApp() {
    return {
      send: (mail3) => {
        MailApp.sendEmail({
          to: mail3.to.join(","),
          subject: mail3.subject,
          body: mail3.text,
          htmlBody: mail3.html,
          ...mail3.senderName ? { name: mail3.senderName } : {},
          ...mail3.replyTo ? { replyTo: mail3.replyTo } : {},
          // e.g. the .ics of a late guest's invitation (addGuest sends none), or a certificate:
          // a Doc exported as PDF by Document.getAs (documents scope, no Drive scope needed).
          ...mail3.attachments?.length ? {
            attachments: mail3.attachments.map(
              (a) => a.document ? DocumentApp.openById(a.document).getAs("application/pdf").setName(a.filename) : Utilities.newBlob(a.content, a.mimeType, a.filename)
            )
          } : {}
        });
      },
      remainingDailyQuota: () => MailApp.getRemainingDailyQuota()
    };
  }
  function utilitiesSleep() {
    return { sleep: (ms) => Utilities.sleep(ms) };
  }
  function spreadsheetFlush() {
    return { checkpoint: () => SpreadsheetApp.flush() };
  }

  // src/core/grid-trim.ts
  var isEmpty = (cell2) => cell2 === null || cell2 === void 0 || cell2 === "";
  function trimGrid(grid) {
    let height = grid.length;
    while (height > 0 && grid[height - 1].every(isEmpty)) height--;
    let width = 0;
    for (let i2 = 0; i2 < height; i2++) {
      const line = grid[i2];
      for (let j = line.length - 1; j >= width; j--) {
        if (!isEmpty(line[j])) {
          width = j + 1;
          break;
        }
      }
    }
    return grid.slice(0, height).map((line) => {
      const out = [];
      for (let j = 0; j < width; j++) {
        const cell2 = line[j];
        out.push(cell2 === void 0 || cell2 === "" ? null : cell2);
      }
      return out;
    });
  }

  // src/gas/cell-codec.ts
  function isDateValue(value) {
    return Object.prototype.toString.call(value) === "[object Date]";
  }
  function toSheetValue(cell2, timeZone) {
    if (cell2 === null) return "";
    if (isLocalDateTime(cell2)) return toInstant(cell2, timeZone);
    if (typeof cell2 === "string") return needsTextGuard(cell2) ? `'${cell2}` : cell2;
    return cell2;
  }
  function fromSheetValue(value, timeZone) {
    if (value === "" || value === null || value === void 0) return null;
    if (isDateValue(value)) return toWallClock(value, timeZone);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
    return String(value);
  }

  // src/gas/sheet-layout.ts
  var NUMBER_FORMATS = {
    datetime: "dd/MM/yyyy HH:mm",
    date: "dd/MM/yyyy",
    number: "0",
    percent: "0%",
    text: void 0
  };
  var HEADER_BACKGROUND = "#d9ead3";
  var SYSTEM_FONT_COLOR = "#757575";
  var SYSTEM_BACKGROUND = "#f3f3f3";
  var letter = (column) => columnLetter(column - 1);
  var bodyOf = (column) => `${letter(column)}2:${letter(column)}`;
  function applyLayout(sheet3, layout, newValidation) {
    const width = sheet3.getLastColumn();
    if (width === 0) return;
    const headerRange = sheet3.getRange(1, 1, 1, width);
    const headers = (headerRange.getValues()[0] ?? []).map((value) => foldHeader(String(value ?? "")));
    const columnOf = (header) => headers.indexOf(foldHeader(header)) + 1;
    headerRange.setFontWeight("bold").setBackground(HEADER_BACKGROUND);
    sheet3.setFrozenRows(1);
    const notes = headers.map(() => null);
    const byFormat = /* @__PURE__ */ new Map();
    const system = [];
    const widths = [];
    const choices = [];
    for (const spec of layout.columns) {
      const column = columnOf(spec.header);
      if (column === 0) continue;
      if (spec.note) notes[column - 1] = spec.note;
      const pattern = spec.format && NUMBER_FORMATS[spec.format];
      if (pattern) byFormat.set(pattern, [...byFormat.get(pattern) ?? [], bodyOf(column)]);
      if (spec.system) system.push(`${letter(column)}1:${letter(column)}`);
      if (spec.width) widths.push({ column, width: spec.width });
      if (spec.choices && spec.choices.length > 0) choices.push({ column, values: [...spec.choices] });
    }
    if (notes.some((note) => note !== null)) headerRange.setNotes([notes]);
    for (const [pattern, ranges] of byFormat) sheet3.getRangeList(ranges).setNumberFormat(pattern);
    if (system.length > 0) {
      sheet3.getRangeList(system).setFontColor(SYSTEM_FONT_COLOR).setBackground(SYSTEM_BACKGROUND);
    }
    setWidths(sheet3, widths);
    const rows = Math.max(sheet3.getMaxRows() - 1, 1);
    for (const { column, values } of choices) {
      const rule = newValidation().requireValueInList(values, true).setAllowInvalid(true).build();
      sheet3.getRange(2, column, rows, 1).setDataValidation(rule);
    }
  }
  function setWidths(sheet3, widths) {
    const sorted = [...widths].sort((a, b) => a.column - b.column);
    let i2 = 0;
    while (i2 < sorted.length) {
      const start = sorted[i2];
      let count = 1;
      while (i2 + count < sorted.length && sorted[i2 + count].column === start.column + count && sorted[i2 + count].width === start.width) {
        count++;
      }
      sheet3.setColumnWidths(start.column, count, start.width);
      i2 += count;
    }
  }

  // src/gas/tables.ts
  var SheetTables = class {
    constructor(spreadsheet, newValidation) {
      this.spreadsheet = spreadsheet;
      this.newValidation = newValidation;
      /** Handles seen in this execution: we are the only writer while we hold the script lock. */
      this.sheets = /* @__PURE__ */ new Map();
    }
    timeZone() {
      this.zone ?? (this.zone = this.spreadsheet.getSpreadsheetTimeZone());
      return this.zone;
    }
    tableNames() {
      return this.spreadsheet.getSheets().map((sheet3) => sheet3.getName());
    }
    read(name) {
      const sheet3 = this.sheet(name)?.sheet;
      if (!sheet3) return void 0;
      const zone = this.timeZone();
      const grid = sheet3.getDataRange().getValues().map((row) => row.map((value) => fromSheetValue(value, zone)));
      return trimGrid(grid);
    }
    create(name) {
      if (this.sheet(name)) return false;
      const sheet3 = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
      this.sheets.set(name, { sheet: sheet3 });
      return true;
    }
    write(name, row, col, block) {
      const height = block.length;
      const width = block[0]?.length ?? 0;
      if (block.some((line) => line.length !== width)) {
        throw new Error(`write ${name}: every row of the block must have ${width} cells`);
      }
      if (height === 0 || width === 0) return;
      const entry2 = this.existing(name);
      this.ensureSize(entry2, row + height, col + width);
      const zone = this.timeZone();
      const values = block.map((line) => line.map((cell2) => toSheetValue(cell2, zone)));
      entry2.sheet.getRange(row + 1, col + 1, height, width).setValues(values);
    }
    append(name, rows) {
      if (rows.length === 0) return;
      const width = Math.max(...rows.map((line) => line.length));
      if (width === 0) return;
      const padded = rows.map((line) => [...line, ...new Array(width - line.length).fill(null)]);
      const last = this.existing(name).sheet.getLastRow();
      this.write(name, last, 0, padded);
    }
    layout(name, layout) {
      applyLayout(this.existing(name).sheet, layout, this.newValidation);
    }
    sheet(name) {
      const known = this.sheets.get(name);
      if (known) return known;
      const sheet3 = this.spreadsheet.getSheetByName(name);
      if (!sheet3) return void 0;
      const entry2 = { sheet: sheet3 };
      this.sheets.set(name, entry2);
      return entry2;
    }
    existing(name) {
      const entry2 = this.sheet(name);
      if (!entry2) throw new Error(sheet2.noSuchTab(name));
      return entry2;
    }
    /** getRange outside the grid throws in Apps Script: grow it first, once per write at most. */
    ensureSize(entry2, rows, columns) {
      entry2.rows ?? (entry2.rows = entry2.sheet.getMaxRows());
      entry2.columns ?? (entry2.columns = entry2.sheet.getMaxColumns());
      if (rows > entry2.rows) {
        entry2.sheet.insertRowsAfter(entry2.rows, rows - entry2.rows);
        entry2.rows = rows;
      }
      if (columns > entry2.columns) {
        entry2.sheet.insertColumnsAfter(entry2.columns, columns - entry2.columns);
        entry2.columns = columns;
      }
    }
  };

  // src/gas/runtime.ts
  function gasRuntime() {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    if (!spreadsheet) {
      throw new Error(catalogue(uiLanguage(scriptProperties())).shell.noSpreadsheet);
    }
    const tables = new SheetTables(spreadsheet, () => SpreadsheetApp.newDataValidation());
    const clock = systemClock();
    const deadline = executionDeadline(clock);
    const properties = scriptProperties();
    const log = consoleLog();
    return {
      spreadsheet,
      tables,
      env: environment(
        () => tables.timeZone(),
        () => spreadsheet.getSpreadsheetLocale()
      ),
      clock,
      properties,
      lock: scriptLock(),
      log,
      mail: mailApp(),
      sleep: utilitiesSleep(),
      checkpoint: spreadsheetFlush(),
      triggers: continuationTriggers(properties, () => clock.now()),
      forms: new GasForms({ log: (message4) => log.info(message4) }),
      documents: new GasReportDocuments((message4) => log.info(message4), properties),
      deadline
    };
  }

  // src/gas/missed-responses.ts
  var SWEPT_KEY = "forms.sweptUntil";
  var OVERLAP_MS = 2 * 24 * 36e5;
  function responsesSinceLastSweep(properties, timeZone, now, log, inbox, recorded = () => /* @__PURE__ */ new Set()) {
    const swept = properties.get(SWEPT_KEY);
    const since = swept ? new Date(Date.parse(swept) - OVERLAP_MS) : void 0;
    const submissions = [];
    let known;
    for (const formId of FORM_IDS) {
      const id = properties.get(formIdProperty(formId));
      if (!id) continue;
      try {
        const form = FormApp.openById(id);
        const responses = since ? form.getResponses(since) : form.getResponses();
        for (const response of responses) {
          known ?? (known = recorded());
          if (known.has(response.getId())) continue;
          submissions.push(submissionFromResponse(response, formId, timeZone));
        }
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        log(catalogue(uiLanguage(properties)).forms.gas.readFailed(formId, detail));
      }
    }
    const done = () => {
      properties.set(SWEPT_KEY, now.toISOString());
      if (!inbox) return;
      const swept2 = new Set(submissions.map((s) => s.raw.responseId));
      const recorded2 = inbox.read().waiting.filter((w) => swept2.has(w.responseId));
      if (recorded2.length > 0)
        inbox.remove(
          recorded2.map((w) => w.responseId),
          false
        );
    };
    return { submissions, done };
  }

  // src/gas/report-trigger.ts
  var INSTALLED_AT_KEY = "report.trigger.at";
  var LATE_START_MS = 6e4;
  function reportTrigger(tables, properties, now) {
    const settings = readSettings(tables);
    if (!settings) return void 0;
    if (properties.get(finalReportKey(settings.year)) !== void 0) return void 0;
    const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const due = toInstant(settings.reportAt ?? withTime(settings.weekEnd, 17), zone);
    const key = due.toISOString();
    const at2 = due.getTime() > now.getTime() ? due : new Date(now.getTime() + LATE_START_MS);
    return { kind: "at", handler: REPORT_HANDLER, at: at2, current: properties.get(INSTALLED_AT_KEY) === key, key };
  }
  function rememberReportTrigger(properties, wanted) {
    if (wanted?.kind === "at" && wanted.key !== void 0) properties.set(INSTALLED_AT_KEY, wanted.key);
  }

  // src/gas/report-retry.ts
  var RETRY_UID_KEY = "report.retry.trigger";
  function reportRetryTrigger(properties) {
    const cancel = () => {
      const uid = properties.get(RETRY_UID_KEY);
      if (uid === void 0) return;
      for (const trigger of ScriptApp.getProjectTriggers())
        if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
      properties.delete(RETRY_UID_KEY);
    };
    return {
      schedule(afterMs) {
        cancel();
        const trigger = ScriptApp.newTrigger(REPORT_HANDLER).timeBased().after(Math.max(1, Math.round(afterMs))).create();
        properties.set(RETRY_UID_KEY, trigger.getUniqueId());
      },
      cancel
    };
  }

  // src/gas/trigger-installer.ts
  function wantedTriggers(formIds, extra = []) {
    const wanted = DAILY_TRIGGERS.map((t) => ({ kind: "daily", ...t }));
    for (const [form, handler] of Object.entries(SUBMIT_HANDLERS)) {
      const formId = formIds[form];
      if (formId) wanted.push({ kind: "formSubmit", handler, formId });
    }
    return [...wanted, ...extra];
  }
  var editTrigger = (spreadsheetId) => ({
    kind: "edit",
    handler: EDIT_HANDLER,
    spreadsheetId
  });
  function installTriggers(wanted) {
    const existing = ScriptApp.getProjectTriggers();
    const result = { created: [], kept: [], removed: 0 };
    const handlers = new Set(wanted.map((w) => w.handler));
    const keep = /* @__PURE__ */ new Set();
    for (const want of wanted) {
      const match = existing.find((t) => !keep.has(t) && matches(t, want));
      if (match) {
        keep.add(match);
        result.kept.push(want.handler);
        continue;
      }
      create(want);
      result.created.push(want.handler);
    }
    for (const trigger of existing) {
      if (handlers.has(trigger.getHandlerFunction()) && !keep.has(trigger)) {
        ScriptApp.deleteTrigger(trigger);
        result.removed++;
      }
    }
    return result;
  }
  function matches(trigger, want) {
    if (trigger.getHandlerFunction() !== want.handler) return false;
    if (want.kind === "daily") return trigger.getEventType() === ScriptApp.EventType.CLOCK;
    if (want.kind === "edit") {
      return trigger.getEventType() === ScriptApp.EventType.ON_EDIT && trigger.getTriggerSourceId() === want.spreadsheetId;
    }
    if (want.kind === "at") return want.current && trigger.getEventType() === ScriptApp.EventType.CLOCK;
    return trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && trigger.getTriggerSourceId() === want.formId;
  }
  function create(want) {
    const builder = ScriptApp.newTrigger(want.handler);
    if (want.kind === "daily") {
      builder.timeBased().everyDays(1).atHour(want.hour).nearMinute(want.minute).create();
    } else if (want.kind === "at") {
      builder.timeBased().at(want.at).create();
    } else if (want.kind === "edit") {
      builder.forSpreadsheet(want.spreadsheetId).onEdit().create();
    } else {
      builder.forForm(want.formId).onFormSubmit().create();
    }
  }

  // src/core/plan-document/activity-facts.ts
  var CATEGORY_RULES = [
    ["khai mạc", ["khai mac"]],
    ["tổng kết-khen thưởng", ["tong ket", "khen thuong"]],
    ["tập huấn", ["tap huan"]],
    ["bình chọn", ["binh chon", "de cu", "gia dinh hieu hoc"]],
    ["vận động học tập", ["van dong"]],
    ["trực tuyến", ["truc tuyen", "hoc tap so"]],
    ["nói chuyện", ["noi chuyen", "lop hoc", "toa dam", "chuyen de"]],
    ["thư viện", ["thu vien", "van hoa doc", "tu sach", "doc sach"]]
  ];
  function categoryOf(text2) {
    const f = ` ${foldKey(text2)} `;
    return CATEGORY_RULES.find(([, words]) => words.some((w) => f.includes(` ${w} `)))?.[0] ?? "tuyên truyền";
  }
  var LOCATION = /(?<![\p{L}])tại\s+(\p{Lu}[^.;,(“"]*?)(?=\s+(?:với|do|nhằm|để|cho|trong|từ|vào|ngày|sáng|chiều|tối|lúc|qua)\s|[.;,(“"]|$)/u;
  var LINK2 = /https?:\/\/[^\s,;)”"]+/iu;
  var EMAIL3 = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/iu;
  var PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/u;
  function activityFacts(text2) {
    const f = ` ${foldKey(text2)} `;
    const platform = ONLINE_PLATFORMS.find((p2) => p2 !== "Khác" && f.includes(` ${foldKey(p2)} `));
    const place = LOCATION.exec(text2)?.[1]?.trim();
    const link2 = LINK2.exec(text2)?.[0]?.replace(/[.]+$/u, "");
    const owner = EMAIL3.exec(text2)?.[0]?.toLowerCase();
    const seats = /(\d{1,4})\s*(?:chỗ|người tham dự tối đa)/u.exec(text2)?.[1];
    return {
      category: categoryOf(text2),
      ...place ? { location: place } : {},
      ...platform ? { platform } : {},
      ...link2 ? { link: link2 } : {},
      ...owner ? { owner } : {},
      audience: audienceOf(f),
      ...seats ? { capacity: Number(seats) } : {},
      ...targetOf(text2)
    };
  }
  function audienceOf(f) {
    const staff2 = [" can bo ", " giao vien ", " nhan vien ", " cb gv nv ", " cbgvnv "].some(
      (w) => f.includes(w)
    );
    const families2 = [" phu huynh ", " gia dinh ", " hoc sinh ", " nguoi dan "].some((w) => f.includes(w));
    if (staff2 && !families2) return AUDIENCE_ALL_STAFF;
    if (families2 && !staff2 && (f.includes(" phu huynh ") || f.includes(" gia dinh "))) return AUDIENCE_PARENTS;
    return AUDIENCE_EVERYONE;
  }
  function targetOf(text2) {
    const m = PERCENT.exec(text2);
    if (m) {
      const rest = text2.slice(m.index);
      const clause = /^.*?\stham (?:dự|gia)(?![\p{L}])/u.exec(rest)?.[0] ?? rest.split(/[.;,]/u)[0];
      const percent = Number(m[1].replace(",", "."));
      return { target: { ...percent <= 100 ? { percent } : {}, text: clause.trim() } };
    }
    const words = /(?<![\p{L}])(?:chỉ tiêu|ít nhất|tối thiểu)(?![\p{L}])[^.;]*/iu.exec(text2);
    return words ? { target: { text: words[0].replace(/^chỉ tiêu\s*:?\s*/iu, "").trim() } } : {};
  }

  // src/core/plan-document/date-mentions.ts
  var PART2 = String.raw`(?:(sáng|chiều|tối)\s+)?`;
  var LONG = new RegExp(String.raw`${PART2}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`, "giu");
  var SLASH = new RegExp(
    String.raw`${PART2}(ngày\s+|từ\s+|đến\s+|[–(-]\s*)?(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])`,
    "giu"
  );
  var CLOCK = /(?<![\d/:])(\d{1,2})(?::|h|\s*giờ\s*)(\d{2})?(?![\d/])/giu;
  function validDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1) return false;
    const probe = new Date(Date.UTC(year ?? 2024, month - 1, day));
    return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  }
  function dayMentions(text2) {
    const found = [];
    const taken = [];
    for (const m of text2.matchAll(LONG)) {
      const [written, part, d, mo, y] = m;
      const mention = toMention(written, m.index, part, d, mo, y);
      if (mention) found.push(mention);
      taken.push([m.index, m.index + written.length]);
    }
    for (const m of text2.matchAll(SLASH)) {
      const [written, part, intro, d, mo, y] = m;
      if (y === void 0 && intro === void 0) continue;
      if (taken.some(([a, b]) => m.index < b && a < m.index + written.length)) continue;
      const mention = toMention(written.trim(), m.index, part, d, mo, y);
      if (mention) found.push(mention);
    }
    return found.sort((a, b) => a.at - b.at);
  }
  function toMention(written, at2, part, d, mo, y) {
    const year = y === void 0 ? void 0 : Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!validDay(year, month, day)) return void 0;
    return {
      ...year === void 0 ? {} : { year },
      month,
      day,
      at: at2,
      written,
      ...part ? { partOfDay: part.toLowerCase() } : {}
    };
  }
  function clockMentions(text2) {
    const out = [];
    const withoutDates = text2.replace(/\d{1,2}\/\d{1,2}(?:\/\d{4})?/g, (s) => " ".repeat(s.length));
    for (const m of withoutDates.matchAll(CLOCK)) {
      const hour = Number(m[1]);
      const minute = m[2] === void 0 ? 0 : Number(m[2]);
      if (m[2] === void 0 && !/h|giờ/iu.test(m[0])) continue;
      if (hour > 23 || minute > 59) continue;
      out.push({ hour, minute, at: m.index });
    }
    return out;
  }
  function yearMentions(text2) {
    const out = [];
    for (const m of text2.matchAll(/(?<!tháng\s+\d{1,2}\s+)năm\s+(\d{4})(?!\d)/giu)) {
      out.push({ year: Number(m[1]), at: m.index });
    }
    return out;
  }

  // src/core/plan-document/plan-names.ts
  function schoolAndBody(doc) {
    const header = doc.headerLines.map((l) => l.text);
    const schoolAt = lastIndex(header, (h) => /^(TRƯỜNG|TRUNG TÂM|SCHOOL)\b/u.test(h.toUpperCase()));
    const schoolLine = schoolAt >= 0 ? header[schoolAt] : header[header.length - 1];
    const bodyLine = schoolLine === void 0 ? void 0 : header[header.indexOf(schoolLine) - 1];
    for (const extra of doc.headerLines.slice(0, Math.max(0, header.indexOf(bodyLine ?? ""))))
      doc.notes.push(extra);
    const school = (schoolLine ? restoreCase(schoolLine, doc) : void 0) ?? /^(Trường\s.+?)\s+(?:xây dựng|ban hành|lập)\s/u.exec(doc.preamble[0]?.text ?? "")?.[1] ?? /\scủa\s+(.+?),\s/u.exec(doc.closing?.text ?? "")?.[1];
    if (doc.reportTo && (!bodyLine || foldKey(doc.reportTo) === foldKey(bodyLine)))
      return { ...school ? { school } : {}, body: doc.reportTo, bodyFromBasis: false };
    if (bodyLine)
      return {
        ...school ? { school } : {},
        body: restoreCase(bodyLine, doc) ?? bodyLine,
        bodyFromBasis: false
      };
    const issuer = /\scủa\s+(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(.+?)(?=\s+(?:Kế hoạch|kế hoạch|về|V\/v)\s|[,;.“"]|$)/u.exec(
      doc.bases[0]?.text ?? ""
    )?.[1];
    if (issuer) return { ...school ? { school } : {}, body: `UBND ${issuer.trim()}`, bodyFromBasis: true };
    return { ...school ? { school } : {}, bodyFromBasis: false };
  }
  function lastIndex(list, test) {
    for (let i2 = list.length - 1; i2 >= 0; i2--) if (test(list[i2])) return i2;
    return -1;
  }
  function restoreCase(text2, doc) {
    if (text2 !== text2.toUpperCase()) return text2;
    const wanted = text2.toUpperCase();
    const header = new Set(doc.headerLines.map((l) => l.number));
    for (const line of doc.lines) {
      if (header.has(line.number)) continue;
      const at2 = line.text.toUpperCase().indexOf(wanted);
      if (at2 >= 0 && line.text.toUpperCase().length === line.text.length) {
        const found = line.text.slice(at2, at2 + text2.length);
        if (found !== found.toUpperCase()) return found;
      }
    }
    const ubnd = /^UBND\s+(.+)$/u.exec(wanted);
    if (ubnd) {
      const rest = restoreCase(ubnd[1], { ...doc, lines: doc.lines }) ?? ubnd[1];
      for (const line of doc.lines) {
        const m = new RegExp(`(?:Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(${escape(ubnd[1])})`, "iu").exec(
          line.text
        );
        if (m && m[1] !== m[1].toUpperCase()) return `UBND ${m[1]}`;
      }
      return `UBND ${rest}`;
    }
    return text2;
  }
  var escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

  // src/core/plan-document/plan-lines.ts
  var DASH = /^[-–—•*·●▪◦]\s*/u;
  var PLUS = /^\+\s*/u;
  var LETTER_OR_NUMBER = /^(?:\d{1,2}|[a-zđ])[).]\s+/u;
  function planLines(text2) {
    const lines = [];
    for (const raw of text2.split(/\r\n|\r|\n|\u2028|\u2029/)) {
      const cleaned = cleanText(raw.replace(/\t/g, " ")).replace(/\s+([,;.!?])(?=\s|$)/gu, "$1");
      if (cleaned === "") continue;
      lines.push({ number: lines.length + 1, text: cleaned, ...marked(cleaned) });
    }
    return lines;
  }
  function marked(text2) {
    if (PLUS.test(text2)) return { marker: "+", body: text2.replace(PLUS, "") };
    if (DASH.test(text2)) return { marker: "-", body: text2.replace(DASH, "") };
    if (LETTER_OR_NUMBER.test(text2) && !/^\d{1,2}\.\d/.test(text2))
      return { marker: "n", body: text2.replace(LETTER_OR_NUMBER, "") };
    return { marker: "", body: text2 };
  }

  // src/core/plan-document/plan-words.ts
  var BOTH = [catalogue("vi").planDocument, catalogue("en").planDocument];
  var FIELD_KEYS = Object.keys(BOTH[0].fields);
  function fieldOf(text2) {
    const colon = text2.indexOf(":");
    if (colon <= 0 || colon > 40) return void 0;
    const label = foldKey(text2.slice(0, colon));
    for (const key of FIELD_KEYS) {
      if (BOTH.some((c) => foldKey(c.fields[key]) === label)) return [key, text2.slice(colon + 1).trim()];
    }
    return void 0;
  }
  var folded = (pick) => BOTH.map((c) => foldKey(pick(c)));
  var SECTION_WORDS = {
    purposes: [...folded((c) => c.sectionI), "muc dich", "muc dich y nghia"],
    content: [...folded((c) => c.sectionII), "noi dung", "noi dung hoat dong"],
    organisation: [...folded((c) => c.sectionIII), "to chuc thuc hien", "phan cong nhiem vu"]
  };
  var SUBSECTION_WORDS = {
    theme: [...folded((c) => c.theme("")), "chu de"],
    time: [...folded((c) => c.time), "thoi gian", "thoi gian to chuc"],
    content: [...folded((c) => c.content), "noi dung thuc hien", "cac hoat dong", "noi dung hoat dong"]
  };
  var NOTES_TITLES = [...folded((c) => c.notesTitle), "luu y"];
  var RECIPIENTS_TITLES = folded((c) => c.recipientsTitle);
  var TITLE_WORDS = folded((c) => c.title);
  function startsWithWord(text2, words) {
    const f = foldKey(text2);
    return words.some((w) => w !== "" && (f === w || f.startsWith(`${w} `)));
  }

  // src/core/plan-document/read-plan-document.ts
  var ROMAN = /^(I{1,3}|IV|VI{0,3}|IX|X)\.\s*(.*)$/u;
  var LEVEL1 = /^(\d{1,2})\.\s*(.*)$/u;
  var LEVEL2 = /^(\d{1,2})\.(\d{1,2})\.?\s*(.*)$/u;
  var NO_ACTIVITIES = [catalogue("vi"), catalogue("en")].map((c) => c.planDocument.noActivities);
  var ROLE = /^(?:Hiệu trưởng|Phó hiệu trưởng|Ban giám hiệu|Tổ trưởng|Tổ chuyên môn|Giáo viên|Nhân viên|Kế toán|Các tổ|Các bộ phận|Tổng phụ trách|Công đoàn|Chi đoàn|Đoàn thanh niên)(?![\p{L}])/iu;
  var NOT_ACTIVITY = /^(?:Kinh phí|Nguồn kinh phí|Lưu ý|Chế độ báo cáo)\s*:/iu;
  var NATIONAL = [
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap tu do hanh phuc",
    "socialist republic of viet nam"
  ];
  var PLACE_DATE = /^(.+?),\s*(ngày\s+.+?\s+tháng\s+.+?\s+năm\s+\d{4}|(?:…|\.\.\.|\d{1,2})\/(?:…|\.\.\.|\d{1,2})\/\d{4})\.?$/u;
  var NUMBER = /^(?:Số|No\.)\s*:?\s*(.*)$/iu;
  var OWNER_LINE = /^\S+@\S+\s*:.*\b[A-Z]{1,4}\d{1,4}\b/u;
  var sentencePattern = (make) => new RegExp(
    `^${make("\0").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace("\0", "(.+)")}$`,
    "u"
  );
  var BOTH2 = [catalogue("vi").planDocument, catalogue("en").planDocument];
  var REPORT_TO = BOTH2.map((c) => sentencePattern(c.reportTo));
  var NOMINATIONS_TO = BOTH2.map((c) => sentencePattern(c.nominationsTo));
  function readPlanDocument(text2) {
    const lines = planLines(text2);
    const doc = {
      lines,
      headerLines: [],
      bases: [],
      preamble: [],
      purposes: [],
      items: [],
      notes: [],
      recipients: []
    };
    let section2 = "prelude";
    let sub = "none";
    let contentNumber = 0;
    let sawTitle = false;
    let afterTitle = false;
    let groupRange;
    let intro;
    let inNotes = false;
    let underIntro = false;
    const addItem = (line, where2) => {
      const item2 = {
        line,
        text: line.body,
        fields: {},
        details: [],
        ...groupRange && where2 === "content" ? { groupRange } : {},
        section: where2
      };
      doc.items.push(item2);
      intro = /:$/.test(line.body) ? item2 : void 0;
      return item2;
    };
    const current = () => doc.items[doc.items.length - 1];
    const itemLine = (line, where2) => {
      if (NO_ACTIVITIES.includes(line.body)) return;
      if (NOT_ACTIVITY.test(line.body)) {
        doc.notes.push(line);
        return;
      }
      const last = current();
      const field = last && last.section === where2 ? fieldOf(line.body) : void 0;
      if (field && last) {
        last.fields[field[0]] = field[1];
        return;
      }
      if (line.marker !== "+") underIntro = false;
      if (collective(line.body)) {
        if (last) last.details.push(line);
        else doc.notes.push(line);
        return;
      }
      if (line.marker === "+") {
        if (intro && intro === last) {
          doc.items.pop();
          doc.notes.push(intro.line);
          underIntro = true;
        }
        if (!underIntro && last && last.section === where2) {
          last.details.push(line);
          return;
        }
      }
      addItem(line, where2);
    };
    for (const line of lines) {
      const t = line.text;
      const f = foldKey(t);
      if (/^(Trên đây là|This is the plan)/u.test(t)) {
        section2 = "closing";
        doc.closing = line;
        continue;
      }
      if (section2 === "closing" || section2 === "signature") {
        if (startsWithWord(t, RECIPIENTS_TITLES)) {
          section2 = "signature";
          const rest = t.slice(t.indexOf(":") + 1).trim();
          if (rest) doc.recipients.push(cleanRecipient(rest));
          continue;
        }
        if (section2 === "signature" && doc.signerTitle === void 0 && /^[-–•+]/u.test(t)) {
          doc.recipients.push(cleanRecipient(line.body));
          continue;
        }
        if (isUpper(t) && doc.signerName === void 0) {
          doc.signerTitle = doc.signerTitle ? `${doc.signerTitle} ${t}` : t;
          continue;
        }
        if (/^\(.*\)$/u.test(t)) continue;
        if (doc.signerTitle !== void 0 && doc.signerName === void 0) {
          doc.signerName = t;
          continue;
        }
        doc.notes.push(line);
        continue;
      }
      const roman = ROMAN.exec(t);
      if (roman && t.length < 90) {
        const words = roman[2];
        section2 = startsWithWord(words, SECTION_WORDS.purposes) ? "purposes" : startsWithWord(words, SECTION_WORDS.organisation) ? "organisation" : startsWithWord(words, SECTION_WORDS.content) ? "content" : { I: "purposes", II: "content", III: "organisation" }[roman[1]] ?? "organisation";
        sub = "none";
        intro = void 0;
        inNotes = false;
        groupRange = void 0;
        continue;
      }
      if (section2 === "prelude") {
        if (NATIONAL.some((n2) => f.startsWith(n2))) continue;
        const number = NUMBER.exec(t);
        if (number && !sawTitle) {
          doc.number = number[1].trim();
          continue;
        }
        const placeDate = PLACE_DATE.exec(t);
        if (placeDate && !sawTitle) {
          const place = placeDate[1].trim();
          if (/[\p{L}\d]/u.test(place)) doc.place = place;
          const day = dayMentions(placeDate[2])[0];
          if (day) doc.planDate = day;
          continue;
        }
        if (TITLE_WORDS.includes(f)) {
          sawTitle = true;
          afterTitle = true;
          continue;
        }
        if (/^(?:Căn cứ|Pursuant to)\s/u.test(t)) {
          doc.bases.push(line);
          afterTitle = false;
          continue;
        }
        if (afterTitle && doc.subtitle === void 0 && doc.bases.length === 0) {
          doc.subtitle = line;
          afterTitle = false;
          continue;
        }
        if (!sawTitle) {
          doc.headerLines.push(line);
          continue;
        }
        doc.preamble.push(line);
        continue;
      }
      if (section2 === "purposes") {
        doc.purposes.push(line);
        continue;
      }
      if (section2 === "content") {
        const level2 = LEVEL2.exec(t);
        if (level2 && (sub === "activities" || t.length < 200)) {
          sub = "activities";
          intro = void 0;
          const days = dayMentions(level2[3]);
          groupRange = days.length >= 2 ? [days[0], days[days.length - 1]] : void 0;
          continue;
        }
        const level1 = LEVEL1.exec(t);
        if (level1 && !(sub === "activities" && !startsWithAnySub(level1[2]))) {
          const words = level1[2];
          groupRange = void 0;
          intro = void 0;
          if (startsWithWord(words, SUBSECTION_WORDS.theme)) {
            sub = "theme";
            const theme = words.slice(words.indexOf(":") + 1).trim();
            if (words.includes(":") && theme) doc.theme = unquote(theme);
          } else if (startsWithWord(words, SUBSECTION_WORDS.time)) {
            sub = "time";
            readRange(doc, line, words);
          } else if (startsWithWord(words, SUBSECTION_WORDS.content)) {
            sub = "activities";
            contentNumber = Number(level1[1]);
          } else {
            sub = "other";
            doc.notes.push(line);
          }
          continue;
        }
        if (sub === "theme" && doc.theme === void 0) {
          doc.theme = unquote(line.body);
          continue;
        }
        if (sub === "time" && doc.range === void 0 && readRange(doc, line, line.body)) continue;
        if (sub === "activities") {
          itemLine(line, "content");
          continue;
        }
        doc.notes.push(line);
        continue;
      }
      if (inNotes) {
        doc.notes.push(line);
        continue;
      }
      if (NOTES_TITLES.some((w) => f === w)) {
        inNotes = true;
        continue;
      }
      if (OWNER_LINE.test(line.body)) continue;
      const reportTo = captured(REPORT_TO, line.body);
      if (reportTo) {
        doc.reportTo = reportTo;
        continue;
      }
      const nominationsTo = captured(NOMINATIONS_TO, line.body);
      if (nominationsTo) {
        doc.nominationsTo = nominationsTo;
        continue;
      }
      if (/^xây dựng (?:và ban hành )?kế hoạch/iu.test(line.body) || ROLE.test(line.body)) {
        doc.notes.push(line);
        continue;
      }
      itemLine(line, "organisation");
    }
    void contentNumber;
    return doc;
  }
  var captured = (patterns, text2) => {
    for (const p2 of patterns) {
      const m = p2.exec(text2);
      if (m) return m[1].trim();
    }
    return void 0;
  };
  var startsWithAnySub = (words) => startsWithWord(words, SUBSECTION_WORDS.theme) || startsWithWord(words, SUBSECTION_WORDS.time) || startsWithWord(words, SUBSECTION_WORDS.content) && words.length < 60;
  var collective = (text2) => /^(Các|Mọi) hoạt động(?![\p{L}])/u.test(text2);
  function readRange(doc, line, text2) {
    const days = dayMentions(text2);
    if (days.length < 2) return false;
    doc.range = { start: days[0], end: days[1], line };
    return true;
  }
  var unquote = (text2) => text2.replace(/^[“"'‘«]+|[”"'’»]+\.?$/gu, "").replace(/\.$/u, "").trim();
  var cleanRecipient = (text2) => text2.replace(/^[-–•+]\s*/u, "").replace(/[;.,]+$/u, "").trim();
  function isUpper(text2) {
    const letters = text2.replace(/[^\p{L}]/gu, "");
    return letters.length >= 2 && letters === letters.toUpperCase();
  }

  // src/core/plan-document/import-plan-document.ts
  var DOCUMENT_SETTING_KEYS = [
    "school",
    "governingBody",
    "wardAssociation",
    "planNumber",
    "basis",
    "basisDate",
    "preamble",
    "planDate",
    "purposes",
    "year",
    "theme",
    "weekStart",
    "weekEnd",
    "place",
    "openingTarget",
    "signerTitle",
    "signerName",
    "recipientsNote",
    "planNotes"
  ];
  var SLOTS = {
    sáng: [
      [7, 30],
      [11, 0]
    ],
    chiều: [
      [14, 0],
      [16, 0]
    ],
    tối: [
      [19, 0],
      [21, 0]
    ],
    day: [
      [8, 0],
      [10, 0]
    ]
  };
  var WEEK_FROM = 7;
  var WEEK_TO = 17;
  function importPlanText(text2, options) {
    return importPlanDocument(readPlanDocument(text2), options);
  }
  function importPlanDocument(doc, options) {
    const t = catalogue(options.language).planDocument;
    const findings3 = [];
    const { year, stated } = planYear(doc, options.fallbackYear);
    if (!stated) findings3.push({ text: t.findings.noYear(year) });
    const start = doc.range ? dayOf2(doc.range.start, year) : localDateTime(year, 10, 1);
    const end = doc.range ? dayOf2(doc.range.end, year) : localDateTime(year, 10, 7);
    if (!doc.range) findings3.push({ text: t.findings.noWeek(formatShortDate(start), formatShortDate(end)) });
    const settings = {};
    const put = (key, value) => {
      if (value !== void 0 && value !== null && value !== "") settings[key] = value;
    };
    const { school, body, bodyFromBasis } = schoolAndBody(doc);
    put("school", school);
    put("governingBody", body);
    if (body && bodyFromBasis) findings3.push({ text: t.findings.bodyFromBasis(body) });
    put("wardAssociation", wardAssociation2(doc));
    if (doc.number !== void 0) put("planNumber", /\d/.test(doc.number) ? doc.number : null);
    const bases = doc.bases.map((l) => basisText(l.text));
    put("basis", bases.join("\n"));
    const basisDay = dayMentions(bases[0] ?? "").find((d) => d.year !== void 0);
    if (basisDay) put("basisDate", dayOf2(basisDay, year));
    put("preamble", doc.preamble.map((l) => l.text).join("\n"));
    if (doc.planDate?.year !== void 0) put("planDate", dayOf2(doc.planDate, year));
    put("purposes", doc.purposes.map((l) => l.body).join("\n"));
    put("year", year);
    put("theme", doc.theme);
    put("weekStart", start);
    put("weekEnd", end);
    put("place", doc.place);
    put("signerTitle", doc.signerTitle);
    put("signerName", doc.signerName);
    put("recipientsNote", doc.recipients.join("; "));
    const week = { start, end: withTime(end, 23, 59), year };
    const activities2 = mergeRepeats(doc.items).map((item2, i2) => ({ item: item2, i: i2 }));
    const ids = assignIds(activities2.map(({ item: item2 }) => item2.fields.id ?? titleAndId(item2.text).id));
    const records = [];
    for (const { item: item2, i: i2 } of activities2) {
      const id = ids[i2];
      const built = activityRecord(item2, id, week, options.language);
      records.push(built.record);
      findings3.push(...built.findings);
      if (built.openingTarget !== void 0 && settings.openingTarget === void 0)
        put("openingTarget", built.openingTarget);
      for (const detail of item2.details)
        findings3.push({
          line: detail.number,
          text: t.findings.lineKept(detail.number, t.findings.activityNote(id), detail.body)
        });
    }
    if (records.length === 0) findings3.push({ text: t.findings.noActivities });
    put("planNotes", doc.notes.map((l) => l.body).join("\n"));
    for (const note of doc.notes)
      findings3.push({
        line: note.number,
        text: t.findings.lineKept(note.number, t.findings.settingsNote, note.body)
      });
    findings3.push(...staleYears(doc, year, options.language));
    findings3.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { year, settings, activities: records, findings: findings3 };
  }
  function planYear(doc, fallback) {
    const fromRange = doc.range?.start.year ?? doc.range?.end.year;
    if (fromRange !== void 0) return { year: fromRange, stated: true };
    const title = [doc.subtitle?.text, doc.closing?.text].find((x2) => x2 && yearMentions(x2).length > 0);
    if (title) return { year: yearMentions(title)[0].year, stated: true };
    const counts = /* @__PURE__ */ new Map();
    for (const line of doc.lines) {
      for (const y of [
        ...yearMentions(line.text).map((m) => m.year),
        ...dayMentions(line.text).map((d) => d.year)
      ])
        if (y !== void 0) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    return best ? { year: best[0], stated: true } : { year: fallback, stated: false };
  }
  function dayOf2(d, year) {
    return localDateTime(d.year ?? year, d.month, d.day);
  }
  function basisText(text2) {
    const body = text2.replace(/^(?:Căn cứ|Pursuant to)\s+/u, "").replace(/[;.,]+$/u, "").replace(/(\d+\/[\p{Lu}Đ]+)-\s+(?=\p{Lu})/gu, "$1-").trim();
    return body.charAt(0).toUpperCase() + body.slice(1);
  }
  function wardAssociation2(doc) {
    if (doc.nominationsTo) return doc.nominationsTo;
    if (doc.reportTo !== void 0) return void 0;
    for (const line of doc.lines) {
      const m = /Hội khuyến học\s+(?:Phường|Xã|Thị trấn)\s+.+?(?=\s+(?:tổ chức|về|để)(?![\p{L}])|[,;.()“”"]|$)/u.exec(
        line.text
      );
      if (m) return restoreCase(m[0].trim(), doc);
    }
    return void 0;
  }
  function mergeRepeats(items) {
    const out = [];
    const single = ["khai mạc", "tổng kết-khen thưởng"];
    for (const item2 of items) {
      const category = activityFacts(item2.text).category;
      const earlier = item2.section === "organisation" && Object.keys(item2.fields).length === 0 && single.includes(category) ? out.find((o) => Object.keys(o.fields).length === 0 && activityFacts(o.text).category === category) : void 0;
      if (earlier) {
        if (titleOf(item2.text).length > titleOf(earlier.text).length) earlier.text = item2.text;
        earlier.details.push(...item2.details);
        continue;
      }
      out.push(item2);
    }
    return out;
  }
  function assignIds(stated) {
    const used = new Set(stated.filter((s) => !!s));
    let next = 1;
    return stated.map((s) => {
      if (s) return s;
      let id;
      do
        id = `HD${String(next++).padStart(2, "0")}`;
      while (used.has(id));
      used.add(id);
      return id;
    });
  }
  var titleOf = (text2) => text2.replace(/[.;:]+$/u, "").trim();
  var ONLINE_LOCATION = "Trực tuyến";
  function titleAndId(text2) {
    const m = /^(.*\S)\s+\(([A-Z]{1,4}\d{1,4})\)$/u.exec(titleOf(text2));
    return m ? { title: m[1], id: m[2] } : { title: titleOf(text2) };
  }
  function activityRecord(item2, id, week, language) {
    const t = catalogue(language).planDocument;
    const f = item2.fields;
    const own = Object.keys(f).length > 0;
    const facts = activityFacts(item2.text);
    const findings3 = [];
    const notes = [];
    const line = item2.line.number;
    const when = timesOf(f.when ?? (own ? "" : item2.text), item2, week, id, language);
    findings3.push(...when.findings.map((text2) => ({ text: text2, line, activityId: id })));
    notes.push(...when.notes);
    const category = (f.category !== void 0 ? matchChoice(f.category, ACTIVITY_CATEGORIES) : void 0) ?? facts.category;
    let openingTarget;
    const targetText = f.target ?? (own ? void 0 : facts.target?.text);
    if (targetText !== void 0) {
      const percent = activityFacts(targetText).target?.percent;
      if (percent === void 0)
        findings3.push({ line, activityId: id, text: t.findings.targetUnreadable(id, targetText) });
      if (percent !== void 0 && category === "khai mạc") openingTarget = percent;
      if (!own) notes.push(t.notes.target(targetText));
    }
    if (!own && !when.confirmed && when.single) notes.push(t.notes.proposedTime);
    notes.push(...item2.details.map((d) => d.body));
    const audience = own ? f.audience === void 0 ? null : matchChoice(f.audience, AUDIENCE_WORDS) ?? f.audience : facts.audience;
    const platform = own ? f.platform === void 0 ? void 0 : matchChoice(f.platform, ONLINE_PLATFORMS) ?? f.platform : facts.platform;
    const capacity = own ? f.capacity === void 0 ? null : Number(f.capacity.replace(/\D/g, "")) || null : facts.capacity ?? null;
    const invite = own ? yes(f.invite ?? "") : when.single && audience !== AUDIENCE_NONE;
    const noteText2 = [...f.notes !== void 0 ? [f.notes] : [], ...notes].join(" ");
    const title = titleAndId(item2.text);
    const location = own ? f.location : facts.location ?? (platform ? ONLINE_LOCATION : void 0);
    return {
      record: {
        id,
        title: title.title,
        category,
        start: when.start,
        end: when.end,
        timeConfirmed: when.confirmed ? YES_WORD : NO_WORD,
        location: location ?? null,
        platform: platform ?? null,
        link: (own ? f.link : facts.link) ?? null,
        owner: (own ? f.owner : facts.owner) ?? null,
        audience,
        capacity,
        invite: invite ? YES_WORD : NO_WORD,
        status: "kế hoạch",
        resultNotes: noteText2 === "" ? null : noteText2,
        evidence: null
      },
      findings: findings3,
      ...openingTarget !== void 0 ? { openingTarget } : {}
    };
  }
  var yes = (text2) => ["co", "yes", "x", "true"].includes(foldKey(text2));
  function timesOf(text2, item2, week, id, language) {
    const t = catalogue(language).planDocument;
    const findings3 = [];
    const notes = [];
    const unconfirmedMark = [catalogue("vi"), catalogue("en")].some(
      (c) => text2.includes(c.planDocument.unconfirmed)
    );
    const days = dayMentions(text2);
    const clocks = clockMentions(text2);
    const placed = days.map((d) => {
      const proposed = localDateTime(week.year, d.month, d.day);
      if (d.year !== void 0 && d.year !== week.year) {
        findings3.push(t.findings.dateOtherYear(id, d.written, week.year, formatShortDate(proposed)));
        notes.push(t.notes.otherYear(d.written, formatShortDate(proposed)));
        return { day: proposed, moved: true, mention: d };
      }
      return { day: localDateTime(d.year ?? week.year, d.month, d.day), moved: false, mention: d };
    });
    const moved = placed.some((p2) => p2.moved);
    const outside = (day) => {
      if (day.iso < week.start.iso || day.iso > week.end.iso)
        findings3.push(
          t.findings.outsideWeek(
            id,
            formatShortDate(day),
            formatShortDate(week.start),
            formatShortDate(week.end)
          )
        );
    };
    if (placed.length >= 2) {
      const [a, b] = [placed[0].day, placed[placed.length - 1].day];
      const [c1, c2] = [clocks[0], clocks[clocks.length > 1 ? clocks.length - 1 : 1]];
      const start = c1 ? withTime(a, c1.hour, c1.minute) : withTime(a, WEEK_FROM);
      const end = c2 ? withTime(b, c2.hour, c2.minute) : withTime(b, WEEK_TO);
      outside(a);
      outside(b);
      return { start, end, confirmed: !moved && !unconfirmedMark, single: a.iso === b.iso, findings: findings3, notes };
    }
    if (placed.length === 1) {
      const { day, mention } = placed[0];
      outside(day);
      const slot = SLOTS[mention.partOfDay ?? "day"];
      if (clocks.length >= 2) {
        const [c1, c2] = [clocks[0], clocks[1]];
        return {
          start: withTime(day, c1.hour, c1.minute),
          end: withTime(day, c2.hour, c2.minute),
          confirmed: !moved && !unconfirmedMark,
          single: true,
          findings: findings3,
          notes
        };
      }
      if (clocks.length === 1) {
        const start = withTime(day, clocks[0].hour, clocks[0].minute);
        return { start, end: addMinutes(start, 120), confirmed: false, single: true, findings: findings3, notes };
      }
      return {
        start: withTime(day, ...slot[0]),
        end: withTime(day, ...slot[1]),
        confirmed: false,
        single: true,
        findings: findings3,
        notes
      };
    }
    if (item2.groupRange) {
      const [a, b] = item2.groupRange;
      return {
        start: withTime(localDateTime(a.year ?? week.year, a.month, a.day), WEEK_FROM),
        end: withTime(localDateTime(b.year ?? week.year, b.month, b.day), WEEK_TO),
        confirmed: true,
        single: false,
        findings: findings3,
        notes
      };
    }
    findings3.push(t.findings.noDate(id, formatShortDate(week.start), formatShortDate(week.end)));
    return {
      start: withTime(week.start, WEEK_FROM),
      end: withTime(week.end, WEEK_TO),
      confirmed: false,
      single: false,
      findings: findings3,
      notes
    };
  }
  function staleYears(doc, year, language) {
    const t = catalogue(language).planDocument;
    const skip = new Set([...doc.bases, ...doc.headerLines].map((l) => l.number));
    const out = [];
    for (const line of doc.lines) {
      if (skip.has(line.number)) continue;
      for (const m of yearMentions(line.text)) {
        if (m.year < year && m.year >= year - 3) {
          out.push({
            line: line.number,
            text: t.findings.yearOther(line.number, m.year, year, excerpt(line.text, m.at))
          });
        }
      }
    }
    return out;
  }
  function excerpt(text2, at2) {
    const from = Math.max(0, text2.lastIndexOf(" ", Math.max(0, at2 - 60)));
    const to = text2.indexOf(" ", Math.min(text2.length, at2 + 40));
    return `${from > 0 ? "…" : ""}${text2.slice(from, to < 0 ? text2.length : to).trim()}${to > 0 ? "…" : ""}`;
  }

  // src/app/plan/import-plan.ts
  var DOCUMENT_COLUMNS = [
    "title",
    "category",
    "start",
    "end",
    "timeConfirmed",
    "location",
    "platform",
    "link",
    "owner",
    "audience",
    "capacity",
    "invite",
    "resultNotes"
  ];
  var KEEP_WHEN_SILENT = /* @__PURE__ */ new Set([
    "openingTarget",
    "year",
    "weekStart",
    "weekEnd",
    "school",
    "theme"
  ]);
  var LOCK_WAIT_MS3 = 3e4;
  var SHOWN = 90;
  function previewPlanImport(ports, text2, options) {
    const { write: _write, ...preview } = work(ports, importPlanText(text2, options), options);
    return preview;
  }
  function applyPlanImport(ports, text2, options) {
    const imported = importPlanText(text2, options);
    return ports.lock.withLock(LOCK_WAIT_MS3, () => {
      const names = ports.tables.tableNames();
      const missing = [SETTINGS_TABLE, ACTIVITIES_TABLE].some(
        (spec) => readTabs(ports.tables, [spec], names).grids[spec.key] === void 0
      );
      if (missing) {
        const s = imported.settings;
        setup(ports, {
          plan: "blank",
          year: imported.year,
          ...typeof s.school === "string" ? { school: s.school } : {},
          ...typeof s.theme === "string" ? { theme: s.theme } : {},
          ...s.weekStart && typeof s.weekStart === "object" ? { start: s.weekStart.iso.slice(0, 10) } : {},
          ...options.language ? { language: options.language } : {}
        });
      }
      const { write, ...preview } = work(ports, imported, options);
      if (!preview.unchanged) write(ports);
      ports.log.info(preview.summary);
      return preview;
    });
  }
  function work(ports, imported, options) {
    const { grids, tabNames } = readTabs(ports.tables, [SETTINGS_TABLE, ACTIVITIES_TABLE]);
    const activities2 = readTable(ACTIVITIES_TABLE, grids.activities);
    const lang = activities2.header.language ?? options.language ?? "vi";
    const t = catalogue(lang).planDocument.diff;
    const fresh = activities2.rows.length === 0;
    const settings = settingsWork(grids.settings, tabNames.settings, imported, fresh, lang);
    const acts = activitiesWork(grids.activities, activities2, imported.activities, lang);
    const changes = [...settings.lines, ...acts.lines];
    const summary = changes.length === 0 ? t.nothing : t.summary(settings.lines.length, acts.added.length, acts.changed);
    return {
      imported,
      changes,
      summary,
      unchanged: settings.lines.length === 0 && acts.added.length === 0 && acts.changed === 0,
      write: (p2) => {
        settings.write(p2);
        acts.write(p2);
      }
    };
  }
  var shown2 = (cell2, empty) => {
    const text2 = cellDisplay(cell2);
    if (text2 === "") return empty;
    return text2.length > SHOWN ? `${text2.slice(0, SHOWN - 1)}…` : text2;
  };
  function settingsWork(grid, tabName, imported, fresh, lang) {
    const t = catalogue(lang).planDocument.diff;
    const parsed = parseSettings(grid, tabName ?? SETTINGS_TABLE.name);
    const valueAt = parsed.table.header.index.value;
    const lines = [];
    const updates = /* @__PURE__ */ new Map();
    const appended = [];
    for (const key of DOCUMENT_SETTING_KEYS) {
      const stated = Object.prototype.hasOwnProperty.call(imported.settings, key);
      if (!stated && !(fresh && !KEEP_WHEN_SILENT.has(key))) continue;
      const next = imported.settings[key] ?? null;
      const spec = SETTINGS.find((s) => s.key === key);
      const text2 = settingIn(lang, key) ?? spec;
      const row = parsed.rows[key];
      const current = row === void 0 ? null : parsed.table.rows.find((r) => r.row === row)?.cells.value ?? null;
      if (sameCell(current, next) || current === null && next === null) continue;
      if (typeof current === "string" && typeof next === "string" && current.normalize("NFC") === next)
        continue;
      lines.push(t.setting(text2.label, shown2(current, t.empty), shown2(next, t.empty)));
      if (row === void 0)
        appended.push(recordToRow(parsed.table.header, { label: text2.label, value: next, help: text2.help }));
      else updates.set(row, next);
    }
    return {
      lines,
      write: (ports) => {
        const name = tabName ?? SETTINGS_TABLE.name;
        if (updates.size > 0 && valueAt !== void 0 && grid) {
          const rows = [...updates.keys()];
          const first = Math.min(...rows);
          const last = Math.max(...rows);
          const block = [];
          for (let r = first; r <= last; r++)
            block.push([updates.has(r) ? updates.get(r) : grid[r - 1]?.[valueAt] ?? null]);
          ports.tables.write(name, first - 1, valueAt, block);
        }
        if (appended.length > 0) ports.tables.append(name, appended);
      }
    };
  }
  function activitiesWork(grid, table3, imported, lang) {
    const t = catalogue(lang).planDocument.diff;
    const headerOf = (key) => table3.header.headerText[key] ?? ACTIVITIES_TABLE.columns.find((c) => c.key === key).header;
    const lines = [];
    const matched = /* @__PURE__ */ new Set();
    const body = (grid ?? []).slice(1).map((r) => [...r]);
    const width = Math.max(table3.header.width, ...body.map((r) => r.length));
    for (const r of body) while (r.length < width) r.push(null);
    let changed = 0;
    const added = [];
    const usedIds = new Set(table3.rows.map((r) => String(r.cells.id ?? "")));
    const byTitle = (title) => table3.rows.find((r) => !matched.has(r.row) && foldKey(String(r.cells.title ?? "")) === foldKey(title));
    const byId = (id) => table3.rows.find((r) => !matched.has(r.row) && String(r.cells.id ?? "") === id);
    for (const record2 of imported) {
      const existing = byTitle(String(record2.title ?? "")) ?? byId(String(record2.id ?? ""));
      if (!existing) {
        let id = String(record2.id);
        for (let n2 = 1; usedIds.has(id); n2++) id = `HD${String(n2).padStart(2, "0")}`;
        usedIds.add(id);
        added.push({ ...record2, id });
        lines.push(t.added(id, shown2(record2.title ?? null, t.empty)));
        continue;
      }
      matched.add(existing.row);
      const row = body[existing.row - 2];
      const full = recordToRow(table3.header, record2);
      const differs = [];
      for (const key of DOCUMENT_COLUMNS) {
        const at2 = table3.header.index[key];
        if (at2 === void 0) continue;
        const next = full[at2] ?? null;
        if (sameCell(row[at2] ?? null, next)) continue;
        differs.push(`${headerOf(key)}: ${shown2(row[at2] ?? null, t.empty)} → ${shown2(next, t.empty)}`);
        row[at2] = next;
      }
      if (differs.length > 0) {
        changed++;
        lines.push(t.changed(String(existing.cells.id), differs.join("; ")));
      }
    }
    for (const r of table3.rows)
      if (!matched.has(r.row))
        lines.push(t.kept(String(r.cells.id ?? ""), shown2(r.cells.title ?? null, t.empty)));
    return {
      lines,
      added,
      changed,
      write: (ports) => {
        const name = readTabsName(ports, ACTIVITIES_TABLE);
        if (changed > 0) ports.tables.write(name, 1, 0, body);
        if (added.length > 0)
          ports.tables.append(
            name,
            added.map((a) => recordToRow(table3.header, a))
          );
      }
    };
  }
  function readTabsName(ports, spec) {
    return findTabName(spec, ports.tables.tableNames()) ?? spec.name;
  }

  // src/core/plan-document/plan-blocks.ts
  function planDocumentModel(input) {
    const s = input.settings;
    const lang = s.language;
    const t = catalogue(lang).planDocument;
    const year = String(s.year);
    const fix = (text2) => withPlanYear(text2, s.year);
    const para2 = (text2, extra = {}) => ({
      kind: "paragraph",
      align: "justify",
      runs: [{ text: text2, ...extra }]
    });
    const dash = (text2) => para2(`- ${text2}`);
    const activities2 = input.activities.filter((a) => a.status !== "hủy");
    const blocks = [
      {
        kind: "letterhead",
        left: [
          { text: s.governingBody ? s.governingBody.toUpperCase() : t.notFilled },
          { text: s.school ? s.school.toUpperCase() : t.notFilled, bold: true, underline: true },
          { text: t.number(s.planNumber ?? t.notFilled) }
        ],
        right: [
          { text: catalogue(lang).report.header.nation, bold: true },
          { text: catalogue(lang).report.header.motto, bold: true, underline: true },
          {
            text: t.placeDate(
              s.place ?? t.notFilled,
              input.planDate ? formatLongDate(input.planDate, lang) : t.undatedLine(year)
            ),
            italic: true
          }
        ]
      },
      { kind: "heading", level: 0, number: "", text: t.title },
      { kind: "paragraph", role: "subtitle", align: "center", runs: [{ text: t.subtitle(year), bold: true }] },
      ...input.lines.basis.map((b) => para2(t.basis(b), { italic: true })),
      ...input.lines.preamble.map((p2) => para2(fix(p2))),
      { kind: "heading", level: 1, number: "I.", text: t.sectionI },
      ...input.lines.purposes.map((p2) => dash(fix(p2))),
      { kind: "heading", level: 1, number: "II.", text: t.sectionII },
      { kind: "heading", level: 2, number: "1.", text: t.theme(s.theme) },
      { kind: "heading", level: 2, number: "2.", text: t.time },
      dash(t.range(formatLongDate(s.weekStart, "vi"), formatLongDate(s.weekEnd, "vi"))),
      { kind: "heading", level: 2, number: "3.", text: t.content }
    ];
    if (activities2.length === 0) blocks.push(para2(t.noActivities, { italic: true }));
    for (const a of activities2) blocks.push(...activityBlocks2(a, s, lang, fix));
    blocks.push({ kind: "heading", level: 1, number: "III.", text: t.sectionIII });
    for (const [owner, ids] of owners(activities2)) blocks.push(dash(t.owner(owner, ids.join(", "))));
    if (s.governingBody) blocks.push(dash(t.reportTo(s.governingBody)));
    if (s.wardAssociation) blocks.push(dash(t.nominationsTo(s.wardAssociation)));
    if (input.lines.planNotes.length > 0) {
      blocks.push(para2(t.notesTitle, { bold: true }));
      for (const note of input.lines.planNotes) blocks.push(dash(fix(note)));
    }
    blocks.push(para2(t.closing(year, s.school || t.notFilled)));
    const recipients = (s.recipientsNote ?? "").split(";").map((r) => r.trim()).filter((r) => r !== "").map((r, i2, all) => `- ${r}${i2 === all.length - 1 ? "." : ";"}`);
    blocks.push({
      kind: "signature",
      recipientsTitle: t.recipientsTitle,
      recipients,
      signerTitle: (s.signerTitle ?? t.signerTitle).toUpperCase(),
      signerName: s.signerName ?? ""
    });
    return {
      language: lang,
      year: s.year,
      at: input.at,
      preview: false,
      fileName: t.fileName(year),
      documentTitle: t.documentTitle(year),
      blocks,
      charts: [],
      headline: []
    };
  }
  function activityBlocks2(a, s, lang, fix) {
    const t = catalogue(lang).planDocument;
    const field = (label, value) => ({
      kind: "paragraph",
      align: "left",
      runs: [{ text: `+ ${label}: `, italic: true }, { text: value }]
    });
    const out = [
      { kind: "paragraph", align: "justify", runs: [{ text: `- ${fix(a.title)} (${a.id})`, bold: true }] }
    ];
    const f = t.fields;
    if (categoryOf(a.title) !== a.category) out.push(field(f.category, choiceLabel(a.category, lang)));
    if (a.start && a.end) out.push(field(f.when, whenText(a.start, a.end, a.timeConfirmed, lang)));
    if (a.location) out.push(field(f.location, a.location));
    if (a.platform) out.push(field(f.platform, a.platform));
    if (a.link) out.push(field(f.link, a.link));
    if (a.audience) out.push(field(f.audience, choiceLabel(a.audience, lang)));
    if (a.capacity !== void 0) out.push(field(f.capacity, String(a.capacity)));
    if (a.owner) out.push(field(f.owner, a.owner));
    out.push(field(f.invite, choiceLabel(a.invite ? YES_WORD : NO_WORD, lang)));
    if (a.category === "khai mạc") out.push(field(f.target, t.targetText(String(s.openingTarget))));
    const notes = a.resultNotes ? withoutSlipNotes(a.resultNotes) : "";
    if (notes) out.push(field(f.notes, fix(notes)));
    return out;
  }
  function whenText(start, end, confirmed, lang) {
    const t = catalogue(lang).planDocument;
    const sameDay3 = start.iso.slice(0, 10) === end.iso.slice(0, 10);
    const text2 = sameDay3 ? t.sameDay(formatDayDate(start, lang), formatTime(start), formatTime(end)) : t.days(
      t.dayTime(formatTime(start), formatDayDate(start, lang)),
      t.dayTime(formatTime(end), formatDayDate(end, lang))
    );
    return confirmed ? text2 : `${text2} ${t.unconfirmed}`;
  }
  function owners(activities2) {
    const map = /* @__PURE__ */ new Map();
    for (const a of activities2) if (a.owner) map.set(a.owner, [...map.get(a.owner) ?? [], a.id]);
    return [...map.entries()];
  }
  function withPlanYear(text2, year) {
    return text2.replace(
      /năm\s+(\d{4})(?!\d)/gu,
      (all, y) => Number(y) < year && Number(y) >= year - 3 ? `năm ${year}` : all
    );
  }
  function withoutSlipNotes(notes) {
    let out = notes;
    for (const lang of ["vi", "en"]) {
      const pattern = catalogue(lang).planDocument.notes.otherYear("\0", "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace("\0", "[^”]*").replace("", "\\d{2}/\\d{2}/\\d{4}");
      out = out.replace(new RegExp(`${pattern}\\s*`, "gu"), "");
    }
    return out.trim();
  }
  function cellLines(cell2) {
    if (cell2 === null || cell2 === void 0) return [];
    const text2 = isLocalDateTime(cell2) ? cell2.iso : String(cell2);
    return text2.normalize("NFC").split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
  }

  // src/app/plan/export-plan.ts
  function buildPlanDocument(ports, options = {}) {
    const { grids, tabNames } = readTabs(ports.tables, [SETTINGS_TABLE, ACTIVITIES_TABLE]);
    const parsed = parseSettings(grids.settings, tabNames.settings ?? SETTINGS_TABLE.name);
    const settings = parsed.settings;
    if (!settings) return void 0;
    const { plan } = parsePlan(grids, tabNames);
    const raw = (key) => {
      const row = parsed.rows[key];
      return cellLines(parsed.table.rows.find((r) => r.row === row)?.cells.value);
    };
    const planDate = parsed.values.planDate;
    const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    return planDocumentModel({
      settings,
      lines: {
        basis: raw("basis"),
        preamble: raw("preamble"),
        purposes: raw("purposes"),
        planNotes: raw("planNotes")
      },
      ...planDate && typeof planDate === "object" && !Array.isArray(planDate) ? { planDate } : {},
      activities: plan.activities,
      at: options.at ?? toWallClock(ports.clock.now(), zone)
    });
  }

  // src/gas/plan-document.ts
  function docText(doc) {
    const lines = [];
    const body = doc.getBody();
    for (let i2 = 0; i2 < body.getNumChildren(); i2++) collect(body.getChild(i2), lines);
    return lines.join("\n");
  }
  function collect(element, lines) {
    const type = String(element.getType());
    if (type === "TABLE") {
      const table3 = element.asTable();
      for (let r = 0; r < table3.getNumRows(); r++) {
        const row = table3.getRow(r);
        for (let c = 0; c < row.getNumCells(); c++) {
          const cell2 = row.getCell(c);
          for (let k = 0; k < cell2.getNumChildren(); k++) collect(cell2.getChild(k), lines);
        }
      }
      return;
    }
    if (type === "PARAGRAPH") lines.push(element.asParagraph().getText());
    else if (type === "LIST_ITEM") lines.push(element.asListItem().getText());
  }
  function importPlanFromDoc(runtime, lang) {
    const t = catalogue(lang).planDocument.gas;
    const ui = availableUi();
    if (!ui) return { title: t.importTitle, text: t.needsUi };
    const answer = ui.prompt(t.importTitle, t.askLink, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return void 0;
    const link2 = answer.getResponseText().trim();
    let text2;
    try {
      text2 = docText(DocumentApp.openByUrl(link2));
    } catch (error) {
      return {
        title: t.importTitle,
        text: t.cannotOpen(link2, error instanceof Error ? error.message : String(error))
      };
    }
    const options = { fallbackYear: runtime.clock.now().getUTCFullYear(), language: lang };
    const preview = previewPlanImport(runtime, text2, options);
    const findings3 = preview.imported.findings.map((f) => `• ${f.text}`);
    const body = [
      ...findings3.length > 0 ? [catalogue(lang).planDocument.cli.findings(findings3.length), ...findings3, ""] : [],
      ...preview.changes,
      "",
      preview.summary
    ].join("\n");
    if (preview.unchanged) return { title: t.importTitle, text: body };
    const confirmed = ui.alert(t.importTitle, `${body}

${t.confirm}`, ui.ButtonSet.YES_NO);
    if (confirmed !== ui.Button.YES) return { title: t.importTitle, text: t.notWritten };
    const applied = applyPlanImport(runtime, text2, options);
    return { title: t.importTitle, text: `${applied.summary}
${t.written}` };
  }
  function exportPlanToDoc(runtime, lang) {
    const t = catalogue(lang).planDocument.gas;
    const model = buildPlanDocument(runtime);
    if (!model) return { title: t.exportTitle, text: catalogue(lang).planDocument.cli.noSettings };
    const handle = runtime.documents.render(model, void 0);
    return { title: t.exportTitle, text: t.exported(handle.url) };
  }

  // src/core/commendation/commendation-rows.ts
  var MAX_NAME_LENGTH = 120;
  var clean = (value) => cellText(value).normalize("NFC").replace(/\s+/g, " ").trim();
  function readCommendationRows(grid) {
    return readTable(COMMENDATIONS_TABLE, grid).rows.map((r) => {
      const awardText = clean(r.cells.award);
      const decisionText = clean(r.cells.decision);
      const award = matchChoice(awardText, AWARDS);
      const decision = decisionText === "" ? "đề nghị" : matchChoice(decisionText, DECISIONS);
      const group = clean(r.cells.group);
      const reason = clean(r.cells.reason);
      const state = clean(r.cells.state);
      return {
        row: r.row,
        id: clean(r.cells.id) || `#${r.row}`,
        kind: matchChoice(clean(r.cells.kind), NOMINEE_KINDS) ?? "cá nhân",
        name: clean(r.cells.name),
        ...group ? { group } : {},
        ...reason ? { reason } : {},
        ...award ? { award } : {},
        awardText,
        ...decision ? { decision } : {},
        decisionText,
        ...state ? { state } : {}
      };
    });
  }
  var nomineeKey = (r) => `${r.kind}|${foldKey(r.name)}|${foldKey(r.group ?? "")}`;
  function approvedCommendations(rows, lang) {
    const t = catalogue(lang).commendation.rows;
    const approved = [];
    const problems = [];
    const firstRow = /* @__PURE__ */ new Map();
    for (const r of rows) {
      if (r.decision === void 0) {
        problems.push({ row: r.row, text: t.badDecision(r.row, r.decisionText) });
        continue;
      }
      if (r.decision !== "đồng ý") continue;
      if (r.award === void 0) {
        problems.push({ row: r.row, text: t.badAward(r.row, r.awardText) });
        continue;
      }
      if (r.name === "") {
        problems.push({ row: r.row, text: t.empty(r.row) });
        continue;
      }
      if (r.name.length > MAX_NAME_LENGTH) {
        problems.push({ row: r.row, text: t.tooLong(r.row, MAX_NAME_LENGTH) });
        continue;
      }
      const key = `${nomineeKey(r)}|${r.award}`;
      const first = firstRow.get(key);
      if (first !== void 0) {
        problems.push({ row: r.row, text: t.duplicate(r.row, first, r.award) });
        continue;
      }
      firstRow.set(key, r.row);
      approved.push({
        row: r.row,
        id: r.id,
        kind: r.kind,
        name: r.name,
        award: r.award,
        ...r.group ? { group: r.group } : {},
        ...r.reason ? { reason: r.reason } : {}
      });
    }
    return { approved, problems };
  }

  // src/app/commendation/commendation-tabs.ts
  var READ = [
    "settings",
    "people",
    "activities",
    "attendance",
    "trainingSignups",
    "nominations"
  ];
  function readCommendationTabs(ports) {
    const { grids, tabNames } = readTabs(ports.tables, [
      ...ALL_TABLES.filter((spec) => READ.includes(spec.key)),
      COMMENDATIONS_TABLE
    ]);
    const zone = parseSettings(grids.settings, tabNames.settings ?? SETTINGS_TABLE.name).settings?.timeZone;
    const at2 = toWallClock(ports.clock.now(), zone && isKnownTimeZone(zone) ? zone : SCHOOL_TIME_ZONE);
    const figures = reportFigures({
      grids,
      tabNames,
      at: at2,
      env: { spreadsheetTimeZone: ports.env.spreadsheetTimeZone(), scriptTimeZone: ports.env.scriptTimeZone() }
    });
    return {
      at: at2,
      figures,
      plan: figures.plan,
      rows: readCommendationRows(grids.commendations),
      nominations: readNominationRows(grids.nominations),
      grids,
      tabNames
    };
  }

  // src/core/commendation/proposal.ts
  var personRowId = (personId) => `CN-${personId}`;
  var groupRowId = (group) => `TT-${foldKey(group).replace(/[^a-z0-9]+/g, "-")}`;
  function newProposals(figures, existing, lang) {
    const c = figures.commendation;
    if (!c) return [];
    const t = catalogue(lang).commendation;
    const have = new Set(existing.map((r) => foldKey(r.id)));
    const records = [];
    for (const g of c.groups) {
      const id = groupRowId(g.group);
      if (have.has(foldKey(id))) continue;
      records.push({
        id,
        kind: "tập thể",
        name: g.group,
        group: g.group,
        reason: t.reason.group(formatPercent(g.present.percent, lang)),
        award: "giấy chứng nhận",
        decision: "đề nghị",
        state: t.state.proposed
      });
    }
    for (const p2 of c.people) {
      const id = personRowId(p2.id);
      if (have.has(foldKey(id))) continue;
      records.push({
        id,
        kind: "cá nhân",
        name: p2.name,
        group: p2.group ?? null,
        reason: t.reason.person,
        award: "giấy khen",
        decision: "đề nghị",
        state: t.state.proposed
      });
    }
    return records;
  }

  // src/app/commendation/propose-commendations.ts
  var LOCK_WAIT_MS4 = 1e4;
  function proposeCommendations(ports) {
    return ports.lock.withLock(LOCK_WAIT_MS4, () => {
      const tabs = readCommendationTabs(ports);
      const lang = tabs.plan.settings?.language ?? "vi";
      const spec = specIn(COMMENDATIONS_TABLE, lang);
      const existing = tabs.tabNames.commendations;
      const tab = existing ?? spec.name;
      const grid = existing ? tabs.grids.commendations ?? [] : [];
      if (!existing) ports.tables.create(tab);
      const headerRow = grid.length > 0 ? grid[0] : defaultHeader(spec);
      const header = mapHeader(COMMENDATIONS_TABLE, headerRow);
      const records = newProposals(tabs.figures, tabs.rows, lang).map(
        (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? cellSafe(v) : v]))
      );
      const rows = records.map((r) => recordToRow(header, r));
      if (grid.length === 0) ports.tables.write(tab, 0, 0, [[...headerRow], ...rows]);
      else if (rows.length > 0) ports.tables.write(tab, grid.length, 0, rows);
      const tabLang = header.language ?? lang;
      ports.tables.layout(
        tab,
        layoutOf(
          specIn(COMMENDATIONS_TABLE, tabLang),
          header.headerText,
          (word) => choiceLabel(word, tabLang),
          catalogue(tabLang).sheet.invalidChoice
        )
      );
      return { tab, added: rows.length };
    });
  }

  // src/core/commendation/certificate-values.ts
  function certificateValues(a, settings, at2) {
    const lang = settings.language;
    const t = catalogue(lang).commendation;
    return {
      "Họ tên": a.name,
      Tổ: a.group ?? "",
      "Danh hiệu": choiceLabel(a.award, lang),
      "Lý do": a.reason ?? "",
      Ngày: t.certificate.placeDate(
        settings.place ? plain2(settings.place) : t.notFilled,
        formatLongDate(at2, lang)
      ),
      "Người ký": settings.signerName ? plain2(settings.signerName) : ""
    };
  }
  function awardsNeeded(approved) {
    return [...new Set(approved.map((a) => a.award))];
  }

  // src/core/commendation/decision-model.ts
  var para = (runs, align = "justify") => ({
    kind: "paragraph",
    align,
    runs
  });
  function decisionModel(input) {
    const s = input.settings;
    const lang = s.language;
    const t = catalogue(lang).commendation;
    const d = t.decision;
    const year = String(s.year);
    const school = plain2(s.school);
    const date3 = formatLongDate(input.at, lang);
    const people = input.approved.filter((a) => a.kind === "cá nhân").length;
    const groups = input.approved.length - people;
    const bases = [
      d.basisLaw,
      ...s.basis ? [d.basis(plain2(s.basis).replace(/[;.]\s*$/, ""))] : [],
      ...s.planNumber ? [d.planBasis(plain2(s.planNumber), school)] : [],
      d.result(year)
    ];
    const article = (label, text2) => para([{ text: label, bold: true }, { text: ` ${text2}` }]);
    const blocks = [
      letterhead(s, d.number(t.notFilled), `${s.place ? plain2(s.place) : t.notFilled}, ${date3}`, lang),
      { kind: "heading", level: 0, number: "", text: d.title },
      { kind: "paragraph", role: "subtitle", align: "center", runs: [{ text: d.subtitle(year), bold: true }] },
      para([{ text: d.authority(school), bold: true }], "center"),
      ...bases.map((b) => para([{ text: b, italic: true }])),
      para([{ text: d.decides, bold: true }], "center"),
      article(d.article1Label, d.article1(people, groups)),
      article(d.article2Label, d.article2),
      article(d.article3Label, d.article3),
      {
        kind: "signature",
        recipientsTitle: d.recipientsTitle,
        recipients: [d.recipientsLine, d.archive],
        signerTitle: s.signerTitle ? plain2(s.signerTitle).toUpperCase() : d.signerTitle,
        signerName: s.signerName ? plain2(s.signerName) : ""
      },
      { kind: "heading", level: 0, number: "", text: d.annexTitle, newPage: true },
      {
        kind: "paragraph",
        role: "subtitle",
        align: "center",
        runs: [{ text: d.annexSubtitle(t.notFilled, formatShortDate(input.at)), italic: true }]
      },
      input.approved.length === 0 ? para([{ text: d.nobody, italic: true }]) : {
        kind: "table",
        header: d.header,
        widths: [7, 30, 18, 17, 28],
        rows: input.approved.map((a, i2) => [
          { text: String(i2 + 1) },
          { text: a.name },
          { text: a.group ?? "" },
          { text: a.award },
          { text: a.reason ?? "" }
        ])
      }
    ];
    return {
      language: lang,
      year: s.year,
      at: input.at,
      preview: false,
      fileName: d.fileName(year),
      documentTitle: d.documentTitle(year),
      blocks: fitTables(blocks),
      charts: [],
      headline: []
    };
  }

  // src/core/commendation/placeholders.ts
  var CERTIFICATE_FIELDS = ["Họ tên", "Tổ", "Danh hiệu", "Lý do", "Ngày", "Người ký"];
  var REQUIRED_FIELDS = ["Họ tên", "Danh hiệu"];
  var spelling = (tag) => tag.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  function knownField(tag) {
    const s = spelling(tag);
    return CERTIFICATE_FIELDS.find((f) => spelling(f) === s);
  }
  function suggestionFor(tag) {
    const folded2 = foldKey(tag).replace(/[^a-z0-9]/g, "");
    return CERTIFICATE_FIELDS.find((f) => foldKey(f).replace(/[^a-z0-9]/g, "") === folded2);
  }
  function placeholderTags(text2) {
    const tags = [];
    const unclosed = [];
    let at2 = 0;
    for (; ; ) {
      const open = text2.indexOf("{{", at2);
      if (open < 0) break;
      const close = text2.indexOf("}}", open + 2);
      const nextOpen = text2.indexOf("{{", open + 2);
      if (close < 0 || nextOpen >= 0 && nextOpen < close) {
        const end = Math.min(open + 24, nextOpen >= 0 ? nextOpen : text2.length);
        unclosed.push(text2.slice(open, end).replace(/\s+$/, ""));
        at2 = open + 2;
        continue;
      }
      tags.push(text2.slice(open + 2, close));
      at2 = close + 2;
    }
    return { tags, unclosed };
  }
  function checkTemplate(text2) {
    const { tags, unclosed } = placeholderTags(text2);
    const fields = [];
    const problems = [];
    const reported3 = /* @__PURE__ */ new Set();
    for (const tag of tags) {
      const field = knownField(tag);
      if (field) {
        if (!fields.includes(field)) fields.push(field);
        continue;
      }
      const key = spelling(tag);
      if (reported3.has(key)) continue;
      reported3.add(key);
      const suggestion = suggestionFor(tag);
      problems.push({ kind: "unknown", tag, ...suggestion ? { suggestion } : {} });
    }
    for (const near of unclosed) problems.push({ kind: "unclosed", near });
    for (const field of REQUIRED_FIELDS) if (!fields.includes(field)) problems.push({ kind: "missing", field });
    return { fields, problems };
  }

  // src/core/commendation/ward-letter.ts
  function wardLetter(input) {
    const s = input.settings;
    const lang = s.language;
    const t = catalogue(lang).commendation;
    const w = t.ward;
    const year = String(s.year);
    const school = plain2(s.school);
    const families2 = exportableNominations(input.nominations);
    const refused = input.nominations.filter((n2) => !n2.consent && (n2.status === "được chọn" || n2.status === "đã gửi phường")).map((n2) => w.refusedNoConsent(n2.row));
    const ward = s.wardAssociation ? plain2(s.wardAssociation) : void 0;
    const cells = (n2, i2) => [
      String(i2 + 1),
      plain2(n2.family),
      n2.child ? plain2(n2.child) : "",
      n2.className ? plain2(n2.className) : "",
      n2.achievements ? plain2(n2.achievements) : "",
      n2.evidence ? plain2(n2.evidence) : ""
    ];
    const blocks = [
      letterhead(
        s,
        w.number(t.notFilled),
        `${s.place ? plain2(s.place) : t.notFilled}, ${formatLongDate(input.at, lang)}`,
        lang
      ),
      { kind: "paragraph", align: "left", runs: [{ text: w.subject, italic: true }] },
      { kind: "paragraph", align: "center", runs: [{ text: w.to(ward ?? t.notFilled), bold: true }] },
      {
        kind: "paragraph",
        align: "justify",
        runs: [{ text: families2.length > 0 ? w.body(school, year, families2.length) : w.none(school) }]
      },
      ...families2.length > 0 ? [
        {
          kind: "table",
          header: w.header,
          widths: [6, 20, 16, 8, 34, 16],
          rows: families2.map(
            (n2, i2) => cells(n2, i2).map((text2, c) => c === 5 && text2 ? { text: text2, link: text2 } : { text: text2 })
          )
        }
      ] : [],
      { kind: "paragraph", align: "justify", runs: [{ text: w.closing }] },
      {
        kind: "signature",
        recipientsTitle: w.recipientsTitle,
        recipients: [w.recipientsWard, w.archive],
        signerTitle: s.signerTitle ? plain2(s.signerTitle).toUpperCase() : w.signerTitle,
        signerName: s.signerName ? plain2(s.signerName) : ""
      }
    ];
    return {
      model: {
        language: lang,
        year: s.year,
        at: input.at,
        preview: false,
        fileName: w.fileName(year),
        documentTitle: w.documentTitle(year),
        blocks: fitTables(blocks),
        charts: [],
        headline: []
      },
      families: families2,
      grid: [w.header, ...families2.map(cells)],
      refused,
      ...ward ? {} : { noWard: w.noWard }
    };
  }

  // src/core/commendation/commendation-work.ts
  function problemText(p2, t) {
    switch (p2.kind) {
      case "unknown":
        return t.unknown(p2.tag, p2.suggestion);
      case "missing":
        return t.missing(p2.field);
      case "unclosed":
        return t.unclosed(p2.near);
    }
  }
  function commendationWork(input) {
    const lang = input.settings.language;
    const t = catalogue(lang).commendation;
    const { approved, problems: rowProblems } = approvedCommendations(input.rows, lang);
    const problems = rowProblems.map((p2) => p2.text);
    const refusedRows = new Map(rowProblems.map((p2) => [p2.row, t.state.refused(p2.text)]));
    const batches = [];
    for (const award of awardsNeeded(approved)) {
      const label = choiceLabel(award, lang);
      const text2 = input.templates[award];
      const templateProblems = text2 === void 0 ? [t.template.none(label)] : checkTemplate(text2).problems.map((p2) => t.template.inTemplate(label, problemText(p2, t.template)));
      const mine = approved.filter((a) => a.award === award);
      if (templateProblems.length > 0) {
        problems.push(...templateProblems);
        if (text2 !== void 0)
          problems.push(t.template.known(CERTIFICATE_FIELDS.map((f) => `{{${f}}}`).join(", ")));
        for (const a of mine) refusedRows.set(a.row, t.state.refused(templateProblems[0]));
        continue;
      }
      batches.push({
        award,
        certificates: mine.map((a) => ({
          approved: a,
          values: certificateValues(a, input.settings, input.at)
        }))
      });
    }
    const ward = wardLetter({ settings: input.settings, nominations: input.nominations, at: input.at });
    problems.push(...ward.refused, ...ward.noWard ? [ward.noWard] : []);
    return {
      decision: decisionModel({ settings: input.settings, approved, at: input.at }),
      approved,
      batches,
      problems,
      refusedRows,
      ward
    };
  }

  // src/gas/commendation-document.ts
  function commendationToDocs(runtime, lang) {
    const title = catalogue(lang).menu.items.makeCommendation;
    const proposal = proposeCommendations(runtime);
    const tabs = readCommendationTabs(runtime);
    const settings = tabs.plan.settings;
    if (!settings) return { title, text: catalogue(lang).planDocument.cli.noSettings };
    const t = catalogue(settings.language).commendation.gas;
    const work2 = commendationWork({
      settings,
      rows: tabs.rows,
      nominations: tabs.nominations,
      at: tabs.at,
      templates: {}
    });
    const decision = runtime.documents.render(work2.decision, void 0);
    const letter2 = runtime.documents.render(work2.ward.model, void 0);
    const people = work2.approved.filter((a) => a.kind === "cá nhân").length;
    const none = new Set(
      AWARDS.map(
        (a) => catalogue(settings.language).commendation.template.none(choiceLabel(a, settings.language))
      )
    );
    const rowProblems = work2.problems.filter((p2) => !none.has(p2));
    const lines = [
      t.proposal(proposal.tab, proposal.added),
      t.decision(decision.url, people, work2.approved.length - people),
      t.ward(letter2.url, work2.ward.families.length),
      ...work2.approved.length > 0 ? [t.certificates] : [],
      ...rowProblems.length > 0 ? [t.problems, ...rowProblems.map((p2) => `- ${p2}`)] : []
    ];
    return { title, text: lines.join("\n") };
  }

  // src/app/forms/answers-by-class.ts
  function readAnswersByClass(tables, loaded, rawLog) {
    const context = loaded ?? loadFormsContext(tables);
    const log = rawLog ?? loadRawLog(tables, context.allTabNames);
    const responses = [
      ...rawHistory(log, "attendance", context.normalise),
      ...rawHistory(log, "training", context.normalise)
    ];
    return answersByClass(context.plan.families, context.plan.people, classAnswersOf(responses));
  }

  // node_modules/qrcode-generator/dist/qrcode.mjs
  var qrcode = function(typeNumber, errorCorrectionLevel) {
    const PAD0 = 236;
    const PAD1 = 17;
    let _typeNumber = typeNumber;
    const _errorCorrectionLevel = QRErrorCorrectionLevel[errorCorrectionLevel];
    let _modules = null;
    let _moduleCount = 0;
    let _dataCache = null;
    const _dataList = [];
    const _this = {};
    const makeImpl = function(test, maskPattern) {
      _moduleCount = _typeNumber * 4 + 17;
      _modules = (function(moduleCount) {
        const modules = new Array(moduleCount);
        for (let row = 0; row < moduleCount; row += 1) {
          modules[row] = new Array(moduleCount);
          for (let col = 0; col < moduleCount; col += 1) {
            modules[row][col] = null;
          }
        }
        return modules;
      })(_moduleCount);
      setupPositionProbePattern(0, 0);
      setupPositionProbePattern(_moduleCount - 7, 0);
      setupPositionProbePattern(0, _moduleCount - 7);
      setupPositionAdjustPattern();
      setupTimingPattern();
      setupTypeInfo(test, maskPattern);
      if (_typeNumber >= 7) {
        setupTypeNumber(test);
      }
      if (_dataCache == null) {
        _dataCache = createData(_typeNumber, _errorCorrectionLevel, _dataList);
      }
      mapData(_dataCache, maskPattern);
    };
    const setupPositionProbePattern = function(row, col) {
      for (let r = -1; r <= 7; r += 1) {
        if (row + r <= -1 || _moduleCount <= row + r) continue;
        for (let c = -1; c <= 7; c += 1) {
          if (col + c <= -1 || _moduleCount <= col + c) continue;
          if (0 <= r && r <= 6 && (c == 0 || c == 6) || 0 <= c && c <= 6 && (r == 0 || r == 6) || 2 <= r && r <= 4 && 2 <= c && c <= 4) {
            _modules[row + r][col + c] = true;
          } else {
            _modules[row + r][col + c] = false;
          }
        }
      }
    };
    const getBestMaskPattern = function() {
      let minLostPoint = 0;
      let pattern = 0;
      for (let i2 = 0; i2 < 8; i2 += 1) {
        makeImpl(true, i2);
        const lostPoint = QRUtil.getLostPoint(_this);
        if (i2 == 0 || minLostPoint > lostPoint) {
          minLostPoint = lostPoint;
          pattern = i2;
        }
      }
      return pattern;
    };
    const setupTimingPattern = function() {
      for (let r = 8; r < _moduleCount - 8; r += 1) {
        if (_modules[r][6] != null) {
          continue;
        }
        _modules[r][6] = r % 2 == 0;
      }
      for (let c = 8; c < _moduleCount - 8; c += 1) {
        if (_modules[6][c] != null) {
          continue;
        }
        _modules[6][c] = c % 2 == 0;
      }
    };
    const setupPositionAdjustPattern = function() {
      const pos = QRUtil.getPatternPosition(_typeNumber);
      for (let i2 = 0; i2 < pos.length; i2 += 1) {
        for (let j = 0; j < pos.length; j += 1) {
          const row = pos[i2];
          const col = pos[j];
          if (_modules[row][col] != null) {
            continue;
          }
          for (let r = -2; r <= 2; r += 1) {
            for (let c = -2; c <= 2; c += 1) {
              if (r == -2 || r == 2 || c == -2 || c == 2 || r == 0 && c == 0) {
                _modules[row + r][col + c] = true;
              } else {
                _modules[row + r][col + c] = false;
              }
            }
          }
        }
      }
    };
    const setupTypeNumber = function(test) {
      const bits = QRUtil.getBCHTypeNumber(_typeNumber);
      for (let i2 = 0; i2 < 18; i2 += 1) {
        const mod = !test && (bits >> i2 & 1) == 1;
        _modules[Math.floor(i2 / 3)][i2 % 3 + _moduleCount - 8 - 3] = mod;
      }
      for (let i2 = 0; i2 < 18; i2 += 1) {
        const mod = !test && (bits >> i2 & 1) == 1;
        _modules[i2 % 3 + _moduleCount - 8 - 3][Math.floor(i2 / 3)] = mod;
      }
    };
    const setupTypeInfo = function(test, maskPattern) {
      const data = _errorCorrectionLevel << 3 | maskPattern;
      const bits = QRUtil.getBCHTypeInfo(data);
      for (let i2 = 0; i2 < 15; i2 += 1) {
        const mod = !test && (bits >> i2 & 1) == 1;
        if (i2 < 6) {
          _modules[i2][8] = mod;
        } else if (i2 < 8) {
          _modules[i2 + 1][8] = mod;
        } else {
          _modules[_moduleCount - 15 + i2][8] = mod;
        }
      }
      for (let i2 = 0; i2 < 15; i2 += 1) {
        const mod = !test && (bits >> i2 & 1) == 1;
        if (i2 < 8) {
          _modules[8][_moduleCount - i2 - 1] = mod;
        } else if (i2 < 9) {
          _modules[8][15 - i2 - 1 + 1] = mod;
        } else {
          _modules[8][15 - i2 - 1] = mod;
        }
      }
      _modules[_moduleCount - 8][8] = !test;
    };
    const mapData = function(data, maskPattern) {
      let inc = -1;
      let row = _moduleCount - 1;
      let bitIndex = 7;
      let byteIndex = 0;
      const maskFunc = QRUtil.getMaskFunction(maskPattern);
      for (let col = _moduleCount - 1; col > 0; col -= 2) {
        if (col == 6) col -= 1;
        while (true) {
          for (let c = 0; c < 2; c += 1) {
            if (_modules[row][col - c] == null) {
              let dark = false;
              if (byteIndex < data.length) {
                dark = (data[byteIndex] >>> bitIndex & 1) == 1;
              }
              const mask = maskFunc(row, col - c);
              if (mask) {
                dark = !dark;
              }
              _modules[row][col - c] = dark;
              bitIndex -= 1;
              if (bitIndex == -1) {
                byteIndex += 1;
                bitIndex = 7;
              }
            }
          }
          row += inc;
          if (row < 0 || _moduleCount <= row) {
            row -= inc;
            inc = -inc;
            break;
          }
        }
      }
    };
    const createBytes = function(buffer, rsBlocks) {
      let offset = 0;
      let maxDcCount = 0;
      let maxEcCount = 0;
      const dcdata = new Array(rsBlocks.length);
      const ecdata = new Array(rsBlocks.length);
      for (let r = 0; r < rsBlocks.length; r += 1) {
        const dcCount = rsBlocks[r].dataCount;
        const ecCount = rsBlocks[r].totalCount - dcCount;
        maxDcCount = Math.max(maxDcCount, dcCount);
        maxEcCount = Math.max(maxEcCount, ecCount);
        dcdata[r] = new Array(dcCount);
        for (let i2 = 0; i2 < dcdata[r].length; i2 += 1) {
          dcdata[r][i2] = 255 & buffer.getBuffer()[i2 + offset];
        }
        offset += dcCount;
        const rsPoly = QRUtil.getErrorCorrectPolynomial(ecCount);
        const rawPoly = qrPolynomial(dcdata[r], rsPoly.getLength() - 1);
        const modPoly = rawPoly.mod(rsPoly);
        ecdata[r] = new Array(rsPoly.getLength() - 1);
        for (let i2 = 0; i2 < ecdata[r].length; i2 += 1) {
          const modIndex = i2 + modPoly.getLength() - ecdata[r].length;
          ecdata[r][i2] = modIndex >= 0 ? modPoly.getAt(modIndex) : 0;
        }
      }
      let totalCodeCount = 0;
      for (let i2 = 0; i2 < rsBlocks.length; i2 += 1) {
        totalCodeCount += rsBlocks[i2].totalCount;
      }
      const data = new Array(totalCodeCount);
      let index = 0;
      for (let i2 = 0; i2 < maxDcCount; i2 += 1) {
        for (let r = 0; r < rsBlocks.length; r += 1) {
          if (i2 < dcdata[r].length) {
            data[index] = dcdata[r][i2];
            index += 1;
          }
        }
      }
      for (let i2 = 0; i2 < maxEcCount; i2 += 1) {
        for (let r = 0; r < rsBlocks.length; r += 1) {
          if (i2 < ecdata[r].length) {
            data[index] = ecdata[r][i2];
            index += 1;
          }
        }
      }
      return data;
    };
    const createData = function(typeNumber2, errorCorrectionLevel2, dataList) {
      const rsBlocks = QRRSBlock.getRSBlocks(typeNumber2, errorCorrectionLevel2);
      const buffer = qrBitBuffer();
      for (let i2 = 0; i2 < dataList.length; i2 += 1) {
        const data = dataList[i2];
        buffer.put(data.getMode(), 4);
        buffer.put(data.getLength(), QRUtil.getLengthInBits(data.getMode(), typeNumber2));
        data.write(buffer);
      }
      let totalDataCount = 0;
      for (let i2 = 0; i2 < rsBlocks.length; i2 += 1) {
        totalDataCount += rsBlocks[i2].dataCount;
      }
      if (buffer.getLengthInBits() > totalDataCount * 8) {
        throw "code length overflow. (" + buffer.getLengthInBits() + ">" + totalDataCount * 8 + ")";
      }
      if (buffer.getLengthInBits() + 4 <= totalDataCount * 8) {
        buffer.put(0, 4);
      }
      while (buffer.getLengthInBits() % 8 != 0) {
        buffer.putBit(false);
      }
      while (true) {
        if (buffer.getLengthInBits() >= totalDataCount * 8) {
          break;
        }
        buffer.put(PAD0, 8);
        if (buffer.getLengthInBits() >= totalDataCount * 8) {
          break;
        }
        buffer.put(PAD1, 8);
      }
      return createBytes(buffer, rsBlocks);
    };
    _this.addData = function(data, mode) {
      mode = mode || "Byte";
      let newData = null;
      switch (mode) {
        case "Numeric":
          newData = qrNumber(data);
          break;
        case "Alphanumeric":
          newData = qrAlphaNum(data);
          break;
        case "Byte":
          newData = qr8BitByte(data);
          break;
        case "Kanji":
          newData = qrKanji(data);
          break;
        default:
          throw "mode:" + mode;
      }
      _dataList.push(newData);
      _dataCache = null;
    };
    _this.isDark = function(row, col) {
      if (row < 0 || _moduleCount <= row || col < 0 || _moduleCount <= col) {
        throw row + "," + col;
      }
      return _modules[row][col];
    };
    _this.getModuleCount = function() {
      return _moduleCount;
    };
    _this.make = function() {
      if (_typeNumber < 1) {
        let typeNumber2 = 1;
        for (; typeNumber2 < 40; typeNumber2++) {
          const rsBlocks = QRRSBlock.getRSBlocks(typeNumber2, _errorCorrectionLevel);
          const buffer = qrBitBuffer();
          for (let i2 = 0; i2 < _dataList.length; i2++) {
            const data = _dataList[i2];
            buffer.put(data.getMode(), 4);
            buffer.put(data.getLength(), QRUtil.getLengthInBits(data.getMode(), typeNumber2));
            data.write(buffer);
          }
          let totalDataCount = 0;
          for (let i2 = 0; i2 < rsBlocks.length; i2++) {
            totalDataCount += rsBlocks[i2].dataCount;
          }
          if (buffer.getLengthInBits() <= totalDataCount * 8) {
            break;
          }
        }
        _typeNumber = typeNumber2;
      }
      makeImpl(false, getBestMaskPattern());
    };
    _this.createTableTag = function(cellSize, margin) {
      cellSize = cellSize || 2;
      margin = typeof margin == "undefined" ? cellSize * 4 : margin;
      let qrHtml = "";
      qrHtml += '<table style="';
      qrHtml += " border-width: 0px; border-style: none;";
      qrHtml += " border-collapse: collapse;";
      qrHtml += " padding: 0px; margin: " + margin + "px;";
      qrHtml += '">';
      qrHtml += "<tbody>";
      for (let r = 0; r < _this.getModuleCount(); r += 1) {
        qrHtml += "<tr>";
        for (let c = 0; c < _this.getModuleCount(); c += 1) {
          qrHtml += '<td style="';
          qrHtml += " border-width: 0px; border-style: none;";
          qrHtml += " border-collapse: collapse;";
          qrHtml += " padding: 0px; margin: 0px;";
          qrHtml += " width: " + cellSize + "px;";
          qrHtml += " height: " + cellSize + "px;";
          qrHtml += " background-color: ";
          qrHtml += _this.isDark(r, c) ? "#000000" : "#ffffff";
          qrHtml += ";";
          qrHtml += '"/>';
        }
        qrHtml += "</tr>";
      }
      qrHtml += "</tbody>";
      qrHtml += "</table>";
      return qrHtml;
    };
    _this.createSvgTag = function(cellSize, margin, alt, title) {
      let opts = {};
      if (typeof arguments[0] == "object") {
        opts = arguments[0];
        cellSize = opts.cellSize;
        margin = opts.margin;
        alt = opts.alt;
        title = opts.title;
      }
      cellSize = cellSize || 2;
      margin = typeof margin == "undefined" ? cellSize * 4 : margin;
      alt = typeof alt === "string" ? { text: alt } : alt || {};
      alt.text = alt.text || null;
      alt.id = alt.text ? alt.id || "qrcode-description" : null;
      title = typeof title === "string" ? { text: title } : title || {};
      title.text = title.text || null;
      title.id = title.text ? title.id || "qrcode-title" : null;
      const size = _this.getModuleCount() * cellSize + margin * 2;
      let c, mc, r, mr, qrSvg = "", rect;
      rect = "l" + cellSize + ",0 0," + cellSize + " -" + cellSize + ",0 0,-" + cellSize + "z ";
      qrSvg += '<svg version="1.1" xmlns="http://www.w3.org/2000/svg"';
      qrSvg += !opts.scalable ? ' width="' + size + 'px" height="' + size + 'px"' : "";
      qrSvg += ' viewBox="0 0 ' + size + " " + size + '" ';
      qrSvg += ' preserveAspectRatio="xMinYMin meet"';
      qrSvg += title.text || alt.text ? ' role="img" aria-labelledby="' + escapeXml([title.id, alt.id].join(" ").trim()) + '"' : "";
      qrSvg += ">";
      qrSvg += title.text ? '<title id="' + escapeXml(title.id) + '">' + escapeXml(title.text) + "</title>" : "";
      qrSvg += alt.text ? '<description id="' + escapeXml(alt.id) + '">' + escapeXml(alt.text) + "</description>" : "";
      qrSvg += '<rect width="100%" height="100%" fill="white" cx="0" cy="0"/>';
      qrSvg += '<path d="';
      for (r = 0; r < _this.getModuleCount(); r += 1) {
        mr = r * cellSize + margin;
        for (c = 0; c < _this.getModuleCount(); c += 1) {
          if (_this.isDark(r, c)) {
            mc = c * cellSize + margin;
            qrSvg += "M" + mc + "," + mr + rect;
          }
        }
      }
      qrSvg += '" stroke="transparent" fill="black"/>';
      qrSvg += "</svg>";
      return qrSvg;
    };
    _this.createDataURL = function(cellSize, margin) {
      cellSize = cellSize || 2;
      margin = typeof margin == "undefined" ? cellSize * 4 : margin;
      const size = _this.getModuleCount() * cellSize + margin * 2;
      const min = margin;
      const max = size - margin;
      return createDataURL(size, size, function(x2, y) {
        if (min <= x2 && x2 < max && min <= y && y < max) {
          const c = Math.floor((x2 - min) / cellSize);
          const r = Math.floor((y - min) / cellSize);
          return _this.isDark(r, c) ? 0 : 1;
        } else {
          return 1;
        }
      });
    };
    _this.createImgTag = function(cellSize, margin, alt) {
      cellSize = cellSize || 2;
      margin = typeof margin == "undefined" ? cellSize * 4 : margin;
      const size = _this.getModuleCount() * cellSize + margin * 2;
      let img = "";
      img += "<img";
      img += ' src="';
      img += _this.createDataURL(cellSize, margin);
      img += '"';
      img += ' width="';
      img += size;
      img += '"';
      img += ' height="';
      img += size;
      img += '"';
      if (alt) {
        img += ' alt="';
        img += escapeXml(alt);
        img += '"';
      }
      img += "/>";
      return img;
    };
    const escapeXml = function(s) {
      let escaped = "";
      for (let i2 = 0; i2 < s.length; i2 += 1) {
        const c = s.charAt(i2);
        switch (c) {
          case "<":
            escaped += "&lt;";
            break;
          case ">":
            escaped += "&gt;";
            break;
          case "&":
            escaped += "&amp;";
            break;
          case '"':
            escaped += "&quot;";
            break;
          default:
            escaped += c;
            break;
        }
      }
      return escaped;
    };
    const _createHalfASCII = function(margin) {
      const cellSize = 1;
      margin = typeof margin == "undefined" ? cellSize * 2 : margin;
      const size = _this.getModuleCount() * cellSize + margin * 2;
      const min = margin;
      const max = size - margin;
      let y, x2, r1, r2, p2;
      const blocks = {
        "██": "█",
        "█ ": "▀",
        " █": "▄",
        "  ": " "
      };
      const blocksLastLineNoMargin = {
        "██": "▀",
        "█ ": "▀",
        " █": " ",
        "  ": " "
      };
      let ascii = "";
      for (y = 0; y < size; y += 2) {
        r1 = Math.floor((y - min) / cellSize);
        r2 = Math.floor((y + 1 - min) / cellSize);
        for (x2 = 0; x2 < size; x2 += 1) {
          p2 = "█";
          if (min <= x2 && x2 < max && min <= y && y < max && _this.isDark(r1, Math.floor((x2 - min) / cellSize))) {
            p2 = " ";
          }
          if (min <= x2 && x2 < max && min <= y + 1 && y + 1 < max && _this.isDark(r2, Math.floor((x2 - min) / cellSize))) {
            p2 += " ";
          } else {
            p2 += "█";
          }
          ascii += margin < 1 && y + 1 >= max ? blocksLastLineNoMargin[p2] : blocks[p2];
        }
        ascii += "\n";
      }
      if (size % 2 && margin > 0) {
        return ascii.substring(0, ascii.length - size - 1) + Array(size + 1).join("▀");
      }
      return ascii.substring(0, ascii.length - 1);
    };
    _this.createASCII = function(cellSize, margin) {
      cellSize = cellSize || 1;
      if (cellSize < 2) {
        return _createHalfASCII(margin);
      }
      cellSize -= 1;
      margin = typeof margin == "undefined" ? cellSize * 2 : margin;
      const size = _this.getModuleCount() * cellSize + margin * 2;
      const min = margin;
      const max = size - margin;
      let y, x2, r, p2;
      const white = Array(cellSize + 1).join("██");
      const black = Array(cellSize + 1).join("  ");
      let ascii = "";
      let line = "";
      for (y = 0; y < size; y += 1) {
        r = Math.floor((y - min) / cellSize);
        line = "";
        for (x2 = 0; x2 < size; x2 += 1) {
          p2 = 1;
          if (min <= x2 && x2 < max && min <= y && y < max && _this.isDark(r, Math.floor((x2 - min) / cellSize))) {
            p2 = 0;
          }
          line += p2 ? white : black;
        }
        for (r = 0; r < cellSize; r += 1) {
          ascii += line + "\n";
        }
      }
      return ascii.substring(0, ascii.length - 1);
    };
    _this.renderTo2dContext = function(context, cellSize) {
      cellSize = cellSize || 2;
      const length = _this.getModuleCount();
      for (let row = 0; row < length; row++) {
        for (let col = 0; col < length; col++) {
          context.fillStyle = _this.isDark(row, col) ? "black" : "white";
          context.fillRect(col * cellSize, row * cellSize, cellSize, cellSize);
        }
      }
    };
    return _this;
  };
  qrcode.stringToBytes = function(s) {
    const bytes = [];
    for (let i2 = 0; i2 < s.length; i2 += 1) {
      const c = s.charCodeAt(i2);
      bytes.push(c & 255);
    }
    return bytes;
  };
  qrcode.createStringToBytes = function(unicodeData, numChars) {
    const unicodeMap = (function() {
      const bin = base64DecodeInputStream(unicodeData);
      const read2 = function() {
        const b = bin.read();
        if (b == -1) throw "eof";
        return b;
      };
      let count = 0;
      const unicodeMap2 = {};
      while (true) {
        const b0 = bin.read();
        if (b0 == -1) break;
        const b1 = read2();
        const b2 = read2();
        const b3 = read2();
        const k = String.fromCharCode(b0 << 8 | b1);
        const v = b2 << 8 | b3;
        unicodeMap2[k] = v;
        count += 1;
      }
      if (count != numChars) {
        throw count + " != " + numChars;
      }
      return unicodeMap2;
    })();
    const unknownChar = "?".charCodeAt(0);
    return function(s) {
      const bytes = [];
      for (let i2 = 0; i2 < s.length; i2 += 1) {
        const c = s.charCodeAt(i2);
        if (c < 128) {
          bytes.push(c);
        } else {
          const b = unicodeMap[s.charAt(i2)];
          if (typeof b == "number") {
            if ((b & 255) == b) {
              bytes.push(b);
            } else {
              bytes.push(b >>> 8);
              bytes.push(b & 255);
            }
          } else {
            bytes.push(unknownChar);
          }
        }
      }
      return bytes;
    };
  };
  var QRMode = {
    MODE_NUMBER: 1 << 0,
    MODE_ALPHA_NUM: 1 << 1,
    MODE_8BIT_BYTE: 1 << 2,
    MODE_KANJI: 1 << 3
  };
  var QRErrorCorrectionLevel = {
    L: 1,
    M: 0,
    Q: 3,
    H: 2
  };
  var QRMaskPattern = {
    PATTERN000: 0,
    PATTERN001: 1,
    PATTERN010: 2,
    PATTERN011: 3,
    PATTERN100: 4,
    PATTERN101: 5,
    PATTERN110: 6,
    PATTERN111: 7
  };
  var QRUtil = (function() {
    const PATTERN_POSITION_TABLE = [
      [],
      [6, 18],
      [6, 22],
      [6, 26],
      [6, 30],
      [6, 34],
      [6, 22, 38],
      [6, 24, 42],
      [6, 26, 46],
      [6, 28, 50],
      [6, 30, 54],
      [6, 32, 58],
      [6, 34, 62],
      [6, 26, 46, 66],
      [6, 26, 48, 70],
      [6, 26, 50, 74],
      [6, 30, 54, 78],
      [6, 30, 56, 82],
      [6, 30, 58, 86],
      [6, 34, 62, 90],
      [6, 28, 50, 72, 94],
      [6, 26, 50, 74, 98],
      [6, 30, 54, 78, 102],
      [6, 28, 54, 80, 106],
      [6, 32, 58, 84, 110],
      [6, 30, 58, 86, 114],
      [6, 34, 62, 90, 118],
      [6, 26, 50, 74, 98, 122],
      [6, 30, 54, 78, 102, 126],
      [6, 26, 52, 78, 104, 130],
      [6, 30, 56, 82, 108, 134],
      [6, 34, 60, 86, 112, 138],
      [6, 30, 58, 86, 114, 142],
      [6, 34, 62, 90, 118, 146],
      [6, 30, 54, 78, 102, 126, 150],
      [6, 24, 50, 76, 102, 128, 154],
      [6, 28, 54, 80, 106, 132, 158],
      [6, 32, 58, 84, 110, 136, 162],
      [6, 26, 54, 82, 110, 138, 166],
      [6, 30, 58, 86, 114, 142, 170]
    ];
    const G15 = 1 << 10 | 1 << 8 | 1 << 5 | 1 << 4 | 1 << 2 | 1 << 1 | 1 << 0;
    const G18 = 1 << 12 | 1 << 11 | 1 << 10 | 1 << 9 | 1 << 8 | 1 << 5 | 1 << 2 | 1 << 0;
    const G15_MASK = 1 << 14 | 1 << 12 | 1 << 10 | 1 << 4 | 1 << 1;
    const _this = {};
    const getBCHDigit = function(data) {
      let digit = 0;
      while (data != 0) {
        digit += 1;
        data >>>= 1;
      }
      return digit;
    };
    _this.getBCHTypeInfo = function(data) {
      let d = data << 10;
      while (getBCHDigit(d) - getBCHDigit(G15) >= 0) {
        d ^= G15 << getBCHDigit(d) - getBCHDigit(G15);
      }
      return (data << 10 | d) ^ G15_MASK;
    };
    _this.getBCHTypeNumber = function(data) {
      let d = data << 12;
      while (getBCHDigit(d) - getBCHDigit(G18) >= 0) {
        d ^= G18 << getBCHDigit(d) - getBCHDigit(G18);
      }
      return data << 12 | d;
    };
    _this.getPatternPosition = function(typeNumber) {
      return PATTERN_POSITION_TABLE[typeNumber - 1];
    };
    _this.getMaskFunction = function(maskPattern) {
      switch (maskPattern) {
        case QRMaskPattern.PATTERN000:
          return function(i2, j) {
            return (i2 + j) % 2 == 0;
          };
        case QRMaskPattern.PATTERN001:
          return function(i2, j) {
            return i2 % 2 == 0;
          };
        case QRMaskPattern.PATTERN010:
          return function(i2, j) {
            return j % 3 == 0;
          };
        case QRMaskPattern.PATTERN011:
          return function(i2, j) {
            return (i2 + j) % 3 == 0;
          };
        case QRMaskPattern.PATTERN100:
          return function(i2, j) {
            return (Math.floor(i2 / 2) + Math.floor(j / 3)) % 2 == 0;
          };
        case QRMaskPattern.PATTERN101:
          return function(i2, j) {
            return i2 * j % 2 + i2 * j % 3 == 0;
          };
        case QRMaskPattern.PATTERN110:
          return function(i2, j) {
            return (i2 * j % 2 + i2 * j % 3) % 2 == 0;
          };
        case QRMaskPattern.PATTERN111:
          return function(i2, j) {
            return (i2 * j % 3 + (i2 + j) % 2) % 2 == 0;
          };
        default:
          throw "bad maskPattern:" + maskPattern;
      }
    };
    _this.getErrorCorrectPolynomial = function(errorCorrectLength) {
      let a = qrPolynomial([1], 0);
      for (let i2 = 0; i2 < errorCorrectLength; i2 += 1) {
        a = a.multiply(qrPolynomial([1, QRMath.gexp(i2)], 0));
      }
      return a;
    };
    _this.getLengthInBits = function(mode, type) {
      if (1 <= type && type < 10) {
        switch (mode) {
          case QRMode.MODE_NUMBER:
            return 10;
          case QRMode.MODE_ALPHA_NUM:
            return 9;
          case QRMode.MODE_8BIT_BYTE:
            return 8;
          case QRMode.MODE_KANJI:
            return 8;
          default:
            throw "mode:" + mode;
        }
      } else if (type < 27) {
        switch (mode) {
          case QRMode.MODE_NUMBER:
            return 12;
          case QRMode.MODE_ALPHA_NUM:
            return 11;
          case QRMode.MODE_8BIT_BYTE:
            return 16;
          case QRMode.MODE_KANJI:
            return 10;
          default:
            throw "mode:" + mode;
        }
      } else if (type < 41) {
        switch (mode) {
          case QRMode.MODE_NUMBER:
            return 14;
          case QRMode.MODE_ALPHA_NUM:
            return 13;
          case QRMode.MODE_8BIT_BYTE:
            return 16;
          case QRMode.MODE_KANJI:
            return 12;
          default:
            throw "mode:" + mode;
        }
      } else {
        throw "type:" + type;
      }
    };
    _this.getLostPoint = function(qrcode2) {
      const moduleCount = qrcode2.getModuleCount();
      let lostPoint = 0;
      for (let row = 0; row < moduleCount; row += 1) {
        for (let col = 0; col < moduleCount; col += 1) {
          let sameCount = 0;
          const dark = qrcode2.isDark(row, col);
          for (let r = -1; r <= 1; r += 1) {
            if (row + r < 0 || moduleCount <= row + r) {
              continue;
            }
            for (let c = -1; c <= 1; c += 1) {
              if (col + c < 0 || moduleCount <= col + c) {
                continue;
              }
              if (r == 0 && c == 0) {
                continue;
              }
              if (dark == qrcode2.isDark(row + r, col + c)) {
                sameCount += 1;
              }
            }
          }
          if (sameCount > 5) {
            lostPoint += 3 + sameCount - 5;
          }
        }
      }
      ;
      for (let row = 0; row < moduleCount - 1; row += 1) {
        for (let col = 0; col < moduleCount - 1; col += 1) {
          let count = 0;
          if (qrcode2.isDark(row, col)) count += 1;
          if (qrcode2.isDark(row + 1, col)) count += 1;
          if (qrcode2.isDark(row, col + 1)) count += 1;
          if (qrcode2.isDark(row + 1, col + 1)) count += 1;
          if (count == 0 || count == 4) {
            lostPoint += 3;
          }
        }
      }
      for (let row = 0; row < moduleCount; row += 1) {
        for (let col = 0; col < moduleCount - 6; col += 1) {
          if (qrcode2.isDark(row, col) && !qrcode2.isDark(row, col + 1) && qrcode2.isDark(row, col + 2) && qrcode2.isDark(row, col + 3) && qrcode2.isDark(row, col + 4) && !qrcode2.isDark(row, col + 5) && qrcode2.isDark(row, col + 6)) {
            lostPoint += 40;
          }
        }
      }
      for (let col = 0; col < moduleCount; col += 1) {
        for (let row = 0; row < moduleCount - 6; row += 1) {
          if (qrcode2.isDark(row, col) && !qrcode2.isDark(row + 1, col) && qrcode2.isDark(row + 2, col) && qrcode2.isDark(row + 3, col) && qrcode2.isDark(row + 4, col) && !qrcode2.isDark(row + 5, col) && qrcode2.isDark(row + 6, col)) {
            lostPoint += 40;
          }
        }
      }
      let darkCount = 0;
      for (let col = 0; col < moduleCount; col += 1) {
        for (let row = 0; row < moduleCount; row += 1) {
          if (qrcode2.isDark(row, col)) {
            darkCount += 1;
          }
        }
      }
      const ratio2 = Math.abs(100 * darkCount / moduleCount / moduleCount - 50) / 5;
      lostPoint += ratio2 * 10;
      return lostPoint;
    };
    return _this;
  })();
  var QRMath = (function() {
    const EXP_TABLE = new Array(256);
    const LOG_TABLE2 = new Array(256);
    for (let i2 = 0; i2 < 8; i2 += 1) {
      EXP_TABLE[i2] = 1 << i2;
    }
    for (let i2 = 8; i2 < 256; i2 += 1) {
      EXP_TABLE[i2] = EXP_TABLE[i2 - 4] ^ EXP_TABLE[i2 - 5] ^ EXP_TABLE[i2 - 6] ^ EXP_TABLE[i2 - 8];
    }
    for (let i2 = 0; i2 < 255; i2 += 1) {
      LOG_TABLE2[EXP_TABLE[i2]] = i2;
    }
    const _this = {};
    _this.glog = function(n2) {
      if (n2 < 1) {
        throw "glog(" + n2 + ")";
      }
      return LOG_TABLE2[n2];
    };
    _this.gexp = function(n2) {
      while (n2 < 0) {
        n2 += 255;
      }
      while (n2 >= 256) {
        n2 -= 255;
      }
      return EXP_TABLE[n2];
    };
    return _this;
  })();
  var qrPolynomial = function(num3, shift) {
    if (typeof num3.length == "undefined") {
      throw num3.length + "/" + shift;
    }
    const _num = (function() {
      let offset = 0;
      while (offset < num3.length && num3[offset] == 0) {
        offset += 1;
      }
      const _num2 = new Array(num3.length - offset + shift);
      for (let i2 = 0; i2 < num3.length - offset; i2 += 1) {
        _num2[i2] = num3[i2 + offset];
      }
      return _num2;
    })();
    const _this = {};
    _this.getAt = function(index) {
      return _num[index];
    };
    _this.getLength = function() {
      return _num.length;
    };
    _this.multiply = function(e) {
      const num4 = new Array(_this.getLength() + e.getLength() - 1);
      for (let i2 = 0; i2 < _this.getLength(); i2 += 1) {
        for (let j = 0; j < e.getLength(); j += 1) {
          num4[i2 + j] ^= QRMath.gexp(QRMath.glog(_this.getAt(i2)) + QRMath.glog(e.getAt(j)));
        }
      }
      return qrPolynomial(num4, 0);
    };
    _this.mod = function(e) {
      if (_this.getLength() - e.getLength() < 0) {
        return _this;
      }
      const ratio2 = QRMath.glog(_this.getAt(0)) - QRMath.glog(e.getAt(0));
      const num4 = new Array(_this.getLength());
      for (let i2 = 0; i2 < _this.getLength(); i2 += 1) {
        num4[i2] = _this.getAt(i2);
      }
      for (let i2 = 0; i2 < e.getLength(); i2 += 1) {
        num4[i2] ^= QRMath.gexp(QRMath.glog(e.getAt(i2)) + ratio2);
      }
      return qrPolynomial(num4, 0).mod(e);
    };
    return _this;
  };
  var QRRSBlock = (function() {
    const RS_BLOCK_TABLE = [
      // L
      // M
      // Q
      // H
      // 1
      [1, 26, 19],
      [1, 26, 16],
      [1, 26, 13],
      [1, 26, 9],
      // 2
      [1, 44, 34],
      [1, 44, 28],
      [1, 44, 22],
      [1, 44, 16],
      // 3
      [1, 70, 55],
      [1, 70, 44],
      [2, 35, 17],
      [2, 35, 13],
      // 4
      [1, 100, 80],
      [2, 50, 32],
      [2, 50, 24],
      [4, 25, 9],
      // 5
      [1, 134, 108],
      [2, 67, 43],
      [2, 33, 15, 2, 34, 16],
      [2, 33, 11, 2, 34, 12],
      // 6
      [2, 86, 68],
      [4, 43, 27],
      [4, 43, 19],
      [4, 43, 15],
      // 7
      [2, 98, 78],
      [4, 49, 31],
      [2, 32, 14, 4, 33, 15],
      [4, 39, 13, 1, 40, 14],
      // 8
      [2, 121, 97],
      [2, 60, 38, 2, 61, 39],
      [4, 40, 18, 2, 41, 19],
      [4, 40, 14, 2, 41, 15],
      // 9
      [2, 146, 116],
      [3, 58, 36, 2, 59, 37],
      [4, 36, 16, 4, 37, 17],
      [4, 36, 12, 4, 37, 13],
      // 10
      [2, 86, 68, 2, 87, 69],
      [4, 69, 43, 1, 70, 44],
      [6, 43, 19, 2, 44, 20],
      [6, 43, 15, 2, 44, 16],
      // 11
      [4, 101, 81],
      [1, 80, 50, 4, 81, 51],
      [4, 50, 22, 4, 51, 23],
      [3, 36, 12, 8, 37, 13],
      // 12
      [2, 116, 92, 2, 117, 93],
      [6, 58, 36, 2, 59, 37],
      [4, 46, 20, 6, 47, 21],
      [7, 42, 14, 4, 43, 15],
      // 13
      [4, 133, 107],
      [8, 59, 37, 1, 60, 38],
      [8, 44, 20, 4, 45, 21],
      [12, 33, 11, 4, 34, 12],
      // 14
      [3, 145, 115, 1, 146, 116],
      [4, 64, 40, 5, 65, 41],
      [11, 36, 16, 5, 37, 17],
      [11, 36, 12, 5, 37, 13],
      // 15
      [5, 109, 87, 1, 110, 88],
      [5, 65, 41, 5, 66, 42],
      [5, 54, 24, 7, 55, 25],
      [11, 36, 12, 7, 37, 13],
      // 16
      [5, 122, 98, 1, 123, 99],
      [7, 73, 45, 3, 74, 46],
      [15, 43, 19, 2, 44, 20],
      [3, 45, 15, 13, 46, 16],
      // 17
      [1, 135, 107, 5, 136, 108],
      [10, 74, 46, 1, 75, 47],
      [1, 50, 22, 15, 51, 23],
      [2, 42, 14, 17, 43, 15],
      // 18
      [5, 150, 120, 1, 151, 121],
      [9, 69, 43, 4, 70, 44],
      [17, 50, 22, 1, 51, 23],
      [2, 42, 14, 19, 43, 15],
      // 19
      [3, 141, 113, 4, 142, 114],
      [3, 70, 44, 11, 71, 45],
      [17, 47, 21, 4, 48, 22],
      [9, 39, 13, 16, 40, 14],
      // 20
      [3, 135, 107, 5, 136, 108],
      [3, 67, 41, 13, 68, 42],
      [15, 54, 24, 5, 55, 25],
      [15, 43, 15, 10, 44, 16],
      // 21
      [4, 144, 116, 4, 145, 117],
      [17, 68, 42],
      [17, 50, 22, 6, 51, 23],
      [19, 46, 16, 6, 47, 17],
      // 22
      [2, 139, 111, 7, 140, 112],
      [17, 74, 46],
      [7, 54, 24, 16, 55, 25],
      [34, 37, 13],
      // 23
      [4, 151, 121, 5, 152, 122],
      [4, 75, 47, 14, 76, 48],
      [11, 54, 24, 14, 55, 25],
      [16, 45, 15, 14, 46, 16],
      // 24
      [6, 147, 117, 4, 148, 118],
      [6, 73, 45, 14, 74, 46],
      [11, 54, 24, 16, 55, 25],
      [30, 46, 16, 2, 47, 17],
      // 25
      [8, 132, 106, 4, 133, 107],
      [8, 75, 47, 13, 76, 48],
      [7, 54, 24, 22, 55, 25],
      [22, 45, 15, 13, 46, 16],
      // 26
      [10, 142, 114, 2, 143, 115],
      [19, 74, 46, 4, 75, 47],
      [28, 50, 22, 6, 51, 23],
      [33, 46, 16, 4, 47, 17],
      // 27
      [8, 152, 122, 4, 153, 123],
      [22, 73, 45, 3, 74, 46],
      [8, 53, 23, 26, 54, 24],
      [12, 45, 15, 28, 46, 16],
      // 28
      [3, 147, 117, 10, 148, 118],
      [3, 73, 45, 23, 74, 46],
      [4, 54, 24, 31, 55, 25],
      [11, 45, 15, 31, 46, 16],
      // 29
      [7, 146, 116, 7, 147, 117],
      [21, 73, 45, 7, 74, 46],
      [1, 53, 23, 37, 54, 24],
      [19, 45, 15, 26, 46, 16],
      // 30
      [5, 145, 115, 10, 146, 116],
      [19, 75, 47, 10, 76, 48],
      [15, 54, 24, 25, 55, 25],
      [23, 45, 15, 25, 46, 16],
      // 31
      [13, 145, 115, 3, 146, 116],
      [2, 74, 46, 29, 75, 47],
      [42, 54, 24, 1, 55, 25],
      [23, 45, 15, 28, 46, 16],
      // 32
      [17, 145, 115],
      [10, 74, 46, 23, 75, 47],
      [10, 54, 24, 35, 55, 25],
      [19, 45, 15, 35, 46, 16],
      // 33
      [17, 145, 115, 1, 146, 116],
      [14, 74, 46, 21, 75, 47],
      [29, 54, 24, 19, 55, 25],
      [11, 45, 15, 46, 46, 16],
      // 34
      [13, 145, 115, 6, 146, 116],
      [14, 74, 46, 23, 75, 47],
      [44, 54, 24, 7, 55, 25],
      [59, 46, 16, 1, 47, 17],
      // 35
      [12, 151, 121, 7, 152, 122],
      [12, 75, 47, 26, 76, 48],
      [39, 54, 24, 14, 55, 25],
      [22, 45, 15, 41, 46, 16],
      // 36
      [6, 151, 121, 14, 152, 122],
      [6, 75, 47, 34, 76, 48],
      [46, 54, 24, 10, 55, 25],
      [2, 45, 15, 64, 46, 16],
      // 37
      [17, 152, 122, 4, 153, 123],
      [29, 74, 46, 14, 75, 47],
      [49, 54, 24, 10, 55, 25],
      [24, 45, 15, 46, 46, 16],
      // 38
      [4, 152, 122, 18, 153, 123],
      [13, 74, 46, 32, 75, 47],
      [48, 54, 24, 14, 55, 25],
      [42, 45, 15, 32, 46, 16],
      // 39
      [20, 147, 117, 4, 148, 118],
      [40, 75, 47, 7, 76, 48],
      [43, 54, 24, 22, 55, 25],
      [10, 45, 15, 67, 46, 16],
      // 40
      [19, 148, 118, 6, 149, 119],
      [18, 75, 47, 31, 76, 48],
      [34, 54, 24, 34, 55, 25],
      [20, 45, 15, 61, 46, 16]
    ];
    const qrRSBlock = function(totalCount, dataCount) {
      const _this2 = {};
      _this2.totalCount = totalCount;
      _this2.dataCount = dataCount;
      return _this2;
    };
    const _this = {};
    const getRsBlockTable = function(typeNumber, errorCorrectionLevel) {
      switch (errorCorrectionLevel) {
        case QRErrorCorrectionLevel.L:
          return RS_BLOCK_TABLE[(typeNumber - 1) * 4 + 0];
        case QRErrorCorrectionLevel.M:
          return RS_BLOCK_TABLE[(typeNumber - 1) * 4 + 1];
        case QRErrorCorrectionLevel.Q:
          return RS_BLOCK_TABLE[(typeNumber - 1) * 4 + 2];
        case QRErrorCorrectionLevel.H:
          return RS_BLOCK_TABLE[(typeNumber - 1) * 4 + 3];
        default:
          return void 0;
      }
    };
    _this.getRSBlocks = function(typeNumber, errorCorrectionLevel) {
      const rsBlock = getRsBlockTable(typeNumber, errorCorrectionLevel);
      if (typeof rsBlock == "undefined") {
        throw "bad rs block @ typeNumber:" + typeNumber + "/errorCorrectionLevel:" + errorCorrectionLevel;
      }
      const length = rsBlock.length / 3;
      const list = [];
      for (let i2 = 0; i2 < length; i2 += 1) {
        const count = rsBlock[i2 * 3 + 0];
        const totalCount = rsBlock[i2 * 3 + 1];
        const dataCount = rsBlock[i2 * 3 + 2];
        for (let j = 0; j < count; j += 1) {
          list.push(qrRSBlock(totalCount, dataCount));
        }
      }
      return list;
    };
    return _this;
  })();
  var qrBitBuffer = function() {
    const _buffer = [];
    let _length = 0;
    const _this = {};
    _this.getBuffer = function() {
      return _buffer;
    };
    _this.getAt = function(index) {
      const bufIndex = Math.floor(index / 8);
      return (_buffer[bufIndex] >>> 7 - index % 8 & 1) == 1;
    };
    _this.put = function(num3, length) {
      for (let i2 = 0; i2 < length; i2 += 1) {
        _this.putBit((num3 >>> length - i2 - 1 & 1) == 1);
      }
    };
    _this.getLengthInBits = function() {
      return _length;
    };
    _this.putBit = function(bit) {
      const bufIndex = Math.floor(_length / 8);
      if (_buffer.length <= bufIndex) {
        _buffer.push(0);
      }
      if (bit) {
        _buffer[bufIndex] |= 128 >>> _length % 8;
      }
      _length += 1;
    };
    return _this;
  };
  var qrNumber = function(data) {
    const _mode = QRMode.MODE_NUMBER;
    const _data = data;
    const _this = {};
    _this.getMode = function() {
      return _mode;
    };
    _this.getLength = function(buffer) {
      return _data.length;
    };
    _this.write = function(buffer) {
      const data2 = _data;
      let i2 = 0;
      while (i2 + 2 < data2.length) {
        buffer.put(strToNum(data2.substring(i2, i2 + 3)), 10);
        i2 += 3;
      }
      if (i2 < data2.length) {
        if (data2.length - i2 == 1) {
          buffer.put(strToNum(data2.substring(i2, i2 + 1)), 4);
        } else if (data2.length - i2 == 2) {
          buffer.put(strToNum(data2.substring(i2, i2 + 2)), 7);
        }
      }
    };
    const strToNum = function(s) {
      let num3 = 0;
      for (let i2 = 0; i2 < s.length; i2 += 1) {
        num3 = num3 * 10 + chatToNum(s.charAt(i2));
      }
      return num3;
    };
    const chatToNum = function(c) {
      if ("0" <= c && c <= "9") {
        return c.charCodeAt(0) - "0".charCodeAt(0);
      }
      throw "illegal char :" + c;
    };
    return _this;
  };
  var qrAlphaNum = function(data) {
    const _mode = QRMode.MODE_ALPHA_NUM;
    const _data = data;
    const _this = {};
    _this.getMode = function() {
      return _mode;
    };
    _this.getLength = function(buffer) {
      return _data.length;
    };
    _this.write = function(buffer) {
      const s = _data;
      let i2 = 0;
      while (i2 + 1 < s.length) {
        buffer.put(
          getCode(s.charAt(i2)) * 45 + getCode(s.charAt(i2 + 1)),
          11
        );
        i2 += 2;
      }
      if (i2 < s.length) {
        buffer.put(getCode(s.charAt(i2)), 6);
      }
    };
    const getCode = function(c) {
      if ("0" <= c && c <= "9") {
        return c.charCodeAt(0) - "0".charCodeAt(0);
      } else if ("A" <= c && c <= "Z") {
        return c.charCodeAt(0) - "A".charCodeAt(0) + 10;
      } else {
        switch (c) {
          case " ":
            return 36;
          case "$":
            return 37;
          case "%":
            return 38;
          case "*":
            return 39;
          case "+":
            return 40;
          case "-":
            return 41;
          case ".":
            return 42;
          case "/":
            return 43;
          case ":":
            return 44;
          default:
            throw "illegal char :" + c;
        }
      }
    };
    return _this;
  };
  var qr8BitByte = function(data) {
    const _mode = QRMode.MODE_8BIT_BYTE;
    const _data = data;
    const _bytes = qrcode.stringToBytes(data);
    const _this = {};
    _this.getMode = function() {
      return _mode;
    };
    _this.getLength = function(buffer) {
      return _bytes.length;
    };
    _this.write = function(buffer) {
      for (let i2 = 0; i2 < _bytes.length; i2 += 1) {
        buffer.put(_bytes[i2], 8);
      }
    };
    return _this;
  };
  var qrKanji = function(data) {
    const _mode = QRMode.MODE_KANJI;
    const _data = data;
    const stringToBytes2 = qrcode.stringToBytes;
    !(function(c, code) {
      const test = stringToBytes2(c);
      if (test.length != 2 || (test[0] << 8 | test[1]) != code) {
        throw "sjis not supported.";
      }
    })("友", 38726);
    const _bytes = stringToBytes2(data);
    const _this = {};
    _this.getMode = function() {
      return _mode;
    };
    _this.getLength = function(buffer) {
      return ~~(_bytes.length / 2);
    };
    _this.write = function(buffer) {
      const data2 = _bytes;
      let i2 = 0;
      while (i2 + 1 < data2.length) {
        let c = (255 & data2[i2]) << 8 | 255 & data2[i2 + 1];
        if (33088 <= c && c <= 40956) {
          c -= 33088;
        } else if (57408 <= c && c <= 60351) {
          c -= 49472;
        } else {
          throw "illegal char at " + (i2 + 1) + "/" + c;
        }
        c = (c >>> 8 & 255) * 192 + (c & 255);
        buffer.put(c, 13);
        i2 += 2;
      }
      if (i2 < data2.length) {
        throw "illegal char at " + (i2 + 1);
      }
    };
    return _this;
  };
  var byteArrayOutputStream = function() {
    const _bytes = [];
    const _this = {};
    _this.writeByte = function(b) {
      _bytes.push(b & 255);
    };
    _this.writeShort = function(i2) {
      _this.writeByte(i2);
      _this.writeByte(i2 >>> 8);
    };
    _this.writeBytes = function(b, off, len) {
      off = off || 0;
      len = len || b.length;
      for (let i2 = 0; i2 < len; i2 += 1) {
        _this.writeByte(b[i2 + off]);
      }
    };
    _this.writeString = function(s) {
      for (let i2 = 0; i2 < s.length; i2 += 1) {
        _this.writeByte(s.charCodeAt(i2));
      }
    };
    _this.toByteArray = function() {
      return _bytes;
    };
    _this.toString = function() {
      let s = "";
      s += "[";
      for (let i2 = 0; i2 < _bytes.length; i2 += 1) {
        if (i2 > 0) {
          s += ",";
        }
        s += _bytes[i2];
      }
      s += "]";
      return s;
    };
    return _this;
  };
  var base64EncodeOutputStream = function() {
    let _buffer = 0;
    let _buflen = 0;
    let _length = 0;
    let _base64 = "";
    const _this = {};
    const writeEncoded = function(b) {
      _base64 += String.fromCharCode(encode(b & 63));
    };
    const encode = function(n2) {
      if (n2 < 0) {
        throw "n:" + n2;
      } else if (n2 < 26) {
        return 65 + n2;
      } else if (n2 < 52) {
        return 97 + (n2 - 26);
      } else if (n2 < 62) {
        return 48 + (n2 - 52);
      } else if (n2 == 62) {
        return 43;
      } else if (n2 == 63) {
        return 47;
      } else {
        throw "n:" + n2;
      }
    };
    _this.writeByte = function(n2) {
      _buffer = _buffer << 8 | n2 & 255;
      _buflen += 8;
      _length += 1;
      while (_buflen >= 6) {
        writeEncoded(_buffer >>> _buflen - 6);
        _buflen -= 6;
      }
    };
    _this.flush = function() {
      if (_buflen > 0) {
        writeEncoded(_buffer << 6 - _buflen);
        _buffer = 0;
        _buflen = 0;
      }
      if (_length % 3 != 0) {
        const padlen = 3 - _length % 3;
        for (let i2 = 0; i2 < padlen; i2 += 1) {
          _base64 += "=";
        }
      }
    };
    _this.toString = function() {
      return _base64;
    };
    return _this;
  };
  var base64DecodeInputStream = function(str4) {
    const _str = str4;
    let _pos = 0;
    let _buffer = 0;
    let _buflen = 0;
    const _this = {};
    _this.read = function() {
      while (_buflen < 8) {
        if (_pos >= _str.length) {
          if (_buflen == 0) {
            return -1;
          }
          throw "unexpected end of file./" + _buflen;
        }
        const c = _str.charAt(_pos);
        _pos += 1;
        if (c == "=") {
          _buflen = 0;
          return -1;
        } else if (c.match(/^\s$/)) {
          continue;
        }
        _buffer = _buffer << 6 | decode(c.charCodeAt(0));
        _buflen += 6;
      }
      const n2 = _buffer >>> _buflen - 8 & 255;
      _buflen -= 8;
      return n2;
    };
    const decode = function(c) {
      if (65 <= c && c <= 90) {
        return c - 65;
      } else if (97 <= c && c <= 122) {
        return c - 97 + 26;
      } else if (48 <= c && c <= 57) {
        return c - 48 + 52;
      } else if (c == 43) {
        return 62;
      } else if (c == 47) {
        return 63;
      } else {
        throw "c:" + c;
      }
    };
    return _this;
  };
  var gifImage = function(width, height) {
    const _width = width;
    const _height = height;
    const _data = new Array(width * height);
    const _this = {};
    _this.setPixel = function(x2, y, pixel) {
      _data[y * _width + x2] = pixel;
    };
    _this.write = function(out) {
      out.writeString("GIF87a");
      out.writeShort(_width);
      out.writeShort(_height);
      out.writeByte(128);
      out.writeByte(0);
      out.writeByte(0);
      out.writeByte(0);
      out.writeByte(0);
      out.writeByte(0);
      out.writeByte(255);
      out.writeByte(255);
      out.writeByte(255);
      out.writeString(",");
      out.writeShort(0);
      out.writeShort(0);
      out.writeShort(_width);
      out.writeShort(_height);
      out.writeByte(0);
      const lzwMinCodeSize = 2;
      const raster = getLZWRaster(lzwMinCodeSize);
      out.writeByte(lzwMinCodeSize);
      let offset = 0;
      while (raster.length - offset > 255) {
        out.writeByte(255);
        out.writeBytes(raster, offset, 255);
        offset += 255;
      }
      out.writeByte(raster.length - offset);
      out.writeBytes(raster, offset, raster.length - offset);
      out.writeByte(0);
      out.writeString(";");
    };
    const bitOutputStream = function(out) {
      const _out = out;
      let _bitLength = 0;
      let _bitBuffer = 0;
      const _this2 = {};
      _this2.write = function(data, length) {
        if (data >>> length != 0) {
          throw "length over";
        }
        while (_bitLength + length >= 8) {
          _out.writeByte(255 & (data << _bitLength | _bitBuffer));
          length -= 8 - _bitLength;
          data >>>= 8 - _bitLength;
          _bitBuffer = 0;
          _bitLength = 0;
        }
        _bitBuffer = data << _bitLength | _bitBuffer;
        _bitLength = _bitLength + length;
      };
      _this2.flush = function() {
        if (_bitLength > 0) {
          _out.writeByte(_bitBuffer);
        }
      };
      return _this2;
    };
    const getLZWRaster = function(lzwMinCodeSize) {
      const clearCode = 1 << lzwMinCodeSize;
      const endCode = (1 << lzwMinCodeSize) + 1;
      let bitLength = lzwMinCodeSize + 1;
      const table3 = lzwTable();
      for (let i2 = 0; i2 < clearCode; i2 += 1) {
        table3.add(String.fromCharCode(i2));
      }
      table3.add(String.fromCharCode(clearCode));
      table3.add(String.fromCharCode(endCode));
      const byteOut = byteArrayOutputStream();
      const bitOut = bitOutputStream(byteOut);
      bitOut.write(clearCode, bitLength);
      let dataIndex = 0;
      let s = String.fromCharCode(_data[dataIndex]);
      dataIndex += 1;
      while (dataIndex < _data.length) {
        const c = String.fromCharCode(_data[dataIndex]);
        dataIndex += 1;
        if (table3.contains(s + c)) {
          s = s + c;
        } else {
          bitOut.write(table3.indexOf(s), bitLength);
          if (table3.size() < 4095) {
            if (table3.size() == 1 << bitLength) {
              bitLength += 1;
            }
            table3.add(s + c);
          }
          s = c;
        }
      }
      bitOut.write(table3.indexOf(s), bitLength);
      bitOut.write(endCode, bitLength);
      bitOut.flush();
      return byteOut.toByteArray();
    };
    const lzwTable = function() {
      const _map = {};
      let _size = 0;
      const _this2 = {};
      _this2.add = function(key) {
        if (_this2.contains(key)) {
          throw "dup key:" + key;
        }
        _map[key] = _size;
        _size += 1;
      };
      _this2.size = function() {
        return _size;
      };
      _this2.indexOf = function(key) {
        return _map[key];
      };
      _this2.contains = function(key) {
        return typeof _map[key] != "undefined";
      };
      return _this2;
    };
    return _this;
  };
  var createDataURL = function(width, height, getPixel) {
    const gif = gifImage(width, height);
    for (let y = 0; y < height; y += 1) {
      for (let x2 = 0; x2 < width; x2 += 1) {
        gif.setPixel(x2, y, getPixel(x2, y));
      }
    }
    const b = byteArrayOutputStream();
    gif.write(b);
    const base64 = base64EncodeOutputStream();
    const bytes = b.toByteArray();
    for (let i2 = 0; i2 < bytes.length; i2 += 1) {
      base64.writeByte(bytes[i2]);
    }
    base64.flush();
    return "data:image/gif;base64," + base64;
  };
  var qrcode_default = qrcode;
  var stringToBytes = qrcode.stringToBytes;

  // src/core/announce/qr-code.ts
  var QUIET_ZONE = 4;
  function qrMatrix(text2) {
    const code = qrcode_default(0, "M");
    code.addData(utf8Binary(text2), "Byte");
    try {
      code.make();
    } catch {
      throw new RangeError(`text too long for a QR code: ${utf8Binary(text2).length} bytes`);
    }
    const size = code.getModuleCount();
    const dark = Array.from(
      { length: size },
      (_, r) => Array.from({ length: size }, (_2, c) => code.isDark(r, c))
    );
    return { size, dark };
  }
  function utf8Binary(text2) {
    let out = "";
    for (const ch of text2) {
      const cp = ch.codePointAt(0);
      if (cp < 128) out += ch;
      else if (cp < 2048) out += String.fromCharCode(192 | cp >> 6, 128 | cp & 63);
      else if (cp < 65536)
        out += String.fromCharCode(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
      else
        out += String.fromCharCode(
          240 | cp >> 18,
          128 | cp >> 12 & 63,
          128 | cp >> 6 & 63,
          128 | cp & 63
        );
    }
    return out;
  }

  // src/core/announce/kit.ts
  var KIT_FORMS = ANNOUNCED_FORMS;
  var FORMS_FOR = {
    class: KIT_FORMS,
    unclassed: KIT_FORMS,
    group: ["attendance", "training"]
  };
  function announcementKit(plan, settings, answers) {
    const t = catalogue(settings.language).announce;
    const formTitles = catalogue(settings.language).menu.forms;
    const audiences = audiencesOf(plan, t.unclassed);
    const warnings = [];
    const unclassed = audiences.find((a) => a.kind === "unclassed");
    if (unclassed) warnings.push(t.noClass(unclassed.size));
    const codes = [];
    for (const form of KIT_FORMS) {
      const url = settings.formUrls[form];
      if (!url) {
        warnings.push(t.missingLink(formTitles[form]));
        continue;
      }
      try {
        codes.push({ form, url, qr: qrMatrix(url) });
      } catch {
        warnings.push(t.tooLong(formTitles[form]));
      }
    }
    const from = formatDayDate(settings.weekStart, settings.language);
    const to = formatDayDate(settings.weekEnd, settings.language);
    const school = shortName(settings.school);
    const texts4 = [];
    for (const audience of audiences) {
      for (const form of FORMS_FOR[audience.kind]) {
        const url = settings.formUrls[form];
        const greeting = audience.kind === "group" ? t.groupGreeting(audience.name) : audience.kind === "class" ? t.classGreeting(withoutClassWord(audience.name)) : t.everyoneGreeting;
        const deadline = formDeadline(form, settings);
        const count = form === "nomination" ? void 0 : answeredLine(audience, answers, t.answers);
        const zalo = [
          greeting,
          t.intro(school, oneLine(settings.theme), from, to),
          `${t.asks[form]}:`,
          url ? t.link(oneLine(url)) : t.noLink,
          t.deadline(formatDayDate(deadline, settings.language)),
          ...count ? [count] : [],
          t.thanks(school)
        ].join("\n");
        texts4.push({ form, audience, zalo });
      }
    }
    const posters = codes.map(({ form, url, qr }) => ({
      form,
      school,
      week: t.poster.week(settings.year),
      theme: settings.theme ? t.poster.theme(oneLine(settings.theme)) : "",
      ask: t.asks[form],
      scan: t.poster.scan,
      qr,
      url: oneLine(url),
      deadline: t.deadline(formatDayDate(formDeadline(form, settings), settings.language)),
      slogan: t.poster.slogan
    }));
    return { texts: texts4, posters, warnings };
  }
  function answeredLine(audience, answers, t) {
    if (!answers || audience.kind === "group") return void 0;
    const tally = answers.classes.find(
      (c) => audience.kind === "unclassed" ? c.kind === "unclassed" : c.kind === "class" && c.name === audience.name
    );
    if (!tally || tally.answered === 0) return void 0;
    return audience.kind === "unclassed" ? t.zaloUnclassed(tally.answered, tally.families) : t.zalo(tally.answered, tally.families);
  }
  function audiencesOf(plan, unclassedLabel) {
    const slugs = /* @__PURE__ */ new Map();
    const slugOf = (prefix, name) => {
      const base = `${prefix}-${foldKey(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x"}`.slice(0, 48);
      const seen = (slugs.get(base) ?? 0) + 1;
      slugs.set(base, seen);
      return seen === 1 ? base : `${base}-${seen}`;
    };
    const counted2 = (names) => {
      const byName = /* @__PURE__ */ new Map();
      for (const name of names) {
        const key = name === void 0 ? "" : shortName(name);
        byName.set(key, (byName.get(key) ?? 0) + 1);
      }
      return byName;
    };
    const out = [];
    for (const [name, size] of counted2(plan.families.map((f) => f.className))) {
      if (name === "")
        out.push({ kind: "unclassed", name: unclassedLabel, slug: slugOf("phu-huynh", "chua-ghi-lop"), size });
      else out.push({ kind: "class", name, slug: slugOf("lop", name), size });
    }
    for (const [name, size] of counted2(plan.people.filter((p2) => p2.active).map((p2) => p2.group))) {
      if (name !== "") out.push({ kind: "group", name, slug: slugOf("nhan-su", name), size });
    }
    return out;
  }

  // src/core/announce/posts.ts
  function schoolPosts(settings) {
    const t = catalogue(settings.language).announce;
    const school = shortName(settings.school);
    const theme = oneLine(settings.theme);
    const from = formatDayDate(settings.weekStart, settings.language);
    const to = formatDayDate(settings.weekEnd, settings.language);
    const posts = [];
    for (const form of KIT_FORMS) {
      const url = oneLine(settings.formUrls[form]);
      if (url === "") continue;
      const deadline = t.deadline(formatDayDate(formDeadline(form, settings), settings.language));
      const intro = t.intro(school, theme, from, to);
      const facebook = [
        t.posts.headline(settings.year),
        "",
        intro,
        "",
        `${t.asks[form]}:`,
        t.link(url),
        deadline,
        "",
        t.poster.slogan,
        t.posts.hashtags(settings.year)
      ].join("\n");
      const website = [
        `<h2>${html(t.posts.headline(settings.year))}</h2>`,
        `<p>${html(intro)}</p>`,
        `<p><strong>${link(url, t.asks[form])}</strong><br>${html(deadline)}</p>`,
        `<p><em>${html(t.poster.slogan)}</em></p>`
      ].join("\n");
      posts.push({ form, facebook, website });
    }
    return posts;
  }

  // node_modules/fflate/esm/browser.js
  var u8 = Uint8Array;
  var u16 = Uint16Array;
  var i32 = Int32Array;
  var fleb = new u8([
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    1,
    2,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    4,
    5,
    5,
    5,
    5,
    0,
    /* unused */
    0,
    0,
    /* impossible */
    0
  ]);
  var fdeb = new u8([
    0,
    0,
    0,
    0,
    1,
    1,
    2,
    2,
    3,
    3,
    4,
    4,
    5,
    5,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
    10,
    10,
    11,
    11,
    12,
    12,
    13,
    13,
    /* unused */
    0,
    0
  ]);
  var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
  var freb = function(eb, start) {
    var b = new u16(31);
    for (var i2 = 0; i2 < 31; ++i2) {
      b[i2] = start += 1 << eb[i2 - 1];
    }
    var r = new i32(b[30]);
    for (var i2 = 1; i2 < 30; ++i2) {
      for (var j = b[i2]; j < b[i2 + 1]; ++j) {
        r[j] = j - b[i2] << 5 | i2;
      }
    }
    return { b, r };
  };
  var _a = freb(fleb, 2);
  var fl = _a.b;
  var revfl = _a.r;
  fl[28] = 258, revfl[258] = 28;
  var _b = freb(fdeb, 0);
  var fd = _b.b;
  var revfd = _b.r;
  var rev = new u16(32768);
  for (i = 0; i < 32768; ++i) {
    x = (i & 43690) >> 1 | (i & 21845) << 1;
    x = (x & 52428) >> 2 | (x & 13107) << 2;
    x = (x & 61680) >> 4 | (x & 3855) << 4;
    rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
  }
  var x;
  var i;
  var hMap = (function(cd, mb, r) {
    var s = cd.length;
    var i2 = 0;
    var l = new u16(mb);
    for (; i2 < s; ++i2) {
      if (cd[i2])
        ++l[cd[i2] - 1];
    }
    var le = new u16(mb);
    for (i2 = 1; i2 < mb; ++i2) {
      le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
    }
    var co;
    if (r) {
      co = new u16(1 << mb);
      var rvb = 15 - mb;
      for (i2 = 0; i2 < s; ++i2) {
        if (cd[i2]) {
          var sv = i2 << 4 | cd[i2];
          var r_1 = mb - cd[i2];
          var v = le[cd[i2] - 1]++ << r_1;
          for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
            co[rev[v] >> rvb] = sv;
          }
        }
      }
    } else {
      co = new u16(s);
      for (i2 = 0; i2 < s; ++i2) {
        if (cd[i2]) {
          co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
        }
      }
    }
    return co;
  });
  var flt = new u8(288);
  for (i = 0; i < 144; ++i)
    flt[i] = 8;
  var i;
  for (i = 144; i < 256; ++i)
    flt[i] = 9;
  var i;
  for (i = 256; i < 280; ++i)
    flt[i] = 7;
  var i;
  for (i = 280; i < 288; ++i)
    flt[i] = 8;
  var i;
  var fdt = new u8(32);
  for (i = 0; i < 32; ++i)
    fdt[i] = 5;
  var i;
  var flm = /* @__PURE__ */ hMap(flt, 9, 0);
  var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
  var shft = function(p2) {
    return (p2 + 7) / 8 | 0;
  };
  var slc = function(v, s, e) {
    if (s == null || s < 0)
      s = 0;
    if (e == null || e > v.length)
      e = v.length;
    return new u8(v.subarray(s, e));
  };
  var wbits = function(d, p2, v) {
    v <<= p2 & 7;
    var o = p2 / 8 | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
  };
  var wbits16 = function(d, p2, v) {
    v <<= p2 & 7;
    var o = p2 / 8 | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
  };
  var hTree = function(d, mb) {
    var t = [];
    for (var i2 = 0; i2 < d.length; ++i2) {
      if (d[i2])
        t.push({ s: i2, f: d[i2] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
      return { t: et, l: 0 };
    if (s == 1) {
      var v = new u8(t[0].s + 1);
      v[t[0].s] = 1;
      return { t: v, l: 1 };
    }
    t.sort(function(a, b) {
      return a.f - b.f;
    });
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
    t[0] = { s: -1, f: l.f + r.f, l, r };
    while (i1 != s - 1) {
      l = t[t[i0].f < t[i22].f ? i0++ : i22++];
      r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
      t[i1++] = { s: -1, f: l.f + r.f, l, r };
    }
    var maxSym = t2[0].s;
    for (var i2 = 1; i2 < s; ++i2) {
      if (t2[i2].s > maxSym)
        maxSym = t2[i2].s;
    }
    var tr = new u16(maxSym + 1);
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
      var i2 = 0, dt = 0;
      var lft = mbt - mb, cst = 1 << lft;
      t2.sort(function(a, b) {
        return tr[b.s] - tr[a.s] || a.f - b.f;
      });
      for (; i2 < s; ++i2) {
        var i2_1 = t2[i2].s;
        if (tr[i2_1] > mb) {
          dt += cst - (1 << mbt - tr[i2_1]);
          tr[i2_1] = mb;
        } else
          break;
      }
      dt >>= lft;
      while (dt > 0) {
        var i2_2 = t2[i2].s;
        if (tr[i2_2] < mb)
          dt -= 1 << mb - tr[i2_2]++ - 1;
        else
          ++i2;
      }
      for (; i2 >= 0 && dt; --i2) {
        var i2_3 = t2[i2].s;
        if (tr[i2_3] == mb) {
          --tr[i2_3];
          ++dt;
        }
      }
      mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
  };
  var ln = function(n2, l, d) {
    return n2.s == -1 ? Math.max(ln(n2.l, l, d + 1), ln(n2.r, l, d + 1)) : l[n2.s] = d;
  };
  var lc = function(c) {
    var s = c.length;
    while (s && !c[--s])
      ;
    var cl = new u16(++s);
    var cli3 = 0, cln = c[0], cls = 1;
    var w = function(v) {
      cl[cli3++] = v;
    };
    for (var i2 = 1; i2 <= s; ++i2) {
      if (c[i2] == cln && i2 != s)
        ++cls;
      else {
        if (!cln && cls > 2) {
          for (; cls > 138; cls -= 138)
            w(32754);
          if (cls > 2) {
            w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
            cls = 0;
          }
        } else if (cls > 3) {
          w(cln), --cls;
          for (; cls > 6; cls -= 6)
            w(8304);
          if (cls > 2)
            w(cls - 3 << 5 | 8208), cls = 0;
        }
        while (cls--)
          w(cln);
        cls = 1;
        cln = c[i2];
      }
    }
    return { c: cl.subarray(0, cli3), n: s };
  };
  var clen = function(cf, cl) {
    var l = 0;
    for (var i2 = 0; i2 < cl.length; ++i2)
      l += cf[i2] * cl[i2];
    return l;
  };
  var wfblk = function(out, pos, dat) {
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i2 = 0; i2 < s; ++i2)
      out[o + i2 + 4] = dat[i2];
    return (o + 4 + s) * 8;
  };
  var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p2) {
    wbits(out, p2++, final);
    ++lf[256];
    var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
    var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i2 = 0; i2 < lclt.length; ++i2)
      ++lcfreq[lclt[i2] & 31];
    for (var i2 = 0; i2 < lcdt.length; ++i2)
      ++lcfreq[lcdt[i2] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
      ;
    var flen = bl + 5 << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
      return wfblk(out, p2, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p2, 1 + (dtlen < ftlen)), p2 += 2;
    if (dtlen < ftlen) {
      lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
      var llm = hMap(lct, mlcb, 0);
      wbits(out, p2, nlc - 257);
      wbits(out, p2 + 5, ndc - 1);
      wbits(out, p2 + 10, nlcc - 4);
      p2 += 14;
      for (var i2 = 0; i2 < nlcc; ++i2)
        wbits(out, p2 + 3 * i2, lct[clim[i2]]);
      p2 += 3 * nlcc;
      var lcts = [lclt, lcdt];
      for (var it = 0; it < 2; ++it) {
        var clct = lcts[it];
        for (var i2 = 0; i2 < clct.length; ++i2) {
          var len = clct[i2] & 31;
          wbits(out, p2, llm[len]), p2 += lct[len];
          if (len > 15)
            wbits(out, p2, clct[i2] >> 5 & 127), p2 += clct[i2] >> 12;
        }
      }
    } else {
      lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i2 = 0; i2 < li; ++i2) {
      var sym = syms[i2];
      if (sym > 255) {
        var len = sym >> 18 & 31;
        wbits16(out, p2, lm[len + 257]), p2 += ll[len + 257];
        if (len > 7)
          wbits(out, p2, sym >> 23 & 31), p2 += fleb[len];
        var dst = sym & 31;
        wbits16(out, p2, dm[dst]), p2 += dl[dst];
        if (dst > 3)
          wbits16(out, p2, sym >> 5 & 8191), p2 += fdeb[dst];
      } else {
        wbits16(out, p2, lm[sym]), p2 += ll[sym];
      }
    }
    wbits16(out, p2, lm[256]);
    return p2 + ll[256];
  };
  var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
  var et = /* @__PURE__ */ new u8(0);
  var dflt = function(dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
      if (pos)
        w[0] = st.r >> 3;
      var opt = deo[lvl - 1];
      var n2 = opt >> 13, c = opt & 8191;
      var msk_1 = (1 << plvl) - 1;
      var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
      var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
      var hsh = function(i3) {
        return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
      };
      var syms = new i32(25e3);
      var lf = new u16(288), df = new u16(32);
      var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
      for (; i2 + 2 < s; ++i2) {
        var hv = hsh(i2);
        var imod = i2 & 32767, pimod = head[hv];
        prev[imod] = pimod;
        head[hv] = imod;
        if (wi <= i2) {
          var rem = s - i2;
          if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
            pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
            li = lc_1 = eb = 0, bs = i2;
            for (var j = 0; j < 286; ++j)
              lf[j] = 0;
            for (var j = 0; j < 30; ++j)
              df[j] = 0;
          }
          var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
          if (rem > 2 && hv == hsh(i2 - dif)) {
            var maxn = Math.min(n2, rem) - 1;
            var maxd = Math.min(32767, i2);
            var ml = Math.min(258, rem);
            while (dif <= maxd && --ch_1 && imod != pimod) {
              if (dat[i2 + l] == dat[i2 + l - dif]) {
                var nl = 0;
                for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                  ;
                if (nl > l) {
                  l = nl, d = dif;
                  if (nl > maxn)
                    break;
                  var mmd = Math.min(dif, nl - 2);
                  var md = 0;
                  for (var j = 0; j < mmd; ++j) {
                    var ti = i2 - dif + j & 32767;
                    var pti = prev[ti];
                    var cd = ti - pti & 32767;
                    if (cd > md)
                      md = cd, pimod = ti;
                  }
                }
              }
              imod = pimod, pimod = prev[imod];
              dif += imod - pimod & 32767;
            }
          }
          if (d) {
            syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
            var lin = revfl[l] & 31, din = revfd[d] & 31;
            eb += fleb[lin] + fdeb[din];
            ++lf[257 + lin];
            ++df[din];
            wi = i2 + l;
            ++lc_1;
          } else {
            syms[li++] = dat[i2];
            ++lf[dat[i2]];
          }
        }
      }
      for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
        syms[li++] = dat[i2];
        ++lf[dat[i2]];
      }
      pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
      if (!lst) {
        st.r = pos & 7 | w[pos / 8 | 0] << 3;
        pos -= 7;
        st.h = head, st.p = prev, st.i = i2, st.w = wi;
      }
    } else {
      for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
        var e = i2 + 65535;
        if (e >= s) {
          w[pos / 8 | 0] = lst;
          e = s;
        }
        pos = wfblk(w, pos + 1, dat.subarray(i2, e));
      }
      st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
  };
  var adler = function() {
    var a = 1, b = 0;
    return {
      p: function(d) {
        var n2 = a, m = b;
        var l = d.length | 0;
        for (var i2 = 0; i2 != l; ) {
          var e = Math.min(i2 + 2655, l);
          for (; i2 < e; ++i2)
            m += n2 += d[i2];
          n2 = (n2 & 65535) + 15 * (n2 >> 16), m = (m & 65535) + 15 * (m >> 16);
        }
        a = n2, b = m;
      },
      d: function() {
        a %= 65521, b %= 65521;
        return (a & 255) << 24 | (a & 65280) << 8 | (b & 255) << 8 | b >> 8;
      }
    };
  };
  var dopt = function(dat, opt, pre, post, st) {
    if (!st) {
      st = { l: 1 };
      if (opt.dictionary) {
        var dict = opt.dictionary.subarray(-32768);
        var newDat = new u8(dict.length + dat.length);
        newDat.set(dict);
        newDat.set(dat, dict.length);
        dat = newDat;
        st.w = dict.length;
      }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
  };
  var wbytes = function(d, b, v) {
    for (; v; ++b)
      d[b] = v, v >>>= 8;
  };
  var zlh = function(c, o) {
    var lv = o.level, fl2 = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = fl2 << 6 | (o.dictionary && 32);
    c[1] |= 31 - (c[0] << 8 | c[1]) % 31;
    if (o.dictionary) {
      var h = adler();
      h.p(o.dictionary);
      wbytes(c, 2, h.d());
    }
  };
  function zlibSync(data, opts) {
    if (!opts)
      opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
  }
  var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
  var tds = 0;
  try {
    td.decode(et, { stream: true });
    tds = 1;
  } catch (e) {
  }

  // src/core/announce/qr-png.ts
  function qrPng(matrix, module = 8) {
    const side = (matrix.size + 2 * QUIET_ZONE) * module;
    const raw = new Uint8Array(side * (side + 1));
    for (let y = 0; y < side; y++) {
      const rowStart = y * (side + 1);
      raw[rowStart] = 0;
      const r = Math.floor(y / module) - QUIET_ZONE;
      for (let x2 = 0; x2 < side; x2++) {
        const c = Math.floor(x2 / module) - QUIET_ZONE;
        const dark = r >= 0 && c >= 0 && r < matrix.size && c < matrix.size && matrix.dark[r][c];
        raw[rowStart + 1 + x2] = dark ? 0 : 255;
      }
    }
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, side);
    view.setUint32(4, side);
    header.set([8, 0, 0, 0, 0], 8);
    return concat([
      Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10),
      chunk("IHDR", header),
      chunk("IDAT", zlibSync(raw, { level: 9 })),
      chunk("IEND", new Uint8Array(0))
    ]);
  }
  function chunk(type, data) {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    for (let i2 = 0; i2 < 4; i2++) out[4 + i2] = type.charCodeAt(i2);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  }
  var table;
  function crc32(bytes) {
    if (!table) {
      table = new Uint32Array(256);
      for (let n2 = 0; n2 < 256; n2++) {
        let c = n2;
        for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        table[n2] = c >>> 0;
      }
    }
    let crc = 4294967295;
    for (const b of bytes) crc = table[(crc ^ b) & 255] ^ crc >>> 8;
    return (crc ^ 4294967295) >>> 0;
  }
  function concat(parts) {
    const out = new Uint8Array(parts.reduce((n2, p2) => n2 + p2.length, 0));
    let at2 = 0;
    for (const p2 of parts) {
      out.set(p2, at2);
      at2 += p2.length;
    }
    return out;
  }

  // src/gas/announce-document.ts
  var DOC_KEY = "announce:doc";
  var QR_POINTS = 260;
  function announcementsToDoc(runtime, lang) {
    const title = catalogue(lang).menu.items.makeAnnouncements;
    const context = loadFormsContext(runtime.tables);
    const settings = context.settings;
    if (!settings) return { title, text: catalogue(lang).planDocument.cli.noSettings };
    const t = catalogue(settings.language).announce;
    const kit = announcementKit(context.plan, settings, readAnswersByClass(runtime.tables, context));
    const doc = openOrCreate(runtime, t.doc.title(settings.year, settings.school));
    const body = doc.getBody();
    body.clear();
    for (const poster of kit.posters) appendPoster(body, poster);
    body.appendParagraph(t.doc.zaloHeading).setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const formTitles = catalogue(settings.language).menu.forms;
    for (const text2 of kit.texts) {
      body.appendParagraph(t.doc.textHeading(formTitles[text2.form], text2.audience.name)).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      body.appendParagraph(text2.zalo);
    }
    const posts = schoolPosts(settings);
    if (posts.length > 0) {
      body.appendParagraph(t.doc.postsHeading).setHeading(DocumentApp.ParagraphHeading.HEADING1);
      for (const post of posts) {
        body.appendParagraph(formTitles[post.form]).setHeading(DocumentApp.ParagraphHeading.HEADING2);
        body.appendParagraph(post.facebook);
      }
    }
    const url = doc.getUrl();
    doc.saveAndClose();
    const made = t.doc.made(url, kit.posters.length, kit.texts.length);
    return { title, text: [made, ...kit.warnings].join("\n") };
  }
  function openOrCreate(runtime, name) {
    const known = runtime.properties.get(DOC_KEY);
    if (known) {
      try {
        const doc2 = DocumentApp.openById(known);
        doc2.setName(name);
        return doc2;
      } catch {
      }
    }
    const doc = DocumentApp.create(name);
    runtime.properties.set(DOC_KEY, doc.getId());
    return doc;
  }
  function appendPoster(body, poster) {
    const center = DocumentApp.HorizontalAlignment.CENTER;
    const line = (text2, size, bold = false, italic = false) => {
      if (text2 === "") return;
      const style = {};
      style[DocumentApp.Attribute.FONT_SIZE] = size;
      style[DocumentApp.Attribute.BOLD] = bold;
      style[DocumentApp.Attribute.ITALIC] = italic;
      body.appendParagraph(text2).setAlignment(center).setAttributes(style);
    };
    line(poster.school.toLocaleUpperCase("vi"), 13, true);
    line(poster.week, 18, true);
    line(poster.theme, 13, false, true);
    line(poster.ask, 20, true);
    line(poster.scan, 12);
    const image = body.appendImage(
      Utilities.newBlob(signedBytes(qrPng(poster.qr)), "image/png", `qr-${poster.form}.png`)
    );
    image.setWidth(QR_POINTS).setHeight(QR_POINTS).setAltTitle(poster.ask).setAltDescription(poster.url);
    image.getParent().asParagraph().setAlignment(center);
    line(poster.url, 10);
    line(poster.deadline, 16, true);
    line(poster.slogan, 13, false, true);
    body.appendPageBreak();
  }
  function signedBytes(bytes) {
    return Array.from(bytes, (b) => b > 127 ? b - 256 : b);
  }

  // src/app/jobs/automation-owner.ts
  var OWNER_PROPERTY = "automationOwner";
  var same2 = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
  function ownershipOf(properties, email) {
    const owner = properties.get(OWNER_PROPERTY)?.trim() || void 0;
    if (email.trim() === "") return owner ? { kind: "unknownUser", owner } : { kind: "unknownUser" };
    if (owner === void 0) return { kind: "unclaimed" };
    return same2(owner, email) ? { kind: "owner", owner } : { kind: "other", owner };
  }
  function recordOwner(properties, email) {
    properties.set(OWNER_PROPERTY, email.trim());
  }
  var OWNER_ONLY_JOBS = /* @__PURE__ */ new Set([
    "setup",
    "forms",
    "invite",
    "drain",
    "continuation",
    "calendarSync",
    "reminders",
    "progress",
    "report",
    "purge"
  ]);

  // src/gas/owner.ts
  function effectiveUserEmail() {
    try {
      return Session.getEffectiveUser().getEmail() ?? "";
    } catch {
      return "";
    }
  }
  function currentOwnership(properties) {
    const me = effectiveUserEmail();
    return { ownership: ownershipOf(properties, me), me };
  }
  var OUR_HANDLERS = new Set(TRIGGER_RULES.map((rule) => rule.handler));
  function removeOwnTriggers(keep = PROCESS_RESPONSES_HANDLER) {
    let removed = 0;
    for (const trigger of ScriptApp.getProjectTriggers()) {
      const handler = trigger.getHandlerFunction();
      if (!OUR_HANDLERS.has(handler) || handler === keep) continue;
      ScriptApp.deleteTrigger(trigger);
      removed++;
    }
    return removed;
  }
  var isTriggerRun = (event) => typeof event === "object" && event !== null && "triggerUid" in event;
  function ownerRefusal(name, event, properties, lang) {
    const t = menuTexts(lang).owner;
    const { ownership, me } = currentOwnership(properties);
    if (isTriggerRun(event)) {
      if (ownership.kind !== "other" || name === "processResponses") return void 0;
      return t.retired(ownership.owner, removeOwnTriggers());
    }
    if (!OWNER_ONLY_JOBS.has(name)) return void 0;
    if (ownership.kind === "other") return t.otherEditor(ownership.owner, me);
    if (ownership.kind === "unknownUser") return t.unknownUser;
    return void 0;
  }
  function claimOwnership(properties, lang) {
    const t = menuTexts(lang).owner;
    const { ownership, me } = currentOwnership(properties);
    switch (ownership.kind) {
      case "owner":
        return { line: "" };
      case "unclaimed":
        recordOwner(properties, me);
        return { line: t.claimed(me) };
      case "other":
        return { refusal: t.otherEditor(ownership.owner, me), line: "" };
      case "unknownUser":
        return { refusal: t.unknownUser, line: "" };
    }
  }

  // src/gas/sheet-locale.ts
  var SCHOOL_LOCALE = "vi_VN";
  function ensureSchoolLocale(spreadsheet, lang) {
    const t = menuTexts(lang).locale;
    let current = "";
    try {
      current = spreadsheet.getSpreadsheetLocale();
      if (current === SCHOOL_LOCALE) return "";
      spreadsheet.setSpreadsheetLocale(SCHOOL_LOCALE);
      return t.set(current);
    } catch (error) {
      return t.failed(current || "?", error instanceof Error ? error.message : String(error));
    }
  }

  // src/gas/take-over.ts
  function takeOver(properties, lang) {
    const t = menuTexts(lang).owner;
    const { ownership, me } = currentOwnership(properties);
    switch (ownership.kind) {
      case "unknownUser":
        return { text: t.unknownUser, tookOver: false };
      case "unclaimed":
        return { text: t.unclaimed, tookOver: false };
      case "owner":
        return { text: t.alreadyOwner(me), tookOver: false };
      case "other":
        break;
    }
    const removed = removeOwnTriggers();
    const ui = availableUi();
    const answer = ui?.alert(
      menuTexts(lang).titles.takeOver,
      t.confirmTakeOver(ownership.owner, me),
      ui.ButtonSet.YES_NO
    );
    if (!ui || answer !== ui.Button.YES) {
      return { text: removed > 0 ? t.removedOwn(removed, ownership.owner) : t.declined, tookOver: false };
    }
    recordOwner(properties, me);
    return { text: t.tookOver(ownership.owner, me), tookOver: true };
  }

  // src/app/dashboard/job-runs.ts
  function jobRunLines(runs, zone, language) {
    const t = catalogue(language).dashboard.runs;
    const lines = [];
    for (const [job, run] of Object.entries(runs)) {
      const action = t.jobs[job];
      const started = run ? new Date(run.at) : void 0;
      if (!run || action === void 0 || !started || Number.isNaN(started.getTime())) continue;
      lines.push({
        action,
        at: toWallClock(started, zone).iso,
        outcome: run.ok ? t.ok : t.failed,
        detail: run.ok ? t.took(Math.round(run.ms / 1e3)) : run.error ?? ""
      });
    }
    return lines;
  }

  // src/app/dashboard/dashboard-counts.ts
  function nominationFigures2(rows) {
    const counted2 = rows.filter(
      (r) => cellText(r.cells["responseId"] ?? r.cells["name"] ?? null).trim() !== ""
    );
    const byStatus = NOMINATION_STATUSES.map((status) => ({
      status,
      count: counted2.filter((r) => parseNominationStatus(cellText(r.cells["status"] ?? null)) === status).length
    }));
    const withoutConsent = counted2.filter((r) => parseYesNo(r.cells["consent"] ?? null).value !== true).length;
    return { total: counted2.length, withoutConsent, byStatus };
  }
  function resultFigures(activities2, resultRows, flagged) {
    const outcomes = /* @__PURE__ */ new Map();
    for (const r of resultRows) {
      const id = cellText(r.cells["activityId"] ?? null).trim();
      const outcome = cellText(r.cells["outcome"] ?? null).trim();
      if (id !== "") outcomes.set(id.toUpperCase(), outcome);
    }
    return {
      activities: activities2.filter((a) => a.status !== "hủy").map((a) => ({ id: a.id, title: a.title, outcome: outcomes.get(a.id.toUpperCase()) ?? null })),
      flagged
    };
  }
  function outboxFigures(rows, outlook) {
    return {
      byState: OUTBOX_STATES.map((state) => ({
        state,
        count: rows.filter((r) => r.entry.state === state).length
      })),
      outlook
    };
  }
  var ERRORS_SHOWN = 10;
  var isErrorOutcome = (outcome) => /\b(loi|that bai|error|failed)\b/.test(foldKey(outcome));
  var atText = (cell2) => isLocalDateTime(cell2) ? cell2.iso : cellText(cell2).trim();
  function runFigures(rows, jobRuns = []) {
    const logged = rows.map((r) => ({
      action: cellText(r.cells["action"] ?? null).trim(),
      at: atText(r.cells["at"] ?? null),
      outcome: cellText(r.cells["outcome"] ?? null).trim(),
      detail: cellText(r.cells["detail"] ?? null).trim()
    })).filter((l) => l.action !== "").reverse();
    const lines = [...jobRuns, ...logged];
    const latestFirst = [...lines].sort((a, b) => a.at < b.at ? 1 : a.at > b.at ? -1 : 0);
    const seen = /* @__PURE__ */ new Set();
    const latest = latestFirst.filter((l) => {
      const key = foldKey(l.action);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const errors = latestFirst.filter((l) => isErrorOutcome(l.outcome));
    return { latest, errors: errors.slice(0, ERRORS_SHOWN), errorCount: errors.length };
  }

  // src/app/dashboard/dashboard-findings.ts
  var FINDINGS_SHOWN = 50;
  var norm = (text2) => text2.normalize("NFC").trim().toLowerCase();
  function cellOf(finding, grid) {
    if (finding.row === void 0) return "";
    const header = grid?.[0] ?? [];
    const column = finding.column === void 0 ? -1 : header.findIndex((h) => norm(cellText(h)) === norm(finding.column ?? ""));
    return `${columnLetter(Math.max(0, column))}${finding.row}`;
  }
  function dashboardFindings(findings3, grids, tabNames, language, link2) {
    const errors = findings3.filter((f) => f.severity === "error").length;
    const ordered = [...findings3].sort(
      (a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
    );
    const shown3 = ordered.slice(0, FINDINGS_SHOWN).map((f) => {
      const tab = tabNames[f.table] ?? f.tableName;
      const cell2 = cellOf(f, grids[f.table]);
      return {
        severity: f.severity,
        tab,
        cell: cell2,
        text: renderFinding(f, language),
        href: link2?.(tab, cell2) ?? null
      };
    });
    return { errors, warnings: findings3.length - errors, shown: shown3 };
  }

  // src/app/dashboard/read-once.ts
  function readOnce(tables) {
    let names;
    const grids = /* @__PURE__ */ new Map();
    const refuse = () => {
      throw new Error("the dashboard reads the tabs only");
    };
    return {
      tableNames: () => (names ?? (names = tables.tableNames())).slice(),
      read: (name) => {
        if (!grids.has(name)) grids.set(name, tables.read(name));
        return grids.get(name);
      },
      create: refuse,
      write: refuse,
      append: refuse,
      layout: refuse,
      ...tables.cellLimit !== void 0 ? { cellLimit: tables.cellLimit } : {}
    };
  }

  // src/app/dashboard/build-dashboard.ts
  function buildDashboard(ports, options = {}) {
    const tables = readOnce(ports.tables);
    const names = tables.tableNames();
    const { grids, tabNames } = readTabs(tables, PLAN_TABLES, names);
    const locale = ports.env.spreadsheetLocale?.();
    const { plan, findings: findings3 } = checkPlan(grids, tabNames, {
      spreadsheetTimeZone: ports.env.spreadsheetTimeZone(),
      scriptTimeZone: ports.env.scriptTimeZone(),
      ...locale !== void 0 ? { spreadsheetLocale: locale } : {}
    });
    const settings = plan.settings;
    const language = options.language ?? settings?.language ?? "vi";
    const zone = settings && isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
    const at2 = toWallClock(ports.clock.now(), zone);
    const context = loadFormsContext(tables);
    const progress = readFormsProgress(tables, at2, context);
    const outbox3 = loadOutbox(tables).ledger.rows;
    const left = ports.mailQuota?.();
    const outlook = outlookLines(sendForecast([...outbox3], at2, left ?? 0), language);
    const { attendance } = progress;
    return {
      language,
      school: settings?.school ?? "",
      at: at2.iso,
      week: settings ? { start: settings.weekStart.iso, end: settings.weekEnd.iso } : null,
      findings: dashboardFindings(findings3, grids, tabNames, language, ports.cellLink),
      opening: {
        target: attendance.target,
        registered: { count: attendance.registered.count, total: attendance.registered.total },
        present: { count: attendance.present.count, total: attendance.present.total },
        groups: attendance.groups.map((g) => ({
          group: g.group,
          registered: { count: g.registered.count, total: g.registered.total },
          present: { count: g.present.count, total: g.present.total }
        }))
      },
      sessions: progress.sessions.map((s) => ({
        id: s.id,
        title: s.title,
        capacity: s.capacity ?? null,
        seated: s.seated,
        waiting: s.waiting
      })),
      classes: {
        classes: progress.families.classes.map((c) => ({ ...c })),
        unclassedAnswers: progress.families.unclassedAnswers
      },
      nominations: nominationFigures2(loadTab(tables, NOMINATIONS_TABLE, names).rows),
      results: resultFigures(
        plan.activities,
        loadTab(tables, ACTIVITY_RESULTS_TABLE, names).rows,
        progress.results.flagged
      ),
      outbox: outboxFigures(outbox3, outlook),
      runs: runFigures(
        loadTab(tables, LOG_TABLE, names).rows,
        ports.properties ? jobRunLines(readLastRuns(ports.properties), zone, language) : []
      )
    };
  }

  // src/core/dashboard/week-countdown.ts
  var wall = (iso) => ({ kind: "local-datetime", iso });
  function weekPhase(at2, week) {
    const now = wallMinutes(wall(at2));
    const start = wallMinutes(wall(week.start.slice(0, 10) + "T00:00"));
    const endOfLastDay = wallMinutes(wall(week.end.slice(0, 10) + "T00:00")) + 24 * 60;
    if (now < start) {
      const hoursLeft = Math.ceil((start - now) / 60);
      return { phase: "before", days: Math.floor(hoursLeft / 24), hours: hoursLeft % 24 };
    }
    return now < endOfLastDay ? { phase: "during" } : { phase: "after" };
  }

  // src/core/dashboard/dashboard-sections.ts
  var wall2 = (iso) => ({ kind: "local-datetime", iso });
  var isWall = (text2) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text2);
  var percentOf = (s) => s.total === 0 ? 0 : s.count * 100 / s.total;
  function section(id, heading, body) {
    return `<section aria-labelledby="${id}"><h2 id="${id}">${html(heading)}</h2>${body}</section>`;
  }
  function table2(headers, rows, numeric, wide = false) {
    const cls = (i2) => numeric.includes(i2) ? ' class="n"' : "";
    const head = headers.map((h, i2) => `<th scope="col"${cls(i2)}>${html(h)}</th>`).join("");
    const body = rows.map(
      (r) => `<tr>${r.map((c, i2) => i2 === 0 ? `<th scope="row">${c}</th>` : `<td${cls(i2)}>${c}</td>`).join("")}</tr>`
    ).join("");
    return `<table${wide ? ' class="wide"' : ""}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }
  function weekSection(model, t, lang) {
    if (!model.week) return section("d-week", t.week.heading, `<p>${html(t.week.unknown)}</p>`);
    const phase = weekPhase(model.at, model.week);
    const headline2 = phase.phase === "before" ? t.week.before(phase.days, phase.hours) : phase.phase === "during" ? t.week.during : t.week.after;
    const span = t.week.span(
      formatDayDate(wall2(model.week.start), lang),
      formatDayDate(wall2(model.week.end), lang)
    );
    return section("d-week", t.week.heading, `<p class="big">${html(headline2)}</p><p>${html(span)}</p>`);
  }
  function findingsSection(model, t, target) {
    const f = model.findings;
    const counts = `<p class="big">${html(t.findings.counts(f.errors, f.warnings))}</p>`;
    if (f.errors + f.warnings === 0)
      return section("d-findings", t.findings.heading, `${counts}<p>${html(t.findings.clean)}</p>`);
    const items = f.shown.map((item2) => {
      const word = item2.severity === "error" ? t.findings.error : t.findings.warning;
      const where2 = item2.cell === "" ? item2.tab : t.findings.cell(item2.tab, item2.cell);
      const href = safeUrl(item2.href ?? void 0);
      const place = href ? `<a href="${html(href)}" target="${target}">${html(where2)}</a>` : html(where2);
      return `<li><span class="${item2.severity}">${html(word)}</span> · ${place}<br>${html(item2.text)}</li>`;
    }).join("");
    const more = f.errors + f.warnings - f.shown.length;
    const tail = more > 0 ? `<p class="note">${html(t.findings.more(more))}</p>` : "";
    return section("d-findings", t.findings.heading, `${counts}<ul class="findings">${items}</ul>${tail}`);
  }
  function bar(share, target) {
    const percent = Math.min(100, percentOf(share));
    const met = share.total > 0 && percent + 1e-9 >= target ? " met" : "";
    return `<div class="bar" aria-hidden="true"><div class="fill${met}" style="width:${percent.toFixed(1)}%"></div><div class="target" style="left:${Math.min(99.5, target).toFixed(1)}%"></div></div>`;
  }
  function openingSection(model, t, lang) {
    const o = model.opening;
    if (o.registered.total === 0)
      return section("d-opening", t.opening.heading, `<p>${html(t.opening.none)}</p>`);
    const cell2 = (s) => `${html(t.opening.line(s.count, s.total, formatPercent(percentOf(s), lang).replace(" %", " %")))}${bar(s, o.target)}`;
    const rows = [{ group: t.opening.whole, registered: o.registered, present: o.present }, ...o.groups].map(
      (g) => [html(g.group), cell2(g.registered), cell2(g.present)]
    );
    const head = `<p>${html(t.opening.target(formatPercent(o.target, lang)))}</p>`;
    return section(
      "d-opening",
      t.opening.heading,
      head + table2(["", t.opening.registered, t.opening.present], rows, [])
    );
  }
  function sessionsSection(model, t) {
    if (model.sessions.length === 0)
      return section("d-sessions", t.sessions.heading, `<p>${html(t.sessions.none)}</p>`);
    const rows = model.sessions.map((s) => [
      `${html(s.id)} · ${html(s.title)}`,
      html(t.sessions.seatsOf(s.seated, s.capacity)),
      html(String(s.waiting))
    ]);
    return section(
      "d-sessions",
      t.sessions.heading,
      table2([t.sessions.session, t.sessions.seats, t.sessions.waiting], rows, [1, 2])
    );
  }
  function classesSection(model, t) {
    const c = model.classes;
    if (c.classes.length === 0 && c.unclassedAnswers === 0)
      return section("d-classes", t.classes.heading, `<p>${html(t.classes.none)}</p>`);
    const rows = c.classes.map((k) => [
      k.kind === "unclassed" ? html(t.classes.unclassed) : k.kind === "unlisted" ? `${html(k.name)} <span class="note">(${html(t.classes.unlisted)})</span>` : html(k.name),
      html(k.kind === "unlisted" ? String(k.answered) : t.classes.line(k.answered, k.families))
    ]);
    const tail = c.unclassedAnswers > 0 ? `<p class="note">${html(t.classes.unclassedAnswers(c.unclassedAnswers))}</p>` : "";
    return section(
      "d-classes",
      t.classes.heading,
      table2([t.classes.className, t.classes.answered], rows, [1]) + tail
    );
  }
  function nominationsSection(model, t, lang) {
    const n2 = model.nominations;
    if (n2.total === 0)
      return section("d-nominations", t.nominations.heading, `<p>${html(t.nominations.none)}</p>`);
    const rows = n2.byStatus.map((s) => [
      html(choiceLabel(s.status, lang)),
      html(groupedInteger(s.count, lang))
    ]);
    const head = `<p>${html(t.nominations.total(n2.total, n2.withoutConsent))}</p>`;
    return section(
      "d-nominations",
      t.nominations.heading,
      head + table2([t.nominations.status, t.nominations.count], rows, [1])
    );
  }
  function resultsSection(model, t, lang) {
    const r = model.results;
    if (r.activities.length === 0)
      return section("d-results", t.results.heading, `<p>${html(t.results.none)}</p>`);
    const reported3 = r.activities.filter((a) => a.outcome !== null).length;
    const rows = r.activities.map((a) => [
      `${html(a.id)} · ${html(a.title)}`,
      a.outcome === null ? `<span class="note">${html(t.results.notReported)}</span>` : html(choiceLabel(a.outcome, lang))
    ]);
    const head = `<p>${html(t.results.counts(reported3, r.activities.length))}</p>`;
    const tail = r.flagged > 0 ? `<p class="warning">${html(t.results.flagged(r.flagged))}</p>` : "";
    return section(
      "d-results",
      t.results.heading,
      head + table2([t.results.activity, t.results.outcome], rows, [], true) + tail
    );
  }
  function outboxSection(model, t, lang) {
    const o = model.outbox;
    const outlook = o.outlook.map((line) => `<p>${html(line)}</p>`).join("");
    if (o.byState.every((s) => s.count === 0))
      return section("d-outbox", t.outbox.heading, `<p>${html(t.outbox.empty)}</p>`);
    const rows = o.byState.map((s) => [html(choiceLabel(s.state, lang)), html(groupedInteger(s.count, lang))]);
    return section("d-outbox", t.outbox.heading, outlook + table2([t.outbox.state, t.outbox.count], rows, [1]));
  }
  function runRows(lines, lang) {
    return lines.map((l) => [
      html(l.action),
      html(isWall(l.at) ? formatDayDateTime(wall2(l.at), lang) : l.at),
      `${html(l.outcome)}${l.detail === "" ? "" : `<br><span class="note">${html(l.detail)}</span>`}`
    ]);
  }
  function runsSection(model, t, lang) {
    const r = model.runs;
    if (r.latest.length === 0) return section("d-runs", t.runs.heading, `<p>${html(t.runs.none)}</p>`);
    const headers = [t.runs.action, t.runs.at, t.runs.outcome];
    const errors = r.errorCount === 0 ? `<p>${html(t.runs.noErrors)}</p>` : `<h3 class="error">${html(t.runs.errorsHeading(r.errorCount))}</h3>${table2(headers, runRows(r.errors, lang), [])}`;
    return section("d-runs", t.runs.heading, table2(headers, runRows(r.latest, lang), []) + errors);
  }
  function builtAtText(model, lang) {
    return catalogue(lang).dashboard.builtAt(
      isWall(model.at) ? formatDayDateTime(wall2(model.at), lang) : model.at
    );
  }
  function headerBlock(model, t, lang, controls) {
    const built = builtAtText(model, lang);
    const school = model.school === "" ? "" : `<p>${html(model.school)}</p>`;
    return `<header><div><h1>${html(t.title)}</h1>${school}<p class="meta" id="d-built">${html(built)}</p></div>${controls}</header>`;
  }

  // src/core/dashboard/dashboard-style.ts
  var DASHBOARD_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.45;color:#1f1f1f;background:#fff}
main,header{max-width:960px;margin:0 auto;padding:12px 16px}
header{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;justify-content:space-between;border-bottom:1px solid #c4c7c5}
h1{font-size:22px;margin:0}
h2{font-size:18px;margin:0 0 8px}
p{margin:4px 0}
.meta,.note{font-size:14px;color:#444746}
section{border:1px solid #c4c7c5;border-radius:8px;padding:12px;margin:12px 0;overflow-wrap:anywhere;word-break:break-word}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:0 12px}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid #e3e3e3}
th{font-weight:bold}
td.n,th.n{text-align:right;width:25%}
table.wide th:first-child{width:60%}
.big{font-size:20px;font-weight:bold}
.error{color:#b3261e;font-weight:bold}
.warning{color:#7a4100;font-weight:bold}
ul.findings{list-style:none;padding:0;margin:0}
ul.findings li{padding:6px 0;border-bottom:1px solid #e3e3e3}
a{color:#0b57d0}
.bar{position:relative;height:12px;background:#e3e3e3;border-radius:6px;margin:2px 0 6px;overflow:hidden}
.fill{height:100%;background:#0b57d0}
.fill.met{background:#146c2e}
.target{position:absolute;top:0;bottom:0;width:2px;background:#1f1f1f}
button{font:inherit;font-size:16px;padding:8px 16px;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer;min-height:44px}
button:focus-visible,a:focus-visible{outline:3px solid #1f1f1f;outline-offset:2px}
button[aria-busy="true"]{background:#444746;border-color:#444746}
`;

  // src/core/dashboard/sidebar-script.ts
  var SIDEBAR_SCRIPT = `(function () {
  var button = document.getElementById('d-refresh');
  var status = document.getElementById('d-status');
  var busy = false;
  function done() { busy = false; button.removeAttribute('aria-busy'); }
  button.addEventListener('click', function () {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = button.getAttribute('data-busy');
    google.script.run
      .withSuccessHandler(function (payload) {
        document.getElementById('dashboard').innerHTML = payload.body;
        document.getElementById('d-built').textContent = payload.builtAt;
        status.textContent = '';
        done();
      })
      .withFailureHandler(function (error) {
        status.textContent = button.getAttribute('data-failed') + (error && error.message ? error.message : String(error));
        done();
      })
      .dashboardData();
  });
})();`;

  // src/core/dashboard/render-dashboard.ts
  function renderDashboardBody(model, language, linkTarget = "_self") {
    const t = catalogue(language).dashboard;
    return [
      `<p class="note">${html(t.privacy)}</p>`,
      weekSection(model, t, language),
      findingsSection(model, t, linkTarget),
      '<div class="grid">',
      openingSection(model, t, language),
      sessionsSection(model, t),
      classesSection(model, t),
      nominationsSection(model, t, language),
      outboxSection(model, t, language),
      "</div>",
      resultsSection(model, t, language),
      runsSection(model, t, language)
    ].join("\n");
  }
  function page(model, language, controls, body, script) {
    const t = catalogue(language).dashboard;
    return [
      "<!DOCTYPE html>",
      `<html lang="${language}">`,
      '<head><meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${html(t.title)}</title>`,
      `<style>${DASHBOARD_CSS}</style></head>`,
      "<body>",
      headerBlock(model, t, language, controls),
      `<main id="dashboard">${body}</main>`,
      script,
      "</body>",
      "</html>"
    ].join("\n");
  }
  function renderDashboardSidebar(model, language) {
    const t = catalogue(language).dashboard;
    const controls = `<div><button type="button" id="d-refresh" data-busy="${html(t.refreshing)}" data-failed="${html(t.refreshFailed(""))}">${html(t.refresh)}</button><p class="meta" id="d-status" role="status" aria-live="polite"></p></div>`;
    return page(
      model,
      language,
      controls,
      renderDashboardBody(model, language, "_top"),
      `<script>${SIDEBAR_SCRIPT}</script>`
    );
  }
  function dashboardPayload(model, language) {
    return { model, body: renderDashboardBody(model, language, "_top"), builtAt: builtAtText(model, language) };
  }

  // src/gas/dashboard.ts
  function modelNow(runtime) {
    return buildDashboard({
      tables: runtime.tables,
      clock: runtime.clock,
      env: runtime.env,
      mailQuota: () => runtime.mail.remainingDailyQuota(),
      cellLink: cellLinks(runtime.spreadsheet),
      properties: runtime.properties
    });
  }
  function cellLinks(spreadsheet) {
    let ids;
    let url = "";
    return (tab, cell2) => {
      if (!ids) {
        url = spreadsheet.getUrl().replace(/[?#].*$/, "");
        ids = new Map(spreadsheet.getSheets().map((sheet3) => [sheet3.getName(), sheet3.getSheetId()]));
      }
      const id = ids.get(tab);
      if (id === void 0) return void 0;
      return `${url}#gid=${id}${cell2 === "" ? "" : `&range=${encodeURIComponent(cell2)}`}`;
    };
  }
  function showDashboardSidebar() {
    const runtime = gasRuntime();
    const model = modelNow(runtime);
    const output = HtmlService.createHtmlOutput(renderDashboardSidebar(model, model.language)).setTitle(
      catalogue(uiLanguage(runtime.properties)).dashboard.title
    );
    SpreadsheetApp.getUi().showSidebar(output);
  }
  function dashboardDataNow() {
    const model = modelNow(gasRuntime());
    return dashboardPayload(model, model.language);
  }

  // src/gas/main.ts
  function onOpen(_e) {
    const ui = availableUi();
    if (!ui) return;
    const lang = uiLanguage(scriptProperties());
    const menu3 = ui.createMenu(menuTexts(lang).title);
    for (const item2 of menuItems(lang)) menu3.addItem(item2.caption, item2.functionName);
    menu3.addToUi();
  }
  function setup2() {
    play("setup", "setup", (runtime) => setupJob(runtime, { plan: "seed" }));
  }
  function validatePlan3() {
    reported2("validate", (runtime) => {
      const { validation } = locked(
        "validate",
        runtime,
        () => runJob(validateJob(runtime), gasEffects(runtime))
      );
      const title = menuTexts(validation.language).titles.validate;
      toast(runtime.spreadsheet, title, validation.summary);
      return { title, text: validation.summary };
    });
  }
  function openDashboard() {
    if (!hasFullConsent()) return;
    try {
      showDashboardSidebar();
    } catch (error) {
      console.error(describe4(error));
      const lang = uiLanguage(scriptProperties());
      tell(menuTexts(lang).titles.dashboard, failureText(error, lang));
    }
  }
  function dashboardData() {
    return dashboardDataNow();
  }
  function syncForms2() {
    play("forms", "forms", () => formsJob());
  }
  function sendInvitations2() {
    play("invite", "invite", (runtime) => inviteJob(runtime));
  }
  function drainOutbox2(e) {
    play("drain", "drain", (runtime) => drainJob(runtime, true), e);
  }
  function continueOutboxDrain(e) {
    play("continuation", "drain", (runtime) => drainJob(runtime, false), e);
  }
  function previewCalendarSync(_e) {
    play("calendarPreview", "calendarPreview", () => calendarPreviewJob());
  }
  function syncCalendar2(e) {
    play("calendarSync", "calendarSync", (runtime) => calendarSyncJob(runtime), e);
  }
  function sendReminders(e) {
    play("reminders", "reminders", (runtime) => remindersJob(runtime), e);
  }
  function onPlanEdit(e) {
    planEdited2(e, gasRuntime);
  }
  function sendDailyProgress(e) {
    play("progress", "progress", (runtime) => progressJob(runtime), e);
  }
  function buildReportNow(e) {
    play("report", "report", (runtime) => reportJob(runtime, { mode: "now" }), e);
  }
  function importPlan() {
    if (!hasFullConsent()) return;
    const lang = uiLanguage(scriptProperties());
    try {
      const outcome = importPlanFromDoc(gasRuntime(), lang);
      if (outcome) tell(outcome.title, outcome.text);
    } catch (error) {
      console.error(describe4(error));
      const t = menuTexts(lang);
      tell(t.items.importPlan, error instanceof LockUnavailableError ? t.lockBusy : failureText(error, lang));
    }
  }
  function exportPlan() {
    if (!hasFullConsent()) return;
    const lang = uiLanguage(scriptProperties());
    try {
      const outcome = exportPlanToDoc(gasRuntime(), lang);
      tell(outcome.title, outcome.text);
    } catch (error) {
      console.error(describe4(error));
      tell(menuTexts(lang).items.exportPlan, failureText(error, lang));
    }
  }
  function makeAnnouncements() {
    if (!hasFullConsent()) return;
    const lang = uiLanguage(scriptProperties());
    try {
      const outcome = announcementsToDoc(gasRuntime(), lang);
      tell(outcome.title, outcome.text);
    } catch (error) {
      console.error(describe4(error));
      tell(menuTexts(lang).items.makeAnnouncements, failureText(error, lang));
    }
  }
  function makeCommendation() {
    if (!hasFullConsent()) return;
    const lang = uiLanguage(scriptProperties());
    try {
      const outcome = commendationToDocs(gasRuntime(), lang);
      tell(outcome.title, outcome.text);
    } catch (error) {
      console.error(describe4(error));
      const t = menuTexts(lang);
      tell(
        t.items.makeCommendation,
        error instanceof LockUnavailableError ? t.lockBusy : failureText(error, lang)
      );
    }
  }
  function buildReportOnSchedule(e) {
    play("report", "report", (runtime) => reportJob(runtime, { mode: "schedule" }), e);
  }
  function purgePersonalData2(e) {
    play("purge", "purge", (runtime) => purgeJob(runtime), e);
  }
  function takeOverAutomation() {
    reported2("takeOver", (runtime) => {
      const lang = uiLanguage(runtime.properties);
      const title = menuTexts(lang).titles.takeOver;
      const outcome = runtime.lock.withLock(JOB_LOCK_WAIT_MS, () => takeOver(runtime.properties, lang));
      if (!outcome.tookOver) return { title, text: outcome.text };
      const installed = locked(
        "setup",
        runtime,
        () => runJob(setupJob(runtime, { plan: "seed" }), gasEffects(runtime))
      ).text;
      return { title, text: [outcome.text, installed].join("\n\n") };
    });
  }
  function onAttendanceSubmit(e) {
    recordSubmission("attendance", e);
  }
  function onTrainingSubmit(e) {
    recordSubmission("training", e);
  }
  function onNominationSubmit(e) {
    recordSubmission("nomination", e);
  }
  function onResultSubmit(e) {
    recordSubmission("result", e);
  }
  function processResponses(e) {
    play(
      "processResponses",
      "submit",
      (runtime) => processResponsesJob({ ...runtime, ...queueOf(runtime) }),
      e
    );
  }
  function recordSubmission(formId, e) {
    const store = scriptStore();
    const properties = propertiesOf(store);
    const clock = systemClock();
    const ports = {
      inbox: propertyInbox(store, () => Session.getScriptTimeZone()),
      runs: processingRuns(store, () => clock.now()),
      clock,
      log: consoleLog(),
      properties
    };
    if (!e?.response) {
      acceptBlankSubmit(ports, formId);
      tell(menuTexts(uiLanguage(properties)).titles.submit, noEventMessage(uiLanguage(properties)));
      return;
    }
    try {
      acceptResponse(ports, { formId, responseId: e.response.getId(), receivedAt: clock.now().toISOString() });
    } catch (error) {
      throw explainedFailure(error, uiLanguage(properties));
    }
  }
  function queueOf(runtime) {
    const store = scriptStore();
    return {
      inbox: propertyInbox(store, () => runtime.env.spreadsheetTimeZone()),
      runs: processingRuns(store, () => runtime.clock.now())
    };
  }
  function gasEffects(runtime) {
    return {
      drain: (effect) => drainOutbox(runtime, {
        language: uiLanguage(runtime.properties),
        reserve: (untilMs) => mailReserve(runtime, untilMs),
        wakeAt: () => plannedReminderRun(runtime.properties),
        ...effect.reportQuota ? { reportQuota: true } : {}
      }),
      mailQuota: () => {
        try {
          return runtime.mail.remainingDailyQuota();
        } catch {
          return void 0;
        }
      },
      calendar: () => applyCalendar(runtime),
      report: (effect) => runReportJob({ ...runtime, reportRetry: reportRetryTrigger(runtime.properties) }, effect.options),
      formsAndTriggers: () => runtime.lock.withLock(JOB_LOCK_WAIT_MS, () => formsAndTriggers(runtime)),
      prepareCalendar: () => ensureWeekCalendar(runtime),
      calendarPreview: () => calendarPreview(runtime),
      missedResponses: (effect) => responsesSinceLastSweep(
        runtime.properties,
        runtime.env.spreadsheetTimeZone(),
        effect.now,
        (m) => runtime.log.error(m),
        queueOf(runtime).inbox,
        () => loadRawLog(runtime.tables, runtime.tables.tableNames()).ids
      ),
      formResponses: (effect) => purgeFormCopies(runtime.properties, runtime.spreadsheet, effect.responses, runtime.log)
    };
  }
  function play(name, titleKey, job, event) {
    reported2(titleKey, (runtime) => {
      const lang = uiLanguage(runtime.properties);
      const title = menuTexts(lang).titles[titleKey];
      const refusal = ownerRefusal(name, event, runtime.properties, lang);
      if (refusal !== void 0) {
        runtime.log.info(refusal);
        return { title, text: refusal };
      }
      const outcome = recordedRun(
        runtime,
        name,
        () => locked(name, runtime, () => runJob(job(runtime), gasEffects(runtime)))
      );
      return { title, text: outcome.text };
    });
  }
  function locked(name, runtime, run) {
    return WHOLE_RUN_LOCKED.has(name) ? runtime.lock.withLock(JOB_LOCK_WAIT_MS, run) : run();
  }
  function formsAndTriggers(runtime) {
    const lang = uiLanguage(runtime.properties);
    const t = menuTexts(lang);
    const claim = claimOwnership(runtime.properties, lang);
    if (claim.refusal !== void 0) return claim.refusal;
    const lines = [claim.line, ensureSchoolLocale(runtime.spreadsheet, lang)].filter((l) => l !== "");
    const formIds = {};
    try {
      const result = syncForms(runtime);
      for (const form of result.forms) formIds[form.formId] = form.id;
      lines.push(
        formsSummary(
          result.forms.map((f) => ({ title: t.forms[f.formId], created: f.created, url: f.publishedUrl })),
          lang
        )
      );
    } catch (error) {
      runtime.log.error(`syncForms: ${describe4(error)}`);
      lines.push(t.formsFailed(message3(error)));
    }
    let report3;
    try {
      report3 = reportTrigger(runtime.tables, runtime.properties, runtime.clock.now());
    } catch (error) {
      runtime.log.error(`reportTrigger: ${describe4(error)}`);
    }
    lines.push(
      triggersSummary(
        installTriggers(
          wantedTriggers(formIds, [...report3 ? [report3] : [], editTrigger(runtime.spreadsheet.getId())])
        ),
        lang
      )
    );
    rememberReportTrigger(runtime.properties, report3);
    return lines.join("\n");
  }
  function reported2(fallbackTitle, action) {
    if (!hasFullConsent()) return;
    try {
      const outcome = action(gasRuntime());
      tell(outcome.title, outcome.text);
    } catch (error) {
      console.error(describe4(error));
      const lang = uiLanguage(scriptProperties());
      if (!availableUi()) throw explainedFailure(error, lang);
      const t = menuTexts(lang);
      tell(
        t.titles[fallbackTitle],
        error instanceof LockUnavailableError ? t.lockBusy : failureText(error, lang)
      );
    }
  }
  function message3(error) {
    return error instanceof Error ? error.message : String(error);
  }
  function describe4(error) {
    return error instanceof Error ? error.stack ?? error.message : String(error);
  }
  return __toCommonJS(main_exports);
})();

function buildReportNow(e) { return __app.buildReportNow(e); }
function buildReportOnSchedule(e) { return __app.buildReportOnSchedule(e); }
function continueOutboxDrain(e) { return __app.continueOutboxDrain(e); }
function dashboardData(e) { return __app.dashboardData(e); }
function drainOutbox(e) { return __app.drainOutbox(e); }
function exportPlan(e) { return __app.exportPlan(e); }
function importPlan(e) { return __app.importPlan(e); }
function makeAnnouncements(e) { return __app.makeAnnouncements(e); }
function makeCommendation(e) { return __app.makeCommendation(e); }
function onAttendanceSubmit(e) { return __app.onAttendanceSubmit(e); }
function onNominationSubmit(e) { return __app.onNominationSubmit(e); }
function onOpen(e) { return __app.onOpen(e); }
function onPlanEdit(e) { return __app.onPlanEdit(e); }
function onResultSubmit(e) { return __app.onResultSubmit(e); }
function onTrainingSubmit(e) { return __app.onTrainingSubmit(e); }
function openDashboard(e) { return __app.openDashboard(e); }
function previewCalendarSync(e) { return __app.previewCalendarSync(e); }
function processResponses(e) { return __app.processResponses(e); }
function purgePersonalData(e) { return __app.purgePersonalData(e); }
function sendDailyProgress(e) { return __app.sendDailyProgress(e); }
function sendInvitations(e) { return __app.sendInvitations(e); }
function sendReminders(e) { return __app.sendReminders(e); }
function setup(e) { return __app.setup(e); }
function syncCalendar(e) { return __app.syncCalendar(e); }
function syncForms(e) { return __app.syncForms(e); }
function takeOverAutomation(e) { return __app.takeOverAutomation(e); }
function validatePlan(e) { return __app.validatePlan(e); }
