/**
 * The page's only style sheet, inline: the sidebar and the local page load nothing from
 * anywhere. 16 px text, 14 px at the smallest, one column that wraps long words, colours with
 * at least 4.5:1 contrast on white (#1f1f1f text, #0b57d0 bars and links, #b3261e errors).
 */
export const DASHBOARD_CSS = `
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
