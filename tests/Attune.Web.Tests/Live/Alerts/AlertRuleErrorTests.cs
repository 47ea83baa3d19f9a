using Attune.Web.Live.Alerts;

namespace Attune.Web.Tests.Live.Alerts;

public sealed class AlertRuleErrorTests
{
    [Fact]
    public void ToString_WithLine_StartsWithTheLine() =>
        Assert.Equal("line 4: rules[0].seconds: is required", new AlertRuleError("rules[0].seconds", "is required", 4).ToString());

    [Fact]
    public void ToString_WithoutLine_IsPathAndMessage() =>
        Assert.Equal("(root): empty", new AlertRuleError("(root)", "empty").ToString());
}
