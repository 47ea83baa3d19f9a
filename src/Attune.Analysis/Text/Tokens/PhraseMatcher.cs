namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// Finds phrases in tokenised text with a token trie, so one pass serves a whole lexicon
/// (far cheaper than one regular expression per phrase on the per-token hot path).
/// Phrases are written in plain words and matched against word and number tokens,
/// ignoring punctuation and case. Two wildcards: <c>*</c> matches exactly one word and
/// <c>~</c> matches zero to three words. Alternatives inside a phrase: <c>(sorry|apologise)</c>; a group of
/// two or more words is one set edge of the trie (see <see cref="GroupStep"/>). Matches are the same set of
/// (phrase, tokens) as if every combination were written out, each reported once per start.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node _root = new();

    /// <summary>
    /// A bit per <see cref="NormHash"/> (mod 4,096) of every word that starts a phrase. Most tokens start
    /// none, and a bit test in a 512-byte array that stays in the L1 cache rejects them before the walk;
    /// the root's child look-up was the largest single cost of matching (7% of all analysis time, with
    /// seven lexicons reading every token of every turn).
    /// </summary>
    private readonly ulong[] _firstWords = new ulong[64];
    private readonly List<string> _phrases = [];
    private readonly Dictionary<string, WordSet> _sets = new(StringComparer.Ordinal);

    /// <summary>
    /// Each group text ("(a|b|…)") already read, with its step: lexicons repeat the same 90-word macro groups in
    /// thousands of phrases, and splitting each again into new word strings was most of the start-up garbage.
    /// </summary>
    private readonly Dictionary<string, Step> _groups;
    private readonly Dictionary<string, Step>.AlternateLookup<ReadOnlySpan<char>> _groupsBySpan;

    /// <summary>The steps of the phrase being added (reused: <see cref="Add"/> is called once per phrase, tens of thousands of times).</summary>
    private readonly List<Step> _stepBuffer = [];

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _groups = new Dictionary<string, Step>(StringComparer.Ordinal);
        _groupsBySpan = _groups.GetAlternateLookup<ReadOnlySpan<char>>();
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
        int[] alone = [id]; // shared by every end node of this phrase that ends no other
        // slices of the phrase, not split strings: a group already read is found by its text without copying it
        var text = phrase.ToLowerInvariant().Replace('\u2019', '\'');
        var steps = _stepBuffer;
        steps.Clear();
        foreach (var range in text.AsSpan().Split(' '))
        {
            var part = text.AsSpan()[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (part.Length < 2 || part[0] != '(' || part[^1] != ')')
            {
                steps.Add(new Step([part.ToString()], null));
            }
            else if (_groupsBySpan.TryGetValue(part, out var known))
            {
                steps.Add(known);
            }
            else
            {
                var step = GroupStep(part[1..^1].ToString().Split('|'));
                _groups.Add(part.ToString(), step);
                steps.Add(step);
            }
        }

        AddPaths(_root, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(steps), 0, id, alone);
        return id;
    }

    /// <summary>
    /// One position of a phrase: an alternatives group of two or more plain words becomes a single set edge
    /// (<see cref="WordSet"/>), so what follows the group is built once instead of once per word (the empathy
    /// lexicon's frames crossed with its 90-word feeling sets built 49,000 nodes); the other options (one plain
    /// word, <c>*</c>, <c>~</c>, the empty option) stay separate paths as before.
    /// </summary>
    private Step GroupStep(string[] group)
    {
        List<string>? words = null;
        List<string>? others = null;
        foreach (var option in group)
        {
            if (option is "" or "*" or "~")
            {
                (others ??= []).Add(option);
            }
            else if (words is null || !words.Contains(option))
            {
                (words ??= []).Add(option);
            }
        }

        if (words is { Count: 1 })
        {
            (others ??= []).Add(words[0]);
            words = null;
        }

        return new Step(others?.ToArray() ?? [], words is null ? null : InternSet(words));
    }

    /// <summary>
    /// One <see cref="WordSet"/> per distinct set of words in the whole matcher. Phrases share a set edge only
    /// when they were written with the same set (the edge is found by reference), so a continuation is never
    /// reachable through a word its phrase was not written with.
    /// </summary>
    private WordSet InternSet(List<string> words)
    {
        var sorted = words.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('|', sorted);
        if (!_sets.TryGetValue(key, out var set))
        {
            set = new WordSet(sorted);
            _sets.Add(key, set);
        }

        return set;
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

        // a phrase that starts with "*" or "~" can start at any word: no filter then
        var filter = _root.Any is null && _root.Gap is null ? _firstWords : null;
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

            if (filter is not null && (filter[(hashes[i] >> 6) & 63] & (1UL << hashes[i])) == 0)
            {
                continue; // no phrase starts with this word
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

        if (node.Find(hashes[i], t.Norm) is { } next)
        {
            Report(next, start, i + 1, results, startResults);
            Walk(next, tokens, hashes, start, i + 1, end, includeQuoted, results, startResults);
        }

        if (node.Sets is { } sets)
        {
            if (sets.Length == 1)
            {
                if (sets[0].Set.Contains(hashes[i], t.Norm))
                {
                    var child = sets[0].Next;
                    Report(child, start, i + 1, results, startResults);
                    Walk(child, tokens, hashes, start, i + 1, end, includeQuoted, results, startResults);
                }
            }
            else if (node.SetIndex.Find(hashes[i], t.Norm) is { } children)
            {
                foreach (var child in children)
                {
                    Report(child, start, i + 1, results, startResults);
                    Walk(child, tokens, hashes, start, i + 1, end, includeQuoted, results, startResults);
                }
            }
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

    private Node GetOrAdd(Node node, string part)
    {
        var hash = NormHash(part);
        if (ReferenceEquals(node, _root))
        {
            _firstWords[(hash >> 6) & 63] |= 1UL << hash;
        }

        return node.GetOrAdd(hash, part);
    }

    /// <summary>
    /// Hash of a norm: <see cref="NormTable.Hash"/>, which the tokenizer computes for every token as it
    /// reads it (<see cref="TokenizedText.NormHashes"/>). Looking each token up in a string-keyed
    /// dictionary hashed its characters again at every trie node, most of a matcher's time.
    /// </summary>
    internal static int NormHash(string norm) => NormTable.Hash(norm);

    /// <summary>
    /// Adds every path of a phrase: each separate option of each position ("(a|)": an empty alternative
    /// leaves the word out) and the set edge of a group of words, walking the trie as it goes. Building each combination as a list first made
    /// the big lexicons (tens of thousands of paths) allocate tens of megabytes of garbage at start-up,
    /// which the four-hour-chat memory budget paid for.
    /// </summary>
    private void AddPaths(Node node, ReadOnlySpan<Step> steps, int index, int id, int[] alone)
    {
        if (index == steps.Length)
        {
            // Ids arrays are never changed in place (they may be shared): a second phrase ending here gets a new one.
            if (node.Ids is null)
            {
                node.Ids = alone;
            }
            else if (Array.IndexOf(node.Ids, id) < 0)
            {
                node.Ids = [.. node.Ids, id];
            }

            return;
        }

        var step = steps[index];
        foreach (var option in step.Options)
        {
            var next = option switch
            {
                "" => node,
                "*" => node.GetOrAddAny(),
                "~" => node.GetOrAddGap(),
                _ => GetOrAdd(node, option),
            };
            AddPaths(next, steps, index + 1, id, alone);
        }

        if (step.Set is { } set)
        {
            if (ReferenceEquals(node, _root))
            {
                foreach (var hash in set.Hashes)
                {
                    _firstWords[(hash >> 6) & 63] |= 1UL << hash;
                }
            }

            AddPaths(node.GetOrAddSet(set), steps, index + 1, id, alone);
        }
    }

    /// <summary>Word → the set-edge children of one node reached by it (see <see cref="Node.SetIndex"/>).</summary>
    private sealed class SetIndex
    {
        private readonly int[] _hashes;
        private readonly string?[] _words;
        private readonly Node[]?[] _children;

        public SetIndex((WordSet Set, Node Next)[] sets)
        {
            var total = 0;
            foreach (var (set, _) in sets)
            {
                total += set.Words.Length;
            }

            var size = 4;
            while (size < total * 2)
            {
                size *= 2;
            }

            _hashes = new int[size];
            _words = new string?[size];
            _children = new Node[]?[size];
            foreach (var (set, next) in sets)
            {
                for (var k = 0; k < set.Words.Length; k++)
                {
                    var i = Slot(set.Hashes[k], set.Words[k]);
                    _hashes[i] = set.Hashes[k];
                    _words[i] = set.Words[k];
                    _children[i] = [.. _children[i] ?? [], next];
                }
            }
        }

        public Node[]? Find(int hash, string word) => _children[Slot(hash, word)];

        /// <summary>The slot holding the word, or the empty slot where it would go.</summary>
        private int Slot(int hash, string word)
        {
            var mask = _words.Length - 1;
            var i = hash & mask;
            while (_words[i] is { } w && (_hashes[i] != hash || !(ReferenceEquals(w, word) || string.Equals(w, word, StringComparison.Ordinal))))
            {
                i = (i + 1) & mask;
            }

            return i;
        }
    }

    /// <summary>A position of a phrase: separate options (words, <c>*</c>, <c>~</c>, empty) and at most one set edge.</summary>
    private readonly record struct Step(string[] Options, WordSet? Set);

    /// <summary>
    /// The words of a set edge: open addressing on the precomputed <see cref="NormHash"/>, at most half full,
    /// so a membership test costs about one literal child look-up.
    /// </summary>
    private sealed class WordSet
    {
        private readonly int[] _table;
        private readonly string?[] _words;

        public WordSet(string[] words)
        {
            var size = 4;
            while (size < words.Length * 2)
            {
                size *= 2;
            }

            _table = new int[size];
            _words = new string?[size];
            Words = words;
            Hashes = new int[words.Length];
            for (var k = 0; k < words.Length; k++)
            {
                var hash = NormHash(words[k]);
                Hashes[k] = hash;
                var i = hash & (size - 1);
                while (_words[i] is not null)
                {
                    i = (i + 1) & (size - 1);
                }

                _table[i] = hash;
                _words[i] = words[k];
            }
        }

        /// <summary>The words, in the order of <see cref="Hashes"/>.</summary>
        public string[] Words { get; }

        /// <summary>The hash of each word (for the first-word filter when a phrase starts with a set).</summary>
        public int[] Hashes { get; }

        public bool Contains(int hash, string word)
        {
            var words = _words;
            var mask = words.Length - 1;
            var i = hash & mask;
            while (true)
            {
                var w = words[i];
                if (w is null)
                {
                    return false;
                }

                if (_table[i] == hash && (ReferenceEquals(w, word) || string.Equals(w, word, StringComparison.Ordinal)))
                {
                    return true;
                }

                i = (i + 1) & mask;
            }
        }
    }

    /// <summary>
    /// A trie node. Lexicons with alternatives expand to tens of thousands of paths (the empathy and
    /// apology lexicons to 49,000 and 40,000 nodes, four in five of them ends of phrases with no child),
    /// so a node is kept small: its first child inline (nearly every node has one, the next word), the
    /// rare parts (<c>*</c>, <c>~</c>, further children) in a side object, and the phrase ids of an end
    /// node in an array shared by all the ends of that phrase, and each child keeps the word leading to it
    /// (so a table of children stores no words). With string-keyed dictionaries at every node the trie
    /// lexicons held 16.6 MB of heap; then 10 MB, and far less since groups of words became set edges
    /// (the budget of a four-hour chat is 100 MB: bench/results/memory.md).
    /// </summary>
    private sealed class Node
    {
        public int[]? Ids;

        /// <summary>The word that leads here from the parent (kept by the child, so a parent's table needs no word column).</summary>
        public string? Label;

        private int _hash;
        private Node? _child;
        private Rare? _rare;

        public Node? Any => _rare?.Any;

        public Node? Gap => _rare?.Gap;

        public Node GetOrAddAny() => (_rare ??= new Rare()).Any ??= new Node();

        public Node GetOrAddGap() => (_rare ??= new Rare()).Gap ??= new Node();

        /// <summary>Set edges: a child reached by any word of its set (one per distinct set, found by reference).</summary>
        public (WordSet Set, Node Next)[]? Sets => _rare?.Sets;

        /// <summary>
        /// For a node with several set edges (the empathy frames lead to dozens of different word sets): word →
        /// the set-edge children whose set holds it, in the order of the edges, so a token costs one look-up
        /// instead of one per set. Built on first use after the last edge was added (a race only builds it twice).
        /// </summary>
        public SetIndex SetIndex => _rare!.Index ??= new SetIndex(_rare.Sets!);

        public Node GetOrAddSet(WordSet set)
        {
            var rare = _rare ??= new Rare();
            rare.Index = null;
            if (rare.Sets is { } sets)
            {
                foreach (var (s, next) in sets)
                {
                    if (ReferenceEquals(s, set))
                    {
                        return next;
                    }
                }
            }

            var node = new Node();
            rare.Sets = [.. rare.Sets ?? [], (set, node)];
            return node;
        }

        public Node? Find(int hash, string word)
        {
            if (_child is not null && _hash == hash && (ReferenceEquals(_child.Label, word) || string.Equals(_child.Label, word, StringComparison.Ordinal)))
            {
                return _child;
            }

            return _rare?.More?.Find(hash, word);
        }

        public Node GetOrAdd(int hash, string word)
        {
            if (Find(hash, word) is { } found)
            {
                return found;
            }

            var node = new Node { Label = word };
            if (_child is null)
            {
                (_hash, _child) = (hash, node);
            }
            else
            {
                ((_rare ??= new Rare()).More ??= new ChildTable()).Add(hash, node);
            }

            return node;
        }

        private sealed class Rare
        {
            public Node? Any;
            public Node? Gap;
            public ChildTable? More;
            public (WordSet Set, Node Next)[]? Sets;
            public SetIndex? Index;
        }
    }

    /// <summary>
    /// A node's further children (the first is kept in the node): open addressing on the precomputed
    /// <see cref="NormHash"/>, at most half full. A look-up compares a stored hash and, only on a hit,
    /// the word, which the child keeps as its <see cref="Node.Label"/> (by reference first: the tokenizer
    /// shares norm strings).
    /// </summary>
    private sealed class ChildTable
    {
        private int[] _hashes = new int[4];
        private Node?[] _nodes = new Node?[4];
        private int _count;

        public Node? Find(int hash, string word)
        {
            var nodes = _nodes;
            var mask = nodes.Length - 1;
            var i = hash & mask;
            while (true)
            {
                var n = nodes[i];
                if (n is null)
                {
                    return null;
                }

                if (_hashes[i] == hash && (ReferenceEquals(n.Label, word) || string.Equals(n.Label, word, StringComparison.Ordinal)))
                {
                    return n;
                }

                i = (i + 1) & mask;
            }
        }

        /// <summary>Adds a child (labelled with its word) the caller has checked is not there yet.</summary>
        public void Add(int hash, Node node)
        {
            if ((_count + 1) * 2 > _nodes.Length)
            {
                Grow();
            }

            Insert(hash, node);
            _count++;
        }

        private void Insert(int hash, Node node)
        {
            var mask = _nodes.Length - 1;
            var i = hash & mask;
            while (_nodes[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _hashes[i] = hash;
            _nodes[i] = node;
        }

        private void Grow()
        {
            var (hashes, nodes) = (_hashes, _nodes);
            _hashes = new int[hashes.Length * 2];
            _nodes = new Node?[nodes.Length * 2];
            for (var k = 0; k < nodes.Length; k++)
            {
                if (nodes[k] is { } n)
                {
                    Insert(hashes[k], n);
                }
            }
        }
    }
}
