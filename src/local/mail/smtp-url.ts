import { cliText } from '../runtime/cli-text';

/** Where the SMTP address came from, as the user would look for it. */
type SmtpSource = '--smtp' | 'SMTP_URL';

/** The SMTP address to send through, none (.eml files), or the line that refuses it. */
export type SmtpSetting = { url?: string } | { problem: string };

/**
 * --smtp, else SMTP_URL: checked before the workbook is opened and before any mail is sent. A
 * string nodemailer would take for "localhost:587" (an empty host, a typo) is refused: the
 * user meant a server, and a silent guess would wait minutes on the wrong one.
 */
export function smtpSettingFrom(
  argument: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): SmtpSetting {
  const source: SmtpSource = argument !== undefined ? '--smtp' : 'SMTP_URL';
  const text = (argument ?? env['SMTP_URL'] ?? '').trim();
  if (text === '') {
    // An empty --smtp was typed on purpose and cannot mean "files"; an empty SMTP_URL is unset.
    return argument !== undefined ? { problem: cliText().smtp.badUrl(source, text) } : {};
  }
  const t = cliText().smtp;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // "smtp://user:password@" with nothing after the @ is not a URL at all, yet what is missing
    // is plainly the server's name.
    const problem = /^smtps?:\/\/[^/?#]*@(?:[/?#:]|$)/i.test(text) ? t.noHost : t.badUrl;
    return { problem: problem(source, redacted(text)) };
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    return { problem: t.badUrl(source, redacted(text)) };
  if (url.hostname === '') return { problem: t.noHost(source, redacted(text)) };
  if (url.port !== '' && Number(url.port) < 1) return { problem: t.badPort(source, redacted(text)) };
  return { url: text };
}

/** host:port of an SMTP address, for messages: never its user name or password. */
export function serverOf(url: string): string {
  const parsed = new URL(url);
  const port = parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587');
  return `${parsed.hostname}:${port}`;
}

/** The address as typed, its password hidden: the line may be pasted into a chat for help. */
function redacted(text: string): string {
  return text.replace(/^([a-z][\w+.-]*:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}
