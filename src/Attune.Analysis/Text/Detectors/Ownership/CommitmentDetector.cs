using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>
/// <c>ownership.commitment</c> (+): the advisor commits, in the first person, to act for the
/// customer — "I'll make sure…", "I'm going to fix this now", "let me sort that for you",
/// "I will call you back by Friday", "leave it with me". A commitment verb must follow the
/// subject: "let me know", "I'll need your postcode", "I'll be honest", "let me confirm your
/// details" (procedure) and "I'll transfer you" (a hand-over, not ownership) do not count.
/// <para>
/// Each finding says whether it carries a specific time: <see cref="Finding.Label"/> is
/// <c>timed</c> ("today", "by Friday", "within 24 hours", "in the next hour", "at 3pm") or
/// <c>untimed</c>, and <see cref="Finding.Value"/> is 1 when timed, else 0. Vague times ("soon",
/// "as soon as possible") do not count as a time.
/// </para>
/// <para>
/// Decision on hedges: "I'll try", "I'll do my best", "I'll see what I can do", "hopefully I can",
/// "if I can", "maybe" promise effort, not an outcome. They are reported with label <c>weak</c> and
/// <see cref="Polarity.Info"/> so a scorecard does not count them as ownership, while a coach can
/// still see them. Negated ("I can't promise I'll…", "I'll not be able to"), questions and offers
/// ("Shall I call you back?") and quoted speech are not commitments. "We'll…" counts, on behalf of
/// the team. One finding per sentence.
/// </para>
/// </summary>
public sealed class CommitmentDetector : Detector
{
    private const int MaxSpanWords = 10;

    public CommitmentDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    private enum Strength
    {
        None,
        Weak,
        Firm,
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
        var lexicon = OwnershipLexicon.Commitments;
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
            if (Negation.IsNegated(text, m.FirstToken) || IsQuestionOrOffer(text, sentence))
            {
                continue;
            }

            var strength = Evaluate(kind, text, m, out var verb);
            if (strength == Strength.None)
            {
                continue;
            }

            var (sentenceFirst, sentenceEnd) = text.SentenceRange(sentence);
            if (strength == Strength.Firm && IsHedged(text, sentenceFirst, sentenceEnd))
            {
                strength = Strength.Weak;
            }

            var end = TokenWalk.ExtendInClause(text, verb, MaxSpanWords);
            var (timeFirst, timeEnd) = TimeExpressions.Find(text, m.FirstToken, sentenceEnd);
            if (timeFirst < 0)
            {
                var (f, e) = TimeExpressions.Find(text, sentenceFirst, m.FirstToken);
                if (f >= 0 && TokenWalk.PreviousWord(text, f) < 0)
                {
                    (timeFirst, timeEnd) = (f, e); // "By Friday, I'll have it fixed"
                }
            }

            var first = m.FirstToken;
            if (timeFirst >= 0 && strength == Strength.Firm)
            {
                first = Math.Min(first, timeFirst);
                end = Math.Max(end, timeEnd);
            }

            var tokens = text.Tokens;
            var quote = text.Text[tokens[first].Start..tokens[end - 1].End];
            var team = kind == CommitmentKind.TeamSubject || tokens[m.FirstToken].Norm is "we're" or "we";
            var timed = timeFirst >= 0 && strength == Strength.Firm;
            var time = timed ? text.Text[tokens[timeFirst].Start..tokens[timeEnd - 1].End] : null;
            var who = team ? " (on behalf of the team)" : "";
            string detail, label;
            string? suggestion;
            if (strength == Strength.Weak)
            {
                label = "weak";
                detail = $"Weak commitment: '{quote}' promises effort rather than an outcome, so it does not count as ownership{who}.";
                suggestion = "Commit to a concrete step and a time: \"I'll raise it with billing now and call you back by 3pm.\"";
            }
            else if (timed)
            {
                label = "timed";
                detail = $"Commitment to act, with a time ('{time}'): '{quote}' takes ownership and tells the customer when{who}.";
                suggestion = null;
            }
            else
            {
                label = "untimed";
                detail = $"Commitment to act: '{quote}' takes ownership of the next step, but gives no time{who}.";
                suggestion = "Add when it will happen: \"…by 5pm today\" makes it a promise the customer can rely on.";
            }

            sink.Add(turn, first, end, Signals.OwnershipCommitment, strength == Strength.Firm ? Polarity.Positive : Polarity.Info,
                detail, label: label, value: timed ? 1 : 0, suggestion: suggestion);
            lastSentence = sentence;
        }
    }

    private static Strength Evaluate(CommitmentKind kind, TokenizedText text, PhraseMatch m, out int verb)
    {
        verb = m.EndToken - 1;
        switch (kind)
        {
            case CommitmentKind.Complete:
                return Strength.Firm;
            case CommitmentKind.Weak:
                return Strength.Weak;
            case CommitmentKind.InProgress:
                return IsInProgress(text, m, out verb) ? Strength.Firm : Strength.None;
        }

        var tokens = text.Tokens;
        var next = TokenWalk.NextWord(text, m.EndToken - 1);
        if (next >= 0 && tokens[next].Norm is "not" or "never")
        {
            return Strength.None; // "I'll not be able to", "we'll never"
        }

        var v = next;
        while (v >= 0 && OwnershipLexicon.Adverbs.Contains(tokens[v].Norm))
        {
            v = TokenWalk.NextWord(text, v);
        }

        if (v < 0)
        {
            return Strength.None;
        }

        verb = v;
        var n = tokens[v].Norm;
        var n1 = TokenWalk.NextNorm(text, v);
        var n2 = n1.Length == 0 ? "" : TokenWalk.NextNorm(text, TokenWalk.NextWord(text, v));
        switch (n)
        {
            case "try" or "attempt" or "endeavour" or "endeavor":
                return Strength.Weak;
            case "see":
                return n1 is "what" or "if" ? Strength.Weak : Strength.None;
            case "check" or "look" when n1 is "what" or "if" or "whether" && n2 is "i" or "we":
                return Strength.Weak; // "let me check what I can do": effort, like "I'll see what I can do"
            case "do":
                return n1 == "my" ? Strength.Weak : n1 is "that" or "it" or "this" or "everything" or "whatever" or "all" or "the" ? Strength.Firm : Strength.None;
            case "be":
                return OwnershipLexicon.BeCommitments.Contains(n1) || (n1.EndsWith("ing", StringComparison.Ordinal) && IsActionIng(n1)) ? Strength.Firm : Strength.None;
            case "have":
                // "I'll have a look", "I'll have it fixed by Friday", "I'll have someone call you" — not "I'll have the fish"
                return n1 is "a" ? (n2 is "look" or "word" or "chat" ? Strength.Firm : Strength.None)
                    : n1 is "that" or "this" or "it" or "everything" or "your" ? (n2.EndsWith("ed", StringComparison.Ordinal) || n2 is "done" or "ready" or "back" or "sent" or "sorted" ? Strength.Firm : Strength.None)
                    : n1 is "someone" or "somebody" or "an" ? Strength.Firm : Strength.None;
            case "take":
                // "I'll take care of it", "I'll take ownership", "I'll take this forward" — not "I'm going to take a holiday"
                return n1 is "care" or "ownership" or "responsibility" or "charge"
                    || (n1 == "a" && n2 is "look" or "note")
                    || (n1 is "this" or "that" or "it" && n2 is "forward" or "further" or "up" or "on") ? Strength.Firm : Strength.None;
            case "make":
                return n1 is "sure" or "certain" && n2 is "i" or "i've" or "i'm" or "ive" && ClarifyingMakeSure(text, v) ? Strength.None : Strength.Firm;
            case "put" or "pass" or "transfer":
                // "put you through", "pass you over": a hand-over; "I'll put it simply": a way of speaking
                return n1 is "you" || (n1 is "it" or "that" or "this" && n2 is "simply" or "plainly" or "another" or "differently" or "bluntly" or "briefly" or "more" or "in")
                    ? Strength.None : Strength.Firm;
            case "speak" or "talk":
                return n1 == "to" && n2 is "you" ? Strength.None : n1 is "to" or "with" ? Strength.Firm : Strength.None;
            case "come":
                return n1 == "back" ? Strength.Firm : Strength.None;
            case "stay":
                return n1 is "on" or "with" ? Strength.Firm : Strength.None;
            case "get" or "check" or "confirm" or "verify":
                return ProceduralObject(text, v) ? Strength.None : Strength.Firm;
        }

        if (OwnershipLexicon.HandoverVerbs.Contains(n))
        {
            return Strength.None;
        }

        return OwnershipLexicon.ActionVerbs.Contains(n) ? Strength.Firm : Strength.None;
    }

    /// <summary>"make sure I've got that right": a clarification, not a commitment.</summary>
    private static bool ClarifyingMakeSure(TokenizedText text, int make)
    {
        var tokens = text.Tokens;
        var end = Math.Min(tokens.Count, make + 7);
        for (var i = make + 1; i < end; i++)
        {
            if (tokens[i].Norm is "understood" or "understand" or "heard" or "got" or "right" or "correct" or "correctly")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"let me check your postcode": identity procedure, not ownership.</summary>
    private static bool ProceduralObject(TokenizedText text, int verb)
    {
        var tokens = text.Tokens;
        var i = TokenWalk.NextWord(text, verb);
        for (var k = 0; k < 3 && i >= 0; k++)
        {
            var n = tokens[i].Norm;
            if (n is "your" or "a" or "some" or "the" or "few" or "couple" or "of" or "just")
            {
                i = TokenWalk.NextWord(text, i);
                continue;
            }

            return OwnershipLexicon.ProceduralObjects.Contains(n);
        }

        return false;
    }

    private static bool IsInProgress(TokenizedText text, PhraseMatch m, out int verbIndex)
    {
        var tokens = text.Tokens;
        verbIndex = m.EndToken - 1;
        while (tokens[verbIndex].Norm is "also" or "just" or "now" or "personally" or "actually" or "currently" or "already" && TokenWalk.NextWord(text, verbIndex) is var next and >= 0)
        {
            verbIndex = next; // "I'm also opening a fraud case"
        }

        var verb = tokens[verbIndex].Norm;
        if (!verb.EndsWith("ing", StringComparison.Ordinal) || !IsActionIng(verb) || verb is "going" or "calling" or "looking" or "getting" or "trying")
        {
            return false;
        }

        // the advisor's own service action needs no time to be ownership: "I'm adding £120 credit to your account"
        if (tokens[m.FirstToken].Norm is "i'm" or "im" or "i" && OwnershipLexicon.ServiceActions.Contains(verb))
        {
            return true;
        }

        var (_, end) = text.SentenceRange(tokens[m.FirstToken].Sentence);
        for (var i = verbIndex + 1; i < end; i++)
        {
            var n = tokens[i].Norm;
            if (n is "now" or "speak" or "immediately")
            {
                return true; // "I'm processing the refund now", "as we speak"
            }
        }

        return false;
    }

    /// <summary>True when an -ing form is of an action verb ("sorting", "raising", "cancelling").</summary>
    private static bool IsActionIng(string ing)
    {
        if (ing.Length < 5)
        {
            return false;
        }

        var stem = ing[..^3];
        if (OwnershipLexicon.ActionVerbs.Contains(stem) || OwnershipLexicon.ActionVerbs.Contains(stem + "e"))
        {
            return true;
        }

        // doubled final consonant: "cancelling", "logging", "putting"
        return stem.Length > 2 && stem[^1] == stem[^2] && OwnershipLexicon.ActionVerbs.Contains(stem[..^1]);
    }

    private static bool IsQuestionOrOffer(TokenizedText text, int sentence)
    {
        if (!text.SentenceEndsWithQuestionMark(sentence))
        {
            return false;
        }

        var (first, end) = text.SentenceRange(sentence);
        for (var i = first; i < end; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Word)
            {
                return OwnershipLexicon.QuestionOpeners.Contains(text.Tokens[i].Norm);
            }
        }

        return false;
    }

    private static bool IsHedged(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        for (var i = first; i < end; i++)
        {
            var n = tokens[i].Norm;
            if (OwnershipLexicon.Hedges.Contains(n))
            {
                return true;
            }

            // "if I can", "if possible", "if we're able", "where possible"
            if (n is "if" or "where")
            {
                var next = TokenWalk.NextNorm(text, i);
                if (next is "i" or "we" or "i'm" or "we're" or "possible" or "at" or "able")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
