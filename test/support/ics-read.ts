import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

/** An event of an .ics file as an independent parser (ical.js) reads it. */
export interface ParsedEvent {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  startUtc: string;
  endUtc: string;
  summary: string;
  /** As written: `mailto:…`. */
  attendees: string[];
  /** The attendees' addresses alone. */
  emails: string[];
}

export function readIcs(path: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')) as unknown[]);
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const attendees = e.attendees.map((a) => String(a.getFirstValue()));
    return {
      method: String(cal.getFirstPropertyValue('method')),
      uid: e.uid,
      sequence: e.sequence,
      status: String(v.getFirstPropertyValue('status')),
      startUtc: e.startDate.toJSDate().toISOString(),
      endUtc: e.endDate.toJSDate().toISOString(),
      summary: e.summary,
      attendees,
      emails: attendees.map((a) => a.replace(/^mailto:/i, '')),
    };
  });
}
