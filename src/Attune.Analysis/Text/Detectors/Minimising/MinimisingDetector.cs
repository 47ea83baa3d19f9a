using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Minimising;

/// <summary>
/// <c>language.minimising</c> (−): advisor language that shrinks the customer's difficulty —
/// "just/simply" before the customer's step, "obviously/clearly", "all you have to do is",
/// "it's easy", "it's not hard", "no big deal", "that's just how it works" (to an unhappy customer),
/// "as I already explained", "it's only £5".
/// The word alone is not enough; the context decides:
/// <list type="bullet">
/// <item>"just"/"simply" count only when aimed at the customer's action: after "you" ("you just
/// need to…") or opening an instruction ("just restart it", with a step verb next). About the
/// advisor ("I just checked"), about time ("just now", "you've just been charged"), politeness
/// ("just a moment", "just to confirm", "just bear with me") and questions ("could you just
/// confirm…?", a softened request) do not count.</item>
/// <item>"obviously"/"clearly" count when the clause puts something on the customer ("you…",
/// "…needs to…"); not about the advisor ("obviously I want to fix this"), not validating ("clearly
/// that's not good enough", "you're clearly upset"), not as manner ("speak clearly").</item>
/// <item>"it's easy/simple" does not count when negated ("it's not easy"), when validating a slip
/// ("it's easy to miss"), or when the advisor does the work ("it's simple, I'll do it now").</item>
/// <item>"as I said/mentioned" alone is a neutral recap; with "already", "told you", "like I said" it
/// points at the customer's failure to take it in, and counts.</item>
/// </list>
/// Negated ("you don't just restart it"), quoted and hedged forms are skipped. One finding per kind and
/// sentence, never overlapping: "It's easy to move it, all you have to do is give me the postcode" shrinks
/// the task twice and gives two findings.
/// </summary>
public sealed class MinimisingDetector : Detector
{
    private const int MaxSpanWords = 8;

    public MinimisingDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var text = turn.Tokens;
        var lexicon = MinimisingLexicon.Lexicon;
        var matches = lexicon.Matcher.Matches(text);
        var lastSentence = -1;
        var lastEnd = 0;
        var kindsInSentence = 0u;
        foreach (var m in matches)
        {
            var sentence = text.Tokens[m.FirstToken].Sentence;
            if (sentence != lastSentence)
            {
                kindsInSentence = 0;
            }

            var kind = lexicon.KindOf(m);
            var bit = 1u << (int)kind;
            if ((kindsInSentence & bit) != 0 || m.FirstToken < lastEnd || !Accept(kind, text, m, out var subject)
                || (kind == MinimisingKind.ThatsHowItIs && !CustomerUnhappy(context, turn.Index)))
            {
                continue;
            }

            var (first, end) = EvidenceSpan(kind, text, m);
            first = Math.Min(first, subject < 0 ? first : subject);
            var quote = Slice(text, first, end);
            sink.Add(turn, first, end, Signals.LanguageMinimising, Polarity.Negative, Detail(kind, quote),
                label: Label(kind), suggestion: Suggestion(kind, text, m, first, end));
            lastSentence = sentence;
            lastEnd = end;
            kindsInSentence |= bit;
        }
    }

    /// <summary>
    /// "That's just how the billing cycle works" explains a mechanism to a customer who asked; said to a
    /// customer who is complaining (their last turn negative in sentiment or emotion) it closes the
    /// complaint instead of answering it.
    /// </summary>
    private static bool CustomerUnhappy(ConversationContext context, int advisorTurn)
    {
        if (context.PreviousTurnOf(Party.Customer, advisorTurn) is not { } customer)
        {
            return false;
        }

        foreach (var f in context.FindingsFor(customer.Index, Signals.CustomerSentiment))
        {
            if (f.Value is <= -0.05)
            {
                return true;
            }
        }

        foreach (var f in context.FindingsFor(customer.Index, Signals.CustomerEmotion))
        {
            if (f.Label is "frustration" or "anger" or "distress" or "sadness" or "anxiety" or "fear")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Accept(MinimisingKind kind, TokenizedText text, PhraseMatch m, out int subject)
    {
        subject = -1;
        // negation before the phrase ("you don't just restart it", "I'm not saying it's easy")
        if (Negation.IsNegated(text, m.FirstToken, window: kind is MinimisingKind.Just ? 1 : 3))
        {
            return false;
        }

        return kind switch
        {
            MinimisingKind.Just => IsMinimisingJust(text, m.FirstToken, out subject),
            MinimisingKind.Obvious => IsMinimisingObvious(text, m.FirstToken),
            MinimisingKind.ItsObvious => !ValidatingFollows(text, m.EndToken),
            MinimisingKind.Easy => IsMinimisingEasy(text, m),
            MinimisingKind.NotHard or MinimisingKind.Dismissive or MinimisingKind.AllYouHaveToDo or MinimisingKind.ThatsHowItIs => !TokenWalk.InQuestion(text, m.FirstToken),
            MinimisingKind.AlreadyExplained => true,
            MinimisingKind.Only => IsMinimisingOnly(text, m),
            _ => false,
        };
    }

    private enum Subject
    {
        None,
        Customer,
        Other,
    }

    /// <summary>Who acts in the clause before <paramref name="index"/>: scans back over modals and fillers to the nearest subject.</summary>
    private static Subject SubjectBefore(TokenizedText text, int index, out int at)
    {
        at = -1;
        var tokens = text.Tokens;
        var start = TokenWalk.ClauseStart(text, index);
        var words = 0;
        for (var i = index - 1; i >= start && words < 5; i--)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (MinimisingLexicon.SecondPerson.Contains(t.Norm))
            {
                at = i;
                return Subject.Customer;
            }

            if (MinimisingLexicon.Transparent.Contains(t.Norm))
            {
                continue;
            }

            return Subject.Other; // I, we, it, that, the app…
        }

        return Subject.None;
    }

    private static bool IsMinimisingJust(TokenizedText text, int index, out int subject)
    {
        subject = -1;
        if (TokenWalk.InQuestion(text, index))
        {
            return false; // "could you just confirm your postcode?" softens a request
        }

        var tokens = text.Tokens;
        var prev = TokenWalk.PreviousNorm(text, index);
        if (prev is "you've" or "youve" or "put" or "it's" or "that's")
        {
            return false; // recency ("you've just been charged"), "put simply", "that's just how it is"
        }

        var next = TokenWalk.NextWord(text, index);
        if (next < 0)
        {
            return false;
        }

        var n = tokens[next].Norm;
        var needTo = (n is "need" or "have" or "got") && TokenWalk.NextNorm(text, next) == "to";
        if (!needTo && (MinimisingLexicon.NotAfterJust.Contains(n) || Negation.IsNegator(n) || tokens[next].Kind != TokenKind.Word || (n.EndsWith("ed", StringComparison.Ordinal) && !MinimisingLexicon.InstructionVerbs.Contains(n))))
        {
            return false;
        }

        return SubjectBefore(text, index, out subject) switch
        {
            Subject.Customer => true,
            Subject.None => needTo || MinimisingLexicon.InstructionVerbs.Contains(n),
            _ => false,
        };
    }

    private static bool IsMinimisingObvious(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        var word = tokens[index].Norm;
        if (word == "clearly" && (MinimisingLexicon.MannerBefore.Contains(TokenWalk.PreviousNorm(text, index)) || MinimisingLexicon.MannerAfter.Contains(TokenWalk.NextNorm(text, index))))
        {
            return false; // "speak clearly", "clearly labelled"
        }

        var start = TokenWalk.ClauseStart(text, index);
        var end = TokenWalk.ClauseEnd(text, index);
        if (TokenWalk.PunctuationFollows(text, index, ','))
        {
            // "Obviously, you need to…": the clause is the one after the comma
            end = TokenWalk.ClauseEnd(text, index + 2 < tokens.Count ? index + 2 : index);
        }

        var aimedAtCustomer = false;
        var firstSubject = true;
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || i == index)
            {
                continue;
            }

            if (firstSubject && MinimisingLexicon.FirstPerson.Contains(t.Norm))
            {
                return false; // "obviously I want to get this sorted"
            }

            if (MinimisingLexicon.SecondPerson.Contains(t.Norm) || t.Norm is "must" or "should"
                || (MinimisingLexicon.Requirement.Contains(t.Norm) && TokenWalk.NextNorm(text, i) == "to"))
            {
                aimedAtCustomer = true;
            }

            if (t.Norm is not ("so" or "and" or "but" or "well" or "now" or "then" or "of" or "course"))
            {
                firstSubject = false;
            }
        }

        return aimedAtCustomer && !ValidatingFollows(text, index + 1);
    }

    /// <summary>True when a validating word ("upset", "not good enough", "shouldn't have happened") follows in the sentence.</summary>
    private static bool ValidatingFollows(TokenizedText text, int from)
    {
        if (from >= text.Tokens.Count)
        {
            return false;
        }

        var (_, sentenceEnd) = TokenWalk.SentenceOf(text, Math.Min(from, text.Tokens.Count - 1));
        return TokenWalk.SentenceHasAny(text, from, Math.Min(sentenceEnd, from + 10), MinimisingLexicon.Validating);
    }

    private static bool IsMinimisingEasy(TokenizedText text, PhraseMatch m)
    {
        if (TokenWalk.InQuestion(text, m.FirstToken))
        {
            return false;
        }

        var last = m.EndToken - 1;
        var next = TokenWalk.NextWord(text, last);
        if (next >= 0)
        {
            var n = text.Tokens[next].Norm;
            if (n is "enough" && TokenWalk.NextNorm(text, next) == "to")
            {
                next = TokenWalk.NextWord(text, next);
                n = "to";
            }

            if (n == "to" && MinimisingLexicon.EasyMistakeVerbs.Contains(TokenWalk.NextNorm(text, next)))
            {
                return false; // "it's easy to miss": validates the customer
            }

            if (n is "for" && TokenWalk.NextNorm(text, next) is "me" or "us")
            {
                return false; // the work is the advisor's
            }
        }

        var (_, end) = TokenWalk.SentenceOf(text, m.FirstToken);
        return !TokenWalk.SentenceHasAny(text, m.EndToken, end, MinimisingLexicon.AdvisorWillAct);
    }

    private static bool IsMinimisingOnly(TokenizedText text, PhraseMatch m)
    {
        var tokens = text.Tokens;
        var last = m.EndToken - 1;
        if (tokens[last].Norm is "take" or "takes" or "cost" or "costs" or "small" or "little" or "minor" or "tiny" or "few" or "couple" or "bit" or "quick")
        {
            return true; // "it only takes", "it's just a small…"
        }

        // "it's only" + an amount, a delay or a currency sign ("it's only £5", "it's only a few days")
        for (var i = last + 1; i < tokens.Count && i <= last + 2; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Symbol || t.Kind == TokenKind.Number)
            {
                return true;
            }

            if (t.Kind == TokenKind.Word)
            {
                return MinimisingLexicon.OnlyAmount.Contains(t.Norm);
            }
        }

        return false;
    }

    private static (int First, int End) EvidenceSpan(MinimisingKind kind, TokenizedText text, PhraseMatch m)
    {
        if (kind == MinimisingKind.Obvious && TokenWalk.PunctuationFollows(text, m.FirstToken, ','))
        {
            return (m.FirstToken, TokenWalk.ExtendInClause(text, m.FirstToken + 1, MaxSpanWords, countSymbols: true)); // "Obviously, the router has to…"
        }

        return kind switch
        {
            MinimisingKind.Just or MinimisingKind.Obvious or MinimisingKind.AllYouHaveToDo or MinimisingKind.Only or MinimisingKind.ThatsHowItIs =>
                (m.FirstToken, TokenWalk.ExtendInClause(text, m.EndToken - 1, MaxSpanWords, countSymbols: true)),
            _ => (m.FirstToken, m.EndToken),
        };
    }

    private static string Slice(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        return text.Text[tokens[first].Start..tokens[end - 1].End];
    }

    private static string Label(MinimisingKind kind) => kind switch
    {
        MinimisingKind.Just => "just",
        MinimisingKind.Obvious or MinimisingKind.ItsObvious => "obviously",
        MinimisingKind.AllYouHaveToDo => "all_you_have_to_do",
        MinimisingKind.Easy or MinimisingKind.NotHard => "easy",
        MinimisingKind.Dismissive or MinimisingKind.ThatsHowItIs => "dismissive",
        MinimisingKind.AlreadyExplained => "already_explained",
        _ => "only",
    };

    private static string Detail(MinimisingKind kind, string quote) => kind switch
    {
        MinimisingKind.Just => $"Minimising: '{quote}' makes the customer's step sound trivial; if it were that simple for them, they would not need help.",
        MinimisingKind.Obvious or MinimisingKind.ItsObvious => $"Minimising: '{quote}' presumes the customer should already know; what is obvious to an advisor is not to a customer.",
        MinimisingKind.AllYouHaveToDo => $"Minimising: '{quote}' shrinks the customer's difficulty to a single trivial step.",
        MinimisingKind.Easy or MinimisingKind.NotHard => $"Minimising: '{quote}' tells a customer who is struggling that the task is easy, which can make them feel foolish.",
        MinimisingKind.Dismissive => $"Minimising: '{quote}' dismisses how much the problem matters to the customer.",
        MinimisingKind.ThatsHowItIs => $"Minimising: '{quote}' answers an unhappy customer with 'that's how it is', closing the complaint instead of explaining or helping.",
        MinimisingKind.AlreadyExplained => $"Minimising: '{quote}' points out that the customer has not taken in an earlier explanation; it sounds impatient.",
        _ => $"Minimising: '{quote}' makes light of the amount or delay the customer is unhappy about.",
    };

    private static string Suggestion(MinimisingKind kind, TokenizedText text, PhraseMatch m, int first, int end) => kind switch
    {
        MinimisingKind.Just or MinimisingKind.Obvious =>
            $"Leave out '{text.Tokens[m.FirstToken].Norm}' and offer to guide them: \"{Without(text, first, end, m.FirstToken)} — I'll stay with you while you do it.\"",
        MinimisingKind.ItsObvious => "Explain the point without judging: \"Here's how that works…\"",
        MinimisingKind.AllYouHaveToDo => "Describe the step without 'all you have to do': \"The next step is to… — I'll walk you through it.\"",
        MinimisingKind.Easy or MinimisingKind.NotHard => "Acknowledge it may not feel easy: \"It's a few steps, and I'll guide you through each one.\"",
        MinimisingKind.Dismissive => "Acknowledge the impact instead: \"I understand this matters to you — let's put it right.\"",
        MinimisingKind.ThatsHowItIs => "Explain the reason and what you can do: \"The contract has a minimum term because…, but let me see what I can do about the charge.\"",
        MinimisingKind.AlreadyExplained => "Re-explain without pointing out the repeat: \"Let me put that another way…\"",
        _ => "Don't shrink the impact: \"I understand even a small charge matters — let me look into it.\"",
    };

    /// <summary>The evidence text with the minimiser removed and the first letter capitalised.</summary>
    private static string Without(TokenizedText text, int first, int end, int removed)
    {
        var tokens = text.Tokens;
        var s = tokens[first].Start;
        var e = tokens[end - 1].End;
        var cutStart = tokens[removed].Start;
        var cutEnd = removed + 1 < tokens.Count ? Math.Min(tokens[removed + 1].Start, e) : tokens[removed].End;
        if (TokenWalk.PunctuationFollows(text, removed, ','))
        {
            cutEnd = Math.Min(tokens[removed + 1].End, e);
            while (cutEnd < e && char.IsWhiteSpace(text.Text[cutEnd]))
            {
                cutEnd++;
            }
        }

        var rewritten = string.Concat(text.Text.AsSpan(s, cutStart - s), text.Text.AsSpan(cutEnd, e - cutEnd)).Trim();
        return rewritten.Length == 0 ? rewritten : char.ToUpperInvariant(rewritten[0]) + rewritten[1..];
    }
}
