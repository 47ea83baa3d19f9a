using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public class VaderSuiteTests
{
    [Fact]
    public void Run_TwoCorpora_OneTaskEachNamedFromFile()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("truth/tweets_GroundTruth.txt", "1\t2.5\tI love this, it is wonderful!\r\n2\t-2.8\tThis is awful and I hate it\r\n3\t0.1\tThe bus leaves at noon\r\n");
        dir.Write("truth/movieReviewSnippets_GroundTruth.txt", "1\t-3.0\tA terrible, boring film.\n");
        var results = new VaderSuite().Run(dir.Path, new EvalContext()).ToList();
        Assert.Equal(["vader.movie.sentiment", "vader.tweets.sentiment"], results.Select(r => r.Task));
        var tweets = results[1];
        Assert.Equal(3, tweets.Support);
        Assert.Equal(1.0, tweets.Value);
        Assert.Equal("macro_f1", tweets.Metric);
    }

    [Fact]
    public void Run_TruthScaledByFour_WeakRatingIsNeutral()
    {
        using var dir = new SuiteTestFolder();
        // 0.15 / 4 = 0.0375 is inside ±0.05: neutral truth; the text has no sentiment word, so neutral is predicted
        dir.Write("tweets_GroundTruth.txt", "1\t0.15\tThe meeting is on Tuesday\n");
        var r = Assert.Single(new VaderSuite().Run(dir.Path, new EvalContext()));
        Assert.Equal(1, r.PerClass["neutral"].Support);
        Assert.Equal(1.0, r.PerClass["neutral"].F1);
    }

    [Fact]
    public void Run_Limit_CapsItems()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("tweets_GroundTruth.txt", "1\t2\tgood\n2\t2\tgreat\n3\t2\tnice\n");
        Assert.Equal(2, Assert.Single(new VaderSuite().Run(dir.Path, new EvalContext { Limit = 2 })).Support);
    }

    [Fact]
    public void Run_MalformedLine_InvalidData()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("tweets_GroundTruth.txt", "1\tnot-a-number\ttext\n");
        Assert.Throws<InvalidDataException>(() => new VaderSuite().Run(dir.Path, new EvalContext()).ToList());
    }

    [Theory]
    [InlineData("tweets_GroundTruth.txt", "tweets")]
    [InlineData("nytEditorialSnippets_GroundTruth.txt", "nyt")]
    [InlineData("amazonReviewSnippets_GroundTruth.txt", "amazon")]
    public void CorpusName_FileName_LeadingWord(string file, string corpus) => Assert.Equal(corpus, VaderSuite.CorpusName(file));
}
