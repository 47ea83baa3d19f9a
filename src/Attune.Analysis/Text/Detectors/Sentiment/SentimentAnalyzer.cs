using System.Buffers;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>
/// Rule-based sentiment, reimplemented for this project from the published description of
/// VADER: Hutto, C.J. &amp; Gilbert, E.E. (2014), "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM-14. Over the VADER lexicon (human valence
/// -4..+4 per word) it applies the paper's five heuristics and the constants it reports:
/// <list type="number">
/// <item>degree modifiers: an intensifier before a sentiment word adds 0.293 to its magnitude, a
/// dampener ("kind of", "slightly") takes 0.293 off; one word further away counts 95%, two 90%;</item>
/// <item>ALL-CAPS emphasis: a sentiment word in capitals inside mixed-case text gains 0.733;</item>
/// <item>contrast: sentiment before the first "but" counts half, after it one and a half times;</item>
/// <item>negation: a negator in the three preceding words multiplies the valence by -0.74
/// ("never so good" and "without doubt" excepted; "least" negates unless "at least");
/// "no" negates a sentiment word up to two words on and is itself neutral before one;</item>
/// <item>punctuation: each "!" (up to 4) adds 0.292, and 2–3 "?" add 0.18 each (more: 0.96),
/// in the direction of the sum.</item>
/// </list>
/// The sum x is normalised to compound = x / sqrt(x² + 15), clipped to -1..1. Positive, neutral
/// and negative are the shares of the text in each polarity (a sentiment word counts |v| + 1).
/// <para>
/// Deviations, each tested: a few idioms and the lexicon's multi-word entries ("fed up",
/// "can't stand") are matched as phrases; an emoji is one word whose valence is the summed
/// lexicon valence of the words of its description in VADER's emoji lexicon (VADER instead
/// splices the description into the text); contact-centre words and phrases ("charged twice",
/// "had enough", "pillar to post", "weight off", <c>sentiment_phrases.lex.txt</c>) carry valence,
/// and compounds and formulas whose words VADER scores ("care home", "can you help", "to be
/// honest") carry none; answer particles ("Yes, …", "No, that's all"), address terms and names
/// set off by commas ("Thank you, love.", "Thanks, Grace.") and "Help!" are neutral
/// (<see cref="MarkDiscourse"/>); codes and redaction placeholders ("LS6", "2QT", "[NUMBER]")
/// are no words; in <see cref="Score(TokenizedText)"/> quoted words (someone else's words)
/// count as neutral. Measured: vader.tweets.sentiment 0.741 → 0.739 (tweet raters read "Yes, …"
/// and "looks like" as positive), meld.sentiment 0.410 → 0.448 (spoken dialogue).
/// </para>
/// Words are split on whitespace with their edge punctuation stripped (emoticons such as ":)"
/// are kept whole when the lexicon knows them), looked up once each by span, with no
/// allocation except for texts of more than 256 words.
/// </summary>
public static class SentimentAnalyzer
{
    private const int StackWords = 512;
    private const float ButBefore = 0.5f;
    private const float ButAfter = 1.5f;
    private const float ExclamationIncrement = 0.292f;
    private const float QuestionIncrement = 0.18f;
    private const float QuestionCap = 0.96f;
    private const float NormalisationAlpha = 15f;

    /// <summary>Scores a text as VADER does (every word counts, quoted or not).</summary>
    public static SentimentScore Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, null, null);
    }

    /// <summary>Scores a tokenised turn; words inside quotation marks (someone else's words) count as neutral.</summary>
    public static SentimentScore Score(TokenizedText tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Run(tokens.Text, tokens, null);
    }

    /// <summary>Scores a tokenised turn and lists every word or phrase that carried sentiment, strongest first.</summary>
    public static (SentimentScore Score, IReadOnlyList<SentimentContribution> Contributions) Explain(TokenizedText tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var list = new List<SentimentContribution>();
        var score = Run(tokens.Text, tokens, list);
        list.Sort((a, b) => Math.Abs(b.Valence).CompareTo(Math.Abs(a.Valence)));
        return (score, list);
    }

    private static SentimentScore Run(string text, TokenizedText? tokens, List<SentimentContribution>? contributions)
    {
        var maxWords = text.Length + 1; // an emoji between letters is a word of its own
        SentimentWord[]? rented = null;
        Span<SentimentWord> words = maxWords <= StackWords
            ? stackalloc SentimentWord[maxWords]
            : (rented = ArrayPool<SentimentWord>.Shared.Rent(maxWords));
        try
        {
            var n = Split(text, tokens, words);
            return Evaluate(text, words[..n], contributions);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<SentimentWord>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Splits on whitespace, looks every word up once, and marks phrases. Returns the word count.</summary>
    private static int Split(string text, TokenizedText? tokens, Span<SentimentWord> words)
    {
        var quoted = tokens is not null && HasQuoted(tokens);
        Span<char> lower = stackalloc char[64];
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            var emoji = EmojiLength(text, i);
            if (emoji > 0)
            {
                i += emoji; // an emoji is a word even when typed against another ("thanks😀")
            }
            else
            {
                // no emoji starts below U+2600 (EmojiLength's first range): skip the call for ordinary letters
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && (text[i] < '\u2600' || EmojiLength(text, i) == 0))
                {
                    i++;
                }
            }

            var raw = text.AsSpan(start, i - start);
            ref var w = ref words[n++];
            w = default;
            w.Id = -1;
            w.ModifierWord = -1;
            w.PhraseStart = n - 1;
            if (raw.Length > lower.Length || IsCode(raw))
            {
                // A URL or a run of junk: no word of the lexicon is this long. A code ("LS6",
                // "2QT", "SM-T280") or a redaction placeholder ("[NUMBER]") is no word either,
                // even when it spells one of VADER's texting entries ("2qt" = "too cute").
                w.Start = start;
                w.Length = raw.Length;
                var end = raw.Length;
                while (end > 0 && IsEdgePunctuation(raw[end - 1]))
                {
                    end--;
                }

                SetTrailing(ref w, raw[end..]);
                continue;
            }

            // An emoticon or a token the lexicon knows with its punctuation (":)", "<3", ":D"),
            // or an emoji, looked up without its variation selector or skin tone if need be.
            var rawKnown = TryLookup(raw, lower, out var entry);
            var rawEntry = entry;
            var found = rawKnown && entry.HasValence;
            if (!found && emoji > 0)
            {
                var baseLength = char.IsHighSurrogate(raw[0]) ? 2 : 1;
                found = baseLength < raw.Length && SentimentLexicon.TryGet(raw[..baseLength], out entry) && entry.HasValence;
            }

            var wordStart = start;
            var word = raw;
            if (!found)
            {
                var a = 0;
                var b = raw.Length;
                while (a < b && IsEdgePunctuation(raw[a]))
                {
                    a++;
                }

                while (b > a && IsEdgePunctuation(raw[b - 1]))
                {
                    b--;
                }

                if (b > a)
                {
                    word = raw[a..b];
                    wordStart = start + a;
                    SetTrailing(ref w, raw[b..]);
                }

                // Nothing stripped (most words): the look-up above was of this very word. Doing it again was
                // a second lower-casing and hash of every plain word.
                if (emoji == 0 && word.Length == raw.Length)
                {
                    found = rawKnown;
                    entry = rawEntry;
                }
                else
                {
                    found = TryLookup(word, lower, out entry);
                }
            }

            w.Start = wordStart;
            w.Length = word.Length;
            w.Caps = IsAllCaps(word);
            if (quoted && IsQuoted(tokens!, wordStart))
            {
                w.Skip = true;
                continue;
            }

            if (found)
            {
                w.Id = entry.Id;
                w.LexiconValence = entry.Valence;
                w.HasValence = entry.HasValence;
                w.Booster = entry.Booster;
                w.Negator = entry.Negator;
                w.Role = entry.Role;
            }

            if (!w.Negator && word.Length >= 3 && ContainsNt(word))
            {
                w.Negator = true; // any "n't" contraction negates ("needn't", "oughtn't")
            }
        }

        MarkPhrases(words[..n]);
        MarkDiscourse(text, words[..n]);
        return n;
    }

    private static bool TryLookup(ReadOnlySpan<char> word, Span<char> lower, out LexiconEntry entry)
    {
        var l = lower[..word.Length];
        var changed = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            var d = c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
            changed |= d != c;
            l[k] = d;
        }

        if (SentimentLexicon.TryGet(l, out entry))
        {
            return true;
        }

        // Case matters for a few emoticons (":D" is not ":d").
        return changed && SentimentLexicon.TryGet(word, out entry);
    }

    /// <summary>Two- and three-word phrases: the valence goes on the last word, the others become neutral.</summary>
    private static void MarkPhrases(Span<SentimentWord> words)
    {
        if (SentimentLexicon.PhraseTable.Count == 0)
        {
            return;
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Id < 0 || words[i - 1].Id < 0 || words[i].Skip || words[i - 1].Skip)
            {
                continue;
            }

            var first = -1;
            float valence = 0;
            if (i >= 2 && words[i - 2].Id >= 0 && !words[i - 2].Skip
                && SentimentLexicon.PhraseTable.TryGetValue(SentimentLexicon.PhraseKey(words[i - 2].Id, words[i - 1].Id, words[i].Id), out valence))
            {
                first = i - 2;
            }
            else if (SentimentLexicon.PhraseTable.TryGetValue(SentimentLexicon.PhraseKey(words[i - 1].Id, words[i].Id), out valence))
            {
                first = i - 1;
            }

            if (first < 0)
            {
                continue;
            }

            for (var k = first; k < i; k++)
            {
                ref var p = ref words[k];
                p.HasValence = false;
                p.Booster = 0;
                p.Negator = false;
                p.Role = WordRole.None;
                p.Skip = true; // inside a phrase: neither a sentiment word nor a modifier
            }

            ref var head = ref words[i];
            head.LexiconValence = valence;
            head.HasValence = valence != 0;
            head.Booster = 0;
            head.Negator = false;
            head.Role = WordRole.None;
            head.PhraseStart = first;
            head.Modifier = Modifier.Phrase;
        }
    }

    private static SentimentScore Evaluate(string text, Span<SentimentWord> words, List<SentimentContribution>? contributions)
    {
        var n = words.Length;
        var caps = 0;
        for (var i = 0; i < n; i++)
        {
            if (words[i].Caps)
            {
                caps++;
            }
        }

        // Capitals are emphasis only when the text mixes them with lower case.
        var capsDiffer = caps > 0 && caps < n;
        var butIndex = -1;
        for (var i = 0; i < n; i++)
        {
            ref var w = ref words[i];
            if (butIndex < 0 && w.Role == WordRole.But && !w.Skip)
            {
                butIndex = i;
            }

            w.Score = Valence(words, i, capsDiffer);
        }

        float sum = 0, pos = 0, neg = 0;
        var neutral = 0;
        for (var i = 0; i < n; i++)
        {
            ref var w = ref words[i];
            if (butIndex >= 0 && w.Score != 0)
            {
                w.Score *= i < butIndex ? ButBefore : i > butIndex ? ButAfter : 1f;
            }

            var s = w.Score;
            sum += s;
            if (s > 0)
            {
                pos += s + 1;
            }
            else if (s < 0)
            {
                neg += s - 1;
            }
            else
            {
                neutral++;
            }

            if (s != 0 && contributions is not null)
            {
                contributions.Add(Contribution(text, words, i, i > butIndex && butIndex >= 0));
            }
        }

        if (n == 0 || (sum == 0 && pos == 0 && neg == 0))
        {
            return n == 0 ? default : new SentimentScore(0, 0, 1, 0);
        }

        var emphasis = PunctuationEmphasis(text);
        if (sum > 0)
        {
            sum += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
        }

        if (pos > -neg)
        {
            pos += emphasis;
        }
        else if (pos < -neg)
        {
            neg -= emphasis;
        }

        var compound = Math.Clamp(sum / Math.Sqrt((sum * sum) + NormalisationAlpha), -1, 1);
        var total = pos - neg + neutral;
        return new SentimentScore(
            Math.Round(compound, 4),
            Math.Round(pos / total, 3),
            Math.Round(neutral / total, 3),
            Math.Round(-neg / total, 3));
    }

    /// <summary>The valence of word <paramref name="i"/> after the modifier, capitals, negation and "least" rules.</summary>
    private static float Valence(Span<SentimentWord> words, int i, bool capsDiffer)
    {
        ref var w = ref words[i];
        if (w.Skip || !w.HasValence)
        {
            return 0;
        }

        // Boosters carry no sentiment of their own; nor does "kind" in "kind of".
        if (w.Booster != 0 || (w.Role == WordRole.Kind && i + 1 < words.Length && words[i + 1].Role == WordRole.Of))
        {
            return 0;
        }

        var v = w.LexiconValence;
        var at = w.PhraseStart; // modifiers are looked for before the phrase (or word)

        // "no" before a sentiment word is a determiner ("no problem", "no real help"): neutral
        // itself, as it negates that word (VADER looks one word on; we look two, within the clause,
        // so that the negation is not counted twice).
        if (w.Role == WordRole.No && !w.EndsClause)
        {
            for (var k = i + 1; k <= i + 2 && k < words.Length; k++)
            {
                if (words[k].HasValence && !words[k].Skip)
                {
                    return 0;
                }

                if (words[k].EndsClause)
                {
                    break;
                }
            }
        }

        // … and it negates the sentiment word one or two words on ("no good", "no real help", "no help or support").
        var scope = ClauseScope(words, at);
        if ((scope >= 1 && words[at - 1].Role == WordRole.No)
            || (scope >= 2 && words[at - 2].Role == WordRole.No)
            || (scope >= 3 && words[at - 3].Role == WordRole.No && words[at - 1].Role == WordRole.OrNor))
        {
            v *= SentimentLexicon.NegationScalar;
            Note(ref w, Modifier.Negated, words[at - 1].Role == WordRole.No ? at - 1 : at - 2);
        }

        if (w.Caps && capsDiffer)
        {
            v += v > 0 ? SentimentLexicon.CapsIncrement : -SentimentLexicon.CapsIncrement;
            Note(ref w, Modifier.Caps, -1);
        }

        for (var d = 1; d <= scope; d++)
        {
            var j = at - d;

            ref var m = ref words[j];
            if (m.HasValence || m.Skip)
            {
                continue; // a word with its own sentiment modifies nothing
            }

            if (m.Booster != 0)
            {
                var s = v > 0 ? m.Booster : -m.Booster;
                if (m.Caps && capsDiffer)
                {
                    s += v > 0 ? SentimentLexicon.CapsIncrement : -SentimentLexicon.CapsIncrement;
                }

                s *= d == 1 ? 1f : d == 2 ? 0.95f : 0.9f;
                v += s;
                Note(ref w, m.Booster > 0 ? Modifier.Boosted : Modifier.Dampened, j);
            }

            // "kind of good": the dampener "kind of" sits right before the word.
            if (d == 1 && m.Role == WordRole.Of && j > 0 && words[j - 1].Role == WordRole.Kind)
            {
                v += v > 0 ? -SentimentLexicon.BoosterIncrement : SentimentLexicon.BoosterIncrement;
                Note(ref w, Modifier.Dampened, j - 1);
            }

            if (!m.Negator)
            {
                continue;
            }

            if (m.Role == WordRole.Never && NeverSo(words, j, at))
            {
                v *= 1.25f; // "never so good": emphasis, not negation
                Note(ref w, Modifier.Boosted, j);
            }
            else if (m.Role == WordRole.Without && j + 1 < at && words[j + 1].Role == WordRole.Doubt)
            {
                // "without doubt" affirms
            }
            else
            {
                v *= SentimentLexicon.NegationScalar;
                Note(ref w, Modifier.Negated, j);
            }
        }

        // "least good" negates; "at least" and "very least" do not.
        if (scope >= 1 && words[at - 1].Role == WordRole.Least && !words[at - 1].HasValence
            && (at == 1 || words[at - 2].Role is not (WordRole.At or WordRole.Very)))
        {
            v *= SentimentLexicon.NegationScalar;
            Note(ref w, Modifier.Negated, at - 1);
        }

        return v;
    }

    /// <summary>
    /// How many of the (up to three) words before <paramref name="at"/> are in its clause.
    /// Deviation from VADER, which reads words without punctuation: a negator or booster does
    /// not reach across a full stop or comma ("No idea.. Sexy perhaps?", "Nope, still clueless").
    /// </summary>
    private static int ClauseScope(Span<SentimentWord> words, int at)
    {
        var scope = 0;
        for (var j = at - 1; j >= 0 && scope < 3; j--)
        {
            if (words[j].EndsClause)
            {
                break;
            }

            scope++;
        }

        return scope;
    }

    private static bool NeverSo(Span<SentimentWord> words, int never, int word)
    {
        for (var k = never + 1; k < word; k++)
        {
            if (words[k].Role == WordRole.SoThis)
            {
                return true;
            }
        }

        return false;
    }

    private static void Note(ref SentimentWord w, Modifier modifier, int word)
    {
        // Negation is the most telling modifier for an explanation; then boosters; then capitals.
        if (w.Modifier is Modifier.Negated || (w.Modifier is Modifier.Boosted or Modifier.Dampened && modifier == Modifier.Caps))
        {
            return;
        }

        if (w.Modifier == Modifier.Phrase && modifier == Modifier.Caps)
        {
            return;
        }

        w.Modifier = modifier;
        w.ModifierWord = word;
    }

    private static SentimentContribution Contribution(string text, Span<SentimentWord> words, int i, bool afterBut)
    {
        ref var w = ref words[i];
        var first = words[w.PhraseStart].Start;
        string? modifier = w.Modifier switch
        {
            Modifier.Negated or Modifier.Boosted or Modifier.Dampened when w.ModifierWord >= 0 =>
                text.Substring(words[w.ModifierWord].Start, words[w.ModifierWord].Length).ToLowerInvariant(),
            Modifier.Caps => "CAPS",
            _ => afterBut ? "but" : null,
        };
        if (w.Modifier is Modifier.Negated or Modifier.Boosted or Modifier.Dampened && w.ModifierWord >= 0 && words[w.ModifierWord].Start < first)
        {
            first = words[w.ModifierWord].Start; // show "not happy", not "happy"
        }

        return new SentimentContribution(first, w.Start + w.Length - first, Math.Round(w.Score, 3), modifier);
    }

    private static float PunctuationEmphasis(string text)
    {
        int bangs = 0, questions = 0;
        foreach (var c in text)
        {
            if (c == '!')
            {
                bangs++;
            }
            else if (c == '?')
            {
                questions++;
            }
        }

        var emphasis = Math.Min(bangs, 4) * ExclamationIncrement;
        if (questions > 1)
        {
            emphasis += questions <= 3 ? questions * QuestionIncrement : QuestionCap;
        }

        return emphasis;
    }

    /// <summary>
    /// Length of the emoji starting at <paramref name="i"/> (0 when none): a pictograph from the
    /// Miscellaneous Symbols, Dingbats or supplementary emoji blocks, with a following variation
    /// selector or skin-tone modifier.
    /// </summary>
    private static int EmojiLength(string text, int i)
    {
        var c = text[i];
        int length;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var cp = char.ConvertToUtf32(c, text[i + 1]);
            if (cp is < 0x1F000 or > 0x1FAFF)
            {
                return 0;
            }

            length = 2;
        }
        else if (c is (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF'))
        {
            length = 1;
        }
        else
        {
            return 0;
        }

        var j = i + length;
        if (j < text.Length && text[j] == '\uFE0F')
        {
            j++;
        }
        else if (j + 1 < text.Length && char.IsHighSurrogate(text[j]) && char.IsLowSurrogate(text[j + 1])
            && char.ConvertToUtf32(text[j], text[j + 1]) is >= 0x1F3FB and <= 0x1F3FF)
        {
            j += 2;
        }

        return j - i;
    }

    private static void SetTrailing(ref SentimentWord w, ReadOnlySpan<char> trailing)
    {
        foreach (var c in trailing)
        {
            switch (c)
            {
                case '!':
                    w.Exclaims = true;
                    w.EndsSentence = true;
                    break;
                case '.' or '?' or '\u2026':
                    w.EndsSentence = true;
                    break;
                case ',':
                    w.Comma = true;
                    break;
                case ';' or ':':
                    break;
                default:
                    continue;
            }

            w.EndsClause = true;
        }
    }

    /// <summary>
    /// Deviation from VADER for spoken and typed service talk, where some lexicon words are
    /// discourse markers rather than opinions (each measured not to lower vader.tweets.sentiment):
    /// <list type="bullet">
    /// <item>an answer particle that makes up its clause at the start of one ("Yes, it's in my
    /// name", "No, that's all", "Okay. And there's a direct debit", "Well, at least…", "…, yes.")
    /// answers or takes a turn; it is neutral unless exclaimed ("Yes!");</item>
    /// <item>"Help!" on its own calls for help (VADER scores "help" +1.7);</item>
    /// <item>an address term or a name set off by commas at the end of a clause ("Thank you,
    /// love.", "Oh, hello, dear.", "Thanks, Grace.") names the listener; it carries no valence.</item>
    /// </list>
    /// </summary>
    private static void MarkDiscourse(string text, Span<SentimentWord> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            ref var w = ref words[i];
            if (!w.HasValence || w.Skip || !w.EndsClause)
            {
                continue;
            }

            var clauseInitial = i == 0 || words[i - 1].EndsClause;
            var word = text.AsSpan(w.Start, w.Length);
            if (clauseInitial && word.Equals("help", StringComparison.OrdinalIgnoreCase))
            {
                w.HasValence = false; // "Help!" calls for help; it praises nothing
            }
            else if (w.Exclaims)
            {
                continue;
            }
            else if (clauseInitial && IsParticle(word))
            {
                w.HasValence = false;
            }
            else if (i > 0 && words[i - 1].Comma
                && (IsAddressTerm(word) || (char.IsUpper(word[0]) && !IsAllCaps(word) && IsGreeting(text.AsSpan(words[i - 1].Start, words[i - 1].Length)))))
            {
                w.HasValence = false; // vocative
            }
        }
    }

    /// <summary>Words after which a capitalised word set off by a comma is a name: "Thanks, Grace.", "Hi, Sam,".</summary>
    private static readonly string[] Greetings = ["thanks", "you", "hi", "hello", "hey", "bye", "cheers", "morning", "afternoon", "evening", "goodbye", "ta"];

    private static bool IsGreeting(ReadOnlySpan<char> word) => IsOneOf(word, Greetings);

    private static readonly string[] Particles = ["yes", "yeah", "yep", "ok", "okay", "no", "well", "sure", "fine", "right"];

    private static bool IsParticle(ReadOnlySpan<char> word) => IsOneOf(word, Particles);

    private static readonly string[] AddressTerms = ["dear", "love", "darling", "mate", "pet", "sweetheart", "hun", "hon", "buddy", "sir"];

    private static bool IsAddressTerm(ReadOnlySpan<char> word) => IsOneOf(word, AddressTerms);

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A code or placeholder, not a word: "[NUMBER]", or three or more letters and digits mixed with a capital ("LS6", "2QT").</summary>
    private static bool IsCode(ReadOnlySpan<char> raw)
    {
        if (raw.Length >= 3 && raw[0] == '[' && raw.IndexOf(']') > 1)
        {
            return true;
        }

        bool digit = false, upper = false, letter = false;
        foreach (var c in raw)
        {
            digit |= char.IsAsciiDigit(c);
            upper |= char.IsUpper(c);
            letter |= char.IsLetter(c);
        }

        return digit && upper && letter && raw.Length >= 3; // "G1" may still be VADER's "good one"
    }

    private static bool IsEdgePunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsUpper(c);
        }

        return letters;
    }

    private static bool ContainsNt(ReadOnlySpan<char> word)
    {
        for (var k = 1; k + 1 < word.Length; k++)
        {
            if ((word[k] is '\'' or '\u2019') && (word[k - 1] is 'n' or 'N') && (word[k + 1] is 't' or 'T'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasQuoted(TokenizedText tokens)
    {
        foreach (var t in tokens.Tokens)
        {
            if (t.Quoted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoted(TokenizedText tokens, int charIndex)
    {
        var list = tokens.Tokens;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var t = list[mid];
            if (charIndex < t.Start)
            {
                hi = mid - 1;
            }
            else if (charIndex >= t.End)
            {
                lo = mid + 1;
            }
            else
            {
                return t.Quoted;
            }
        }

        return false;
    }
}
