using Whisper.net;

namespace Attune.Speech.Tests;

public class WhisperWordsTests
{
    [Fact]
    public void From_SubwordTokens_GroupsByLeadingSpaceAndDropsPunctuationAndSpecials()
    {
        var tokens = new[]
        {
            Token("[_BEG_]", 0, 0),
            Token(" Hello", 100, 140),
            Token(",", 140, 145),
            Token(" I", 150, 160),
            Token("'m", 160, 170),
            Token(" call", 175, 200),
            Token("ing", 200, 230),
            Token(".", 230, 232),
            Token("[_TT_120]", 240, 240),
        };

        var words = WhisperWords.From(tokens, segmentStart: 5.0, segmentEnd: 8.0, offsetSeconds: 5.0);

        Assert.Equal(["Hello", "I'm", "calling"], words.Select(w => w.Text));
        Assert.Equal(6.00, words[0].Start, 3); // 100 cs + 5 s offset
        Assert.Equal(6.45, words[0].End, 3);   // the comma's end belongs to the word
        Assert.Equal(6.75, words[2].Start, 3);
        Assert.Equal(7.32, words[2].End, 3);
    }

    [Fact]
    public void From_MissingTokenTimes_SharesTheSegmentOutInOrder()
    {
        var tokens = new[] { Token(" yes", -1, -1), Token(" please", -1, -1) };

        var words = WhisperWords.From(tokens, segmentStart: 2.0, segmentEnd: 4.0, offsetSeconds: 0);

        Assert.Equal(2, words.Count);
        Assert.Equal(2.0, words[0].Start, 3);
        Assert.True(words[0].End <= words[1].Start);
        Assert.True(words[1].End <= 4.0 + 1e-9);
        Assert.True(words[1].End > words[1].Start);
    }

    [Theory]
    [InlineData(" hello, ", "hello")]
    [InlineData("\"quoted\"", "quoted")]
    [InlineData(" don't", "don't")]
    [InlineData(" -", "")]
    [InlineData(" e-mail.", "e-mail")]
    public void Clean_TrimsSpacesAndOuterPunctuation(string raw, string expected) =>
        Assert.Equal(expected, WhisperWords.Clean(raw));

    private static WhisperToken Token(string text, long start, long end) => new() { Text = text, Start = start, End = end };
}
