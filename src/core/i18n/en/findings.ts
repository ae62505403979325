import { has, param as s, quoted as q } from '../../findings';
import type { findings as vi } from '../vi/findings';

export const findings: typeof vi = {
  messages: {
    'header.missing': (p) =>
      `The header row has no column ${q(p, 'header')}. Add it, or run “Learning Week → Set up” to restore it.`,
    'header.duplicate': (p) =>
      `${s(p, 'count')} columns are headed ${q(p, 'header')} (columns ${s(p, 'columns')}). Only the first is used; rename or delete the others.`,
    'table.missing': (p) => `There is no tab ${q(p, 'tab')}. Run “Learning Week → Set up” to create it.`,
    'value.required': () => `This cell is required but empty. Fill it in.`,
    'id.invalid': (p) =>
      `The id ${q(p, 'text')} is not valid: no spaces, at most 64 characters. Use e.g. “HD01”.`,
    'url.invalid': (p) => `${q(p, 'text')} is not a link. Paste the full address starting with https://.`,
    'email.invalid': (p) =>
      `The e-mail address ${q(p, 'text')} is not valid. Use the form name@school.edu.vn, without spaces or line breaks.`,
    'number.invalid': (p) => `${q(p, 'text')} is not a number. Type digits only, e.g. 40.`,
    'number.text': (p) =>
      `The number ${q(p, 'text')} is stored as text, so the sheet cannot add or sort it. Retype it as a number.`,
    'percent.invalid': (p) => `${q(p, 'text')} is not a percentage. Type a number from 0 to 100, e.g. 50.`,
    'choice.unknown': (p) => `${q(p, 'text')} is not one of the choices. Pick one of: ${s(p, 'choices')}.`,
    'yesno.invalid': (p) => `${q(p, 'text')} is not yes/no. Type “yes” or “no”.`,
    'date.text': (p) =>
      `The date ${q(p, 'text')} is typed as text, so the sheet cannot sort or format it; read as ${s(p, 'date')}. Retype it as a date (dd/MM/yyyy HH:mm).`,
    'date.noYear': (p) =>
      has(p, 'suggestion')
        ? `The date ${q(p, 'text')} has no year; probably ${s(p, 'suggestion')}. Type day/month/year in full.`
        : `The date ${q(p, 'text')} has no year. Type day/month/year in full (dd/MM/yyyy).`,
    'date.invalid': (p) =>
      `${q(p, 'text')} is not a valid date. Type it as dd/MM/yyyy (optionally with HH:mm).`,
    'date.monthFirst': (p) =>
      `This cell holds ${s(p, 'read')}: the spreadsheet (locale ${s(p, 'locale')}) reads typed dates month first, so if you typed “${s(p, 'typed')}” Sheets read it as ${s(p, 'read')}. If you meant ${s(p, 'meant')}, run “Learning Week → Set up” (it sets the Vietnam locale) and type the date again.`,
    'date.textLocale': (p) =>
      `Sheets does not take “${s(p, 'text')}” for a date because the spreadsheet (locale ${s(p, 'locale')}) reads the month first, so this cell is only text, and retyping it gives text again. Run “Learning Week → Set up” (it sets the Vietnam locale) and type the date again.`,
    'setting.missing': (p, f) =>
      f.row === undefined
        ? `The Settings tab has no row ${q(p, 'setting')}. Add the row and fill in its value.`
        : `The setting ${q(p, 'setting')} is empty. Fill it in.`,
    'setting.duplicate': (p) =>
      `The setting ${q(p, 'setting')} is already on row ${s(p, 'firstRow')}; this row is ignored. Delete one of them.`,
    'settings.yearMismatch': (p) =>
      `The year ${s(p, 'year')} does not match the week's dates (${s(p, 'weekStart')}–${s(p, 'weekEnd')}). Make them agree.`,
    'settings.weekReversed': (p) =>
      `The week ends (${s(p, 'weekEnd')}) before it starts (${s(p, 'weekStart')}). Fix the order.`,
    'settings.weekTooLong': (p) =>
      `The week from ${s(p, 'weekStart')} to ${s(p, 'weekEnd')} lasts ${s(p, 'days')} days, more than 7. Fix the end date (usually 07/10).`,
    'settings.targetRange': (p) =>
      `The target ${s(p, 'value')} % is outside 0–100 %. Type a number from 0 to 100, e.g. 50.`,
    'settings.timeZoneUnknown': (p) => `There is no time zone ${q(p, 'zone')}. Type ${s(p, 'expected')}.`,
    'settings.timeZoneNotSchool': (p) =>
      `The Settings time zone is ${s(p, 'zone')}, not ${s(p, 'expected')}. For a school in Vietnam, change it to ${s(p, 'expected')}.`,
    'env.spreadsheetTimeZone': (p) =>
      `The spreadsheet's time zone is ${s(p, 'zone')}, not ${s(p, 'expected')}, so activity times may shift. Set it in File → Settings → Time zone.`,
    'env.spreadsheetLocale': (p) =>
      `The spreadsheet's locale is ${s(p, 'locale')}, which does not read typed dates as day/month/year: “05/10/2021” becomes 10 May. Run “Learning Week → Set up”, or choose Vietnam in File → Settings → Locale, then check the dates already typed.`,
    'env.scriptTimeZone': (p) =>
      `The Apps Script time zone is ${s(p, 'zone')}, not ${s(p, 'expected')}. Set “timeZone” in appsscript.json to ${s(p, 'expected')}.`,
    'activity.outsideWeek': (p) =>
      `The ${p['which'] === 'end' ? 'end' : 'start'} date ${s(p, 'date')} is outside the week ${s(p, 'weekStart')}–${s(p, 'weekEnd')}. Change it to a day of the week${has(p, 'suggestion') ? ` (probably ${s(p, 'suggestion')})` : ''}.`,
    'activity.endBeforeStart': (p) =>
      `The end ${s(p, 'end')} is before the start ${s(p, 'start')}. Make the end later than the start.`,
    'activity.timeUnconfirmed': () =>
      `This activity's time is only proposed. Confirm it, then type “yes” in the Time confirmed column.`,
    'activity.overlap': (p) =>
      `The owner ${s(p, 'owner')} also has ${s(p, 'other')} (row ${s(p, 'otherRow')}) at the same time. Move one or hand it to someone else.`,
    'activity.weekend': (p) =>
      `The activity is on ${s(p, 'date')}, a weekend day. Check the date unless this is intended.`,
    'activity.onlineNoPlatform': () =>
      `The activity is online but has no platform. Pick Zoom, Google Meet, Microsoft Teams, K12Online or Other.`,
    'activity.onlineNoLink': () =>
      `The activity is online but has no link to join. Paste the link before invitations go out.`,
    'activity.inviteNoTime': () =>
      `Invitations are requested but the start or end is missing. Fill them in, or type “no” under Invite.`,
    'activity.inviteNoAudience': () =>
      `Invitations are requested but nobody is invited. Choose an audience: all staff, parents, everyone or a group.`,
    'activity.noCapacity': (p) =>
      `This ${q(p, 'category')} activity has no capacity, so sign-ups are unlimited. Set a capacity if seats are limited.`,
    'activity.capacityInvalid': (p) =>
      `The capacity ${s(p, 'value')} is not valid. Type a whole number above 0.`,
    'activity.audienceUnknown': (p) =>
      `The audience ${q(p, 'audience')} is neither a known audience nor a group in People. Pick one of: ${s(p, 'choices')}.`,
    'id.duplicate': (p) =>
      `The id ${s(p, 'value')} repeats row ${s(p, 'firstRow')}. Each row needs its own id: change this one.`,
    'email.duplicate': (p) =>
      `The e-mail ${s(p, 'value')} repeats row ${s(p, 'firstRow')}. Check for a duplicate entry.`,
    'text.otherYear': (p) =>
      `The text names the year ${s(p, 'found')} in the ${s(p, 'year')} plan: ${q(p, 'quote')}. Change it to ${s(p, 'year')} if it was copied by mistake.`,
  },
  severity: { error: 'error', warning: 'warning' },
  row: 'row',
  column: 'column',
  unknown: (code) => `Needs checking (code ${code}).`,
};
