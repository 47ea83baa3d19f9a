using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// One Twilio Media Stream (https://www.twilio.com/docs/voice/media-streams/websocket-messages), independent of the
/// transport: the WebSocket endpoint feeds each text frame to <see cref="Receive(string)"/> and reads aligned
/// two-channel audio from <see cref="Timeline"/>. Inbound = customer, outbound = advisor (issue 5). Media chunks are
/// decoded with <see cref="RawAudioDecoder"/> (G.711 µ-law, 8 kHz) and placed at their <c>timestamp</c>; a small
/// per-track reorder buffer (by <c>chunk</c>) tolerates out-of-order delivery, and missing chunks become silence so the
/// channels stay aligned. Every refusal is a value; nothing here throws on client input, so one bad stream cannot
/// disturb another. Not thread-safe: one socket reads one session.
/// </summary>
public sealed class TwilioStreamSession
{
    private const int SamplesPerMs = 8;

    private readonly TwilioStreamOptions _options;
    private readonly TrackState _inbound;
    private readonly TrackState _outbound;
    private Func<string?, bool>? _isValidKey;
    private bool _connected;
    private float[] _scratch = new float[320];

    public TwilioStreamSession(TwilioStreamOptions? options = null)
    {
        _options = options ?? TwilioStreamOptions.Default;
        _inbound = new TrackState(Party.Customer);
        _outbound = new TrackState(Party.Advisor);
        Timeline = new TwoChannelTimeline(8000, _options.MaxSkewMs * SamplesPerMs);
    }

    public TwilioStreamState State { get; private set; } = TwilioStreamState.AwaitingStart;

    /// <summary>The <c>start</c> message once received (stream and call ids, tracks, custom parameters).</summary>
    public TwilioStart? Start { get; private set; }

    public StreamAuthorization Authorization { get; private set; } = StreamAuthorization.Pending;

    /// <summary>Customer (inbound) and advisor (outbound) audio on one 8 kHz clock; sample 0 = stream timestamp 0.</summary>
    public TwoChannelTimeline Timeline { get; }

    /// <summary>Messages refused so far.</summary>
    public int ProtocolErrors { get; private set; }

    /// <summary>Why the stream was closed (<see cref="TwilioStreamState.Closed"/>), else null.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>Media chunks decoded per track (customer = inbound).</summary>
    public long ChunksOf(Party party) => Track(party).Decoded;

    /// <summary>Chunks that arrived after a later chunk of the same track and were put back in order.</summary>
    public long ReorderedChunksOf(Party party) => Track(party).Reordered;

    /// <summary>Chunks never received (their time is silence on the timeline).</summary>
    public long MissingChunksOf(Party party) => Track(party).Missing;

    /// <summary>Chunks dropped: duplicates or later than the reorder window.</summary>
    public long LateChunksOf(Party party) => Track(party).Late;

    /// <summary>
    /// Sets the API key check applied to <c>start.customParameters.apiKey</c>. Before <c>start</c> it is kept and the
    /// result is <see cref="StreamAuthorization.Pending"/>; after, the key is checked now. A stream whose start arrives
    /// with no check set is denied (secure by default).
    /// </summary>
    public StreamAuthorization Authorize(Func<string?, bool> isValidKey)
    {
        ArgumentNullException.ThrowIfNull(isValidKey);
        _isValidKey = isValidKey;
        if (Start is not null && State != TwilioStreamState.Closed)
        {
            Decide(Start);
        }

        return Authorization;
    }

    /// <summary>Handles one text frame.</summary>
    public TwilioReceiveResult Receive(string text)
    {
        if (State == TwilioStreamState.Closed)
        {
            return new TwilioReceiveResult(null, new TelephonyProtocolError("stream is closed"), CloseReason);
        }

        var parsed = TwilioMessageParser.Parse(text ?? string.Empty);
        return parsed.Success ? Receive(parsed.Message) : Refuse(null, parsed.Error.Reason);
    }

    /// <summary>Handles one UTF-8 text frame as received from the socket (no string conversion on the media path).</summary>
    public TwilioReceiveResult Receive(ReadOnlySpan<byte> utf8)
    {
        if (State == TwilioStreamState.Closed)
        {
            return new TwilioReceiveResult(null, new TelephonyProtocolError("stream is closed"), CloseReason);
        }

        var parsed = TwilioMessageParser.Parse(utf8);
        return parsed.Success ? Receive(parsed.Message) : Refuse(null, parsed.Error.Reason);
    }

    /// <summary>Handles one parsed message (tests and the load generator skip JSON).</summary>
    public TwilioReceiveResult Receive(TwilioMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (State == TwilioStreamState.Closed)
        {
            return new TwilioReceiveResult(message, new TelephonyProtocolError("stream is closed"), CloseReason);
        }

        if (State == TwilioStreamState.Stopped)
        {
            return Refuse(message, $"'{EventName(message)}' after stop");
        }

        switch (message)
        {
            case TwilioConnected:
                if (_connected || Start is not null)
                {
                    return Refuse(message, "'connected' must be the first message and come once");
                }

                _connected = true;
                return Ok(message);
            case TwilioStart start:
                if (Start is not null)
                {
                    return Refuse(message, "duplicate 'start'");
                }

                Start = start;
                if (start.MediaFormat.Problem() is { } problem)
                {
                    return Close(message, problem);
                }

                Decide(start);
                if (Authorization.IsDenied)
                {
                    return Close(message, Authorization.Reason!);
                }

                State = TwilioStreamState.Streaming;
                return Ok(message);
            case TwilioMedia media:
                if (State != TwilioStreamState.Streaming)
                {
                    return Refuse(message, "'media' before 'start'");
                }

                if (Start!.StreamSid is { } sid && media.StreamSid is { } other && !string.Equals(sid, other, StringComparison.Ordinal))
                {
                    return Refuse(message, $"media for stream '{other}' on stream '{sid}'");
                }

                Accept(media);
                return Ok(message);
            case TwilioStop:
                if (State != TwilioStreamState.Streaming)
                {
                    return Refuse(message, "'stop' before 'start'");
                }

                Finish();
                State = TwilioStreamState.Stopped;
                return new TwilioReceiveResult(message, null, "stream stopped");
            case TwilioMark or TwilioDtmf:
                return State == TwilioStreamState.Streaming ? Ok(message) : Refuse(message, $"'{EventName(message)}' before 'start'");
            default:
                return Refuse(message, $"unsupported message {message.GetType().Name}");
        }
    }

    /// <summary>
    /// The socket went away without <c>stop</c> (client disconnect): releases the held chunks and pads the channels
    /// so what arrived is analysable as a partial call.
    /// </summary>
    public void Abort()
    {
        if (State == TwilioStreamState.Streaming)
        {
            Finish();
            State = TwilioStreamState.Stopped;
        }
    }

    private void Decide(TwilioStart start)
    {
        if (_isValidKey is null)
        {
            Authorization = StreamAuthorization.Denied("no API key check is configured");
            return;
        }

        bool valid;
        try
        {
            valid = _isValidKey(start.ApiKey);
        }
#pragma warning disable CA1031 // A failing key store must deny this stream, not crash the endpoint.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Authorization = StreamAuthorization.Denied($"API key check failed: {e.Message}");
            return;
        }

        Authorization = valid ? StreamAuthorization.Allowed
            : StreamAuthorization.Denied(string.IsNullOrEmpty(start.ApiKey) ? "missing apiKey custom parameter" : "invalid API key");
    }

    private void Accept(TwilioMedia media)
    {
        var track = media.Track == TwilioTrack.Inbound ? _inbound : _outbound;
        if (media.Chunk <= track.LastReleased || track.Held.ContainsKey(media.Chunk))
        {
            track.Late++;
            return;
        }

        if (track.Held.Count > 0 && media.Chunk < track.Held.Keys[track.Held.Count - 1])
        {
            track.Reordered++;
        }

        track.Held.Add(media.Chunk, media);

        // Release in chunk order while the next chunk is here; when the window is full, give up waiting for a hole.
        while (track.Held.Count > 0 && (track.Held.Keys[0] == track.LastReleased + 1 || track.Held.Count > _options.ReorderChunks))
        {
            Release(track);
        }
    }

    private void Finish()
    {
        foreach (var track in new[] { _inbound, _outbound })
        {
            while (track.Held.Count > 0)
            {
                Release(track);
            }
        }

        Timeline.Flush();
    }

    private void Release(TrackState track)
    {
        var media = track.Held.Values[0];
        track.Held.RemoveAt(0);
        if (media.Chunk > track.LastReleased + 1)
        {
            track.Missing += media.Chunk - track.LastReleased - 1;
        }

        track.LastReleased = media.Chunk;
        var payload = media.Payload.Span;
        if (_scratch.Length < payload.Length)
        {
            _scratch = new float[payload.Length];
        }

        var samples = _scratch.AsSpan(0, track.Decoder.FramesFor(payload.Length));
        track.Decoder.Decode(payload, samples, default);

        var position = media.TimestampMs * SamplesPerMs;
        var end = Timeline.EndOf(track.Party);
        if (Math.Abs(position - end) <= _options.JitterToleranceMs * SamplesPerMs)
        {
            position = end;
        }

        Timeline.Write(track.Party, position, samples);
        track.Decoded++;
        if (Start is { } start && start.Tracks.Count == 1)
        {
            // A one-track stream: the other party's channel is silence, kept level so readers are not held back.
            Timeline.PadTo(Timeline.EndOf(track.Party));
        }
    }

    private TwilioReceiveResult Ok(TwilioMessage message) => new(message, null, null);

    private TwilioReceiveResult Refuse(TwilioMessage? message, string reason)
    {
        ProtocolErrors++;
        if (ProtocolErrors > _options.MaxProtocolErrors)
        {
            return Close(message, $"too many protocol errors (last: {reason})");
        }

        return new TwilioReceiveResult(message, new TelephonyProtocolError(reason), null);
    }

    private TwilioReceiveResult Close(TwilioMessage? message, string reason)
    {
        State = TwilioStreamState.Closed;
        CloseReason = reason;
        return new TwilioReceiveResult(message, new TelephonyProtocolError(reason), reason);
    }

    private TrackState Track(Party party) => party == Party.Customer ? _inbound : _outbound;

    private static string EventName(TwilioMessage message) => message switch
    {
        TwilioConnected => "connected",
        TwilioStart => "start",
        TwilioMedia => "media",
        TwilioStop => "stop",
        TwilioMark => "mark",
        TwilioDtmf => "dtmf",
        _ => message.GetType().Name,
    };

    private sealed class TrackState(Party party)
    {
        public Party Party { get; } = party;

        public RawAudioDecoder Decoder { get; } = RawAudioDecoder.Create(AudioFormat.MuLaw8kMono, out _)!;

        public SortedList<long, TwilioMedia> Held { get; } = [];

        /// <summary>Chunk number last placed on the timeline; Twilio counts each track's chunks from 1.</summary>
        public long LastReleased { get; set; }

        public long Decoded { get; set; }

        public long Reordered { get; set; }

        public long Missing { get; set; }

        public long Late { get; set; }
    }
}
