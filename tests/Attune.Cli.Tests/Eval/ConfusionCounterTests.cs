using Attune.Cli.Eval;

namespace Attune.Cli.Tests.Eval;

public class ConfusionCounterTests
{
    [Fact]
    public void For_ComputesPrecisionRecallF1()
    {
        var c = new ConfusionCounter();
        c.Add("pos", "pos");
        c.Add("pos", "neg");
        c.Add("neg", "pos");
        c.Add("neg", "neg");
        c.Add("neg", "neg");
        var m = c.For("pos");
        Assert.Equal(0.5, m.Precision);
        Assert.Equal(0.5, m.Recall);
        Assert.Equal(0.5, m.F1);
        Assert.Equal(2, m.Support);
        Assert.Equal(0.6, c.Accuracy, 6);
    }

    [Fact]
    public void MacroAndWeightedF1_AverageOverClasses()
    {
        var c = new ConfusionCounter();
        c.Add("a", "a");
        c.Add("a", "a");
        c.Add("a", "a");
        c.Add("b", "a");
        // a: tp3 fp1 fn0 -> f1 = 6/7; b: tp0 -> 0
        Assert.Equal((6.0 / 7) / 2, c.MacroF1(["a", "b"]), 6);
        Assert.Equal(6.0 / 7 * 3 / 4, c.WeightedF1(["a", "b"]), 6);
    }

    [Fact]
    public void For_UnseenLabel_IsZeroNotNaN()
    {
        var c = new ConfusionCounter();
        Assert.Equal(0, c.For("x").F1);
        Assert.Equal(0, c.MacroF1(["x"]));
    }
}
