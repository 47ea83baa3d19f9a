using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public sealed class EmpatheticIntentsSuiteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("intents-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string intent, params string[] lines)
    {
        var gold = Path.Combine(_dir, "manual_annotations");
        Directory.CreateDirectory(gold);
        File.WriteAllLines(Path.Combine(gold, intent + ".txt"), lines);
    }

    [Fact]
    public void Run_GoldFiles_ThreeTasksScored()
    {
        Write("acknowledging", "That sounds really frustrating.", "");
        Write("sympathizing", "So sorry to hear that.");
        Write("questioning", "What happened?");
        Write("advising", "You should restart it.");
        var results = new EmpatheticIntentsSuite().Run(_dir, new EvalContext()).ToDictionary(r => r.Task);
        Assert.Equal(4, results["empathetic_intents.empathy"].Support); // the blank line is not an item
        Assert.Equal(1.0, results["empathetic_intents.empathy"].Value);
        Assert.Equal(1.0, results["empathetic_intents.sympathy"].Value);
        Assert.Equal(1.0, results["empathetic_intents.exploration"].Value);
    }

    [Fact]
    public void Run_NoGoldFolder_NothingReported()
    {
        var notes = new List<string>();
        Assert.Empty(new EmpatheticIntentsSuite().Run(_dir, new EvalContext { Log = notes.Add }));
        Assert.Single(notes);
    }
}
