namespace Attune.Analysis.Live.Telephony;

/// <summary>
/// A message a telephony stream handler refused, with the reason an operator can read. Protocol handlers return it as
/// a value (never throw), so one bad client never disturbs another session; the endpoint logs it and, where the
/// protocol says so, closes the socket with <see cref="Reason"/>.
/// </summary>
public sealed record TelephonyProtocolError(string Reason);
