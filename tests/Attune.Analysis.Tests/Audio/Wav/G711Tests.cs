using Attune.Analysis.Audio.Wav;

namespace Attune.Analysis.Tests.Audio.Wav;

public class G711Tests
{
    // Published decode values (ITU-T G.711 Table 2a/2b; the reference g711.c gives the same 16-bit-scaled values).
    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x00, -32124)]
    [InlineData(0x80, 32124)]
    [InlineData(0xFE, 8)]
    [InlineData(0x7E, -8)]
    [InlineData(0xF0, 120)]
    [InlineData(0xEF, 132)]
    public void MuLawToLinear_PublishedCodes_DecodeToStandardValues(int code, int expected) =>
        Assert.Equal(expected, G711.MuLawToLinear((byte)code));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    [InlineData(0xD4, 24)]
    [InlineData(0xC5, 264)]
    public void ALawToLinear_PublishedCodes_DecodeToStandardValues(int code, int expected) =>
        Assert.Equal(expected, G711.ALawToLinear((byte)code));

    [Fact]
    public void MuLawToLinear_PositiveCodes_FallMonotonicallyFromFullScaleToZero()
    {
        for (var code = 0x80; code < 0xFF; code++)
        {
            Assert.True(G711.MuLawToLinear((byte)code) > G711.MuLawToLinear((byte)(code + 1)), $"code 0x{code:X2}");
            Assert.Equal(-G711.MuLawToLinear((byte)code), G711.MuLawToLinear((byte)(code & 0x7F)));
        }
    }

    [Fact]
    public void ALawToLinear_AllCodes_AreSymmetricAndDistinct()
    {
        var seen = new HashSet<short>();
        for (var code = 0; code < 256; code++)
        {
            Assert.True(seen.Add(G711.ALawToLinear((byte)code)), $"code 0x{code:X2} repeats a value");
            Assert.Equal(-G711.ALawToLinear((byte)code), G711.ALawToLinear((byte)(code ^ 0x80)));
        }
    }

    [Fact]
    public void LinearToMuLaw_EveryDecodedValue_EncodesBackToItsCode()
    {
        for (var code = 0; code < 256; code++)
        {
            var expected = code == 0x7F ? 0xFF : code; // negative zero encodes as zero
            Assert.Equal(expected, G711.LinearToMuLaw(G711.MuLawToLinear((byte)code)));
        }
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(short.MaxValue, 0x80)]
    [InlineData(short.MinValue, 0x00)]
    [InlineData(100, 0xF2)]
    [InlineData(-100, 0x72)]
    public void LinearToMuLaw_Samples_EncodeAsTheReferenceEncoder(int sample, int code) =>
        Assert.Equal(code, G711.LinearToMuLaw((short)sample));
}
