namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// What an accepted <c>open</c> told the server: ids, the caller, the negotiated media and whether it was only the
/// connection probe (all-zero conversation id), for which no interaction must be created.
/// </summary>
public sealed record AudioHookOpenInfo(
    string? OrganizationId,
    string ConversationId,
    string? ParticipantId,
    string? Ani,
    string? Dnis,
    AudioHookMedia? Media,
    string? Language,
    bool IsProbe);
