using Attune.Cli.Loadtest;

namespace Attune.Cli.Tests.Loadtest;

public class ConversationAudioBuilderTests
{
    private static bool[] Active(byte[] mulaw)
    {
        // 20 ms frames whose mean |sample| is well above the −60 dBFS line noise.
        var frames = new bool[mulaw.Length / 160];
        for (var f = 0; f < frames.Length; f++)
        {
            double sum = 0;
            for (var i = 0; i < 160; i++)
            {
                sum += Math.Abs(Attune.Analysis.Audio.Wav.G711.MuLawToLinear(mulaw[(f * 160) + i]));
            }

            frames[f] = sum / 160 > 300;
        }

        return frames;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void BuildTones_EveryScript_HasOvertalkAndASilenceOverTenSeconds(int script)
    {
        var (name, lines) = ConversationAudioBuilder.Scripts[script];

        var audio = ConversationAudioBuilder.BuildTones(name, lines);

        Assert.Equal(ConversationAudioBuilder.Tones, audio.Source);
        var customer = Active(audio.Customer);
        var advisor = Active(audio.Advisor);
        Assert.Contains(Enumerable.Range(0, customer.Length), f => customer[f] && advisor[f]);
        var longest = 0;
        var run = 0;
        for (var f = 0; f < customer.Length; f++)
        {
            run = customer[f] || advisor[f] ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        Assert.True(longest * 0.02 > 10, $"longest silence {longest * 0.02:0.0} s");
        Assert.InRange(audio.Seconds, 25, 90);
    }

    [Fact]
    public void Encoded_PayloadOfAFrame_IsThatFramesAudioInBase64AndWraps()
    {
        var audio = ConversationAudioBuilder.BuildTones("t", ConversationAudioBuilder.Scripts[0].Lines);
        var encoded = new EncodedConversation(audio);

        var payload = encoded.Payload(customer: true, audio.Frames + 3);

        Assert.Equal(EncodedConversation.PayloadChars, payload.Length);
        Assert.Equal(audio.Customer.AsSpan(3 * 160, 160).ToArray(), Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(payload)));
    }
}
