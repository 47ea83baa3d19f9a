using Attune.Analysis.Conversations;

namespace Attune.Web.Live;

/// <summary>
/// What <see cref="LiveSessions.EndAsync"/> hands to a session's <see cref="LiveSession.Store"/>: the transcript turns
/// received (with the session's metadata), the source label, whether the interaction is incomplete, and the notes to
/// add to its report (the mute log).
/// </summary>
public sealed record LiveEnding(Conversation Transcript, string Source, bool Incomplete, IReadOnlyList<string> Notes);
