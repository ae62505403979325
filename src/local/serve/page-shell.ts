import { html } from '../../core/mail/escape';
import type { Language } from '../../core/plan';

/**
 * The frame of every page the server sends: one column that fits a phone, 16 px text, inputs a
 * thumb can hit, colours that pass contrast checks. No script and nothing from elsewhere: the
 * pages work offline and the Content-Security-Policy allows nothing but their own inline style.
 */
export function pageShell(language: Language | undefined, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language ?? 'vi'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f1f3f4;color:#202124;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.3;margin:0.5rem 0 1rem;overflow-wrap:anywhere}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:1rem;margin:0 0 1rem;overflow-wrap:anywhere}
.lead{border-top:8px solid #1a5fb4}
.desc,.answer{white-space:pre-line}
.note,.help{color:#4d5156;font-size:0.95rem;margin:0.25rem 0 0.5rem}
label.q,legend{display:block;font-weight:600;margin:0 0 0.25rem;padding:0}
fieldset{border:0;margin:0;padding:0;min-width:0}
.req{color:#b3261e}
input[type=text],input[type=email],textarea,select{display:block;width:100%;font:inherit;padding:0.6rem;border:1px solid #80868b;border-radius:6px;background:#fff;color:inherit}
textarea{min-height:7rem;resize:vertical}
.choice{display:flex;gap:0.6rem;align-items:flex-start;padding:0.45rem 0;min-height:44px}
.choice input{width:1.25rem;height:1.25rem;margin:0.15rem 0 0;flex:none}
input.other{margin:0.25rem 0 0 1.85rem;width:calc(100% - 1.85rem)}
button{font:inherit;font-weight:600;background:#1a5fb4;color:#fff;border:0;border-radius:6px;padding:0.75rem 1.5rem;min-height:48px;cursor:pointer}
a{color:#1a5fb4}
dl{margin:0}dt{font-weight:600;margin-top:0.75rem}dd{margin:0.1rem 0 0}
ul.forms{list-style:none;padding:0;margin:0}ul.forms li{margin:0 0 0.75rem}
.problem{border-top:8px solid #b3261e}
`;
