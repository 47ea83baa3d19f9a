using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Blame;

/// <summary>
/// <c>language.blame</c> (−): advisor language that puts fault on the customer or tells them how
/// to feel. Decisions, each with its trap:
/// <list type="bullet">
/// <item>"you should have" + an action ("…called us first") is blame; + an expectation ("…received
/// an email", "…had a text") is information about the company; "you shouldn't have had to…" is
/// empathy.</item>
/// <item>"you need to" is an instruction ("you need to click Save") unless what follows is the
/// customer's behaviour, feelings or understanding: "calm down", "understand", "listen", "be
/// patient", "stop shouting", "read the terms" — then it is blame.</item>
/// <item>"calm down", "there's no need to shout", "watch your language" are blame wherever they occur.</item>
/// <item>"you didn't / never / forgot to" + an action is blame in a statement ("you didn't tell
/// us"); a question ("you didn't get the email?") or a condition ("if you didn't pay…") checks facts.</item>
/// <item>"you must have" + an action ("…pressed the wrong button") accuses; "you must have been so
/// worried" is sympathy.</item>
/// <item>"it's your fault", "you're wrong", "you're overreacting"; but "it's not your fault" is empathy (negation).</item>
/// </list>
/// Quoted speech is skipped. One finding per sentence.
/// </summary>
public sealed class BlameDetector : Detector
{
    public BlameDetector(AnalysisOptions options)
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
        var lexicon = BlameLexicon.Lexicon;
        var matches = lexicon.Matcher.Matches(text);
        var lastSentence = -1;
        foreach (var m in matches)
        {
            var sentence = text.Tokens[m.FirstToken].Sentence;
            if (sentence == lastSentence)
            {
                continue;
            }

            var kind = lexicon.KindOf(m);
            if (Negation.IsNegated(text, m.FirstToken, window: 5) || !Accept(kind, text, m, out var end))
            {
                continue;
            }

            var quote = text.Text[text.Tokens[m.FirstToken].Start..text.Tokens[end - 1].End];
            sink.Add(turn, m.FirstToken, end, Signals.LanguageBlame, Polarity.Negative, Detail(kind, quote),
                label: Label(kind), suggestion: Suggestion(kind));
            lastSentence = sentence;
        }
    }

    /// <summary>Applies the kind's context rule; <paramref name="end"/> is where the evidence ends.</summary>
    private static bool Accept(BlameKind kind, TokenizedText text, PhraseMatch m, out int end)
    {
        end = m.EndToken;
        switch (kind)
        {
            case BlameKind.ShouldHave:
            {
                var v = SkipAdverbs(text, m.EndToken - 1);
                if (v < 0 || !IsShouldHaveBlame(text, m, v))
                {
                    return false;
                }

                end = TokenWalk.ExtendInClause(text, v, 5);
                return true;
            }

            case BlameKind.MustHave:
            {
                if (TokenWalk.InQuestion(text, m.FirstToken))
                {
                    return false;
                }

                var v = SkipAdverbs(text, m.EndToken - 1);
                if (v < 0)
                {
                    return false;
                }

                var n = text.Tokens[v].Norm;
                if (n == "have")
                {
                    v = SkipAdverbs(text, v);
                    n = v < 0 ? "" : text.Tokens[v].Norm;
                }
                else if (text.Tokens[m.EndToken - 1].Norm == "must")
                {
                    return false; // "you must pay by Friday": an obligation, not an accusation
                }

                if (v < 0 || BlameLexicon.MustHaveNotBlame.Contains(n) || !IsParticiple(n))
                {
                    return false;
                }

                end = TokenWalk.ExtendInClause(text, v, 5);
                return true;
            }

            case BlameKind.YouDidnt:
            {
                if (TokenWalk.InQuestion(text, m.FirstToken) || ConditionalBefore(text, m.FirstToken) || ReassuranceBefore(text, m.FirstToken))
                {
                    return false;
                }

                var v = SkipAdverbs(text, m.EndToken - 1);
                if (v < 0)
                {
                    return false;
                }

                // "you didn't pay" takes the base form; "you never paid" the past
                var n = text.Tokens[v].Norm;
                var never = text.Tokens[m.EndToken - 1].Norm is "never" or "even" && text.Tokens[m.FirstToken + 1].Norm == "never";
                var action = never
                    ? (IsParticiple(n) || n is "gave" or "rang" or "wrote" or "did" or "took") && !BlameLexicon.ExpectationParticiples.Contains(n) && !BlameLexicon.MustHaveNotBlame.Contains(n)
                    : BlameLexicon.Actions.Contains(n);
                if (!action)
                {
                    return false;
                }

                end = TokenWalk.ExtendInClause(text, v, 4);
                return true;
            }

            case BlameKind.CalmDown:
                return AddressedToCustomer(text, m.FirstToken);

            case BlameKind.NeedToBehave:
                end = TokenWalk.ExtendInClause(text, m.EndToken - 1, 3);
                return true;

            default:
                return true;
        }
    }

    /// <summary>
    /// "Calm down" said to the customer (an imperative, "please calm down", "will you calm down"),
    /// not about others ("deep breaths help people calm down") or shared ("let's calm down").
    /// </summary>
    private static bool AddressedToCustomer(TokenizedText text, int first)
    {
        var tokens = text.Tokens;
        if (tokens[first].Norm is not ("calm" or "chill" or "settle"))
        {
            return true; // "there's no need to shout", "watch your language", "you're shouting"
        }

        var prev = TokenWalk.PreviousNorm(text, first);
        return prev.Length == 0 || BlameLexicon.BeforeImperative.Contains(prev) || TokenWalk.ClauseStart(text, first) == first;
    }

    private static bool IsShouldHaveBlame(TokenizedText text, PhraseMatch m, int v)
    {
        var tokens = text.Tokens;
        var n = tokens[v].Norm;
        var negative = false;
        for (var i = m.FirstToken; i < m.EndToken; i++)
        {
            negative |= tokens[i].Norm is "shouldn't" or "not" or "shouldnt";
        }

        if (negative && n is "had" or "to" or "been")
        {
            return false; // "you shouldn't have had to wait": empathy
        }

        if (n == "been")
        {
            return BlameLexicon.BeenBlame.Contains(TokenWalk.NextNorm(text, v)); // "…been more careful"
        }

        return !BlameLexicon.ExpectationParticiples.Contains(n) && IsParticiple(n);
    }

    private static bool IsParticiple(string word) =>
        (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)) || BlameLexicon.IrregularParticiples.Contains(word);

    /// <summary>The next word after <paramref name="index"/>, past any adverbs; -1 at the end of the sentence.</summary>
    private static int SkipAdverbs(TokenizedText text, int index)
    {
        var i = TokenWalk.NextWord(text, index);
        while (i >= 0 && BlameLexicon.Adverbs.Contains(text.Tokens[i].Norm))
        {
            i = TokenWalk.NextWord(text, i);
        }

        return i;
    }

    /// <summary>
    /// "It's okay, you didn't send the security code", "luckily you didn't pay it": what the customer did not
    /// do is the good news here, not their fault. True when the sentence opens that way before the match.
    /// </summary>
    private static bool ReassuranceBefore(TokenizedText text, int index)
    {
        var (start, _) = TokenWalk.SentenceOf(text, index);
        var tokens = text.Tokens;
        for (var i = start; i < index; i++)
        {
            var n = tokens[i].Norm;
            if (BlameLexicon.Reassuring.Contains(n))
            {
                return true;
            }

            // "it's okay", "that's fine" — a bare "Okay, you didn't…" is only a discourse opener
            if (n is "okay" or "ok" or "alright" or "fine" && TokenWalk.PreviousNorm(text, i) is "it's" or "its" or "that's" or "thats" or "is")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ConditionalBefore(TokenizedText text, int index)
    {
        var start = TokenWalk.ClauseStart(text, index);
        var tokens = text.Tokens;
        for (var i = start; i < index; i++)
        {
            if (BlameLexicon.Conditional.Contains(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static string Label(BlameKind kind) => kind switch
    {
        BlameKind.ShouldHave => "should_have",
        BlameKind.NeedToBehave => "need_to",
        BlameKind.CalmDown => "calm_down",
        BlameKind.NotMyProblem => "not_my_problem",
        BlameKind.YouDidnt => "you_didnt",
        BlameKind.YourFault => "your_fault",
        _ => "must_have",
    };

    private static string Detail(BlameKind kind, string quote) => kind switch
    {
        BlameKind.ShouldHave => $"Blame: '{quote}' tells the customer what they did wrong; it looks back at their mistake instead of forward to the fix.",
        BlameKind.NeedToBehave => $"Blame: '{quote}' tells the customer how to behave or think instead of helping them.",
        BlameKind.CalmDown => $"Blame: '{quote}' tells an upset customer to change how they feel; it tends to escalate the call.",
        BlameKind.NotMyProblem => $"Blame: '{quote}' refuses responsibility for the customer's problem.",
        BlameKind.YouDidnt => $"Blame: '{quote}' points at something the customer failed to do.",
        BlameKind.YourFault => $"Blame: '{quote}' puts the fault on the customer.",
        _ => $"Blame: '{quote}' assumes the customer made the mistake.",
    };

    private static string Suggestion(BlameKind kind) => kind switch
    {
        BlameKind.ShouldHave => "Look forward instead: \"For next time, if you call us first we can stop the charge — for now, here's what I'll do.\"",
        BlameKind.NeedToBehave => "Acknowledge and explain instead: \"I can hear how frustrating this is. Let me explain how it works.\"",
        BlameKind.CalmDown => "Acknowledge the feeling instead: \"I can hear how upsetting this is — let's sort it out together.\"",
        BlameKind.NotMyProblem => "Own the next step: \"Let me find out who can fix this and make sure it happens.\"",
        BlameKind.YouDidnt => "State the fact without fault: \"I can't see that on our system yet — let's get it done now.\"",
        BlameKind.YourFault => "Leave fault out: \"Let's look at what happened and put it right.\"",
        _ => "Ask instead of assuming: \"Could you tell me what happened just before?\"",
    };
}
