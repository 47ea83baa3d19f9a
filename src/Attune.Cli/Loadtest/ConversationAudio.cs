namespace Attune.Cli.Loadtest;

/// <summary>
/// A two-channel call at 8 kHz, µ-law encoded: <see cref="Customer"/> (Twilio track inbound) and <see cref="Advisor"/>
/// (outbound), equal lengths. <see cref="Source"/> says how the voices were made ("espeak-ng" speech or "synthesised
/// voiced tones"), so reports can say it.
/// </summary>
public sealed class ConversationAudio
{
    public const int SampleRate = 8000;

    /// <summary>Bytes (= samples) in one 20 ms Twilio media chunk.</summary>
    public const int FrameBytes = 160;

    public ConversationAudio(string name, string source, byte[] customer, byte[] advisor)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(advisor);
        if (customer.Length != advisor.Length || customer.Length % FrameBytes != 0 || customer.Length == 0)
        {
            throw new ArgumentException("The two channels must have the same, whole-frame, non-zero length.", nameof(advisor));
        }

        Name = name;
        Source = source;
        Customer = customer;
        Advisor = advisor;
    }

    public string Name { get; }

    public string Source { get; }

    public byte[] Customer { get; }

    public byte[] Advisor { get; }

    public int Frames => Customer.Length / FrameBytes;

    public double Seconds => Customer.Length / (double)SampleRate;
}
