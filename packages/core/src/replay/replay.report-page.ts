// A replay report as one self-contained HTML page (no network, no files beside it): the summary,
// then each conversation with the recorded and candidate replies side by side, and two filters,
// "only differing" and "only regressions", that work in any browser.
import type { ReplayedConversation, ReplayedReply, ReplayReport, Totals } from "./replay.js";
import type { ReplyMetrics } from "./replay.metrics.js";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function metricsLine(m: ReplyMetrics): string {
  const parts = [
    `${m.chars} chars`,
    `ttft ${m.ttftMs} ms`,
    `${m.outputTokens} tokens`,
    m.usedName === null ? "name unknown" : m.usedName ? "used the name" : "did not use the name",
    m.wishes ? `acknowledged ${m.acknowledged}/${m.wishes} wishes` : "no new wish",
    ...(m.safety ? [`safety: ${m.safety}`] : []),
    ...(m.status === "failed" ? ["failed"] : []),
  ];
  return `<p class="metrics">${escape(parts.join(" · "))}</p>`;
}

function reply(r: ReplayedReply): string {
  const flags = `data-differs="${r.differs ? 1 : 0}" data-regression="${r.regressions.length ? 1 : 0}"`;
  const original = r.original ? `<blockquote>${escape(r.original.text)}</blockquote>${metricsLine(r.original.metrics)}` : `<p class="none">no recorded reply</p>`;
  const regression = r.regressions.length ? `<p class="regression">worse: ${escape(r.regressions.join(", "))}</p>` : "";
  return `<li class="reply" ${flags}>
<p class="child"><b>Child</b> <time>${escape(r.at)}</time>: ${escape(r.child)}</p>
<div class="pair"><div><h4>Original</h4>${original}</div><div><h4>Candidate</h4><blockquote>${escape(r.candidate.text)}</blockquote>${metricsLine(r.candidate.metrics)}${regression}</div></div>
</li>`;
}

function deltas(c: ReplayedConversation): string {
  const keys: (keyof Totals | "giftAgreement")[] = ["chars", "outputTokens", "ttftMs", "namesUsed", "acknowledged", "safetyHits", "failed", "giftAgreement"];
  return `<p class="deltas">Δ ${keys.map((k) => `${k} ${escape(signed(c.deltas[k]))}`).join(" · ")}</p>`;
}

function conversation(c: ReplayedConversation): string {
  return `<section class="conversation" data-differs="${c.differing ? 1 : 0}" data-regression="${c.regressions ? 1 : 0}">
<h3>${escape(c.conversationId)} <small>${c.replies.length} replies, ${c.differing} differing, ${c.regressions} regressions</small></h3>
<p>Gifts: original ${escape(c.gifts.original.join(", ") || "none")}; candidate ${escape(c.gifts.candidate.join(", ") || "none")} (agreement ${c.gifts.agreement})</p>
${deltas(c)}
<ol>${c.replies.map(reply).join("\n")}</ol>
</section>`;
}

function totalsRow(label: string, t: Totals): string {
  return `<tr><th>${label}</th><td>${t.replies}</td><td>${t.chars}</td><td>${t.outputTokens}</td><td>${t.replies ? Math.round(t.ttftMs / t.replies) : 0}</td><td>${t.namesUsed}</td><td>${t.acknowledged}/${t.wishes}</td><td>${t.safetyHits}</td><td>${t.failed}</td></tr>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:right}th:first-child{text-align:left}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}blockquote{margin:0;padding:.5rem;background:#f4f4f6;border-radius:6px;white-space:pre-wrap}
.metrics,.deltas{color:#555;font-size:13px}.regression{color:#a00;font-weight:600}.reply{margin:1rem 0}.conversation{border-top:2px solid #ccc;margin-top:2rem}
[hidden]{display:none!important}label{margin-right:1.5rem}`;

// only the filters need script: without it every reply stays shown
const SCRIPT = `const d=document.getElementById("differing"),r=document.getElementById("regressions");
function apply(){for(const el of document.querySelectorAll(".reply,.conversation")){el.hidden=(d.checked&&el.dataset.differs!=="1")||(r.checked&&el.dataset.regression!=="1")}
document.getElementById("shown").textContent=document.querySelectorAll(".reply:not([hidden])").length+" replies shown"}
d.addEventListener("change",apply);r.addEventListener("change",apply);apply();`;

export function replayReportPage(report: ReplayReport): string {
  const s = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Replay ${escape(report.runId)}: prompt ${escape(report.prompt)}</title><style>${STYLE}</style></head>
<body><main>
<h1>Replay ${escape(report.runId)}</h1>
<p>Prompt <b>${escape(report.prompt)}</b>, model <b>${escape(report.model)}</b>, baseline <b>${escape(report.baseline)}</b>; ${s.conversations} conversations, ${s.replies} replies, ${s.differing} differing, ${s.regressions} regressions; gift agreement ${s.giftAgreement}.</p>
<table><thead><tr><th></th><th>replies</th><th>chars</th><th>tokens</th><th>avg ttft ms</th><th>names used</th><th>wishes acknowledged</th><th>safety hits</th><th>failed</th></tr></thead>
<tbody>${totalsRow("original", s.original)}${totalsRow("candidate", s.candidate)}</tbody></table>
<p><label><input type="checkbox" id="differing"> only replies that differ</label><label><input type="checkbox" id="regressions"> only regressions</label><output id="shown"></output></p>
${report.conversations.map(conversation).join("\n")}
</main><script>${SCRIPT}</script></body></html>
`;
}
