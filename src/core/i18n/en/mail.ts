import type { mail as vi } from '../vi/mail';

export const mail: typeof vi = {
  greeting: (name: string) => `Dear ${name},`,
  closing: 'Kind regards,',
  dateRange: (from: string, to: string) => `from ${from} to ${to}`,
  toBeAnnounced: 'To be announced',
  tentative: ' (time to be confirmed)',
  invitation: {
    subject: (year: number, school: string) => `Invitation: Lifelong Learning Week ${year} – ${school}`,
    intro: (school: string, year: number, range: string) =>
      `${school} warmly invites you to take part in the Lifelong Learning Week ${year}, held ${range}.`,
    theme: 'Theme',
    programme: 'Programme',
    forms: 'Please register using these forms',
    deadline: (day: string) => `Deadline: before ${day}`,
    severalDays: 'Over several days',
    undated: 'Time to be announced',
    addToCalendar: 'Add to calendar',
    reply: (email: string) => `For any question, reply to this mail or write to ${email}.`,
    noActivities: 'The detailed programme will follow.',
  },
  confirmation: {
    subject: (what: string, school: string) => `Confirmation: ${what} – ${school}`,
    received: (school: string, what: string) => `${school} confirms that we have received: ${what}.`,
    fixIt: 'If anything is not right, please reply to this mail.',
  },
  reminder: {
    subject: (activity: string, when: string) => `Reminder: ${activity} – ${when}`,
    comingUp: (school: string, activity: string) => `${school} reminds you that "${activity}" is coming up.`,
    when: 'When',
    where: 'Where',
    link: 'Link',
  },
  flagged: {
    subject: (form: string, school: string) => `Please check your answer: ${form} – ${school}`,
    received: (school: string, form: string) =>
      `${school} received your answer to “${form}”, but it needs a correction:`,
    again: 'Please submit the form again with the missing information; the latest answer counts.',
    againButton: 'Submit the form again',
  },
  organiserNote: {
    subject: (topic: string) => `[Lifelong Learning Week] ${topic}`,
    greeting: 'Dear organiser,',
    closing: 'Sent automatically by the plan sheet.',
  },
  promotion: {
    subject: (school: string) => `A seat is now yours – ${school}`,
    seated: 'A seat has freed up and you, first on the waitlist, now have a seat at this session.',
    change:
      'If you can no longer come, please resubmit the registration form without this session so someone else can have the seat.',
    changeButton: 'Open the registration form',
    session: 'Session',
  },
};
