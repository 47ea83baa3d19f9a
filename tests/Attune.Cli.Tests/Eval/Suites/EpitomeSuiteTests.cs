using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public sealed class EpitomeSuiteTests : IDisposable
{
    private const string Header = "sp_id,rp_id,seeker_post,response_post,level,rationales";
    private readonly string _dir = Directory.CreateTempSubdirectory("epitome-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string file, params string[] rows) =>
        File.WriteAllLines(Path.Combine(_dir, file), [Header, .. rows]);

    private List<EvalTaskResult> Run(int limit = 0) => new EpitomeSuite().Run(_dir, new EvalContext { Limit = limit }).ToList();

    [Fact]
    public void Run_EmotionalReactions_F1OfLevelOneOrMore()
    {
        Write("emotional-reactions-reddit.csv",
            "a,1,I lost my job today.,\"I'm so sorry to hear that.\",2,I'm so sorry to hear that.|",
            "b,2,My dog died.,\"That's awful, hang in there.\",1,",
            "c,3,\"Help, my pc is slow\",Try restarting it.,0,",
            "d,4,I feel low.,\"I'm here for you, message me.\",0,");
        var r = Assert.Single(Run());
        Assert.Equal("epitome.emotional_reactions", r.Task);
        Assert.Equal("f1", r.Metric);
        Assert.Equal(4, r.Support);
        // 2 true positives, 1 false positive (the level-0 warm reply), 0 false negatives
        Assert.Equal(0.8, r.Value, 3);
        Assert.Contains("accuracy 0.750", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EachMechanism_ScoredOnItsOwnLabel()
    {
        Write("interpretations-reddit.csv",
            "a,1,I can't sleep.,I know how you feel.,2,",
            "b,2,I can't sleep.,Have a nice day.,0,");
        Write("explorations-reddit.csv",
            "a,1,I can't sleep.,What happened?,2,",
            "b,2,I can't sleep.,\"I know how you feel, that sounds really frustrating.\",0,");
        var results = Run().ToDictionary(r => r.Task);
        Assert.Equal(["epitome.explorations", "epitome.interpretations"], results.Keys.Order());
        Assert.Equal(1.0, results["epitome.interpretations"].Value);
        Assert.Equal(1.0, results["epitome.explorations"].Value);
    }

    [Fact]
    public void Run_OtherSplitsOfTheSameFile_AllRead()
    {
        Write("emotional-reactions-reddit.csv", "a,1,x,I'm so sorry to hear that.,2,");
        Write("emotional-reactions-holdout.csv", "b,2,y,Try restarting it.,0,", "c,3,z,Sorry to hear that.,1,");
        var r = Assert.Single(Run());
        Assert.Equal(3, r.Support);
        Assert.Contains("2 file(s)", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Limit_CapsItems()
    {
        Write("emotional-reactions-reddit.csv", "a,1,x,Sorry to hear that.,2,", "b,2,x,Sorry to hear that.,2,", "c,3,x,Sorry to hear that.,2,");
        Assert.Equal(2, Assert.Single(Run(limit: 2)).Support);
    }

    [Fact]
    public void Run_RowWithoutLevel_Skipped()
    {
        Write("emotional-reactions-reddit.csv", "a,1,x,Sorry to hear that.,,", "b,2,x,Sorry to hear that.,2,");
        Assert.Equal(1, Assert.Single(Run()).Support);
    }

    [Fact]
    public void Predict_ResponseWithoutMechanism_False() =>
        Assert.False(EpitomeSuite.Predict("I feel low.", "Try restarting it.", "emotional_reaction"));
}
