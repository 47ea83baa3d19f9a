using System.Globalization;
using System.Text;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Reports;

/// <summary>
/// The recording part of the HTML report: the notes callout, and a "Call audio" section with the dynamics figures
/// and three inline SVG charts, each a &lt;figure&gt; with a caption that says in words what the chart shows
/// (role="img" and an aria-label on the SVG, &lt;title&gt; tooltips on every mark):
/// a timeline per channel, the customer's pitch and loudness over time, and the customer's arousal per turn.
/// </summary>
public static partial class HtmlReport
{
    private const string CustomerColour = "#1f8f8a";
    private const string AdvisorColour = "#4457d6";
    private const string OvertalkColour = "#d64545";
    private const string BackchannelColour = "#2e9e5b";

    /// <summary>Seconds as m:ss.f, for tooltips where a tenth of a second matters (who came in first).</summary>
    private static string Ts(double seconds)
    {
        var s = Math.Max(0, seconds);
        var minutes = (int)(s / 60);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes}:{s - (minutes * 60):00.0}");
    }

    /// <summary>The notes about the analysis (e.g. what the recording lacked), as a callout; nothing without notes.</summary>
    public static void Notes(AnalysisReport report, StringBuilder h)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(h);
        var notes = report.Result.Notes;
        if (notes.Count == 0)
        {
            return;
        }

        h.Append("<aside class=\"callout\" role=\"note\" aria-label=\"Notes about this analysis\"><strong>Note</strong><ul>");
        foreach (var n in notes)
        {
            h.Append("<li>").Append(E(n)).Append("</li>");
        }

        h.Append("</ul></aside>\n");
    }

    /// <summary>The "Call audio" section (figures, timeline, pitch/loudness, arousal); nothing without a recording.</summary>
    /// <param name="seekable">Timeline marks carry data-seek="seconds" for a host page's audio player.</param>
    public static void Audio(AnalysisReport report, StringBuilder h, bool seekable = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(h);
        if (report.Result.Audio is not { } audio)
        {
            return;
        }

        var d = audio.Dynamics;
        h.Append("<section class=\"card audio\" id=\"audio\"><h2>Call audio</h2><div class=\"stats\">");
        Stat(h, "Duration", Time.Format(audio.Duration), $"{audio.Format}, customer {AudioFacts.Side(audio.Customer)}", "flat");
        if (d.AdvisorTalkRatio is double ratio)
        {
            Stat(h, "Advisor talk share", N(100 * ratio, "0") + "%", $"advisor {AudioFacts.Seconds(d.AdvisorTalkSeconds)} · customer {AudioFacts.Seconds(d.CustomerTalkSeconds)}", "flat");
        }

        var interruptions = d.InterruptionsByAdvisor + d.InterruptionsByCustomer;
        Stat(h, "Overtalk", d.Overtalks.Count.ToString(CultureInfo.InvariantCulture),
            $"{AudioFacts.Seconds(d.OvertalkSeconds)} · {AudioFacts.Count(interruptions, "interruption")} · {AudioFacts.Count(d.Backchannels + d.CustomerBackchannels, "backchannel")}",
            d.InterruptionsByAdvisor > 0 ? "bad" : "flat");
        Stat(h, "Non-talk", AudioFacts.Seconds(d.NonTalkSeconds),
            (d.NonTalk.Count == 0 ? "no span over 3 s" : AudioFacts.Count(d.NonTalk.Count, "span") + " over 3 s")
            + (d.LongSilenceAlertAt is double at ? " · long-silence alert at " + Time.Format(at) : ""),
            d.LongSilenceAlertAt is null ? "flat" : "bad");
        if (AudioFacts.MedianLatency(d) is double latency)
        {
            Stat(h, "Response time", N(latency, "0.0") + " s", "median between turns", "flat");
        }

        Stat(h, "Monologues", d.Monologues.Count.ToString(CultureInfo.InvariantCulture),
            d.Monologues.Count == 0 ? "none over 60 s" : "longest " + Time.Format(d.Monologues.Max(m => m.Seconds)), d.Monologues.Count > 0 ? "bad" : "flat");
        Stat(h, "Loudness", Lufs(audio.Customer), audio.Advisor is { } adv ? "customer · advisor " + Lufs(adv) : "customer (mono recording)", "flat");
        h.Append("</div>");
        ChannelTimeline(audio, h, seekable);
        VoiceCurves(report, audio, h);
        ArousalBars(report, h);
        h.Append("</section>\n");
    }

    private static string Lufs(ChannelAudio c) => c.IntegratedLufs is double v ? N(v, "0.0") + " LUFS" : "silent";

    /// <summary>Tick spacing giving at most about ten labelled ticks.</summary>
    private static double TickStep(double duration)
    {
        foreach (var step in new[] { 1.0, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600 })
        {
            if (duration / step <= 10)
            {
                return step;
            }
        }

        return 7200;
    }

    private static void TimeAxis(StringBuilder h, double duration, Func<double, double> x, double top, double bottom)
    {
        var step = TickStep(duration);
        for (var t = 0.0; t <= duration + 1e-9; t += step)
        {
            h.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{N(x(t), "0.#")}\" x2=\"{N(x(t), "0.#")}\" y1=\"{N(top)}\" y2=\"{N(bottom)}\"/>");
            h.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{N(x(t), "0.#")}\" y=\"{N(bottom + 14)}\" text-anchor=\"middle\">{Time.Format(t)}</text>");
        }
    }

    /// <summary>Speech per channel, overtalk marked across both rows, non-talk shaded, interruptions and backchannels as markers.</summary>
    private static void ChannelTimeline(CallAudio audio, StringBuilder h, bool seekable)
    {
        var d = audio.Dynamics;
        var duration = Math.Max(audio.Duration, d.Duration);
        if (duration <= 0)
        {
            return;
        }

        const double W = 1000, L = 84, R = 14, RowH = 28, Top = 26, Gap = 14;
        var rows = audio.Advisor is null ? 1 : 2;
        var bottom = Top + (rows * RowH) + ((rows - 1) * Gap);
        var H = bottom + 26;
        double X(double t) => L + (Math.Clamp(t / duration, 0, 1) * (W - L - R));
        double RowY(Party p) => p == Party.Customer || rows == 1 ? Top : Top + RowH + Gap;

        var interruptions = d.Overtalks.Where(o => o.Kind == OvertalkKind.Interruption).ToList();
        var label = $"Timeline of the call, {Time.Format(duration)}: customer spoke {AudioFacts.Seconds(d.CustomerTalkSeconds)}, advisor {AudioFacts.Seconds(d.AdvisorTalkSeconds)}; "
            + $"{AudioFacts.Count(d.Overtalks.Count, "overtalk")} ({AudioFacts.Count(interruptions.Count, "interruption")}, {AudioFacts.Count(d.Backchannels + d.CustomerBackchannels, "backchannel")}); "
            + $"{AudioFacts.Count(d.NonTalk.Count, "non-talk span")} over 3 s.";
        h.Append("<figure class=\"chart\"><svg class=\"timeline calltl\" viewBox=\"0 0 ").Append(N(W)).Append(' ').Append(N(H))
            .Append("\" role=\"img\" aria-label=\"").Append(E(label)).Append("\">");
        h.Append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f1f3f6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#d5dbe3\" stroke-width=\"3\"/></pattern></defs>");
        TimeAxis(h, duration, X, Top - 6, bottom + 4);

        // row backgrounds and names
        h.Append(CultureInfo.InvariantCulture, $"<rect class=\"lane\" x=\"{L}\" y=\"{Top}\" width=\"{W - L - R}\" height=\"{RowH}\"/><text class=\"rowname\" x=\"{L - 10}\" y=\"{N(Top + (RowH / 2) + 4)}\" text-anchor=\"end\">Customer</text>");
        if (rows == 2)
        {
            h.Append(CultureInfo.InvariantCulture, $"<rect class=\"lane\" x=\"{L}\" y=\"{Top + RowH + Gap}\" width=\"{W - L - R}\" height=\"{RowH}\"/><text class=\"rowname\" x=\"{L - 10}\" y=\"{N(Top + RowH + Gap + (RowH / 2) + 4)}\" text-anchor=\"end\">Advisor</text>");
        }

        foreach (var s in d.NonTalk)
        {
            h.Append(CultureInfo.InvariantCulture, $"<rect class=\"nontalk\"{Seek(seekable, s.Start)} x=\"{N(X(s.Start), "0.#")}\" y=\"{Top - 4}\" width=\"{N(Math.Max(1, X(s.End) - X(s.Start)), "0.#")}\" height=\"{N(bottom - Top + 8)}\" fill=\"url(#hatch)\"><title>{E($"Non-talk {Ts(s.Start)}–{Ts(s.End)} ({AudioFacts.Seconds(s.Seconds)}): neither party spoke")}</title></rect>");
        }

        Speech(h, audio.Customer, RowY(Party.Customer), RowH, CustomerColour, "Customer", X, seekable);
        if (audio.Advisor is { } advisor)
        {
            Speech(h, advisor, RowY(Party.Advisor), RowH, AdvisorColour, "Advisor", X, seekable);
        }

        foreach (var m in d.Monologues)
        {
            var y = RowY(Party.Advisor) + RowH + 3;
            h.Append(CultureInfo.InvariantCulture, $"<rect class=\"monologue\" x=\"{N(X(m.Start), "0.#")}\" y=\"{N(y)}\" width=\"{N(X(m.End) - X(m.Start), "0.#")}\" height=\"4\"><title>{E($"Advisor monologue {Ts(m.Start)}–{Ts(m.End)} ({Time.Format(m.Seconds)})")}</title></rect>");
        }

        foreach (var o in d.Overtalks)
        {
            var who = o.StartedBy == Party.Advisor ? "the advisor" : "the customer";
            var tip = o.Kind switch
            {
                OvertalkKind.Interruption => $"Interruption by {who} at {Ts(o.Start)}: both spoke {N(o.Seconds, "0.0")} s and the other gave way",
                OvertalkKind.Backchannel => $"Backchannel by {who} at {Ts(o.Start)} ({N(o.End - o.Start, "0.0")} s): a short \"mm-hmm\" that did not take the floor",
                _ => $"Both spoke at once from {Ts(o.Start)} ({N(o.Seconds, "0.0")} s{(o.Simultaneous ? ", started together" : ", " + who + " came in")})",
            };
            var starterY = RowY(o.StartedBy);
            var x = X(o.Start);
            if (o.Kind == OvertalkKind.Backchannel)
            {
                var cy = starterY + (RowH / 2);
                h.Append(CultureInfo.InvariantCulture, $"<path class=\"bc\" d=\"M{N(x, "0.#")} {N(cy - 7)} l6 7 l-6 7 l-6 -7 z\" fill=\"{BackchannelColour}\"><title>{E(tip)}</title></path>");
                continue;
            }

            // marked in both rows: a band over the time both spoke
            var width = Math.Max(2, X(o.End) - x);
            h.Append(CultureInfo.InvariantCulture, $"<rect class=\"overtalk\"{Seek(seekable, o.Start)} x=\"{N(x, "0.#")}\" y=\"{Top - 2}\" width=\"{N(width, "0.#")}\" height=\"{N(bottom - Top + 4)}\" fill=\"{OvertalkColour}\"><title>{E(tip)}</title></rect>");
            if (o.Kind == OvertalkKind.Interruption)
            {
                // ▼ above the rows where the interruption began; the tooltip says who
                h.Append(CultureInfo.InvariantCulture, $"<path class=\"intr\" d=\"M{N(x - 7, "0.#")} {Top - 14} h14 l-7 10 z\" fill=\"{OvertalkColour}\"><title>{E(tip)}</title></path>");
            }
        }

        if (d.LongSilenceAlertAt is double alert)
        {
            h.Append(CultureInfo.InvariantCulture, $"<line class=\"alert\" x1=\"{N(X(alert), "0.#")}\" x2=\"{N(X(alert), "0.#")}\" y1=\"{Top - 10}\" y2=\"{N(bottom + 4)}\"><title>{E($"Long-silence alert at {Ts(alert)}: silences added up to {AudioFacts.Seconds(d.SilenceSeconds)}")}</title></line>");
        }

        h.Append("</svg><div class=\"legend\">");
        h.Append(CultureInfo.InvariantCulture, $"<span><i class=\"sq\" style=\"background:{CustomerColour}\"></i>customer speech</span>");
        if (rows == 2)
        {
            h.Append(CultureInfo.InvariantCulture, $"<span><i class=\"sq\" style=\"background:{AdvisorColour}\"></i>advisor speech</span>");
        }

        h.Append(CultureInfo.InvariantCulture, $"<span><i class=\"sq\" style=\"background:{OvertalkColour};opacity:.45\"></i>both speaking (▼ interruption)</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span><i class=\"dia\" style=\"background:{BackchannelColour}\"></i>backchannel</span>");
        h.Append("<span><i class=\"sq hatch\"></i>non-talk over 3 s</span>");
        if (d.Monologues.Count > 0)
        {
            h.Append("<span><i class=\"sq\" style=\"background:#d99a12\"></i>monologue</span>");
        }

        h.Append("</div><figcaption><strong>Who spoke when.</strong> ").Append(E(label)).Append(' ')
            .Append(E(d.InterruptionsByAdvisor > 0
                ? $"The advisor interrupted the customer {AudioFacts.Count(d.InterruptionsByAdvisor, "time")}, first at {Time.Format(interruptions.First(o => o.StartedBy == Party.Advisor).Start)}."
                : "The advisor never interrupted the customer."))
            .Append(d.Backchannels > 0 ? E($" {AudioFacts.Count(d.Backchannels, "advisor backchannel")} showed listening without taking the floor.") : "")
            .Append(" Hover a mark for its times.</figcaption></figure>");
    }

    /// <summary>A data-seek attribute (seconds) for the host page's player, or nothing in the stand-alone report.</summary>
    private static string Seek(bool seekable, double seconds) => seekable ? " data-seek=\"" + N(seconds, "0.###") + "\"" : "";

    private static void Speech(StringBuilder h, ChannelAudio channel, double y, double rowH, string colour, string who, Func<double, double> x, bool seekable)
    {
        h.Append("<g fill=\"").Append(colour).Append("\">");
        foreach (var s in channel.Speech)
        {
            var x0 = x(s.Start);
            h.Append(CultureInfo.InvariantCulture, $"<rect{Seek(seekable, s.Start)} x=\"{N(x0, "0.#")}\" y=\"{N(y + 3)}\" width=\"{N(Math.Max(0.8, x(s.End) - x0), "0.##")}\" height=\"{N(rowH - 6)}\" rx=\"2\"><title>{E($"{who} speech {Ts(s.Start)}–{Ts(s.End)}")}</title></rect>");
        }

        h.Append("</g>");
    }

    /// <summary>The customer's pitch (Hz) and loudness (dBFS) over the call, the customer's turns shaded and every turn boundary drawn.</summary>
    private static void VoiceCurves(AnalysisReport report, CallAudio audio, StringBuilder h)
    {
        var curve = VoiceCurve.Of(audio.Customer);
        var pitched = curve.Points.Where(p => p.PitchHz is not null).Select(p => p.PitchHz!.Value).ToList();
        var levels = curve.Points.Where(p => p.LevelDbfs is not null).Select(p => p.LevelDbfs!.Value).ToList();
        if (pitched.Count + levels.Count == 0)
        {
            h.Append("<p class=\"note\">The customer's channel had no speech to draw a pitch or loudness curve from.</p>");
            return;
        }

        var duration = Math.Max(audio.Duration, audio.Dynamics.Duration);
        const double W = 1000, L = 84, R = 14, PanelH = 120, Top = 14, Gap = 30;
        var pitchTop = Top;
        var levelTop = Top + PanelH + Gap;
        var bottom = levelTop + PanelH;
        var H = bottom + 28;
        double X(double t) => L + (Math.Clamp(t / duration, 0, 1) * (W - L - R));

        // pitch on a log scale (as it is heard), with round-number gridlines
        var lo = pitched.Count > 0 ? Math.Max(50, Percentile(pitched, 0.02) * 0.9) : 80;
        var hi = pitched.Count > 0 ? Math.Min(600, Percentile(pitched, 0.98) * 1.1) : 400;
        if (hi <= lo * 1.2)
        {
            hi = lo * 1.5;
        }

        double YP(double hz) => pitchTop + PanelH - ((Math.Log(Math.Clamp(hz, lo, hi)) - Math.Log(lo)) / (Math.Log(hi) - Math.Log(lo)) * PanelH);
        // the level axis spans the bulk of the speech (2nd to 100th percentile); deeper dips are drawn at the floor
        var dbLo = levels.Count > 0 ? Math.Floor((Percentile(levels, 0.02) - 2) / 10) * 10 : -60;
        var dbHi = levels.Count > 0 ? Math.Min(0, Math.Ceiling((levels.Max() + 2) / 10) * 10) : 0;
        if (dbHi - dbLo < 20)
        {
            dbLo = dbHi - 20;
        }

        double YL(double db) => levelTop + PanelH - ((Math.Clamp(db, dbLo, dbHi) - dbLo) / (dbHi - dbLo) * PanelH);

        var turns = report.Conversation.Turns;
        var customerTurns = Enumerable.Range(0, turns.Count).Where(i => turns[i].Party == Party.Customer && turns[i].Start is not null && turns[i].End is not null).ToList();
        var label = $"The customer's voice over {Time.Format(duration)}: pitch "
            + (pitched.Count > 0 ? $"{N(Percentile(pitched, 0.1), "0")}–{N(Percentile(pitched, 0.9), "0")} Hz (10th–90th percentile)" : "not measurable")
            + ", level " + (levels.Count > 0 ? $"{N(Percentile(levels, 0.1), "0")} to {N(Percentile(levels, 0.9), "0")} dBFS" : "not measurable")
            + $"; {AudioFacts.Count(customerTurns.Count, "customer turn")} shaded.";
        h.Append("<figure class=\"chart\"><svg class=\"timeline curves\" viewBox=\"0 0 ").Append(N(W)).Append(' ').Append(N(H))
            .Append("\" role=\"img\" aria-label=\"").Append(E(label)).Append("\">");

        // customer turns shaded across both panels, with a tooltip of how the turn sounded
        foreach (var i in customerTurns)
        {
            var t = turns[i];
            var x0 = X(t.Start!.Value);
            var tip = $"Turn {i + 1} (customer) {Ts(t.Start.Value)}–{Ts(t.End!.Value)}" + VoiceTip(t.Voice);
            h.Append(CultureInfo.InvariantCulture, $"<a href=\"#t{i}\"><rect class=\"cturn\" x=\"{N(x0, "0.#")}\" y=\"{pitchTop}\" width=\"{N(Math.Max(1, X(t.End.Value) - x0), "0.#")}\" height=\"{N(bottom - pitchTop)}\"><title>{E(tip)}</title></rect>");
            h.Append(CultureInfo.InvariantCulture, $"<text class=\"tlabel\" x=\"{N(x0 + 3, "0.#")}\" y=\"{pitchTop + 10}\">#{i + 1}</text></a>");
        }

        foreach (var t in turns)
        {
            if (t.Start is double s)
            {
                h.Append(CultureInfo.InvariantCulture, $"<line class=\"boundary\" x1=\"{N(X(s), "0.#")}\" x2=\"{N(X(s), "0.#")}\" y1=\"{pitchTop}\" y2=\"{N(bottom)}\"/>");
            }
        }

        foreach (var hz in new[] { 60.0, 80, 100, 125, 150, 200, 250, 300, 400, 500 })
        {
            if (hz >= lo && hz <= hi)
            {
                h.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{L}\" x2=\"{W - R}\" y1=\"{N(YP(hz), "0.#")}\" y2=\"{N(YP(hz), "0.#")}\"/><text class=\"axis\" x=\"{L - 8}\" y=\"{N(YP(hz) + 4, "0.#")}\" text-anchor=\"end\">{N(hz)} Hz</text>");
            }
        }

        for (var db = dbLo; db <= dbHi + 1e-9; db += 10)
        {
            h.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{L}\" x2=\"{W - R}\" y1=\"{N(YL(db), "0.#")}\" y2=\"{N(YL(db), "0.#")}\"/><text class=\"axis\" x=\"{L - 8}\" y=\"{N(YL(db) + 4, "0.#")}\" text-anchor=\"end\">{N(db)} dB</text>");
        }

        h.Append(CultureInfo.InvariantCulture, $"<text class=\"panel\" x=\"{L + 6}\" y=\"{pitchTop - 2}\">Pitch</text><text class=\"panel\" x=\"{L + 6}\" y=\"{levelTop - 4}\">Loudness (level of the frames with voice, dBFS)</text>");
        h.Append("<path class=\"pitch\" stroke=\"").Append(CustomerColour).Append("\" d=\"").Append(Polyline(curve, p => p.PitchHz, X, YP)).Append("\"/>");
        h.Append("<path class=\"level\" d=\"").Append(Polyline(curve, p => p.LevelDbfs, X, YL)).Append("\"/>");
        TimeAxis(h, duration, X, bottom, bottom + 4);
        h.Append("</svg><figcaption><strong>How the customer sounded.</strong> ").Append(E(label))
            .Append(" Shaded bands are the customer's turns (hover for pitch, loudness, pace and arousal; click to jump to the turn); thin lines mark where every turn starts. Gaps are where the customer was silent or unvoiced.")
            .Append(E($" Each point is {AudioFacts.Seconds(curve.Step)} of audio."))
            .Append("</figcaption></figure>");
    }

    private static string VoiceTip(TurnVoice? v)
    {
        if (v is null)
        {
            return "";
        }

        var parts = new List<string> { $"level {v.LoudnessScore}/100 ({N(v.LoudnessDbfs, "0")} dBFS)" };
        if (v.PitchHz is double hz)
        {
            parts.Add($"pitch {N(hz, "0")} Hz" + (v.PitchRangeSemitones is double r ? $", range {N(r, "0.0")} st" : ""));
        }

        if (v.WordsPerMinute is double wpm)
        {
            parts.Add($"{N(wpm, "0")} words/min{(v.RateFromWords ? "" : " (from syllables)")}");
        }

        if (v.Arousal is double a)
        {
            parts.Add($"arousal {N(a, "0.00")} ({AudioFacts.Band(a)}): {AudioFacts.Cues(v)}");
        }

        return "\n" + string.Join("\n", parts);
    }

    /// <summary>An SVG path through the points with a value; a gap (missing value) lifts the pen.</summary>
    private static string Polyline(VoiceCurve curve, Func<VoiceCurve.Point, double?> value, Func<double, double> x, Func<double, double> y)
    {
        var sb = new StringBuilder();
        var pen = false;
        foreach (var p in curve.Points)
        {
            if (value(p) is not double v)
            {
                pen = false;
                continue;
            }

            sb.Append(pen ? 'L' : 'M').Append(N(x(p.Time), "0.#")).Append(' ').Append(N(y(v), "0.#"));
            pen = true;
        }

        return sb.ToString();
    }

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Round(q * (sorted.Count - 1)), 0, sorted.Count - 1)];
    }

    /// <summary>One bar per customer turn: height = arousal against the caller's own baseline, colour by band, tooltip with the cues.</summary>
    private static void ArousalBars(AnalysisReport report, StringBuilder h)
    {
        var turns = report.Conversation.Turns;
        var bars = Enumerable.Range(0, turns.Count).Where(i => turns[i].Party == Party.Customer && turns[i].Voice?.Arousal is not null).ToList();
        if (bars.Count == 0)
        {
            h.Append("<p class=\"note\">Customer arousal was not measurable (too little customer speech for a baseline).</p>");
            return;
        }

        const double W = 1000, L = 84, R = 14, Top = 16, PanelH = 130;
        var bottom = Top + PanelH;
        var H = bottom + 34;
        var slot = (W - L - R) / bars.Count;
        var barW = Math.Min(46, slot * 0.7);
        double Y(double a) => bottom - (Math.Clamp(a, 0, 1) * PanelH);
        var peak = bars.MaxBy(i => turns[i].Voice!.Arousal!.Value);
        var peakValue = turns[peak].Voice!.Arousal!.Value;
        var high = bars.Count(i => turns[i].Voice!.Arousal >= 0.65);
        var label = $"Customer arousal per turn for {AudioFacts.Count(bars.Count, "customer turn")}: highest {N(peakValue, "0.00")} at turn {peak + 1} ({Time.Format(turns[peak].Start)}); "
            + $"{high} of {bars.Count} raised or high (0.65 or more); first {N(turns[bars[0]].Voice!.Arousal!.Value, "0.00")}, last {N(turns[bars[^1]].Voice!.Arousal!.Value, "0.00")}.";
        h.Append("<figure class=\"chart\"><svg class=\"timeline arousal\" viewBox=\"0 0 ").Append(N(W)).Append(' ').Append(N(H))
            .Append("\" role=\"img\" aria-label=\"").Append(E(label)).Append("\">");
        foreach (var (v, name) in new[] { (0.0, "0"), (0.35, "0.35"), (0.65, "0.65"), (0.8, "0.8"), (1.0, "1") })
        {
            h.Append(CultureInfo.InvariantCulture, $"<line class=\"{(v is 0.35 or 0.65 or 0.8 ? "band" : "grid")}\" x1=\"{L}\" x2=\"{W - R}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\"/><text class=\"axis\" x=\"{L - 8}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\">{name}</text>");
        }

        h.Append(CultureInfo.InvariantCulture, $"<text class=\"bandname\" x=\"{W - R - 4}\" y=\"{N(Y(0.8) - 5)}\" text-anchor=\"end\">high</text><text class=\"bandname\" x=\"{W - R - 4}\" y=\"{N(Y(0.65) - 5)}\" text-anchor=\"end\">raised</text><text class=\"bandname\" x=\"{W - R - 4}\" y=\"{N(Y(0.35) - 5)}\" text-anchor=\"end\">usual</text><text class=\"bandname\" x=\"{W - R - 4}\" y=\"{N(bottom - 5)}\" text-anchor=\"end\">calm</text>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 30.0));
        for (var k = 0; k < bars.Count; k++)
        {
            var i = bars[k];
            var v = turns[i].Voice!;
            var a = Math.Clamp(v.Arousal!.Value, 0, 1);
            var cx = L + ((k + 0.5) * slot);
            var colour = ArousalColour(a);
            var text = turns[i].Text;
            var excerpt = text.Length > 90 ? text[..90] + "…" : text;
            var tip = $"Turn {i + 1} · {Ts(turns[i].Start ?? 0)} · arousal {N(a, "0.00")} ({AudioFacts.Band(a)})\nCues against the caller's baseline: {AudioFacts.Cues(v)}"
                + (excerpt.Length > 0 ? $"\n“{excerpt}”" : "");
            h.Append(CultureInfo.InvariantCulture, $"<a href=\"#t{i}\"><rect x=\"{N(cx - (barW / 2), "0.#")}\" y=\"{N(Y(a), "0.#")}\" width=\"{N(barW, "0.#")}\" height=\"{N(Math.Max(1.5, bottom - Y(a)), "0.#")}\" rx=\"3\" fill=\"{colour}\"><title>{E(tip)}</title></rect>");
            if (slot >= 26)
            {
                h.Append(CultureInfo.InvariantCulture, $"<text class=\"val\" x=\"{N(cx, "0.#")}\" y=\"{N(Y(a) - 4, "0.#")}\" text-anchor=\"middle\">{N(a, "0.00")}</text>");
            }

            h.Append("</a>");
            if (k % labelEvery == 0)
            {
                h.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{N(cx, "0.#")}\" y=\"{N(bottom + 15)}\" text-anchor=\"middle\">#{i + 1}</text>");
                if (slot * labelEvery >= 34)
                {
                    h.Append(CultureInfo.InvariantCulture, $"<text class=\"axis sub\" x=\"{N(cx, "0.#")}\" y=\"{N(bottom + 28)}\" text-anchor=\"middle\">{Time.Format(turns[i].Start)}</text>");
                }
            }
        }

        h.Append("</svg><div class=\"legend\">");
        h.Append(CultureInfo.InvariantCulture, $"<span><i class=\"sq\" style=\"background:{ArousalColour(0.1)}\"></i>calm (below 0.35)</span><span><i class=\"sq\" style=\"background:{ArousalColour(0.5)}\"></i>usual</span><span><i class=\"sq\" style=\"background:{ArousalColour(0.7)}\"></i>raised (0.65 and over)</span><span><i class=\"sq\" style=\"background:{ArousalColour(0.9)}\"></i>high (0.8 and over)</span>");
        h.Append("</div><figcaption><strong>Customer arousal per turn</strong> (0..1, how activated the voice is against this caller's own baseline of pitch, pitch range, loudness and pace; never measured for advisors). ")
            .Append(E(label)).Append(" Hover a bar for the cues behind it; click to jump to the turn.</figcaption></figure>");
    }

    private static string ArousalColour(double arousal) => AudioFacts.Band(arousal) switch
    {
        "high" => "#d64545",
        "raised" => "#e0a020",
        "usual" => "#8a94a6",
        _ => "#5fae7e",
    };

    /// <summary>The small voice badge of a turn of a recording: level score, words per minute, and arousal for customers.</summary>
    private static void VoiceBadge(Turn t, StringBuilder h)
    {
        if (t.Voice is not { } v)
        {
            return;
        }

        var parts = new List<string> { $"level {v.LoudnessScore}" };
        if (v.WordsPerMinute is double wpm)
        {
            parts.Add($"{N(wpm, "0")} wpm");
        }

        var style = "";
        if (v.Arousal is double a)
        {
            parts.Add($"arousal {N(a, "0.00")}");
            style = $" style=\"--c:{ArousalColour(a)}\"";
        }

        h.Append("<span class=\"voice\"").Append(style).Append(" title=\"").Append(E("How this turn sounded" + VoiceTip(v))).Append("\"><svg viewBox=\"0 0 16 16\" aria-hidden=\"true\"><path d=\"M2 6h3l4-3v10l-4-3H2z\"/><path d=\"M11 5.5a3.5 3.5 0 0 1 0 5M12.8 3.5a6 6 0 0 1 0 9\" fill=\"none\" stroke-width=\"1.4\"/></svg>")
            .Append(E(string.Join(" · ", parts))).Append("</span>");
    }
}
