using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public class MeldSuiteTests
{
    [Fact]
    public void Run_MeldAndEmory_WeightedF1AndSentiment()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("MELD/dev_sent_emo.csv",
            "Sr No.,Utterance,Speaker,Emotion,Sentiment,Dialogue_ID,Utterance_ID\n" +
            "1,\"Thank you so much, that is wonderful!\",Monica,joy,positive,0,0\n" +
            "2,\"I am so scared, I'm worried sick.\",Ross,fear,negative,0,1\n");
        dir.Write("emorynlp/emorynlp_dev_final.csv",
            "Utterance,Speaker,Emotion,Scene_ID\n\"I am so scared and worried\",['Ross'],Scared,1\n");
        var results = new MeldSuite().Run(dir.Path, new EvalContext()).ToList();
        var emotion = Assert.Single(results, r => r.Task == "meld.emotion");
        Assert.Equal("weighted_f1", emotion.Metric);
        Assert.Equal(2, emotion.Support);
        Assert.Equal(1.0, emotion.Value);
        var sentiment = Assert.Single(results, r => r.Task == "meld.sentiment");
        Assert.Equal(1.0, sentiment.PerClass["positive"].F1);
        Assert.Equal(1.0, sentiment.PerClass["negative"].F1);
        var emory = Assert.Single(results, r => r.Task == "emorynlp.emotion");
        Assert.Equal(1.0, emory.PerClass["Scared"].F1);
    }

    [Fact]
    public void Run_NoSubfolders_NoTasks()
    {
        using var dir = new SuiteTestFolder();
        Assert.Empty(new MeldSuite().Run(dir.Path, new EvalContext()));
    }
}
