using System.Text.Json.Nodes;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// A text message from the AudioHook client (Genesys Cloud), protocol version 2: <c>version</c>, <c>id</c> (session),
/// <c>type</c>, <c>seq</c> (the client's counter, from 1, +1 per message), <c>serverseq</c> (last server seq it saw),
/// <c>position</c> (audio sent so far) and <c>parameters</c>. Types: open, close, discarded, error, ping, paused,
/// resumed, update (Genesys AudioHook Protocol Specification; message shapes as in
/// purecloudlabs/audiohook-reference-implementation, protocol/message.ts).
/// </summary>
public sealed record AudioHookClientMessage(string Version, string Id, string Type, long Seq, long ServerSeq, TimeSpan Position, JsonObject Parameters);
