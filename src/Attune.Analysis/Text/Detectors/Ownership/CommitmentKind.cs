namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>What a commitment phrase is, before its context is checked.</summary>
internal enum CommitmentKind
{
    /// <summary>"I'll", "let me", "I'm going to": a commitment if an action verb follows.</summary>
    PersonalSubject,

    /// <summary>"we'll", "we're going to": the same, on behalf of the team.</summary>
    TeamSubject,

    /// <summary>"I'm processing it now": an action in progress, when it carries "now".</summary>
    InProgress,

    /// <summary>A complete commitment ("leave it with me", "consider it done").</summary>
    Complete,

    /// <summary>Promises effort, not an outcome ("I'll try", "I'll see what I can do").</summary>
    Weak,
}
