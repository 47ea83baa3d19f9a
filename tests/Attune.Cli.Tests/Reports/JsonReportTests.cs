using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Cli.Reports;
using Attune.Cli.Tests.TestKit;
using Json.Schema;

namespace Attune.Cli.Tests.Reports;

public class JsonReportTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void ToJson_Findings_CarryTheDocumentedFields()
    {
        var report = TestReports.DoubleCharge();
        var root = Parse(JsonReport.ToJson(report, indented: true));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(report.Findings.Count, findings.Count);
        var nonApology = findings.Single(f => f.GetProperty("signal").GetString() == "apology.non_apology");
        Assert.Equal("advisor", nonApology.GetProperty("party").GetString());
        Assert.Equal(2, nonApology.GetProperty("turn").GetInt32());
        Assert.Equal("Sorry for any inconvenience", nonApology.GetProperty("quote").GetString());
        Assert.Equal("negative", nonApology.GetProperty("polarity").GetString());
        Assert.Equal(JsonValueKind.Number, nonApology.GetProperty("start").ValueKind);
        Assert.True(nonApology.GetProperty("end").GetDouble() > nonApology.GetProperty("start").GetDouble());
        Assert.StartsWith("Non-apology", nonApology.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("I'm sorry we charged you twice.", nonApology.GetProperty("suggestion").GetString());
        Assert.Equal(7, nonApology.GetProperty("span").GetProperty("start").GetInt32()); // after "I see. "
        Assert.Equal(27, nonApology.GetProperty("span").GetProperty("length").GetInt32());
    }

    [Fact]
    public void ToJson_UntimedTranscript_StartAndEndAreNull()
    {
        var root = Parse(JsonReport.ToJson(TestReports.DoubleCharge(times: false), indented: false));
        Assert.All(root.GetProperty("findings").EnumerateArray(), f =>
        {
            Assert.Equal(JsonValueKind.Null, f.GetProperty("start").ValueKind);
            Assert.Equal(JsonValueKind.Null, f.GetProperty("end").ValueKind);
        });
    }

    [Fact]
    public void ToJson_ScoreAndSentiment_Present()
    {
        var report = TestReports.DoubleCharge();
        var root = Parse(JsonReport.ToJson(report, indented: false));
        var score = root.GetProperty("score");
        Assert.Equal("Empathy essentials", score.GetProperty("scorecard").GetString());
        Assert.Equal(report.Score.Score, score.GetProperty("value").GetDouble());
        var criteria = score.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(9, criteria.Count);
        var apology = criteria.Single(c => c.GetProperty("id").GetString() == "sincere_apology");
        Assert.Equal("failed", apology.GetProperty("outcome").GetString());
        // criterion evidence points into the findings array
        var ids = apology.GetProperty("findings").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(2, ids.Count);
        var findings = root.GetProperty("findings");
        Assert.All(ids, i => Assert.StartsWith("apology.", findings[i].GetProperty("signal").GetString(), StringComparison.Ordinal));
        Assert.Equal("passed", criteria.Single(c => c.GetProperty("id").GetString() == "no_interruptions").GetProperty("outcome").GetString());
        var empathy = criteria.Single(c => c.GetProperty("id").GetString() == "empathy_when_needed");
        Assert.Equal(0.5, empathy.GetProperty("score").GetDouble()); // one missed, one given
        Assert.Equal("failed", empathy.GetProperty("outcome").GetString());

        var sentiment = root.GetProperty("customerSentiment");
        Assert.Equal(report.Sentiment.Score, sentiment.GetProperty("score").GetDouble());
        Assert.Equal(4, sentiment.GetProperty("quarters").GetArrayLength());
        var emotion = root.GetProperty("customerEmotion").EnumerateArray().ToList();
        Assert.Equal(["frustration", "frustration", "relief"], emotion.Select(e => e.GetProperty("emotion").GetString()));
    }

    [Fact]
    public void ToJson_ScriptTypedByCustomer_NeverAppearsRaw()
    {
        var json = JsonReport.ToJson(TestReports.DoubleCharge(), indented: true);
        Assert.DoesNotContain("<script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
        // and it still decodes to the customer's exact words
        var turns = Parse(json).GetProperty("conversation").GetProperty("turns");
        Assert.Contains("<script>alert(1)</script>", turns[3].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Redacted_CardAndPhoneGone()
    {
        var json = JsonReport.ToJson(TestReports.DoubleCharge(redact: true), indented: false);
        Assert.DoesNotContain("4111 1111 1111 1111", json, StringComparison.Ordinal);
        Assert.DoesNotContain("07700 900123", json, StringComparison.Ordinal);
        Assert.True(Parse(json).GetProperty("redacted").GetBoolean());
        Assert.Contains("privacy.redaction", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_NotRedacted_KeepsTheText()
    {
        var json = JsonReport.ToJson(TestReports.DoubleCharge(redact: false), indented: false);
        Assert.Contains("4111 1111 1111 1111", json, StringComparison.Ordinal);
        Assert.False(Parse(json).GetProperty("redacted").GetBoolean());
    }

    [Fact]
    public void ToJson_ConversationObject_IsAttuneInputFormat()
    {
        var json = JsonReport.ToJson(TestReports.DoubleCharge(), indented: false);
        var conversation = JsonNode.Parse(json)!["conversation"]!.ToJsonString();
        var again = Attune.Analysis.Conversations.Importers.ConversationReader.ReadText(conversation, "round-trip");
        Assert.True(again.Success, again.Error?.ToString());
        Assert.Equal(6, again.Value.Turns.Count);
        Assert.Equal("Sam Patel", again.Value.Metadata.AdvisorName);
    }

    [Fact]
    public void ToJson_ValidAgainstThePublishedSchema()
    {
        var schema = Schema.Value;
        foreach (var report in new[] { TestReports.DoubleCharge(), TestReports.DoubleCharge(times: false), TestReports.Empty() })
        {
            var result = schema.Evaluate(Parse(JsonReport.ToJson(report, indented: false)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void ToJson_WithNotes_NotesWrittenAndValidAgainstThePublishedSchema()
    {
        var plain = TestReports.DoubleCharge();
        Assert.Equal(0, Parse(JsonReport.ToJson(plain, indented: false)).GetProperty("notes").GetArrayLength());
        var noted = plain with { Result = plain.Result with { Notes = ["The customer's channel (left) is silent.", "Transcription skipped."] } };
        var json = Parse(JsonReport.ToJson(noted, indented: false));
        Assert.Equal(["The customer's channel (left) is silent.", "Transcription skipped."], json.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.True(Schema.Value.Evaluate(json).IsValid);
    }

    /// <summary>The published schema, loaded once: JsonSchema.Net registers a schema's $id globally and refuses a second registration.</summary>
    internal static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoRoot(), "docs", "schema", "attune-analysis.schema.json"))));

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attune.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }
}
