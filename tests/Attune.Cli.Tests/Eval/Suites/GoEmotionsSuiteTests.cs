using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public class GoEmotionsSuiteTests
{
    [Fact]
    public void Run_EkmanAndGroup_EveryTsvCountedAndMultiLabelMatchesAny()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("ekman/labels.txt", "anger\ndisgust\nfear\njoy\nneutral\nsadness\nsurprise\n");
        // row 2 is multi-label (fear, joy): a joy prediction counts as right
        dir.Write("ekman/a.tsv", "Thank you so much, that is wonderful!\t3\tid1\nThanks, what a relief\t2,3\tid2\n");
        dir.Write("ekman/b.tsv", "I am so scared and worried\t2\tid3\n");
        dir.Write("group/labels.txt", "ambiguous\nnegative\nneutral\npositive\n");
        dir.Write("group/dev.tsv", "Thank you so much, that is wonderful!\t3\tid1\n");
        var results = new GoEmotionsSuite().Run(dir.Path, new EvalContext()).ToList();
        var ekman = Assert.Single(results, r => r.Task == "goemotions.ekman");
        Assert.Equal(3, ekman.Support);
        Assert.Equal(2, ekman.PerClass["joy"].Support);
        Assert.Equal(1.0, ekman.PerClass["joy"].F1);
        Assert.Contains("a.tsv", ekman.Note, StringComparison.Ordinal);
        Assert.Contains("b.tsv", ekman.Note, StringComparison.Ordinal);
        var group = Assert.Single(results, r => r.Task == "goemotions.group");
        Assert.Equal(1.0, group.PerClass["positive"].F1);
    }

    [Fact]
    public void Run_TrainingSplitBesideOthers_LeftOutOfTheFigure()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("ekman/labels.txt", "anger\ndisgust\nfear\njoy\nneutral\nsadness\nsurprise\n");
        dir.Write("ekman/train.tsv", "I am so scared and worried\t2\tid1\nThank you so much!\t3\tid2\n");
        dir.Write("ekman/test.tsv", "Thank you so much, that is wonderful!\t3\tid3\n");
        var ekman = Assert.Single(new GoEmotionsSuite().Run(dir.Path, new EvalContext()).ToList(), r => r.Task == "goemotions.ekman");
        Assert.Equal(1, ekman.Support);
        Assert.Contains("train.tsv", ekman.Note, StringComparison.Ordinal);
        Assert.Contains("training split, not in the figure", ekman.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LabelIdOutOfRange_InvalidData()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("ekman/labels.txt", "anger\n");
        dir.Write("ekman/a.tsv", "text\t9\tid\n");
        Assert.Throws<InvalidDataException>(() => new GoEmotionsSuite().Run(dir.Path, new EvalContext()).ToList());
    }
}
