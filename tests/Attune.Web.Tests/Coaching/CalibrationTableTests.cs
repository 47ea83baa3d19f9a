using Attune.Storage.Model;
using Attune.Web.Review;

namespace Attune.Web.Tests.Coaching;

public class CalibrationTableTests
{
    [Fact]
    public void Build_ThreeEvaluators_CountsAgreementPerCriterionAndOverall()
    {
        (string, string, string)[] criteria = [("empathy", "Empathy", "failed"), ("ownership", "Ownership", "passed")];
        CalibrationScore S(string user, string criterion, string outcome) => new() { UserId = user, CriterionId = criterion, Outcome = outcome };
        CalibrationScore[] scores =
        [
            S("a", "empathy", "passed"), S("b", "empathy", "passed"), S("c", "empathy", "failed"),
            S("a", "ownership", "passed"), S("b", "ownership", "passed"), S("c", "ownership", "passed"),
        ];
        var t = CalibrationTable.Build(criteria, scores);

        var empathy = t.Rows[0];
        Assert.Equal("passed", empathy.Majority);
        Assert.Equal(2.0 / 3, empathy.MajorityShare!.Value, 9);
        Assert.Equal(1.0 / 3, empathy.Pairwise!.Value, 9);       // 1 agreeing pair of 3
        Assert.Equal(1.0 / 3, empathy.AutomaticShare!.Value, 9); // only c agrees with the automatic "failed"
        Assert.Equal(1.0, t.Rows[1].Pairwise!.Value, 9);
        Assert.Equal((1.0 / 3 + 1) / 2, t.MeanPairwise!.Value, 9);
        Assert.Equal(4.0 / 6, t.AutomaticAgreement!.Value, 9);
        // categories used: passed 5/6, failed 1/6 → P̄e = 26/36; κ = (2/3 − 26/36) / (1 − 26/36) = −0.2
        Assert.Equal(-0.2, t.Kappa!.Value, 9);
        Assert.Equal(["a", "b", "c"], t.Evaluators);
    }
}
