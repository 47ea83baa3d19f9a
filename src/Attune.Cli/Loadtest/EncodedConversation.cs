using System.Buffers;
using System.Buffers.Text;

namespace Attune.Cli.Loadtest;

/// <summary>
/// A <see cref="ConversationAudio"/> with every 20 ms chunk of each track already base64-encoded (UTF-8), so sending a
/// media message is a copy into a buffer, not an encoding: the generator must stay cheap next to the server it loads.
/// </summary>
public sealed class EncodedConversation
{
    /// <summary>Base64 characters of one 160-byte chunk.</summary>
    public const int PayloadChars = (ConversationAudio.FrameBytes + 2) / 3 * 4;

    private readonly byte[] _customer;
    private readonly byte[] _advisor;

    public EncodedConversation(ConversationAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        Audio = audio;
        _customer = Encode(audio.Customer);
        _advisor = Encode(audio.Advisor);
    }

    public ConversationAudio Audio { get; }

    public int Frames => Audio.Frames;

    /// <summary>The base64 payload of chunk <paramref name="frame"/> (wrapping round the script) of one track.</summary>
    public ReadOnlySpan<byte> Payload(bool customer, long frame) =>
        (customer ? _customer : _advisor).AsSpan((int)(frame % Frames) * PayloadChars, PayloadChars);

    private static byte[] Encode(byte[] audio)
    {
        var frames = audio.Length / ConversationAudio.FrameBytes;
        var encoded = new byte[frames * PayloadChars];
        for (var f = 0; f < frames; f++)
        {
            var status = Base64.EncodeToUtf8(audio.AsSpan(f * ConversationAudio.FrameBytes, ConversationAudio.FrameBytes), encoded.AsSpan(f * PayloadChars, PayloadChars), out _, out var written);
            if (status != OperationStatus.Done || written != PayloadChars)
            {
                throw new InvalidOperationException("base64 encoding of a chunk failed");
            }
        }

        return encoded;
    }
}
