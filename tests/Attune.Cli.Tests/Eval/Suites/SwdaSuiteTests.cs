using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public sealed class SwdaSuiteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("attune-swda-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("qy^d", "qy^d")]
    [InlineData("sd^e", "sd")]
    [InlineData("qy^r", "qy")]
    [InlineData("sv(^q)", "sv")]
    [InlineData("b^m", "b^m")]
    [InlineData(" ^g ", "^g")]
    [InlineData("qw^r^t", "qw")]
    public void NormaliseTag_StripsSecondaryMarks_KeepsActMarks(string raw, string expected) =>
        Assert.Equal(expected, SwdaSuite.NormaliseTag(raw));

    [Fact]
    public void Run_TinyDialogue_ScoresEveryUtteranceAsAdvisorWithContext()
    {
        File.WriteAllLines(Path.Combine(_dir, "train_set.txt"),
        [
            "A|What do you do for fun?|qw",
            "B|I go camping with my kids every summer.|sd",
            "A|Uh-huh.|b",
            "B|Do you camp?|qy",
            "A|Yeah.|ny",
            "A|Is it expensive?|qy",
            "B|Not really.|nn",
            "B|I'm so sorry.|fa",
            "A|So you go every summer.|bf",
        ]);
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "not a set");
        var results = new SwdaSuite().Run(_dir, new EvalContext()).ToDictionary(r => r.Task);

        Assert.Equal(["swda.apology", "swda.backchannel", "swda.paraphrase", "swda.question_type"], results.Keys.Order());
        var q = results["swda.question_type"];
        Assert.Equal(3, q.Support);
        Assert.Equal(1.0, q.Value);
        var b = results["swda.backchannel"];
        Assert.Equal(9, b.Support);
        Assert.Equal(1.0, b.Value); // "Uh-huh" is a backchannel, "Yeah" answers "Do you camp?"
        Assert.Equal(1.0, results["swda.paraphrase"].Value);
    }

    [Fact]
    public void Run_MalformedLine_NamesFileAndLine()
    {
        File.WriteAllLines(Path.Combine(_dir, "val_set.txt"), ["A|Hello.|fp", "no separators here"]);
        var ex = Assert.Throws<InvalidDataException>(() => new SwdaSuite().Run(_dir, new EvalContext()).ToList());
        Assert.Contains("val_set.txt:2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoSetFiles_YieldsNothing() =>
        Assert.Empty(new SwdaSuite().Run(_dir, new EvalContext()));
}
