using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// The server side of one Genesys Cloud AudioHook session (protocol version 2; Genesys "AudioHook Protocol
/// Specification", developer.genesys.cloud, and its reference server purecloudlabs/audiohook-reference-implementation,
/// server/serversessionimpl.ts), independent of the transport: the WebSocket endpoint passes text frames to
/// <see cref="Receive(string)"/>, binary frames to <see cref="ReceiveAudio"/>, and sends back
/// <see cref="AudioHookResult.Replies"/> in order.
/// <list type="bullet">
/// <item><c>open</c> is answered with <c>opened</c> at once, in the same call (the endpoint sends it, then starts any
/// slow initialisation), with the negotiated media: PCMU or L16 at 8 kHz, <c>external</c> (customer) and/or
/// <c>internal</c> (advisor), preferring both channels.</item>
/// <item>The connection probe — an <c>open</c> whose conversation id is all zeros — is answered with <c>opened</c> and,
/// after the client's <c>close</c>, <c>closed</c>; <see cref="AudioHookOpenInfo.IsProbe"/> tells the endpoint to create
/// no interaction.</item>
/// <item><c>ping</c> → <c>pong</c>; <c>close</c> → <c>closed</c>; client <c>paused</c>/<c>resumed</c>/<c>discarded</c>
/// move the state and the timeline (discarded audio becomes silence so the call clock holds); the server may ask for
/// <see cref="RequestPause"/>/<see cref="RequestResume"/>.</item>
/// <item>Every client message's <c>seq</c> must be the previous one + 1 and its <c>serverseq</c> no higher than the
/// server's; replies echo the last <c>clientseq</c>. A violation, malformed JSON, an unknown type or bad audio is
/// answered with <c>disconnect</c> (reason <c>error</c>, info = why), never an exception.</item>
/// <item>The <c>X-API-KEY</c> upgrade header is checked through <see cref="Authorize"/>; an unauthorised open gets
/// <c>disconnect</c> with reason <c>unauthorized</c>.</item>
/// </list>
/// Not thread-safe: one socket drives one session.
/// </summary>
public sealed class AudioHookSession
{
    /// <summary>The header Genesys sends the configured API key in.</summary>
    public const string ApiKeyHeader = "X-API-KEY";

    /// <summary>The conversation id of the connection probe.</summary>
    public const string ProbeConversationId = "00000000-0000-0000-0000-000000000000";

    /// <summary>Text messages larger than this are refused (the reference server's 64 KiB limit).</summary>
    public const int MaxTextChars = 65535;

    private static readonly AudioHookServerMessage[] NoReplies = [];

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    private RawAudioDecoder? _decoder;
    private Party[] _channelParties = [];
    private float[] _left = new float[1600];
    private float[] _right = new float[1600];
    private long _timelineSamples;

    public AudioHookSession()
    {
        Timeline = new TwoChannelTimeline(8000);
    }

    public AudioHookState State { get; private set; } = AudioHookState.Preparing;

    /// <summary>Session id from the first client message (the <c>Audiohook-Session-Id</c>).</summary>
    public string? SessionId { get; private set; }

    /// <summary>Last client <c>seq</c> processed (echoed as <c>clientseq</c>).</summary>
    public long ClientSeq { get; private set; }

    /// <summary>Last server <c>seq</c> sent.</summary>
    public long ServerSeq { get; private set; }

    /// <summary>Audio received so far (per channel), the server's view of the stream <c>position</c>.</summary>
    public TimeSpan Position => TimeSpan.FromTicks(SamplesReceived * TimeSpan.TicksPerSecond / 8000);

    public long SamplesReceived { get; private set; }

    /// <summary>The <c>position</c> of the last client message.</summary>
    public TimeSpan ClientPosition { get; private set; }

    /// <summary>Audio the client reported as discarded (in <c>discarded</c> and <c>resumed</c>), in total.</summary>
    public TimeSpan Discarded { get; private set; }

    public AudioHookOpenInfo? Open { get; private set; }

    public AudioHookMedia? Media => Open?.Media;

    public string? Language { get; private set; }

    public StreamAuthorization Authorization { get; private set; } = StreamAuthorization.Pending;

    /// <summary>The last <c>error</c> message the client reported (code, message), if any.</summary>
    public (int Code, string Message)? ClientError { get; private set; }

    /// <summary>Customer (external) and advisor (internal) audio on one 8 kHz clock, discarded spans as silence.</summary>
    public TwoChannelTimeline Timeline { get; }

    /// <summary>
    /// Checks the <c>X-API-KEY</c> header of the upgrade request. The endpoint may refuse the upgrade (401) on a denial;
    /// if it accepts the socket anyway, the <c>open</c> is answered with <c>disconnect</c> / <c>unauthorized</c>. An
    /// open that arrives before any check is treated as unauthorised (secure by default).
    /// </summary>
    public StreamAuthorization Authorize(string? apiKeyHeader, Func<string?, bool> isValidKey)
    {
        ArgumentNullException.ThrowIfNull(isValidKey);
        bool valid;
        try
        {
            valid = !string.IsNullOrEmpty(apiKeyHeader) && isValidKey(apiKeyHeader);
        }
#pragma warning disable CA1031 // A failing key store denies this session; it must not crash the endpoint.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Authorization = StreamAuthorization.Denied($"API key check failed: {e.Message}");
        }

        return Authorization = valid ? StreamAuthorization.Allowed
            : StreamAuthorization.Denied(string.IsNullOrEmpty(apiKeyHeader) ? $"missing {ApiKeyHeader} header" : "invalid API key");
    }

    /// <summary>Handles one text frame.</summary>
    public AudioHookResult Receive(string text)
    {
        if (State == AudioHookState.Closed)
        {
            return new AudioHookResult(NoReplies, null, new TelephonyProtocolError("session is closed"), null, 0);
        }

        if (text is null || text.Length > MaxTextChars)
        {
            return Fail(null, $"text message larger than {MaxTextChars} characters");
        }

        var parsed = Parse(text, out var error);
        if (parsed is null)
        {
            return Fail(null, error!);
        }

        if (State == AudioHookState.Disconnected)
        {
            // After a disconnect only the client's close transaction is answered — whatever its seq, since the
            // disconnect may have been caused by a broken sequence in the first place.
            if (parsed.Type != "close")
            {
                return new AudioHookResult(NoReplies, parsed, null, null, 0);
            }

            ClientSeq = Math.Max(ClientSeq, parsed.Seq);
            return Reply(parsed, Make("closed", []), AudioHookState.Closed);
        }

        if (parsed.Seq != ClientSeq + 1)
        {
            return Fail(parsed, $"seq {parsed.Seq} does not follow {ClientSeq} (client seq must increase by 1)");
        }

        ClientSeq = parsed.Seq;
        ClientPosition = parsed.Position;
        if (parsed.ServerSeq > ServerSeq)
        {
            return Fail(parsed, $"serverseq {parsed.ServerSeq} is higher than the last server seq {ServerSeq}");
        }

        if (SessionId is null)
        {
            SessionId = parsed.Id;
        }
        else if (!string.Equals(SessionId, parsed.Id, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(parsed, $"session id '{Truncate(parsed.Id)}' differs from '{SessionId}'");
        }

        return parsed.Type switch
        {
            "open" => OnOpen(parsed),
            "close" => Reply(parsed, Make("closed", []), AudioHookState.Closed),
            "ping" => Reply(parsed, Make("pong", []), State),
            "paused" => State is AudioHookState.Active or AudioHookState.Paused
                ? Reply(parsed, null, AudioHookState.Paused)
                : Fail(parsed, $"'paused' in state {State}"),
            "resumed" => OnResumed(parsed),
            "discarded" => OnDiscarded(parsed),
            "update" => OnUpdate(parsed),
            "error" => OnClientError(parsed),
            _ => Fail(parsed, $"'{Truncate(parsed.Type)}' is not a supported client message"),
        };
    }

    /// <summary>Handles one binary frame: interleaved samples of the negotiated channels, decoded onto <see cref="Timeline"/>.</summary>
    public AudioHookResult ReceiveAudio(ReadOnlySpan<byte> frame)
    {
        if (State == AudioHookState.Closed)
        {
            return new AudioHookResult(NoReplies, null, new TelephonyProtocolError("session is closed"), null, 0);
        }

        if (State == AudioHookState.Disconnected)
        {
            return new AudioHookResult(NoReplies, null, new TelephonyProtocolError("audio after disconnect"), null, 0);
        }

        if (State != AudioHookState.Active || _decoder is null)
        {
            return Fail(null, $"audio received in state {State}");
        }

        var blockAlign = _decoder.Format.BlockAlign;
        if (frame.Length % blockAlign != 0)
        {
            return Fail(null, $"audio frame of {frame.Length} bytes is not a whole number of {blockAlign}-byte samples");
        }

        var frames = frame.Length / blockAlign;
        if (_left.Length < frames)
        {
            _left = new float[frames];
            _right = new float[frames];
        }

        var stereo = _channelParties.Length == 2;
        _decoder.Decode(frame, _left.AsSpan(0, frames), stereo ? _right.AsSpan(0, frames) : default);
        Timeline.Write(_channelParties[0], _timelineSamples, _left.AsSpan(0, frames));
        if (stereo)
        {
            Timeline.Write(_channelParties[1], _timelineSamples, _right.AsSpan(0, frames));
        }

        _timelineSamples += frames;
        if (!stereo)
        {
            // One negotiated channel: the other party is silence, kept level so readers are not held back.
            Timeline.PadTo(_timelineSamples);
        }

        SamplesReceived += frames;
        return new AudioHookResult(NoReplies, null, null, null, frames);
    }

    /// <summary>Asks the client to pause the audio (server-initiated pause); it answers with <c>paused</c>.</summary>
    public AudioHookServerMessage? RequestPause() => State is AudioHookState.Active or AudioHookState.Paused ? Make("pause", []) : null;

    /// <summary>Asks the client to end a server-initiated pause; it answers with <c>resumed</c> (or <c>paused</c>).</summary>
    public AudioHookServerMessage? RequestResume() => State is AudioHookState.Active or AudioHookState.Paused ? Make("resume", []) : null;

    /// <summary>
    /// Ends the session from the server side: <c>disconnect</c> with reason <c>completed</c>, <c>unauthorized</c> or
    /// <c>error</c>; the client then runs its close transaction. Null when the session already ended.
    /// </summary>
    public AudioHookServerMessage? Disconnect(string reason, string? info = null)
    {
        if (reason is not ("completed" or "unauthorized" or "error"))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "AudioHook disconnect reasons are completed, unauthorized and error");
        }

        if (State is AudioHookState.Closed or AudioHookState.Disconnected)
        {
            return null;
        }

        State = AudioHookState.Disconnected;
        var parameters = new JsonObject { ["reason"] = reason };
        if (info is not null)
        {
            parameters["info"] = info;
        }

        return Make("disconnect", parameters);
    }

    /// <summary>The socket went away: pads the timeline so what arrived can be analysed as a partial call.</summary>
    public void Abort() => Timeline.Flush();

    private AudioHookResult OnOpen(AudioHookClientMessage message)
    {
        if (State != AudioHookState.Preparing)
        {
            return Fail(message, $"'open' in state {State}");
        }

        var p = message.Parameters;
        var conversationId = Str(p, "conversationId");
        if (conversationId is null || !Guid.TryParse(conversationId, out _))
        {
            return Fail(message, "open has no valid 'conversationId'");
        }

        if (!Authorization.IsAllowed)
        {
            var denial = Disconnect("unauthorized", Authorization.Reason ?? "API key not checked")!;
            return new AudioHookResult([denial], message, new TelephonyProtocolError(Authorization.Reason ?? "unauthorized"), null, 0) { Ends = true };
        }

        var probe = string.Equals(conversationId, ProbeConversationId, StringComparison.Ordinal);
        var offers = ParseMedia(p["media"]);
        var chosen = Choose(offers);
        if (chosen is null && !probe)
        {
            return Fail(message, offers.Count == 0
                ? "open offers no media"
                : "no offered media is supported (expected PCMU or L16 audio at 8000 Hz with external/internal channels)");
        }

        var participant = p["participant"] as JsonObject;
        Language = Str(p, "language");
        Open = new AudioHookOpenInfo(
            Str(p, "organizationId"), conversationId, participant is null ? null : Str(participant, "id"),
            participant is null ? null : Str(participant, "ani"), participant is null ? null : Str(participant, "dnis"),
            chosen, Language, probe);
        if (chosen is not null)
        {
            _decoder = RawAudioDecoder.Create(chosen.ToAudioFormat()!, out _);
            _channelParties = chosen.Channels.Select(c => c == AudioHookMedia.External ? Party.Customer : Party.Advisor).ToArray();
        }

        var media = new JsonArray();
        if (chosen is not null)
        {
            media.Add(chosen.ToJson());
        }

        State = AudioHookState.Active;
        var opened = Make("opened", new JsonObject { ["startPaused"] = false, ["media"] = media });
        return new AudioHookResult([opened], message, null, Open, 0);
    }

    private AudioHookResult OnResumed(AudioHookClientMessage message)
    {
        if (State is not (AudioHookState.Active or AudioHookState.Paused))
        {
            return Fail(message, $"'resumed' in state {State}");
        }

        // resumed carries {start, discarded}: audio the client dropped while paused.
        if (message.Parameters.ContainsKey("discarded") && !SkipDiscarded(message.Parameters, out var problem))
        {
            return Fail(message, problem!);
        }

        return Reply(message, null, AudioHookState.Active);
    }

    private AudioHookResult OnDiscarded(AudioHookClientMessage message)
    {
        if (State is not (AudioHookState.Active or AudioHookState.Paused))
        {
            return Fail(message, $"'discarded' in state {State}");
        }

        return SkipDiscarded(message.Parameters, out var problem) ? Reply(message, null, State) : Fail(message, problem!);
    }

    private bool SkipDiscarded(JsonObject parameters, out string? problem)
    {
        var start = AudioHookDuration.Parse(Str(parameters, "start"));
        var discarded = AudioHookDuration.Parse(Str(parameters, "discarded"));
        if (start is null || discarded is null)
        {
            problem = "discarded needs 'start' and 'discarded' durations (PT<seconds>S)";
            return false;
        }

        problem = null;
        Discarded += discarded.Value;
        _timelineSamples += (long)Math.Round(discarded.Value.TotalSeconds * 8000);
        Timeline.PadTo(_timelineSamples);
        return true;
    }

    private AudioHookResult OnUpdate(AudioHookClientMessage message)
    {
        if (State is not (AudioHookState.Active or AudioHookState.Paused))
        {
            return Fail(message, $"'update' in state {State}");
        }

        Language = Str(message.Parameters, "language") ?? Language;
        return Reply(message, null, State);
    }

    private AudioHookResult OnClientError(AudioHookClientMessage message)
    {
        var code = message.Parameters["code"] is JsonValue v && v.TryGetValue<int>(out var c) ? c : 0;
        ClientError = (code, Str(message.Parameters, "message") ?? string.Empty);
        return Reply(message, null, State);
    }

    private AudioHookResult Reply(AudioHookClientMessage message, AudioHookServerMessage? reply, AudioHookState next)
    {
        State = next;
        return new AudioHookResult(reply is null ? NoReplies : [reply], message, null, null, 0) { Ends = next == AudioHookState.Closed };
    }

    private AudioHookResult Fail(AudioHookClientMessage? message, string reason)
    {
        var disconnect = Disconnect("error", reason);
        return new AudioHookResult(disconnect is null ? NoReplies : [disconnect], message, new TelephonyProtocolError(reason), null, 0) { Ends = true };
    }

    private AudioHookServerMessage Make(string type, JsonObject parameters) =>
        new(type, SessionId ?? ProbeConversationId, ++ServerSeq, ClientSeq, parameters);

    private static AudioHookClientMessage? Parse(string text, out string? error)
    {
        JsonNode? node;
        try
        {
            // Duplicate property names are refused while parsing; a lazily built JsonObject would otherwise throw
            // ArgumentException on first access, deep inside a handler.
            node = JsonNode.Parse(text, documentOptions: StrictJson);
        }
        catch (JsonException e)
        {
            error = $"text message is not valid JSON: {e.Message}";
            return null;
        }

        if (node is not JsonObject root)
        {
            error = "text message is not a JSON object";
            return null;
        }

        var version = Str(root, "version");
        if (version != "2")
        {
            error = $"protocol version '{Truncate(version ?? "(none)")}' is not supported; expected \"2\"";
            return null;
        }

        var id = Str(root, "id");
        var type = Str(root, "type");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(type))
        {
            error = "message needs 'id' and 'type'";
            return null;
        }

        var seq = Int(root, "seq");
        var serverSeq = Int(root, "serverseq");
        if (seq is null or < 1 || serverSeq is null or < 0)
        {
            error = "message needs 'seq' ≥ 1 and 'serverseq' ≥ 0";
            return null;
        }

        var position = AudioHookDuration.Parse(Str(root, "position"));
        if (position is null)
        {
            error = "message needs a 'position' duration (PT<seconds>S)";
            return null;
        }

        if (root["parameters"] is not JsonObject parameters)
        {
            error = "message needs a 'parameters' object";
            return null;
        }

        error = null;
        return new AudioHookClientMessage(version, id, type, seq.Value, serverSeq.Value, position.Value, parameters);
    }

    private static List<AudioHookMedia> ParseMedia(JsonNode? node)
    {
        var offers = new List<AudioHookMedia>();
        if (node is not JsonArray array)
        {
            return offers;
        }

        foreach (var item in array)
        {
            if (item is not JsonObject o || o["channels"] is not JsonArray channelArray)
            {
                continue;
            }

            var channels = new List<string>();
            foreach (var channel in channelArray)
            {
                channels.Add(channel is JsonValue cv && cv.TryGetValue<string>(out var s) ? s : string.Empty);
            }

            offers.Add(new AudioHookMedia(Str(o, "type") ?? string.Empty, Str(o, "format") ?? string.Empty, channels, (int)(Int(o, "rate") ?? 0)));
        }

        return offers;
    }

    private static AudioHookMedia? Choose(List<AudioHookMedia> offers)
    {
        // Both parties are what the call analysis needs: the first acceptable stereo offer, else the first mono one.
        AudioHookMedia? mono = null;
        foreach (var offer in offers)
        {
            if (offer.ToAudioFormat() is null)
            {
                continue;
            }

            if (offer.Channels.Count == 2)
            {
                return offer;
            }

            mono ??= offer;
        }

        return mono;
    }

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static long? Int(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
