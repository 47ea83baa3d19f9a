namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>Scratch state of one whitespace-delimited word while a text is scored (no allocation per word).</summary>
internal struct SentimentWord
{
    public int Start;
    public int Length;
    public int Id;
    public float LexiconValence;
    public float Booster;
    public float Score;
    public bool HasValence;
    public bool Negator;
    public bool Caps;
    public bool Skip;

    /// <summary>The word is followed by clause punctuation (. , ; : ! ? …): modifier scope stops here.</summary>
    public bool EndsClause;

    /// <summary>The word is followed by . ? ! or …: the next word starts a sentence.</summary>
    public bool EndsSentence;

    /// <summary>The word is followed by a comma.</summary>
    public bool Comma;

    /// <summary>The word is followed by "!".</summary>
    public bool Exclaims;
    public WordRole Role;

    /// <summary>First word of the phrase this word ends, or the word itself.</summary>
    public int PhraseStart;

    /// <summary>Which rule changed the valence (for explanations).</summary>
    public Modifier Modifier;

    /// <summary>Word index of the modifier (negator or booster), or -1.</summary>
    public int ModifierWord;
}
