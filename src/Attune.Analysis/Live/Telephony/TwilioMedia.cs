namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// A <c>media</c> message: one chunk of raw µ-law audio of one track. <see cref="Chunk"/> counts the track's chunks
/// from 1; <see cref="TimestampMs"/> is the presentation time in milliseconds from the start of the stream;
/// <see cref="Payload"/> is the base64-decoded audio.
/// </summary>
public sealed record TwilioMedia(long SequenceNumber, string? StreamSid, TwilioTrack Track, long Chunk, long TimestampMs, ReadOnlyMemory<byte> Payload)
    : TwilioMessage(SequenceNumber, StreamSid);
