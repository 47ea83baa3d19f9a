using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Questions;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Backchannel;

/// <summary>
/// <c>listening.backchannel</c>: a short acknowledgement that hands the floor back to the customer
/// ("uh-huh", "I see", "right", "oh really?"): the whole advisor turn is acknowledgement
/// (at most <see cref="MaxWords"/> words, fillers allowed). A receipt that opens a longer turn
/// ("Okay. I'm sorry for any inconvenience…", "I understand. It's simply how…") is not one: that turn
/// takes the floor instead of handing it back. Context decides the ambiguous tokens:
/// <list type="bullet">
/// <item>no customer turn before it → nothing to acknowledge (a call-opening "okay");</item>
/// <item>the customer's last turn was a question → "yeah", "okay", "right" answer it;</item>
/// <item>the customer said goodbye → "okay" closes the call;</item>
/// <item>an echo question ("did you?") counts only right after a customer turn (after the advisor's own statement it is a tag question);</item>
/// <item>"yes" at the start of an unfinished turn ("yes, —") begins an answer.</item>
/// </list>
/// </summary>
public sealed class BackchannelDetector : Detector
{
    /// <summary>A whole-turn backchannel has at most this many words. Default 6.</summary>
    public const int MaxWords = 6;

    public BackchannelDetector(AnalysisOptions options)
    {
        _ = options;
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        if (turn.Party != Party.Advisor)
        {
            return;
        }

        var customer = context.PreviousTurnOf(Party.Customer, turn.Index);
        if (customer is null)
        {
            return;
        }

        var tokens = turn.Tokens;
        var list = tokens.Tokens;
        if (list.Count == 0)
        {
            return;
        }

        var matches = BackchannelLexicon.Matcher.Matches(tokens);
        var scan = ScanStretch(list, matches);
        if (scan.Items == 0)
        {
            return;
        }

        var previousIsCustomer = turn.Index > 0 && context.Turns[turn.Index - 1].Party == Party.Customer;
        var wholeTurn = scan.End >= list.Count || OnlyPunctuationFrom(list, scan.End);
        if (wholeTurn)
        {
            wholeTurn = scan.Words <= MaxWords;
        }

        if (!wholeTurn)
        {
            // the turn goes on: "Okay. I'm sorry for any inconvenience…", "I understand. It's simply how…",
            // "Right. I can see a request…" open a turn that takes the floor; a backchannel hands it back
            return;
        }

        if (scan.HasEcho && !previousIsCustomer)
        {
            return;
        }

        var answersQuestion = QuestionForm.EndsWithQuestion(customer.Tokens);
        if (answersQuestion && !scan.OnlyReceipt)
        {
            return;
        }

        if (BackchannelLexicon.Closings.Any(customer.Tokens))
        {
            return;
        }

        // "Yes, —" cut off: the start of an answer or an agreement, not a receipt
        if (wholeTurn && scan.FormalYes && !scan.HasContinuer && !scan.HasAppreciation && EndsUnfinished(list))
        {
            return;
        }

        var kind = scan.HasEcho ? BackchannelKind.Echo : scan.HasAppreciation ? BackchannelKind.Appreciation : scan.HasContinuer ? BackchannelKind.Continuer : BackchannelKind.Agreement;
        var end = LastWord(list, wholeTurn ? list.Count : scan.End) + 1;
        var quote = tokens.Text[list[scan.First].Start..list[end - 1].End];
        var detail = kind switch
        {
            BackchannelKind.Echo => $"Backchannel: '{quote}' shows interest in the customer's last words without taking the floor.",
            BackchannelKind.Appreciation => $"Backchannel: '{quote}' acknowledges what the customer said and lets them go on.",
            _ => $"Backchannel: '{quote}' is a short acknowledgement that keeps the customer talking.",
        };
        sink.Add(turn, scan.First, end, Signals.ListeningBackchannel, Polarity.Positive, detail,
            label: kind.ToString().ToLowerInvariant(), relatedTurn: customer.Index);
    }

    private static Scan ScanStretch(TokenList list, List<PhraseMatch> matches)
    {
        var result = new Scan { First = -1 };
        var i = 0;
        var echoCore = 0;
        while (i < list.Count)
        {
            var t = list[i];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                i++;
                continue;
            }

            if (t.Kind != TokenKind.Word || t.Quoted)
            {
                break;
            }

            var best = -1;
            var bestEnd = i;
            foreach (var m in matches)
            {
                if (m.FirstToken == i && m.EndToken > bestEnd)
                {
                    best = m.PhraseId;
                    bestEnd = m.EndToken;
                }
            }

            if (best >= 0)
            {
                if (result.First < 0)
                {
                    result.First = i;
                }

                var kind = BackchannelLexicon.KindOf(best);
                result.Items++;
                result.HasContinuer |= kind == BackchannelKind.Continuer;
                result.HasAgreement |= kind == BackchannelKind.Agreement;
                result.FormalYes |= kind == BackchannelKind.Agreement && list[i].Norm == "yes";
                result.HasAppreciation |= kind == BackchannelKind.Appreciation;
                result.HasEcho |= kind == BackchannelKind.Echo;
                result.NotReceipt |= !IsReceipt(list, i, bestEnd, kind);
                result.Words += CountWords(list, i, bestEnd);
                i = bestEnd;
                result.End = i;
                continue;
            }

            // echo questions: "(oh) do you (really)?", "you did?", "did they not?"
            var echo = EchoAt(list, i);
            if (echo > i && echoCore == 0)
            {
                if (result.First < 0)
                {
                    result.First = i;
                }

                echoCore++;
                result.Items++;
                result.HasEcho = true;
                result.NotReceipt = true;
                result.Words += CountWords(list, i, echo);
                i = echo;
                result.End = i;
                continue;
            }

            if (BackchannelLexicon.Fillers.Contains(t.Norm))
            {
                result.Words++;
                i++;
                if (result.Items > 0)
                {
                    result.End = i;
                }

                continue;
            }

            break;
        }

        if (result.First < 0)
        {
            result.First = 0;
        }

        return result;
    }

    /// <summary>Pure receipt tokens cannot answer a yes/no question ("oh", "I see", "wow"), so they stay backchannels after one.</summary>
    private static bool IsReceipt(TokenList list, int first, int end, BackchannelKind kind)
    {
        if (kind == BackchannelKind.Appreciation)
        {
            return end - first == 1 && list[first].Norm is "wow" or "gosh" or "gee" or "jeez" or "boy" or "whew";
        }

        if (kind != BackchannelKind.Continuer)
        {
            return false;
        }

        var a = list[first].Norm;
        return a is "oh" or "ah" or "aha" or "ooh" || (a == "i" && end - first == 2 && list[first + 1].Norm == "see");
    }

    private static int EchoAt(TokenList list, int i)
    {
        // (aux) (subject) [not|n't] [really] — or (subject) (aux) [really]
        var a = NextWord(list, i);
        var b = a < 0 ? -1 : NextWord(list, a + 1);
        if (a < 0 || b < 0)
        {
            return -1;
        }

        var wa = list[a].Norm;
        var wb = list[b].Norm;
        var isEcho = (BackchannelLexicon.EchoAux.Contains(wa) && BackchannelLexicon.EchoSubject.Contains(wb))
            || (wa is "you" or "they" or "he" or "she" && BackchannelLexicon.EchoAux.Contains(wb));
        if (!isEcho)
        {
            return -1;
        }

        var end = b + 1;
        var c = NextWord(list, end);
        if (c >= 0 && list[c].Norm is "really" or "not" or "too")
        {
            end = c + 1;
        }

        // the echo must be the end of the turn: "do you have…" is a question, not an echo
        return OnlyPunctuationFrom(list, end) ? end : -1;
    }

    private static int NextWord(TokenList list, int i)
    {
        for (var k = i; k < list.Count; k++)
        {
            if (list[k].Kind == TokenKind.Word)
            {
                return k;
            }

            if (list[k].Kind == TokenKind.Number)
            {
                return -1;
            }
        }

        return -1;
    }

    private static int CountWords(TokenList list, int first, int end)
    {
        var n = 0;
        for (var k = first; k < end && k < list.Count; k++)
        {
            if (list[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    private static bool OnlyPunctuationFrom(TokenList list, int i)
    {
        for (var k = i; k < list.Count; k++)
        {
            if (list[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A turn that stops on a comma or dash was cut off: the speaker meant to go on.</summary>
    private static bool EndsUnfinished(TokenList list)
    {
        var last = list[^1];
        return last.Kind == TokenKind.Punctuation && last.Norm is "," or "-" or "--" or "\u2014" or "\u2013";
    }

    private static int LastWord(TokenList list, int end)
    {
        for (var k = Math.Min(end, list.Count) - 1; k >= 0; k--)
        {
            if (list[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return k;
            }
        }

        return 0;
    }

    private struct Scan
    {
        public int First;
        public int End;
        public int Items;
        public int Words;
        public bool HasContinuer;
        public bool HasAgreement;
        public bool HasAppreciation;
        public bool HasEcho;
        public bool NotReceipt;
        public bool FormalYes;

        public readonly bool OnlyReceipt => !NotReceipt;
    }
}
