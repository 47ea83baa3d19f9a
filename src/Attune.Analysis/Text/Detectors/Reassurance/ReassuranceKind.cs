namespace Attune.Analysis.Text.Detectors.Reassurance;

/// <summary>What a reassurance phrase is.</summary>
internal enum ReassuranceKind
{
    /// <summary>A statement of intent ("let's get this sorted", "I can definitely help with that").</summary>
    Intent,

    /// <summary>"Don't worry" / "no worries": reassurance that starts the evidence when an intent follows.</summary>
    Opener,

    /// <summary>A sign in a customer turn that it describes a problem ("not working", "charged twice").</summary>
    Problem,
}
