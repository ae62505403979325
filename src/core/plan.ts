import type { LocalDateTime } from './cell';
import type { ActivityCategory, ActivityStatus, StaffRole } from './schema/tables';

/** The plan as typed records, parsed from the tabs (see src/core/validation). */

export type Language = 'vi' | 'en';

export interface Settings {
  school: string;
  governingBody: string;
  wardAssociation?: string;
  planNumber?: string;
  basis?: string;
  basisDate?: LocalDateTime;
  preamble?: string;
  year: number;
  theme: string;
  weekStart: LocalDateTime;
  weekEnd: LocalDateTime;
  timeZone: string;
  /** Percentage 0–100. */
  openingTarget: number;
  leadershipEmails: string[];
  organiserEmail?: string;
  senderName?: string;
  reportNumber?: string;
  reportAt?: LocalDateTime;
  place?: string;
  signerTitle?: string;
  signerName?: string;
  recipientsNote?: string;
  language: Language;
  reminderLeadHours: number;
  retentionDays: number;
  calendarMode: 'dedicated' | 'default';
  proposals?: string;
  /** Books given to the school's shelf, and loans or swaps, during the week (typed by the school). */
  booksDonated?: number;
  booksCirculated?: number;
  /**
   * Whether families get mail at all (invitations, confirmations, reminders, calendar
   * invitations). By default they do not: they are reached on Zalo and posters, and the quota
   * of a personal account is kept for staff.
   */
  mailFamilies: boolean;
  /** Where the local runtime's forms answer (its web app); the default is the loopback one. */
  localFormsAddress?: string;
  /** Published links of the forms, written by the runtime that made them. */
  formUrls: { attendance?: string; training?: string; nomination?: string; result?: string };
}

export interface Person {
  row: number;
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  group?: string;
  active: boolean;
}

export interface Family {
  row: number;
  id: string;
  parentName: string;
  email?: string;
  child?: string;
  className?: string;
  address?: string;
}

export interface Activity {
  row: number;
  id: string;
  title: string;
  category: ActivityCategory;
  start?: LocalDateTime;
  end?: LocalDateTime;
  timeConfirmed: boolean;
  location?: string;
  platform?: string;
  link?: string;
  owner?: string;
  audience?: string;
  capacity?: number;
  invite: boolean;
  status: ActivityStatus;
  resultNotes?: string;
  evidence?: string;
  eventId?: string;
  lastSync?: LocalDateTime;
}

export interface OutreachEntry {
  row: number;
  date?: LocalDateTime;
  channel: string;
  link?: string;
  by?: string;
  note?: string;
}

export interface Plan {
  /** Undefined when Settings are missing or unusable (see the findings). */
  settings?: Settings;
  people: Person[];
  families: Family[];
  activities: Activity[];
  outreach: OutreachEntry[];
}
