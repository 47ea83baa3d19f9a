using System.Text.Json.Nodes;

namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// A text message to the AudioHook client: <c>version</c> "2", <c>id</c>, <c>type</c> (opened, closed, pong, pause,
/// resume, disconnect, updated, event), <c>seq</c> (the server's counter, from 1), <c>clientseq</c> (the last client seq
/// processed) and <c>parameters</c>.
/// </summary>
public sealed record AudioHookServerMessage(string Type, string Id, long Seq, long ClientSeq, JsonObject Parameters)
{
    public string ToJson() => new JsonObject
    {
        ["version"] = "2",
        ["type"] = Type,
        ["seq"] = Seq,
        ["clientseq"] = ClientSeq,
        ["id"] = Id,
        ["parameters"] = Parameters.DeepClone(),
    }.ToJsonString();
}
