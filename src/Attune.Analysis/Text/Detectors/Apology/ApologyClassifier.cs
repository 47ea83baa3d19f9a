using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Apology;

/// <summary>
/// Finds the speaker's own apologies in a text and classifies each as sincere, non-apology or
/// sympathy (see Apology.lex.txt for the phrases and the sources of the distinctions). Shared by
/// the apology detector and the empathy detector, which counts sympathy as an emotional reaction,
/// so both read an apology the same way.
/// <para>
/// Not an apology at all: quoted or reported apologies ("you said 'sorry for any inconvenience'",
/// "they apologised"), negated ones ("no need to apologise", "I'm not sorry"), and "sorry" as a
/// repair or turn-taking word ("sorry, could you repeat that?", "sorry, go ahead").
/// </para>
/// </summary>
internal static class ApologyClassifier
{
    /// <summary>One apology: its signal and label, the evidence token range, and the apology word.</summary>
    internal readonly record struct Instance(string Signal, string Label, int First, int End, int Anchor);

    private enum Section : byte
    {
        // attached sections in priority order: the first that starts at the apology word decides
        Repair,
        Conditional,
        RefusalAt,
        Courtesy,
        OwnershipAt,
        Feelings,
        Inconvenience,
        Sympathy,
        Situation,

        // looked for in the rest of the apology's clause
        Ownership,
        Refusal,
    }

    private static readonly HashSet<string> Anchors = new(StringComparer.Ordinal)
    {
        "sorry", "apologise", "apologize", "apologies", "apologising", "apologizing", "apology", "regret",
        "apologised", "apologized",
    };

    // words that may stand between the speaker and the apology word ("I'm so very sorry")
    private static readonly HashSet<string> Lead = new(StringComparer.Ordinal)
    {
        "i'm", "im", "i", "am", "we", "we're", "are", "so", "really", "very", "truly", "terribly", "deeply", "sincerely",
        "extremely", "awfully", "genuinely", "incredibly", "my", "our", "please", "accept", "do", "i'd", "we'd", "like", "to",
        "want", "again", "oh", "ah", "aw", "aww", "would", "must", "just", "most", "humble", "sincere", "sincerest",
        "heartfelt", "deepest", "profound", "huge", "big", "greatly", "wholeheartedly", "unreservedly", "can", "only",
    };

    // a subject other than the speaker before the apology word makes it someone else's ("they apologised", "you deserve an apology")
    private static readonly HashSet<string> Others = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "you", "he's", "she's", "they're", "you're", "youre", "someone", "somebody", "nobody", "people",
        "feel", "felt", "feels", "deserve", "deserves", "deserved", "expect", "expected", "demand", "demanded", "get", "got",
        "receive", "received", "no", "without", "their", "his", "her", "your",
    };

    private static readonly HashSet<string> Self = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "we", "we're", "my", "our", "me", "us", "i'd", "we'd", "i've", "we've", "ive", "weve",
    };

    private static readonly (PhraseMatcher Matcher, Section[] Sections) Lexicon = Build();

    private static (PhraseMatcher, Section[]) Build()
    {
        var matcher = new PhraseMatcher([]);
        var sections = new List<Section>();
        foreach (var e in SectionedLexicon.Load(typeof(ApologyClassifier), "Apology.lex.txt").Entries)
        {
            var section = e.Section switch
            {
                "repair_at" => Section.Repair,
                "conditional_at" => Section.Conditional,
                "refusal_at" => Section.RefusalAt,
                "courtesy_at" => Section.Courtesy,
                "ownership_at" => Section.OwnershipAt,
                "feelings_at" => Section.Feelings,
                "inconvenience_at" => Section.Inconvenience,
                "sympathy_at" => Section.Sympathy,
                "situation_at" => Section.Situation,
                "ownership" => Section.Ownership,
                "refusal" => Section.Refusal,
                _ => throw new InvalidOperationException($"Apology.lex.txt:{e.Line}: unknown section '{e.Section}'."),
            };
            matcher.Add(e.Phrase);
            sections.Add(section);
        }

        return (matcher, [.. sections]);
    }

    /// <summary>True when the text has an apology word outside quotations (a cheap pre-check).</summary>
    public static bool MayContainApology(TokenizedText text)
    {
        foreach (var t in text.Tokens)
        {
            if (t.Kind == TokenKind.Word && !t.Quoted && Anchors.Contains(t.Norm))
            {
                return true;
            }
        }

        return false;
    }

    // The apology and empathy detectors both classify the same turn one after the other: the last
    // result is kept per thread so the work is done once (sessions run a turn on one thread).
    [ThreadStatic]
    private static TokenizedText? t_lastText;

    [ThreadStatic]
    private static IReadOnlyList<Instance>? t_lastFound;

    /// <summary>The speaker's apologies in the text, in order.</summary>
    public static IReadOnlyList<Instance> Find(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReferenceEquals(text, t_lastText) && t_lastFound is not null)
        {
            return t_lastFound;
        }

        var found = Classify(text);
        t_lastText = text;
        t_lastFound = found;
        return found;
    }

    private static IReadOnlyList<Instance> Classify(TokenizedText text)
    {
        if (!MayContainApology(text))
        {
            return [];
        }

        var found = new List<Instance>();

        var tokens = text.Tokens;
        var matches = Lexicon.Matcher.Matches(text);
        var covered = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Quoted || !Anchors.Contains(t.Norm) || i < covered || !IsOwnApology(text, i))
            {
                continue;
            }

            var instance = Classify(text, matches, i);
            if (instance is { } apology)
            {
                found.Add(apology);
                covered = apology.End;
            }
        }

        return found;
    }

    private static bool IsOwnApology(TokenizedText text, int anchor)
    {
        var tokens = text.Tokens;
        var norm = tokens[anchor].Norm;
        var previous = PreviousWord(text, anchor);
        if (norm == "regret" && previous is not ("i" or "we" or "deeply" or "sincerely" or "greatly" or "truly" or "really"))
        {
            return false;
        }

        if (norm == "apology" && previous is not ("my" or "our" or "sincere" or "sincerest" or "heartfelt" or "deepest" or "humble" or "an" or "accept" or "full"))
        {
            return false;
        }

        if (Negation.IsNegated(text, anchor))
        {
            return false;
        }

        // walk back over the clause: the first pronoun decides whose apology it is
        var sentence = tokens[anchor].Sentence;
        var seen = 0;
        for (var i = anchor - 1; i >= 0 && seen < 5; i--)
        {
            var t = tokens[i];
            if (t.Sentence != sentence || (t.Kind == TokenKind.Punctuation && t.Norm is "," or ";" or ":" or "-" or "("))
            {
                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            if (Self.Contains(t.Norm))
            {
                return true;
            }

            if (t.Norm is "you" && i > 0 && tokens[i - 1].Norm is "owe" or "thank")
            {
                return true; // "I owe you an apology", "thank you sorry"
            }

            if (Others.Contains(t.Norm))
            {
                return false;
            }
        }

        return true;
    }

    private static string? PreviousWord(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        for (var i = index - 1; i >= 0 && tokens[i].Sentence == tokens[index].Sentence; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return tokens[i].Norm;
            }
        }

        return null;
    }

    private static Instance? Classify(TokenizedText text, List<PhraseMatch> matches, int anchor)
    {
        var tokens = text.Tokens;
        var (_, sentenceEnd) = text.SentenceRange(tokens[anchor].Sentence);
        var first = LeadStart(text, anchor);

        // 1. a phrase starting at the apology word decides, in section priority order
        var best = -1;
        var bestEnd = anchor + 1;
        foreach (var m in matches)
        {
            if (m.FirstToken != anchor || tokens[m.EndToken - 1].Sentence != tokens[anchor].Sentence)
            {
                continue; // the matcher skips punctuation, so "Sorry. That…" would read as "sorry that"
            }

            var s = (int)Lexicon.Sections[m.PhraseId];
            if (s > (int)Section.Situation)
            {
                continue;
            }

            if (best < 0 || s < best || (s == best && m.EndToken > bestEnd))
            {
                best = s;
                bestEnd = m.EndToken;
            }
        }

        var section = best < 0 ? (Section?)null : (Section)best;
        switch (section)
        {
            case Section.Repair:
                return null;
            case Section.Conditional:
                return new Instance(Signals.ApologyNonApology, ApologyLabels.Conditional, first, ClauseEnd(text, bestEnd), anchor);
            case Section.RefusalAt:
                var but = tokens[NextWord(text, anchor)].Norm is "but" or "however" or "though";
                return new Instance(Signals.ApologyNonApology, but ? ApologyLabels.But : ApologyLabels.Refusal, first, ClauseEnd(text, bestEnd), anchor);
            case Section.Courtesy:
                return new Instance(Signals.ApologySincere, ApologyLabels.Courtesy, first, bestEnd, anchor);
            case Section.OwnershipAt:
                return new Instance(Signals.ApologySincere, ApologyLabels.Failure, first, ClauseEnd(text, bestEnd), anchor);
            default:
                break;
        }

        // 2. the rest of the clause: ownership before any "but" makes it sincere, even after a formula
        // ("we apologise for the inconvenience our error caused"); then formulas, refusals, a bare "but"
        var contrast = -1;
        for (var i = anchor + 1; i < sentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Norm is "but" or "however")
            {
                contrast = i;
                break;
            }
        }

        var ownershipLimit = contrast < 0 ? sentenceEnd : contrast;
        if (section is null && WordsBetween(text, anchor + 1, sentenceEnd) <= 3 && tokens[anchor].Sentence + 1 < text.SentenceCount)
        {
            // "I'm so sorry. That was our mistake." — a bare apology is completed by the next sentence
            var (_, nextEnd) = text.SentenceRange(tokens[anchor].Sentence + 1);
            ownershipLimit = nextEnd;
        }

        foreach (var m in matches)
        {
            if (Lexicon.Sections[m.PhraseId] == Section.Ownership && m.FirstToken > anchor && m.FirstToken < ownershipLimit
                && !Negation.IsNegated(text, m.FirstToken))
            {
                return new Instance(Signals.ApologySincere, ApologyLabels.Failure, first, m.EndToken, anchor);
            }
        }

        if (section == Section.Feelings)
        {
            return new Instance(Signals.ApologyNonApology, ApologyLabels.Feelings, first, bestEnd, anchor);
        }

        if (section == Section.Inconvenience)
        {
            return new Instance(Signals.ApologyNonApology, ApologyLabels.Inconvenience, first, ClauseEnd(text, bestEnd), anchor);
        }

        // a refusal anywhere after a bare apology, or after the "but" of any other
        var refusalFrom = section is null ? anchor : contrast;
        if (refusalFrom >= 0)
        {
            foreach (var m in matches)
            {
                if (Lexicon.Sections[m.PhraseId] == Section.Refusal && m.FirstToken > refusalFrom && m.FirstToken < sentenceEnd)
                {
                    return new Instance(Signals.ApologyNonApology, ApologyLabels.Refusal, first, m.EndToken, anchor);
                }
            }
        }

        if (contrast >= 0 && section is null)
        {
            return new Instance(Signals.ApologyNonApology, ApologyLabels.But, first, ClauseEnd(text, contrast + 1), anchor);
        }

        if (section == Section.Sympathy)
        {
            return new Instance(Signals.ApologySympathy, ApologyLabels.Sympathy, first, ClauseEnd(text, bestEnd), anchor);
        }

        if (section == Section.Situation)
        {
            return new Instance(Signals.ApologySympathy, ApologyLabels.Situation, first, ClauseEnd(text, bestEnd), anchor);
        }

        // "Sorry, what was the reference?" — an apology word opening a question is a repair
        if (text.SentenceEndsWithQuestionMark(tokens[anchor].Sentence) && WordsBetween(text, text.SentenceStarts[tokens[anchor].Sentence], anchor) <= 1)
        {
            return null;
        }

        return new Instance(Signals.ApologySympathy, ApologyLabels.Unspecified, first, ClauseEnd(text, anchor + 1), anchor);
    }

    /// <summary>The start of the apology with its lead words ("I'm so sorry", "please accept our apologies").</summary>
    private static int LeadStart(TokenizedText text, int anchor)
    {
        var tokens = text.Tokens;
        var first = anchor;
        for (var i = anchor - 1; i >= 0 && anchor - i <= 5; i--)
        {
            var t = tokens[i];
            if (t.Sentence != tokens[anchor].Sentence || t.Kind != TokenKind.Word || !Lead.Contains(t.Norm))
            {
                break;
            }

            first = i;
        }

        return first;
    }

    /// <summary>Extends evidence to the end of its clause (the next comma or sentence end), at most eight more words.</summary>
    private static int ClauseEnd(TokenizedText text, int from)
    {
        var tokens = text.Tokens;
        if (from <= 0 || from >= tokens.Count)
        {
            return Math.Min(from, tokens.Count);
        }

        var sentence = tokens[from - 1].Sentence;
        var end = from;
        var words = 0;
        for (var i = from; i < tokens.Count && words < 8; i++)
        {
            var t = tokens[i];
            if (t.Sentence != sentence || t.Kind == TokenKind.Punctuation)
            {
                break;
            }

            words++;
            end = i + 1;
        }

        return end;
    }

    private static int NextWord(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        for (var i = index + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return index;
    }

    private static int WordsBetween(TokenizedText text, int first, int end)
    {
        var n = 0;
        for (var i = first; i < end; i++)
        {
            if (text.Tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }
}
