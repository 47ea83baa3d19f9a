namespace Attune.Analysis.Text.Stemming;

/// <summary>
/// The Porter stemmer: M. F. Porter, "An algorithm for suffix stripping", Program 14(3),
/// 130–137, 1980. It follows the published 1980 rules (steps 1a–5b), including the paper's
/// "abli → able" in step 2 (Porter's later C release changed it to "bli → ble" and added
/// "logi → log"; those departures are not taken). Within a step the rule with the longest
/// matching suffix is chosen and, if its condition fails, no other rule of that step is tried —
/// exactly as the paper specifies ("feed" stays "feed" rather than falling through to "-ed").
/// Input is expected lower-case; words of two letters or fewer, and words with characters
/// outside a–z (digits, hyphens, apostrophes after a possessive 's is stripped), are returned
/// unchanged. Allocation-free except for the result string when the word changes.
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    /// <summary>
    /// Most stems ever remembered. Talk reuses a small vocabulary, so the memo answers nearly every
    /// call (paraphrase and repeat stem each content word of every turn); the cap keeps a
    /// long-running process from growing without bound on junk words (about 100 B an entry, so at
    /// most ~3 MB). Past the cap, words are stemmed afresh, with the same result.
    /// </summary>
    private const int MemoCapacity = 32_768;

    /// <summary>
    /// word → stem, shared by every thread; a hit is one hash look-up (~20 ns) against ~150 ns to stem.
    /// A word that is its own stem is stored as null, so a hit returns the caller's instance (as a fresh
    /// stem does), not whichever equal string happened to be memoised first.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Memo = new(StringComparer.Ordinal);

    private static int _memoCount;

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Memo.TryGetValue(word, out var known))
        {
            return known ?? word;
        }

        var stem = Compute(word);
        // a counter of our own: ConcurrentDictionary.Count takes every lock
        if (Volatile.Read(ref _memoCount) < MemoCapacity && Memo.TryAdd(word, string.Equals(stem, word, StringComparison.Ordinal) ? null : stem))
        {
            Interlocked.Increment(ref _memoCount);
        }

        return stem;
    }

    private static string Compute(string word)
    {
        var source = word.AsSpan();
        if (source.EndsWith("'s"))
        {
            source = source[..^2];
        }

        if (source.Length <= 2)
        {
            return source.Length == word.Length ? word : source.ToString();
        }

        foreach (var c in source)
        {
            if (c is < 'a' or > 'z')
            {
                return source.Length == word.Length ? word : source.ToString();
            }
        }

        Span<char> buffer = source.Length <= 64 ? stackalloc char[source.Length + 1] : new char[source.Length + 1];
        source.CopyTo(buffer);
        var k = source.Length; // current length of the word in buffer
        k = Step1A(buffer, k);
        k = Step1B(buffer, k);
        k = Step1C(buffer, k);
        k = ApplyLongest(buffer, k, Step2Rules, minMeasure: 1);
        k = ApplyLongest(buffer, k, Step3Rules, minMeasure: 1);
        k = Step4(buffer, k);
        k = Step5(buffer, k);
        var stem = buffer[..k];
        return stem.SequenceEqual(word.AsSpan()) ? word : stem.ToString();
    }

    // ---- conditions of the paper: consonant, measure m, *v*, *d, *o -----------------------

    /// <summary>A consonant is a letter other than a, e, i, o, u, and other than y preceded by a consonant.</summary>
    private static bool IsConsonant(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m in [C](VC)^m[V] of the stem w[0..length).</summary>
    private static int Measure(ReadOnlySpan<char> w, int length)
    {
        var i = 0;
        while (i < length && IsConsonant(w, i))
        {
            i++;
        }

        var m = 0;
        while (i < length)
        {
            while (i < length && !IsConsonant(w, i))
            {
                i++;
            }

            if (i >= length)
            {
                break;
            }

            while (i < length && IsConsonant(w, i))
            {
                i++;
            }

            m++;
        }

        return m;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> w, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDoubleConsonant(ReadOnlySpan<char> w, int length) =>
        length >= 2 && w[length - 1] == w[length - 2] && IsConsonant(w, length - 1);

    /// <summary>*o: the stem ends consonant-vowel-consonant, the last consonant not w, x or y.</summary>
    private static bool EndsCvc(ReadOnlySpan<char> w, int length)
    {
        if (length < 3 || !IsConsonant(w, length - 1) || IsConsonant(w, length - 2) || !IsConsonant(w, length - 3))
        {
            return false;
        }

        return w[length - 1] is not ('w' or 'x' or 'y');
    }

    private static bool EndsWith(ReadOnlySpan<char> w, int length, string suffix) =>
        length >= suffix.Length && w[(length - suffix.Length)..length].SequenceEqual(suffix);

    private static int Replace(Span<char> w, int length, string suffix, string replacement)
    {
        var stem = length - suffix.Length;
        replacement.AsSpan().CopyTo(w[stem..]);
        return stem + replacement.Length;
    }

    // ---- steps -----------------------------------------------------------------------------

    private static int Step1A(Span<char> w, int k)
    {
        if (EndsWith(w, k, "sses"))
        {
            return k - 2;
        }

        if (EndsWith(w, k, "ies"))
        {
            return k - 2;
        }

        if (EndsWith(w, k, "ss"))
        {
            return k;
        }

        return EndsWith(w, k, "s") ? k - 1 : k;
    }

    private static int Step1B(Span<char> w, int k)
    {
        if (EndsWith(w, k, "eed"))
        {
            return Measure(w, k - 3) > 0 ? k - 1 : k;
        }

        int stem;
        if (EndsWith(w, k, "ed"))
        {
            stem = k - 2;
        }
        else if (EndsWith(w, k, "ing"))
        {
            stem = k - 3;
        }
        else
        {
            return k;
        }

        if (!ContainsVowel(w, stem))
        {
            return k;
        }

        k = stem;
        if (EndsWith(w, k, "at") || EndsWith(w, k, "bl") || EndsWith(w, k, "iz"))
        {
            w[k] = 'e';
            return k + 1;
        }

        if (EndsWithDoubleConsonant(w, k) && w[k - 1] is not ('l' or 's' or 'z'))
        {
            return k - 1;
        }

        if (Measure(w, k) == 1 && EndsCvc(w, k))
        {
            w[k] = 'e';
            return k + 1;
        }

        return k;
    }

    private static int Step1C(Span<char> w, int k)
    {
        if (k > 1 && w[k - 1] == 'y' && ContainsVowel(w, k - 1))
        {
            w[k - 1] = 'i';
        }

        return k;
    }

    private static int ApplyLongest(Span<char> w, int k, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        var best = -1;
        for (var r = 0; r < rules.Length; r++)
        {
            if (EndsWith(w, k, rules[r].Suffix) && (best < 0 || rules[r].Suffix.Length > rules[best].Suffix.Length))
            {
                best = r;
            }
        }

        if (best < 0)
        {
            return k;
        }

        var (suffix, replacement) = rules[best];
        return Measure(w, k - suffix.Length) >= minMeasure ? Replace(w, k, suffix, replacement) : k;
    }

    private static int Step4(Span<char> w, int k)
    {
        string? best = null;
        foreach (var s in Step4Suffixes)
        {
            if (EndsWith(w, k, s) && (best is null || s.Length > best.Length))
            {
                best = s;
            }
        }

        if (best is null)
        {
            return k;
        }

        var stem = k - best.Length;
        if (Measure(w, stem) <= 1)
        {
            return k;
        }

        if (best == "ion" && (stem == 0 || w[stem - 1] is not ('s' or 't')))
        {
            return k;
        }

        return stem;
    }

    private static int Step5(Span<char> w, int k)
    {
        // 5a
        if (w[k - 1] == 'e')
        {
            var m = Measure(w, k - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, k - 1)))
            {
                k--;
            }
        }

        // 5b
        if (k > 1 && w[k - 1] == 'l' && EndsWithDoubleConsonant(w, k) && Measure(w, k) > 1)
        {
            k--;
        }

        return k;
    }
}
