namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Finds phrases in tokenised text with a token trie, so one pass serves a whole lexicon
/// (far cheaper than one regular expression per phrase on the per-token hot path).
/// Phrases are written in plain words and matched against word and number tokens,
/// ignoring punctuation and case. Two wildcards: <c>*</c> matches exactly one word and
/// <c>~</c> matches zero to three words. Alternatives inside a phrase: <c>(sorry|apologise)</c>.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node _root = new();
    private readonly List<string> _phrases = [];

    public PhraseMatcher(IEnumerable<string> phrases)
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
        var tokens = text.Tokens;
        var hashes = text.NormHashes;
        if (endToken < 0)
        {
            endToken = tokens.Count;
        }

        for (var i = firstToken; i < endToken; i++)
        {
            ref readonly var t = ref tokens.At(i);
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            if (!includeQuoted && t.Quoted)
            {
                continue;
            }

            Walk(_root, tokens, hashes, i, i, endToken, includeQuoted, results, results.Count);
        }

        return results;
    }

    /// <summary>True when any phrase occurs.</summary>
    public bool Any(TokenizedText text, bool includeQuoted = false) => Matches(text, includeQuoted).Count > 0;

    /// <param name="startResults">Where the matches of this start begin in <paramref name="results"/>: a duplicate
    /// (same phrase, same tokens) can only come from the same start, so only those are compared
    /// (comparing with every result made reporting quadratic in the matches of a text).</param>
    private static void Walk(Node node, TokenList tokens, int[] hashes, int start, int i, int end, bool includeQuoted, List<PhraseMatch> results, int startResults)
    {
        // skip punctuation between words
        while (i < end && tokens.At(i).Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            i++;
        }

        if (node.Gap is not null)
        {
            // zero words
            WalkAfterGap(node.Gap, tokens, hashes, start, i, end, includeQuoted, results, startResults);
        }

        if (i >= end)
        {
            return;
        }

        ref readonly var t = ref tokens.At(i);
        if (!includeQuoted && t.Quoted)
        {
            return;
        }

        if (node.Children?.Find(hashes[i], t.Norm) is { } next)
        {
            Report(next, start, i + 1, results, startResults);
            Walk(next, tokens, hashes, start, i + 1, end, includeQuoted, results, startResults);
        }

        if (node.Any is not null)
        {
            Report(node.Any, start, i + 1, results, startResults);
            Walk(node.Any, tokens, hashes, start, i + 1, end, includeQuoted, results, startResults);
        }
    }

    private static void WalkAfterGap(Node gapNode, TokenList tokens, int[] hashes, int start, int i, int end, bool includeQuoted, List<PhraseMatch> results, int startResults)
    {
        var words = 0;
        var j = i;
        while (true)
        {
            Walk(gapNode, tokens, hashes, start, j, end, includeQuoted, results, startResults);
            // consume one more word
            while (j < end && tokens.At(j).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                if (tokens.At(j).Norm is "." or "!" or "?")
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

    private static void Report(Node node, int start, int end, List<PhraseMatch> results, int startResults)
    {
        if (node.Ids is null)
        {
            return;
        }

        foreach (var id in node.Ids)
        {
            var m = new PhraseMatch(id, start, end);
            if (!Contains(results, startResults, m))
            {
                results.Add(m);
            }
        }
    }

    private static bool Contains(List<PhraseMatch> results, int from, PhraseMatch m)
    {
        for (var k = from; k < results.Count; k++)
        {
            if (results[k] == m)
            {
                return true;
            }
        }

        return false;
    }

    private static Node GetOrAdd(Node node, string part)
    {
        node.Children ??= new ChildTable();
        return node.Children.GetOrAdd(NormHash(part), part);
    }

    /// <summary>
    /// Hash of a norm: <see cref="NormTable.Hash"/>, which the tokenizer computes for every token as it
    /// reads it (<see cref="TokenizedText.NormHashes"/>). Looking each token up in a string-keyed
    /// dictionary hashed its characters again at every trie node, most of a matcher's time.
    /// </summary>
    internal static int NormHash(string norm) => NormTable.Hash(norm);

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
        public ChildTable? Children;
        public Node? Any;
        public Node? Gap;
        public List<int>? Ids;
    }

    /// <summary>
    /// A node's children by word: open addressing on the precomputed <see cref="NormHash"/>, at most
    /// half full. A look-up compares a stored hash and, only on a hit, the word (by reference first:
    /// the tokenizer shares norm strings).
    /// </summary>
    private sealed class ChildTable
    {
        private int[] _hashes = new int[4];
        private string?[] _words = new string?[4];
        private Node[] _nodes = new Node[4];
        private int _count;

        public Node? Find(int hash, string word)
        {
            var words = _words;
            var mask = words.Length - 1;
            var i = hash & mask;
            while (true)
            {
                var w = words[i];
                if (w is null)
                {
                    return null;
                }

                if (_hashes[i] == hash && (ReferenceEquals(w, word) || string.Equals(w, word, StringComparison.Ordinal)))
                {
                    return _nodes[i];
                }

                i = (i + 1) & mask;
            }
        }

        public Node GetOrAdd(int hash, string word)
        {
            if (Find(hash, word) is { } found)
            {
                return found;
            }

            if ((_count + 1) * 2 > _words.Length)
            {
                Grow();
            }

            var node = new Node();
            Insert(hash, word, node);
            _count++;
            return node;
        }

        private void Insert(int hash, string word, Node node)
        {
            var mask = _words.Length - 1;
            var i = hash & mask;
            while (_words[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _hashes[i] = hash;
            _words[i] = word;
            _nodes[i] = node;
        }

        private void Grow()
        {
            var (hashes, words, nodes) = (_hashes, _words, _nodes);
            _hashes = new int[hashes.Length * 2];
            _words = new string?[words.Length * 2];
            _nodes = new Node[nodes.Length * 2];
            for (var k = 0; k < words.Length; k++)
            {
                if (words[k] is { } w)
                {
                    Insert(hashes[k], w, nodes[k]);
                }
            }
        }
    }
}
