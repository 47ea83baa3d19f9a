using System.Globalization;
using System.Text;
using Attune.Analysis.Text;

namespace Attune.Analysis.Tests.Text;

public class DecimalTextTests
{
    private static string Net(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public void AppendSignedHundredths_EveryFourDecimalValue_MatchesCustomFormat()
    {
        for (var k = -30_000; k <= 30_000; k++)
        {
            var v = Math.Round(k / 10_000.0, 4);
            Assert.Equal(Net(v, "+0.00;-0.00;0.00"), DecimalText.AppendSignedHundredths(new StringBuilder(), v).ToString());
        }
    }

    [Fact]
    public void AppendSignedTenths_EveryThreeDecimalValue_MatchesCustomFormat()
    {
        for (var k = -50_000; k <= 50_000; k++)
        {
            var v = Math.Round(k / 1000.0, 3);
            Assert.Equal(Net(v, "+0.0;-0.0"), DecimalText.AppendSignedTenths(new StringBuilder(), v).ToString());
        }
    }

    [Fact]
    public void AppendHundredths_EveryThreeDecimalValue_MatchesCustomFormat()
    {
        for (var k = -2_000; k <= 20_000; k++)
        {
            var v = Math.Round(k / 1000.0, 3);
            Assert.Equal(Net(v, "0.00"), DecimalText.AppendHundredths(new StringBuilder(), v).ToString());
        }
    }

    [Theory]
    [InlineData(0.123456789)]
    [InlineData(-0.987654321)]
    [InlineData(12345678.9)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.0)]
    public void Append_ValueNotRounded_FallsBackToCustomFormat(double v)
    {
        Assert.Equal(Net(v, "+0.00;-0.00;0.00"), DecimalText.AppendSignedHundredths(new StringBuilder(), v).ToString());
        Assert.Equal(Net(v, "+0.0;-0.0"), DecimalText.AppendSignedTenths(new StringBuilder(), v).ToString());
        Assert.Equal(Net(v, "0.00"), DecimalText.AppendHundredths(new StringBuilder(), v).ToString());
    }

    [Fact]
    public void AppendSignedTenths_FloatScoreRounded_MatchesCustomFormat()
    {
        // contributions are float scores rounded to three decimals as doubles
        for (var f = -8f; f <= 8f; f += 0.0137f)
        {
            var v = Math.Round(f, 3);
            Assert.Equal(Net(v, "+0.0;-0.0"), DecimalText.AppendSignedTenths(new StringBuilder(), v).ToString());
        }
    }
}
