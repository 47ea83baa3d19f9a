using Attune.Analysis.Text.Tokens;

namespace Attune.Bench.Baselines;

/// <summary>
/// BASELINE for PhraseMatcherBenchmarks: the phrase matcher as it was before the performance work
/// (commit 2afed24), kept only to measure the current one against: a string-keyed dictionary at every
/// trie node (each token's characters hashed again at every node it is looked up in), tokens read through
/// IReadOnlyList, and every match checked against all earlier matches of the text.
/// Finds phrases in tokenised text with a token trie, so one pass serves a whole lexicon
/// (far cheaper than one regular expression per phrase on the per-token hot path).
/// Phrases are written in plain words and matched against word and number tokens,
/// ignoring punctuation and case. Two wildcards: <c>*</c> matches exactly one word and
/// <c>~</c> matches zero to three words. Alternatives inside a phrase: <c>(sorry|apologise)</c>.
/// </summary>
public sealed class StringKeyedPhraseMatcher
{
    private readonly Node _root = new();
    private readonly List<string> _phrases = [];

    public StringKeyedPhraseMatcher(IEnumerable<string> phrases)
    {
        foreach (var p in phrases)
        {
            Add(p);
        }
    }

    /// <summary>The phrases, indexed by <see cref="PhraseMatch.PhraseId"/>.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    public int Add(string phrase)
    {
        var id = _phrases.Count;
        _phrases.Add(phrase);
        var parts = phrase.ToLowerInvariant().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var expanded in Expand(parts, 0))
        {
            var node = _root;
            foreach (var part in expanded)
            {
                node = part switch
                {
                    "*" => node.Any ??= new Node(),
                    "~" => node.Gap ??= new Node(),
                    _ => GetOrAdd(node, part),
                };
            }

            node.Ids ??= [];
            if (!node.Ids.Contains(id))
            {
                node.Ids.Add(id);
            }
        }

        return id;
    }

    /// <summary>All matches in the text; several may start at one token. Quoted tokens are skipped unless asked for.</summary>
    public List<PhraseMatch> Matches(TokenizedText text, bool includeQuoted = false, int firstToken = 0, int endToken = -1)
    {
        var results = new List<PhraseMatch>();
        IReadOnlyList<Token> tokens = text.Tokens;
        if (endToken < 0)
        {
            endToken = tokens.Count;
        }

        for (var i = firstToken; i < endToken; i++)
        {
            var t = tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            if (!includeQuoted && t.Quoted)
            {
                continue;
            }

            Walk(_root, tokens, i, i, endToken, includeQuoted, results);
        }

        return results;
    }

    /// <summary>True when any phrase occurs.</summary>
    public bool Any(TokenizedText text, bool includeQuoted = false) => Matches(text, includeQuoted).Count > 0;

    private static void Walk(Node node, IReadOnlyList<Token> tokens, int start, int i, int end, bool includeQuoted, List<PhraseMatch> results)
    {
        // skip punctuation between words
        while (i < end && tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            i++;
        }

        if (node.Gap is not null)
        {
            // zero words
            WalkAfterGap(node.Gap, tokens, start, i, end, includeQuoted, results);
        }

        if (i >= end)
        {
            return;
        }

        var t = tokens[i];
        if (!includeQuoted && t.Quoted)
        {
            return;
        }

        if (node.Children is not null && node.Children.TryGetValue(t.Norm, out var next))
        {
            Report(next, start, i + 1, results);
            Walk(next, tokens, start, i + 1, end, includeQuoted, results);
        }

        if (node.Any is not null)
        {
            Report(node.Any, start, i + 1, results);
            Walk(node.Any, tokens, start, i + 1, end, includeQuoted, results);
        }
    }

    private static void WalkAfterGap(Node gapNode, IReadOnlyList<Token> tokens, int start, int i, int end, bool includeQuoted, List<PhraseMatch> results)
    {
        var words = 0;
        var j = i;
        while (true)
        {
            Walk(gapNode, tokens, start, j, end, includeQuoted, results);
            // consume one more word
            while (j < end && tokens[j].Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                if (tokens[j].Norm is "." or "!" or "?")
                {
                    return; // gaps never cross a sentence end
                }

                j++;
            }

            if (j >= end || words == 3)
            {
                return;
            }

            j++;
            words++;
        }
    }

    private static void Report(Node node, int start, int end, List<PhraseMatch> results)
    {
        if (node.Ids is null)
        {
            return;
        }

        foreach (var id in node.Ids)
        {
            var m = new PhraseMatch(id, start, end);
            if (!results.Contains(m))
            {
                results.Add(m);
            }
        }
    }

    private static Node GetOrAdd(Node node, string part)
    {
        node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
        if (!node.Children.TryGetValue(part, out var child))
        {
            child = new Node();
            node.Children[part] = child;
        }

        return child;
    }

    private static IEnumerable<List<string>> Expand(string[] parts, int index)
    {
        if (index == parts.Length)
        {
            yield return [];
            yield break;
        }

        var part = parts[index];
        var options = part.StartsWith('(') && part.EndsWith(')') ? part[1..^1].Split('|') : [part];
        foreach (var rest in Expand(parts, index + 1))
        {
            foreach (var option in options)
            {
                var list = new List<string>(rest.Count + 1);
                if (option.Length > 0)
                {
                    list.Add(option);
                }

                list.AddRange(rest);
                yield return list;
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Node? Any;
        public Node? Gap;
        public List<int>? Ids;
    }
}
