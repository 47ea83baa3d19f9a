namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>The part a function word plays in the VADER structural rules.</summary>
internal enum WordRole : byte
{
    None,

    /// <summary>"but": sentiment before it counts half, after it one and a half times.</summary>
    But,

    /// <summary>"kind"/"sort" of "kind of"/"sort of", a dampener.</summary>
    Kind,

    Of,

    /// <summary>"least" negates the next word unless in "at least" / "very least".</summary>
    Least,

    At,
    Very,

    /// <summary>"never so/this good" intensifies instead of negating.</summary>
    Never,

    SoThis,

    /// <summary>"without doubt" is not a negation.</summary>
    Without,

    Doubt,

    /// <summary>"no" negates a sentiment word one or two words on, and is neutral itself before one.</summary>
    No,

    OrNor,
}
