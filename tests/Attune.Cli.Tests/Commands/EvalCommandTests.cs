using System.Text.Json;
using Attune.Cli.Commands;
using Attune.Cli.Tests.TestKit;
using Spectre.Console.Cli.Testing;

namespace Attune.Cli.Tests.Commands;

/// <summary>`attune eval` end to end on a tiny data folder: the table, the JSON and the floors that guard CI.</summary>
public class EvalCommandTests
{
    private static TempDir TinyData()
    {
        var dir = new TempDir();
        dir.File("vader/tweets_GroundTruth.txt",
            "1\t2.5\tI love this, it is wonderful!\n2\t-2.8\tThis is awful, I hate it.\n3\t0.0\tThe parcel is on the table.\n4\t-1.9\tTerrible service, very disappointed.\n");
        return dir;
    }

    private static CommandAppResult Run(params string[] args)
    {
        var app = new CommandAppTester();
        app.Configure(c => c.AddCommand<EvalCommand>("eval"));
        return app.Run(["eval", .. args]);
    }

    [Fact]
    public void Run_TinyVaderSet_WritesTaskToJson()
    {
        using var dir = TinyData();
        var json = Path.Combine(dir.Path, "out", "eval.json");
        var result = Run("--data", dir.Path, "--json", json);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var task = doc.RootElement.GetProperty("tasks").GetProperty("vader.tweets.sentiment");
        Assert.Equal("macro_f1", task.GetProperty("metric").GetString());
        Assert.Equal(4, task.GetProperty("support").GetInt32());
    }

    [Fact]
    public void Run_FigureBelowFloor_ExitsOneAndSaysWhich()
    {
        using var dir = TinyData();
        var floors = dir.File("floors.json", """{"vader.tweets.sentiment": 1.01}""");
        var result = Run("--data", dir.Path, "--floors", floors);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("vader.tweets.sentiment", result.Output, StringComparison.Ordinal);
        Assert.Contains("below its floor", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FigureAtOrAboveFloor_ExitsZero()
    {
        using var dir = TinyData();
        var floors = dir.File("floors.json", """{"vader.tweets.sentiment": 0.0}""");
        Assert.Equal(0, Run("--data", dir.Path, "--floors", floors).ExitCode);
    }

    [Theory]
    [InlineData("gross_pitch_error_pct", true)]
    [InlineData("max_abs_error_lu", true)]
    [InlineData("macro_f1", false)]
    public void LowerIsBetter_ErrorMetrics(string metric, bool expected) =>
        Assert.Equal(expected, new Attune.Cli.Eval.EvalTaskResult { Task = "t", Metric = metric, Value = 0, Support = 0 }.LowerIsBetter);

    [Fact]
    public void Run_MissingDataFolder_ExitsTwo()
    {
        using var dir = new TempDir();
        Assert.Equal(2, Run("--data", Path.Combine(dir.Path, "nope")).ExitCode);
    }

    [Fact]
    public void Run_UnreadableFloors_ExitsTwo()
    {
        using var dir = TinyData();
        var floors = dir.File("floors.json", "not json");
        Assert.Equal(2, Run("--data", dir.Path, "--floors", floors).ExitCode);
    }
}
