namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// The shared table of token norms: a norm the tokenizer has seen before is returned as the same
/// string, so tokenising allocates no string for it. Looked up by the <see cref="Hash"/> the tokenizer
/// computes while it lower-cases the token, which is also the hash <see cref="PhraseMatcher"/> reads
/// its tries by (<see cref="TokenizedText.NormHashes"/>): one pass over the characters serves both.
/// A <c>ConcurrentDictionary</c> with an alternate span look-up did the same job but hashed every token
/// again with its own (randomised) hash: 4% of all analysis time.
/// <para>
/// Thread-safe: analyses run in parallel. Readers take no lock; a writer inserts under a lock, writing
/// a slot's hash before publishing its string, and a grown table is published whole. A reader that
/// misses a norm being added concurrently just makes its own string, equal in every way.
/// </para>
/// </summary>
internal static class NormTable
{
    /// <summary>
    /// Most norms kept. Talk reuses a small vocabulary; the cap bounds a long-running process fed junk
    /// (about 100 B an entry, so at most ~6 MB). Past it, new norms get a string of their own.
    /// </summary>
    private const int Capacity = 65_536;

    private static readonly Lock WriteLock = new();
    private static volatile Slot[] _slots = new Slot[4096];
    private static int _count;

    /// <summary>FNV-1a over the characters, folded: the hash of a norm for this table and the phrase tries.</summary>
    public static int Hash(ReadOnlySpan<char> norm)
    {
        var h = 2166136261u;
        foreach (var c in norm)
        {
            h = (h ^ c) * 16777619u;
        }

        return Fold(h);
    }

    /// <summary>The last step of <see cref="Hash"/>, for callers that run FNV-1a themselves.</summary>
    public static int Fold(uint fnv) => (int)(fnv ^ (fnv >> 15));

    /// <summary>The shared string equal to <paramref name="norm"/>, whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    public static string Intern(ReadOnlySpan<char> norm, int hash)
    {
        var found = Find(_slots, norm, hash);
        if (found is not null)
        {
            return found;
        }

        var s = new string(norm);
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return s;
        }

        lock (WriteLock)
        {
            var slots = _slots;
            found = Find(slots, norm, hash);
            if (found is not null)
            {
                return found;
            }

            if (_count >= Capacity)
            {
                return s;
            }

            if ((_count + 1) * 2 > slots.Length)
            {
                slots = Grow(slots);
                _slots = slots;
            }

            Insert(slots, s, hash);
            _count++;
        }

        return s;
    }

    private static string? Find(Slot[] slots, ReadOnlySpan<char> norm, int hash)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            var s = Volatile.Read(ref slots[i].Norm);
            if (s is null)
            {
                return null;
            }

            if (slots[i].Hash == hash && norm.SequenceEqual(s))
            {
                return s;
            }

            i = (i + 1) & mask;
        }
    }

    private static void Insert(Slot[] slots, string norm, int hash)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i].Norm is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i].Hash = hash;
        Volatile.Write(ref slots[i].Norm, norm); // the hash is visible before the string
    }

    private static Slot[] Grow(Slot[] old)
    {
        var grown = new Slot[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot.Norm is not null)
            {
                Insert(grown, slot.Norm, slot.Hash);
            }
        }

        return grown;
    }

    private struct Slot
    {
        public string? Norm;
        public int Hash;
    }
}
