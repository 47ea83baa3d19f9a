namespace Attune.Web.Live;

/// <summary>
/// A turn of a live interaction (REST <c>turns</c> and hub <c>AddTurn</c>). <see cref="Final"/> false = a partial turn
/// (acknowledged, not analysed). <see cref="Ref"/> is the client's id for the turn, echoed as <c>trigger.ref</c> on every
/// event the turn causes.
/// </summary>
public sealed record TurnRequest(string? Party, string? Text, double? Start = null, double? End = null, bool? Final = null, string? Speaker = null, string? Ref = null);
