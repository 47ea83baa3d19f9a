using Attune.Analysis.Conversations;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>Both parties speaking at once, and who started it (the party whose speech began while the other's was going on).</summary>
public sealed record OvertalkTruth(SpeechSpan Span, Party StartedBy);
