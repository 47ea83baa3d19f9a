using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public sealed class EsconvSuiteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("attune-esconv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_TinyFile_ScoresSupporterTurnsInTurnOrder()
    {
        File.WriteAllLines(Path.Combine(_dir, EsconvSuite.FileName),
        [
            "split\tdialogue_seq\tturn_idx\tspeaker\tstrategy\ttext",
            "dev\t0\t1\tsupporter\tQuestions\tHow are you feeling about it?",
            "dev\t0\t0\tseeker\t\tI lost my job last week and I feel lost.",
            "dev\t0\t2\tseeker\t\tScared, honestly.",
            "dev\t0\t3\tsupporter\tRestatement or Paraphrasing\tSo you lost your job and now you are scared.",
            "dev\t0\t4\tsupporter\tProviding Suggestions\tMaybe a walk would help.",
        ]);
        var results = new EsconvSuite().Run(_dir, new EvalContext()).ToDictionary(r => r.Task);

        Assert.Equal(3, results["esconv.question"].Support);
        Assert.Equal(1.0, results["esconv.question"].Value);
        Assert.Equal(1.0, results["esconv.paraphrase"].Value);
    }

    [Theory]
    [InlineData("[Question]", "question")]
    [InlineData("Restatement or Paraphrasing", "restatement or paraphrasing")]
    [InlineData(" Questions ", "questions")]
    public void Strategy_Normalises(string raw, string expected) =>
        Assert.Equal(expected, EsconvSuite.Strategy(raw));

    [Fact]
    public void Run_MissingFile_YieldsNothing() =>
        Assert.Empty(new EsconvSuite().Run(_dir, new EvalContext()));
}
