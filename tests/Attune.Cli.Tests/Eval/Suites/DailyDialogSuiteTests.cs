using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public class DailyDialogSuiteTests
{
    [Fact]
    public void Run_EverySplitFolder_UtterancesAlignedWithLabels()
    {
        using var dir = new SuiteTestFolder();
        dir.Write("train/dialogues_train.txt", "Hello , how are you ? __eou__ I am so scared and worried . __eou__\n");
        dir.Write("train/dialogues_emotion_train.txt", "0 3 \n");
        dir.Write("validation/dialogues_validation.txt", "Thank you so much , that is wonderful ! __eou__\nOne __eou__ Two __eou__\n");
        dir.Write("validation/dialogues_emotion_validation.txt", "4 \n0 \n");
        var r = Assert.Single(new DailyDialogSuite().Run(dir.Path, new EvalContext()));
        Assert.Equal("dailydialog.emotion", r.Task);
        Assert.Equal(3, r.Support); // the mismatched dialogue is skipped
        Assert.Equal(1.0, r.PerClass["fear"].F1);
        Assert.Equal(1.0, r.PerClass["happiness"].F1);
        Assert.DoesNotContain("none", r.PerClass.Keys);
        Assert.Contains("skipped for label/utterance mismatch: 1", r.Note, StringComparison.Ordinal);
        Assert.Contains("train, validation", r.Note, StringComparison.Ordinal);
    }
}
