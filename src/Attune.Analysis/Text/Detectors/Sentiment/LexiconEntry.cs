namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>What the sentiment rules know about one word (see <see cref="SentimentLexicon"/>).</summary>
internal readonly record struct LexiconEntry
{
    /// <summary>Stable index of the word, used to key multi-word phrases.</summary>
    public int Id { get; init; }

    /// <summary>Mean human valence, -4..+4, when <see cref="HasValence"/>.</summary>
    public float Valence { get; init; }

    public bool HasValence { get; init; }

    /// <summary>Degree modifier weight: +0.293 for an intensifier, -0.293 for a dampener, else 0.</summary>
    public float Booster { get; init; }

    public bool Negator { get; init; }

    public WordRole Role { get; init; }
}
