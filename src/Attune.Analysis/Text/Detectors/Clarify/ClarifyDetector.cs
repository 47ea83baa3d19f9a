using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Clarify;

/// <summary>
/// <c>listening.clarify</c>: the advisor checks that they understood ("have I got that right?",
/// "just to confirm…", "did I understand correctly?"). A bare confirmation tag ("is that right?",
/// "is that correct?") counts only after something the advisor said in the same turn — on its own,
/// right after the customer, it is a backchannel ("oh, is that right?"), not a check.
/// </summary>
public sealed class ClarifyDetector : Detector
{
    // a plain PhraseMatcher splits on spaces: an alternative group must hold single words
    private static readonly PhraseMatcher Checks = new(
    [
        "have i got that right", "have i got this right", "have i got it right", "did i get that right", "did i get it right",
        "have i understood (that|this|you) (right|correctly)", "have i understood correctly", "did i understand (that|this|you) (right|correctly)",
        "did i understand correctly", "do i understand (that|this|you) (right|correctly)", "do i understand correctly",
        "am i right in thinking", "am i right in saying", "am i understanding (that|this|you) (right|correctly)",
        "correct me if i'm wrong", "correct me if i am wrong", "just to confirm", "just to clarify", "just to check",
        "just to be clear", "just so i'm clear", "just so i understand", "so i'm clear", "to make sure i understand",
        "to make sure i've got", "let me make sure i (understand|understood|have|got|'ve)", "let me check i (understand|understood|have|got|'ve)",
        "let me just check", "can i just check", "can i just confirm", "can i check", "can i confirm", "could i just check",
        "can i clarify", "let me repeat that back", "let me read that back", "if i understand (you|that|this) correctly",
        "is that what you (mean|meant)", "is that what you are saying", "is that what you're saying", "is that what's happening",
        "do you mean", "did you mean", "you mean",
        // checks that the customer understood the advisor (docs/signals/listening.clarify.md)
        "does that (all|) make sense", "to make sure i've explained", "to make sure i have explained",
    ]);

    /// <summary>Confirmation tags that are a check only after a restatement in the same turn.</summary>
    private static readonly PhraseMatcher Tags = new(
    [
        "is that right", "is that correct", "is that so", "is that it", "does that sound right", "does that sound correct",
        "is that fair", "would that be right", "would that be correct", "would that be fair", "am i right",
    ]);

    /// <summary>What a security or data question asks for.</summary>
    private static readonly HashSet<string> DataNouns = new(StringComparer.Ordinal)
    {
        "name", "names", "postcode", "zip", "address", "birth", "dob", "number", "details", "email", "security", "password",
        "passcode", "pin", "surname", "holder's", "holder", "username", "id", "identity", "memorable", "spelling",
    };

    public ClarifyDetector(AnalysisOptions options)
    {
        _ = options;
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        if (turn.Party != Party.Advisor || context.PreviousTurnOf(Party.Customer, turn.Index) is not { } customer)
        {
            return;
        }

        var tokens = turn.Tokens;
        foreach (var m in Checks.Matches(tokens))
        {
            var phrase = Checks.Phrases[m.PhraseId];
            if (!Negation.IsNegated(tokens, m.FirstToken, 1) && !AsksForData(tokens, m.EndToken))
            {
                sink.Add(turn, m.FirstToken, End(tokens, m), Signals.ListeningClarify, Polarity.Positive,
                    $"Clarification: '{phrase}' checks the advisor understood the customer correctly.", relatedTurn: customer.Index);
                return;
            }
        }

        foreach (var m in Tags.Matches(tokens))
        {
            if (WordsBefore(tokens, m.FirstToken) >= 3)
            {
                sink.Add(turn, m.FirstToken, End(tokens, m), Signals.ListeningClarify, Polarity.Positive,
                    $"Clarification: '{Tags.Phrases[m.PhraseId]}' after a restatement asks the customer to confirm it.", relatedTurn: customer.Index);
                return;
            }
        }
    }

    /// <summary>
    /// "Can I confirm the account holder's name?", "just to check, what's your postcode?": security and
    /// data questions share the check phrases but ask the customer for information; they check nothing
    /// the customer said. True when a wh-word follows, or a data noun within the next few words.
    /// </summary>
    private static bool AsksForData(TokenizedText tokens, int from)
    {
        var list = tokens.Tokens;
        var words = 0;
        for (var i = from; i < list.Count && words < 6; i++)
        {
            var t = list[i];
            if (t.Kind != TokenKind.Word)
            {
                if (t.Kind == TokenKind.Punctuation && t.Norm is "." or "?" or "!")
                {
                    break;
                }

                continue;
            }

            words++;
            if (words == 1 && t.Norm is "what" or "what's" or "which" or "who" or "whats")
            {
                return true;
            }

            if (words == 1 && t.Norm is "that" or "if" or "whether" or "you" or "you're" or "you've" or "it" or "it's" or "so" or "i")
            {
                return false; // a proposition follows: "just to confirm, you moved on the twelfth?"
            }

            if (DataNouns.Contains(t.Norm) && !(t.Start > 0 && tokens.Text[t.Start - 1] == '['))
            {
                return true;
            }
        }

        return false;
    }

    private static int End(TokenizedText tokens, PhraseMatch m)
    {
        var (_, end) = tokens.SentenceRange(tokens.Tokens[m.FirstToken].Sentence);
        return Math.Max(m.EndToken, end);
    }

    private static int WordsBefore(TokenizedText tokens, int index)
    {
        var n = 0;
        for (var k = 0; k < index; k++)
        {
            if (tokens.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }
}
