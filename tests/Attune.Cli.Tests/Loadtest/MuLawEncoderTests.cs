using Attune.Analysis.Audio.Wav;
using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class MuLawEncoderTests
{
    [Fact]
    public void Encode_EveryCodeWordsLinearValue_GivesTheCodeWordBack()
    {
        for (var code = 0; code < 256; code++)
        {
            var linear = G711.MuLawToLinear((byte)code);
            var back = MuLawEncoder.Encode(linear);
            // 0x7F and 0xFF both decode to 0 (negative and positive zero); zero encodes as 0xFF.
            Assert.Equal(code == 0x7F ? 0xFF : code, back);
        }
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(32767, 0x80)]
    [InlineData(-32768, 0x00)]
    public void Encode_Extremes(short sample, byte expected) => Assert.Equal(expected, MuLawEncoder.Encode(sample));
}
