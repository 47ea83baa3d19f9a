using Attune.Analysis.Privacy;

namespace Attune.Analysis.Tests.Privacy;

public class PiiRedactorTests
{
    [Theory]
    [InlineData("my card is 4111 1111 1111 1111 ok", "my card is [CARD] ok", "card")]
    [InlineData("email me at jo.bloggs@example.co.uk please", "email me at [EMAIL] please", "email")]
    [InlineData("call me on 07700 900123", "call me on [PHONE]", "phone")]
    [InlineData("ring +44 20 7946 0958 today", "ring [PHONE] today", "phone")]
    [InlineData("account 12345678 is closed", "account [NUMBER] is closed", "number")]
    public void Redact_PersonalData_ReplacedWithPlaceholder(string input, string expected, string kind)
    {
        var (text, redactions) = PiiRedactor.Redact(input);
        Assert.Equal(expected, text);
        var r = Assert.Single(redactions);
        Assert.Equal(kind, r.Kind);
        Assert.Equal(PiiRedactor.Placeholder(kind), text.Substring(r.Start, r.Length));
    }

    [Fact]
    public void Redact_SixteenDigitsFailingLuhn_IsNotACard()
    {
        var (text, redactions) = PiiRedactor.Redact("ref 4111 1111 1111 1112");
        Assert.Equal("number", Assert.Single(redactions).Kind);
        Assert.Equal("ref [NUMBER]", text);
    }

    [Theory]
    [InlineData("I was charged £25.50 twice on 3 November")]
    [InlineData("order 12345 arrived at 10:30")]
    [InlineData("")]
    public void Redact_OrdinaryNumbers_Untouched(string input)
    {
        var (text, redactions) = PiiRedactor.Redact(input);
        Assert.Equal(input, text);
        Assert.Empty(redactions);
    }

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("79927398713", true)]
    public void Luhn_KnownNumbers(string number, bool valid) => Assert.Equal(valid, PiiRedactor.Luhn(number));
}
