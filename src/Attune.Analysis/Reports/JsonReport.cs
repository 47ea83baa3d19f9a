using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Scoring;

namespace Attune.Analysis.Reports;

/// <summary>
/// The JSON report (docs/output-json.md, schema docs/schema/attune-analysis.schema.json).
/// Transcript text is escaped by the writer: the encoder keeps letters of every script
/// readable but always escapes HTML-sensitive characters (&lt; &gt; &amp; ' "), so a
/// customer's "&lt;script&gt;" is written as "\u003Cscript\u003E" and cannot run if the JSON is
/// pasted into a page.
/// </summary>
public static class JsonReport
{
    public const string FormatName = "attune-analysis";
    public const int Version = 1;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static void Write(AnalysisReport report, Stream output, bool indented)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });
        Write(report, w);
    }

    public static string ToJson(AnalysisReport report, bool indented)
    {
        using var ms = new MemoryStream();
        Write(report, ms, indented);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static string Polarity(Polarity p) => p switch
    {
        Analysis.Findings.Polarity.Positive => "positive",
        Analysis.Findings.Polarity.Negative => "negative",
        _ => "info",
    };

    public static string Outcome(CriterionOutcome o) => o switch
    {
        CriterionOutcome.Passed => "passed",
        CriterionOutcome.Failed => "failed",
        _ => "not_applicable",
    };

    private static void Write(AnalysisReport report, Utf8JsonWriter w)
    {
        var index = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            index[report.Findings[i]] = i;
        }

        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", Version);
        w.WriteString("source", report.Source);
        w.WriteBoolean("redacted", report.Redacted);
        WriteConversation(report.Conversation, w);
        WriteScore(report.Score, index, w);
        WriteSentiment(report, w);

        w.WriteStartArray("customerEmotion");
        foreach (var e in report.Emotions)
        {
            w.WriteStartObject();
            w.WriteNumber("turn", e.Turn);
            Number(w, "start", e.Start);
            String(w, "emotion", e.Emotion);
            Number(w, "intensity", e.Intensity);
            Number(w, "sentiment", e.Sentiment);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("counts");
        foreach (var g in report.Findings.GroupBy(f => f.Signal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(g.Key, g.Count());
        }

        w.WriteEndObject();

        w.WriteStartArray("findings");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            WriteFinding(report.Findings[i], i, w);
        }

        w.WriteEndArray();

        w.WriteStartArray("notes");
        foreach (var note in report.Result.Notes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        if (report.Result.Audio is { } audio)
        {
            JsonAudio.Write(audio, report.Conversation, w);
        }

        w.WriteEndObject();
    }

    private static void WriteConversation(Conversation c, Utf8JsonWriter w)
    {
        // the conversation is written in the Attune JSON input format, so it can be read back
        var m = c.Metadata;
        w.WriteStartObject("conversation");
        String(w, "id", m.InteractionId);
        w.WriteString("channel", c.Channel.ToString().ToLowerInvariant());
        Person(w, "advisor", m.AdvisorId, m.AdvisorName);
        Person(w, "customer", m.CustomerId, m.CustomerName);
        String(w, "team", m.Team);
        String(w, "queue", m.Queue);
        // UTC with Z: the writer escapes '+' (as \u002B), which would make offsets hard to read
        String(w, "startedAt", m.StartedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteStartArray("turns");
        foreach (var t in c.Turns)
        {
            w.WriteStartObject();
            w.WriteString("party", t.Party.ToString().ToLowerInvariant());
            String(w, "speaker", t.Speaker);
            w.WriteString("text", t.Text);
            Number(w, "start", t.Start);
            Number(w, "end", t.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteScore(ScoreResult s, Dictionary<Finding, int> index, Utf8JsonWriter w)
    {
        w.WriteStartObject("score");
        w.WriteString("scorecard", s.Scorecard);
        Number(w, "value", s.Score);
        w.WriteBoolean("autoFailed", s.AutoFailed);
        w.WriteStartArray("criteria");
        foreach (var c in s.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteNumber("weight", c.Weight);
            w.WriteString("outcome", Outcome(c.Outcome));
            Number(w, "score", c.Score);
            w.WriteString("reason", c.Reason);
            w.WriteBoolean("autoFailed", c.AutoFailed);
            w.WriteStartArray("findings");
            foreach (var f in c.Evidence)
            {
                if (index.TryGetValue(f, out var i))
                {
                    w.WriteNumberValue(i);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSentiment(AnalysisReport report, Utf8JsonWriter w)
    {
        var s = report.Sentiment;
        w.WriteStartObject("customerSentiment");
        Number(w, "score", s.Score);
        Number(w, "trend", s.Trend);
        Number(w, "start", s.Start);
        Number(w, "end", s.End);
        w.WriteStartArray("quarters");
        foreach (var q in s.Quarters)
        {
            if (q is double v)
            {
                w.WriteNumberValue(v);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
        w.WriteNumber("turns", s.Turns);
        w.WriteEndObject();
    }

    private static void WriteFinding(Finding f, int i, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("id", i);
        w.WriteString("signal", f.Signal);
        w.WriteString("party", f.Party.ToString().ToLowerInvariant());
        w.WriteNumber("turn", f.Turn);
        w.WriteString("quote", f.Quote);
        w.WriteStartObject("span");
        w.WriteNumber("start", f.SpanStart);
        w.WriteNumber("length", f.Length);
        w.WriteEndObject();
        Number(w, "start", f.Start);
        Number(w, "end", f.End);
        w.WriteString("polarity", Polarity(f.Polarity));
        w.WriteString("detail", f.Detail);
        String(w, "label", f.Label);
        Number(w, "value", f.Value);
        String(w, "suggestion", f.Suggestion);
        if (f.RelatedTurn is int r)
        {
            w.WriteNumber("relatedTurn", r);
        }
        else
        {
            w.WriteNull("relatedTurn");
        }

        w.WriteEndObject();
    }

    internal static void Person(Utf8JsonWriter w, string name, string? id, string? display)
    {
        if (id is null && display is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        String(w, "id", id);
        String(w, "name", display);
        w.WriteEndObject();
    }

    internal static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    internal static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
