namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>The strongest rule that changed a word's valence, named in explanations.</summary>
internal enum Modifier : byte
{
    None,
    Negated,
    Boosted,
    Dampened,
    Caps,
    Phrase,
}
