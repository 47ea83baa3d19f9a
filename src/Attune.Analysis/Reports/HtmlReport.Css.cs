namespace Attune.Analysis.Reports;

/// <summary>The report's inline style sheet (kept apart from the markup code for readability).</summary>
public static partial class HtmlReport
{
    /// <summary>Colours shared by every rule.</summary>
    private const string RootCss = """
:root{--bg:#f4f6f9;--card:#fff;--ink:#1f2733;--muted:#6b7685;--line:#e4e8ee;--accent:#4457d6;
--pos:#2e9e5b;--pos-bg:#dff3e6;--neg:#d64545;--neg-bg:#fde2e0;--info:#5d6f86;--info-bg:#e6ecf4;--na:#9aa3ad}
""";

    /// <summary>The stand-alone page: body, header, cards and footer.</summary>
    private const string PageCss = """
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.wrap{max-width:1180px;margin:0 auto;padding:0 24px}
header.top{background:linear-gradient(120deg,#26315f,#4457d6);color:#fff;padding:22px 0 26px;margin-bottom:24px}
.brand{font-weight:700;letter-spacing:.04em;text-transform:uppercase;font-size:12px;opacity:.85}
.brand span{font-weight:400;text-transform:none;letter-spacing:0;margin-left:6px;opacity:.8}
header h1{margin:4px 0 4px;font-size:24px;font-weight:650;word-break:break-all}
.meta{opacity:.85;font-size:14px}
.card{background:var(--card);border-radius:14px;box-shadow:0 1px 2px rgba(20,30,50,.06),0 4px 16px rgba(20,30,50,.05);padding:20px 22px;margin-bottom:22px}
h2{font-size:17px;margin:0 0 14px;font-weight:650}
footer{color:var(--muted);font-size:12px;padding:8px 24px 40px}
@media print{body{background:#fff}.card{box-shadow:none;border:1px solid var(--line)}header.top{background:#26315f;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
""";

    /// <summary>The sections (criteria, sentiment, audio charts, transcript, findings), also used inside the web workspace.</summary>
    private const string SectionCss = """
h3{font-size:15px;margin:18px 0 8px}
h3 span{font-weight:500;color:var(--muted);margin-left:4px}
h3.neg{color:var(--neg)}h3.pos{color:var(--pos)}h3.info{color:var(--info)}
.overview{display:grid;grid-template-columns:230px minmax(0,1fr);gap:22px;align-items:start}
.overview .card{margin-bottom:22px}
.score{text-align:center}
.donut{width:170px;height:170px}
.donut .big{font-size:34px;font-weight:700}
.donut .small{font-size:12px;fill:var(--muted)}
.cardname{font-weight:600;margin-top:4px}
.note,.hint{color:var(--muted);font-size:13px}
.hint{margin:0 0 12px}
table{border-collapse:collapse;width:100%}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);text-align:left;font-weight:600;padding:6px 8px;border-bottom:1px solid var(--line)}
td{padding:8px;border-bottom:1px solid var(--line);vertical-align:top}
tr:last-child td{border-bottom:none}
.num{text-align:right;width:1%;white-space:nowrap}
.nowrap{white-space:nowrap}
.criteria td.why{color:#39434f;font-size:14px;overflow-wrap:anywhere}
.criteria tr.na td{color:var(--na)}
.cname{font-weight:600;border-bottom:1px dotted #b8c0cc;cursor:help}
th.bar,td.bar{width:150px;white-space:nowrap}
.meter{display:inline-block;vertical-align:middle;width:92px;height:8px;background:#edf0f4;border-radius:4px;overflow:hidden;margin-right:8px}
.fill{height:100%;border-radius:4px}.fill.pass{background:var(--pos)}.fill.fail{background:var(--neg)}
.pct{font-variant-numeric:tabular-nums;font-size:13px;color:var(--muted)}
.pill{display:inline-block;font-size:12px;font-weight:600;padding:1px 9px;border-radius:999px;white-space:nowrap}
.pill.pass{background:var(--pos-bg);color:#1d6b3d}.pill.fail{background:var(--neg-bg);color:#a32b2b}.pill.na{background:#eef0f3;color:var(--na)}
.score .pill{margin-top:8px}
.refs{margin-top:4px}
a.ref{display:inline-block;font-size:10.5px;font-weight:700;line-height:15px;min-width:17px;text-align:center;padding:0 4px;border-radius:8px;margin:0 2px 0 1px;text-decoration:none;vertical-align:super;color:#fff;background:var(--info)}
.refs a.ref{vertical-align:baseline}
a.ref.pos{background:var(--pos)}a.ref.neg{background:var(--neg)}
.more{font-size:12px;color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:28px;margin-bottom:12px}
.stat .label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
.stat .label span{text-transform:none;font-weight:400}
.stat .value{font-size:28px;font-weight:700;font-variant-numeric:tabular-nums}
.stat .sub{font-size:12px;color:var(--muted)}
.good{color:var(--pos)}.bad{color:var(--neg)}.flat{color:var(--info)}
.quarters{display:flex;gap:6px;margin-top:6px}
.q{min-width:58px;text-align:center;border-radius:8px;padding:4px 6px;font-weight:700;font-variant-numeric:tabular-nums}
.q span{display:block;font-size:11px;font-weight:500;opacity:.8}
.q.good{background:var(--pos-bg)}.q.bad{background:var(--neg-bg)}.q.flat,.q.none{background:#eef0f3;color:var(--muted)}
svg.timeline{width:100%;height:auto;display:block}
.timeline .grid{stroke:#e9edf2;stroke-width:1}
.timeline .zero{stroke:#b9c2ce;stroke-width:1.2;stroke-dasharray:5 4}
.timeline .quarter{stroke:#dfe4eb;stroke-width:1;stroke-dasharray:2 4}
.timeline .axis{font-size:12px;fill:var(--muted)}
.timeline .trend{fill:none;stroke:#8793a3;stroke-width:2;stroke-linejoin:round;opacity:.7}
.timeline .dot{stroke:#fff;stroke-width:2}
.timeline .hollow{fill:#fff;stroke-width:2.5}
.timeline a:hover circle{stroke:#1f2733}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;margin-top:6px;align-items:center}
.legend i{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
.legend .hint{margin:0 0 0 auto}
ol.turns{list-style:none;margin:0;padding:0}
.turn{margin:0 0 12px;max-width:78%;scroll-margin-top:20px}
.turn.advisor,.turn.bot{margin-left:auto}
.turn.system{max-width:100%;text-align:center}
.who{font-size:12px;color:var(--muted);margin:0 4px 3px}
.turn.advisor .who,.turn.bot .who{text-align:right}
.party{font-weight:650;color:var(--ink)}
.role{text-transform:uppercase;font-size:10.5px;letter-spacing:.05em}
.tn{margin-left:4px}
.bubble{padding:10px 14px;border-radius:14px;background:#f1f3f7;white-space:pre-wrap;overflow-wrap:anywhere}
.turn.customer .bubble{border-top-left-radius:4px}
.turn.advisor .bubble{background:#eaeefe;border-top-right-radius:4px}
.turn.bot .bubble{background:#f3eefc}
.turn.system .bubble{background:none;color:var(--muted);font-style:italic}
.turn:target .bubble{outline:2px solid var(--accent)}
mark{border-radius:4px;padding:0 2px;color:inherit;cursor:help}
mark.neg{background:var(--neg-bg);box-shadow:inset 0 -2px 0 var(--neg)}
mark.pos{background:var(--pos-bg);box-shadow:inset 0 -2px 0 var(--pos)}
mark.info{background:var(--info-bg);box-shadow:inset 0 -2px 0 #9fb0c6}
.badges{margin:5px 4px 0;display:flex;flex-wrap:wrap;gap:6px}
.turn.advisor .badges{justify-content:flex-end}
.badge,.emo{font-size:12px;border-radius:999px;padding:1px 9px;text-decoration:none;border:1px solid var(--line);background:#fff;color:var(--ink)}
.badge b{font-size:10.5px;color:var(--muted);margin-left:2px}
.badge.neg{border-color:#f2b8b3;color:#a32b2b}.badge.pos{border-color:#a9dcbc;color:#1d6b3d}
.emo i{display:inline-block;width:9px;height:9px;border-radius:50%;background:var(--c);margin-right:5px}
.emo{border-color:var(--c);color:var(--ink)}
table.findings{table-layout:fixed}
table.findings th:nth-child(1){width:46px}table.findings th:nth-child(2){width:210px}table.findings th:nth-child(3){width:110px}
table.findings td{font-size:14px;overflow-wrap:anywhere}
table.findings tr:target td{background:#fff8d6}
.sig{font-size:12px;color:var(--muted)}
q{quotes:"“" "”";font-style:italic}
.detail{margin-top:2px}
.suggest{margin-top:4px;color:#2c3fb8}
.findings tr.neg td:first-child{border-left:3px solid var(--neg)}
.findings tr.pos td:first-child{border-left:3px solid var(--pos)}
.findings tr.info td:first-child{border-left:3px solid #b6c2d2}
.callout{background:#fff8e1;border:1px solid #f0d27a;border-left:5px solid #e0a020;border-radius:10px;padding:12px 16px;margin:0 0 22px;color:#5a4300}
.callout strong{display:block;margin-bottom:2px}
.callout ul{margin:0;padding-left:20px}
figure.chart{margin:6px 0 22px}
figure.chart figcaption{font-size:13px;color:var(--muted);margin-top:6px;max-width:900px}
figure.chart figcaption strong{color:var(--ink)}
.timeline .lane{fill:#f6f7f9}
.timeline .rowname{font-size:13px;font-weight:600;fill:var(--ink)}
.timeline .tick{stroke:#e9edf2;stroke-width:1}
.timeline .overtalk{opacity:.42}
.timeline .overtalk:hover,.timeline .intr:hover,.timeline .bc:hover{opacity:.8}
.timeline .monologue{fill:#d99a12}
.timeline .alert{stroke:#d64545;stroke-width:2;stroke-dasharray:4 3}
.timeline .cturn{fill:#1f8f8a;opacity:.07}
.timeline a:hover .cturn{opacity:.16}
.timeline .tlabel{font-size:10px;fill:#1f8f8a;font-weight:600}
.timeline .boundary{stroke:#c9d0da;stroke-width:1}
.timeline .pitch{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
.timeline .level{fill:none;stroke:#8a5cc7;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
.timeline .panel{font-size:12px;font-weight:600;fill:var(--ink)}
.timeline .band{stroke:#cfd6df;stroke-width:1;stroke-dasharray:4 4}
.timeline .bandname{font-size:11px;fill:var(--muted)}
.timeline .val{font-size:11px;font-weight:600;fill:var(--ink)}
.timeline .sub{font-size:10.5px}
.timeline a:hover rect{filter:brightness(.9)}
.legend i.sq{border-radius:2px}
.legend i.dia{width:9px;height:9px;border-radius:1px;transform:rotate(45deg)}
.legend i.hatch{background:repeating-linear-gradient(45deg,#f1f3f6 0 3px,#d5dbe3 3px 5px)}
.voice{display:inline-flex;align-items:center;gap:4px;margin-left:8px;font-size:11.5px;border:1px solid var(--c,#cfd6df);border-radius:999px;padding:0 8px 0 6px;background:#fff;color:var(--ink);cursor:help;vertical-align:1px}
.voice svg{width:12px;height:12px;fill:var(--c,#8793a3);stroke:var(--c,#8793a3)}
.heard{color:var(--muted);font-style:italic}
.bubble.empty{width:fit-content;padding:3px 12px;font-size:13px}
.turn.advisor .bubble.empty,.turn.bot .bubble.empty{margin-left:auto}
@media (max-width:820px){.overview{grid-template-columns:1fr}.turn{max-width:100%}}
""";

    private const string Css = "\n" + RootCss + "\n" + PageCss + "\n" + SectionCss + "\n";

    /// <summary>
    /// The section styles for a host page (the web workspace), nested under <paramref name="scope"/> (CSS nesting) so
    /// that they style only what is inside the report's sections and leave the host's own tables and headings alone.
    /// </summary>
    public static string SectionStylesheet(string scope) => RootCss.Replace(":root", scope, StringComparison.Ordinal) + "\n" + scope + "{\n" + SectionCss + "\n}\n";
}
