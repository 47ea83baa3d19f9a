using System.Collections.Concurrent;

namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// The Porter stemming algorithm: M. F. Porter, "An algorithm for suffix stripping",
/// Program 14(3):130-137, 1980 (steps 1a-5b as published, with the two widely used corrections of
/// the reference implementation: step 2 also maps "-logi" → "-log" and "-bli" → "-ble").
/// Used to compare a customer's content words with an advisor's ("charged" / "charges" → "charg").
/// Input is a lower-case word; apostrophes and anything non-letter are left to the caller
/// (<see cref="Stem"/> returns words with non a-z letters unchanged).
/// </summary>
public static class PorterStemmer
{
    /// <summary>
    /// Most stems ever remembered. Talk reuses a small vocabulary, so the memo answers nearly every
    /// call (the paraphrase detector stems each content word of every turn it compares); the cap keeps
    /// a long-running process from growing without bound on junk words (about 100 B an entry, so
    /// at most ~3 MB). Past the cap, words are stemmed afresh, with the same result.
    /// </summary>
    private const int MemoCapacity = 32_768;

    /// <summary>
    /// word → stem, shared by every thread (analyses run in parallel). Stemming one word costs a
    /// buffer, a string and the five steps (~150 ns); a memo hit is one hash look-up (~20 ns).
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);

    private static int _memoCount;

    /// <summary>Stems one lower-case word. Words of one or two letters are returned as they are (as in Porter's paper).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        if (Memo.TryGetValue(word, out var known))
        {
            return known;
        }

        var stem = Compute(word);
        // a counter of our own: ConcurrentDictionary.Count takes every lock
        if (Volatile.Read(ref _memoCount) < MemoCapacity && Memo.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _memoCount);
        }

        return stem;
    }

    private static string Compute(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word;
            }
        }

        Span<char> b = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(b);
        var s = new State(b, b.Length - 1);
        s.Step1Ab();
        if (s.K > 0)
        {
            s.Step1C();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }

        // an unchanged word is returned as it is, without a copy
        var stem = b[..(s.K + 1)];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>Working state over the character buffer: <c>K</c> is the index of the last letter, <c>J</c> a suffix boundary.</summary>
    private ref struct State(Span<char> b, int k)
    {
        private readonly Span<char> _b = b;
        private int _j;

        public int K { get; private set; } = k;

        private readonly bool IsConsonant(int i)
        {
            switch (_b[i])
            {
                case 'a':
                case 'e':
                case 'i':
                case 'o':
                case 'u':
                    return false;
                case 'y':
                    return i == 0 || !IsConsonant(i - 1);
                default:
                    return true;
            }
        }

        /// <summary>m(), the number of VC sequences in b[0..j]: [C](VC)^m[V].</summary>
        private readonly int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        /// <summary>*v*: b[0..j] contains a vowel.</summary>
        private readonly bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>*d: b[j-1..j] is a double consonant.</summary>
        private readonly bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        /// <summary>*o: b[i-2..i] is consonant-vowel-consonant and the last is not w, x or y.</summary>
        private readonly bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > K + 1)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (_b[K - length + 1 + i] != suffix[i])
                {
                    return false;
                }
            }

            _j = K - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                _b[_j + 1 + i] = s[i];
            }

            K = _j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0)
            {
                SetTo(s);
            }
        }

        /// <summary>Step 1a/1b: plurals and -ed / -ing.</summary>
        public void Step1Ab()
        {
            if (_b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_b[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    K--;
                    if (_b[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (MeasureAt(K) == 1 && Cvc(K))
                {
                    _j = K;
                    SetTo("e");
                }
            }
        }

        private int MeasureAt(int j)
        {
            var saved = _j;
            _j = j;
            var m = Measure();
            _j = saved;
            return m;
        }

        /// <summary>Step 1c: terminal y → i when there is another vowel in the stem.</summary>
        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[K] = 'i';
            }
        }

        /// <summary>Step 2: double suffixes to single ones (-ization → -ize …) when m &gt; 0.</summary>
        public void Step2()
        {
            if (K == 0)
            {
                return;
            }

            switch (_b[K - 1])
            {
                case 'a':
                    if (Ends("ational")) { ReplaceIfMeasured("ate"); break; }
                    if (Ends("tional")) { ReplaceIfMeasured("tion"); }
                    break;
                case 'c':
                    if (Ends("enci")) { ReplaceIfMeasured("ence"); break; }
                    if (Ends("anci")) { ReplaceIfMeasured("ance"); }
                    break;
                case 'e':
                    if (Ends("izer")) { ReplaceIfMeasured("ize"); }
                    break;
                case 'l':
                    if (Ends("bli")) { ReplaceIfMeasured("ble"); break; }
                    if (Ends("alli")) { ReplaceIfMeasured("al"); break; }
                    if (Ends("entli")) { ReplaceIfMeasured("ent"); break; }
                    if (Ends("eli")) { ReplaceIfMeasured("e"); break; }
                    if (Ends("ousli")) { ReplaceIfMeasured("ous"); }
                    break;
                case 'o':
                    if (Ends("ization")) { ReplaceIfMeasured("ize"); break; }
                    if (Ends("ation")) { ReplaceIfMeasured("ate"); break; }
                    if (Ends("ator")) { ReplaceIfMeasured("ate"); }
                    break;
                case 's':
                    if (Ends("alism")) { ReplaceIfMeasured("al"); break; }
                    if (Ends("iveness")) { ReplaceIfMeasured("ive"); break; }
                    if (Ends("fulness")) { ReplaceIfMeasured("ful"); break; }
                    if (Ends("ousness")) { ReplaceIfMeasured("ous"); }
                    break;
                case 't':
                    if (Ends("aliti")) { ReplaceIfMeasured("al"); break; }
                    if (Ends("iviti")) { ReplaceIfMeasured("ive"); break; }
                    if (Ends("biliti")) { ReplaceIfMeasured("ble"); }
                    break;
                case 'g':
                    if (Ends("logi")) { ReplaceIfMeasured("log"); }
                    break;
            }
        }

        /// <summary>Step 3: -ic-, -full, -ness etc. when m &gt; 0.</summary>
        public void Step3()
        {
            switch (_b[K])
            {
                case 'e':
                    if (Ends("icate")) { ReplaceIfMeasured("ic"); break; }
                    if (Ends("ative")) { ReplaceIfMeasured(""); break; }
                    if (Ends("alize")) { ReplaceIfMeasured("al"); }
                    break;
                case 'i':
                    if (Ends("iciti")) { ReplaceIfMeasured("ic"); }
                    break;
                case 'l':
                    if (Ends("ical")) { ReplaceIfMeasured("ic"); break; }
                    if (Ends("ful")) { ReplaceIfMeasured(""); }
                    break;
                case 's':
                    if (Ends("ness")) { ReplaceIfMeasured(""); }
                    break;
            }
        }

        /// <summary>Step 4: removes -ant, -ence etc. when m &gt; 1.</summary>
        public void Step4()
        {
            if (K == 0)
            {
                return;
            }

            var found = _b[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && Measure() > 1)
            {
                K = _j;
            }
        }

        /// <summary>Step 5: removes a final -e when m &gt; 1 (or m = 1 and not *o), and -ll → -l when m &gt; 1.</summary>
        public void Step5()
        {
            _j = K;
            if (_b[K] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            // as in the reference implementation, m() here still measures up to the original end (j is not moved)
            if (_b[K] == 'l' && DoubleConsonant(K) && Measure() > 1)
            {
                K--;
            }
        }
    }
}
