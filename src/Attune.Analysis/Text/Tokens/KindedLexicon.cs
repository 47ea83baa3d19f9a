namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Builds a <see cref="PhraseMatcher"/> from (phrase, kind) pairs and keeps the kind of every
/// phrase id, so one trie pass serves a detector's whole lexicon. Phrases may use alternatives
/// with several words, <c>(i'll|i will)</c>, which the matcher's own syntax (split on spaces)
/// cannot express: such groups are expanded here before the phrases reach the matcher.
/// </summary>
/// <typeparam name="TKind">What a phrase means to the detector.</typeparam>
internal sealed class KindedLexicon<TKind>
{
    private readonly List<TKind> _kinds = [];

    public KindedLexicon(IEnumerable<(string Phrase, TKind Kind)> entries)
    {
        Matcher = new PhraseMatcher([]);
        foreach (var (phrase, kind) in entries)
        {
            foreach (var expanded in ExpandMultiWordGroups(phrase))
            {
                var id = Matcher.Add(expanded);
                while (_kinds.Count <= id)
                {
                    _kinds.Add(kind);
                }
            }
        }
    }

    public PhraseMatcher Matcher { get; }

    public TKind KindOf(int phraseId) => _kinds[phraseId];

    public TKind KindOf(PhraseMatch match) => _kinds[match.PhraseId];

    /// <summary>Expands every "(…|…)" group that holds a space into one phrase per option; other groups stay for the matcher.</summary>
    internal static List<string> ExpandMultiWordGroups(string phrase)
    {
        var open = -1;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] == '(')
            {
                open = i;
            }
            else if (phrase[i] == ')' && open >= 0)
            {
                var inner = phrase[(open + 1)..i];
                if (inner.Contains(' '))
                {
                    var result = new List<string>();
                    foreach (var option in inner.Split('|'))
                    {
                        var joined = (phrase[..open] + option + phrase[(i + 1)..]).Replace("  ", " ").Trim();
                        result.AddRange(ExpandMultiWordGroups(joined));
                    }

                    return result;
                }

                open = -1;
            }
        }

        return [phrase];
    }
}
