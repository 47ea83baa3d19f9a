namespace Attune.Web.Coaching;

/// <summary>
/// A moment worth learning from: the advisor turn that earned a criterion (its positive evidence finding), with the
/// customer turn it answered. <see cref="CanOpen"/> is false when the viewer may not open the interaction itself (an
/// advisor reading a peer's moment): the excerpt is shown, the link is not.
/// </summary>
public sealed record ExemplarMoment(
    long InteractionId,
    int Turn,
    string AdvisorName,
    string? Journey,
    double? Score,
    string? CustomerText,
    string AdvisorText,
    string Quote,
    string Detail,
    bool CanOpen);
