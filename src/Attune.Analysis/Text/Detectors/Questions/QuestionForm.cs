using Attune.Analysis.Text.Tokens;
using L = Attune.Analysis.Text.Detectors.Questions.QuestionLexicon;

namespace Attune.Analysis.Text.Detectors.Questions;

/// <summary>
/// Reads one sentence as a question or not, and if so as open or closed, from its syntax:
/// a fronted auxiliary ("do you…") is a yes/no question, a fronted wh-word with inversion
/// ("what did you…") a wh-question, "… or …?" an alternative, ", isn't it?" a tag, and a statement
/// with a question mark a declarative question. Speech transcripts often lack question marks
/// (in the Switchboard corpus a quarter of yes/no questions have none), so the syntax decides
/// and "?" only settles the cases syntax leaves open.
/// Open = invites a free answer; closed = yes/no, either/or, or a single fact (BEHAVIOURS.md;
/// the same split as the MITI 4.2 coding of motivational interviewing).
/// </summary>
public static class QuestionForm
{
    /// <summary>The break left in a sentence's word list where a quotation was.</summary>
    private const string QuoteMark = "\"";

    /// <summary>True when any sentence of the text is a question (used to tell an answer from a backchannel).</summary>
    public static bool IsQuestion(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var s = 0; s < text.SentenceCount; s++)
        {
            if (text.SentenceEndsWithQuestionMark(s) || Analyze(text, s) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the last sentence of the text is a question.</summary>
    public static bool EndsWithQuestion(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.SentenceCount - 1;
        while (s > 0 && text.SentenceRange(s).First >= text.SentenceRange(s).End)
        {
            s--;
        }

        return s >= 0 && (text.SentenceEndsWithQuestionMark(s) || Analyze(text, s) is not null);
    }

    /// <summary>The question a sentence asks, or null when it is not a question (statements, rhetorical formulas, repair requests, quoted speech).</summary>
    public static QuestionShape? Analyze(TokenizedText text, int sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (first, end) = text.SentenceRange(sentence);
        if (first >= end)
        {
            return null;
        }

        var w = Words(text, first, end);
        if (w.WordCount == 0)
        {
            return null;
        }

        var qmark = EndsWithOwnQuestionMark(text, first, end);
        var shape = Find(w, qmark);
        if (shape is null)
        {
            return null;
        }

        var (isOpen, reason, head) = shape.Value;
        var whForm = reason is QuestionReason.WhQuestion or QuestionReason.WhInSitu;
        (isOpen, reason) = Refine(w, isOpen, reason, head);
        whForm &= reason != QuestionReason.Proposal;
        var firstToken = w.Token[head];
        return new QuestionShape(isOpen, reason, firstToken, end, HeadText(w, head), whForm);
    }

    /// <summary>
    /// A confirmation particle asked as a sentence of its own ("Yeah?", "Okay?", "Right?"). After the speaker's own
    /// statement in the same turn it is a tag question split off by the punctuation ("So you've got both going on
    /// at once. Yeah?"): the caller checks that context, since after the customer's words the same "Yeah?" is an
    /// echo that keeps them talking (a backchannel).
    /// </summary>
    public static QuestionShape? DetachedTag(TokenizedText text, int sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (first, end) = text.SentenceRange(sentence);
        if (first >= end || !EndsWithOwnQuestionMark(text, first, end))
        {
            return null;
        }

        var words = 0;
        var head = -1;
        var tokens = text.Tokens;
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || !L.TagParticle.Contains(L.Word(t.Norm)) || ++words > 2)
            {
                return null;
            }

            head = head < 0 ? i : head;
        }

        return head < 0 ? null : new QuestionShape(false, QuestionReason.Tag, head, end, tokens[head].Norm);
    }

    /// <summary>True when the sentence ends with a question mark that is not inside a quotation.</summary>
    private static bool EndsWithOwnQuestionMark(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        for (var i = end - 1; i >= first; i--)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Punctuation)
            {
                return false;
            }

            if (text.Text[t.Start] == '?')
            {
                return !t.Quoted;
            }
        }

        return false;
    }

    private static (bool Open, QuestionReason Reason, int Head)? Find(Sentence w, bool qmark)
    {
        var n = w.Count;
        var lead = SkipLead(w, 0);
        if (lead >= n)
        {
            return null;
        }

        if (IsFormula(w, lead, L.Rhetorical, whole: true))
        {
            return null;
        }

        // repair requests: "what?", "pardon?", "sorry?", "excuse me?"
        if ((w.WordCount == 1 && L.Repair.Contains(w.W[lead])) || (w.WordCount == 2 && w.W[lead] == "excuse"))
        {
            return null;
        }

        var tag = TagQuestion(w, qmark);

        // clause heads: the sentence start and every clause after a comma
        var reported = false;
        var yesNo = -1;
        for (var c = 0; c < n; c++)
        {
            if (c > 0 && !w.Comma[c - 1])
            {
                continue;
            }

            // reported speech: "she said, do you want…" quotes someone else's question; "you said, you don't like
            // it?" gives the customer's own words back to check them, a declarative question (below)
            var reporting = c >= 2 ? ReportingVerb(w, c) : -1;
            if (reporting >= 0)
            {
                reported |= !(reporting >= 1 && w.W[reporting - 1] == "you");
                continue;
            }

            var i = SkipLead(w, c);
            if (i >= n)
            {
                continue;
            }

            var alternative = false;
            if (w.W[i] == "or" && !(i + 1 < n && L.Wh.Contains(Next(w, i, 1))))
            {
                // "… or do you…?" offers a closed alternative; "or what do you think?" stays an open wh-question
                alternative = true;
                i = SkipLead(w, i + 1);
                if (i >= n)
                {
                    continue;
                }
            }

            var isFirst = c == 0 || lead >= c;
            if (i + 1 < n && w.W[i] is "in" or "on" or "at" or "for" or "from" or "with" or "about" or "to" or "by" && L.Wh.Contains(Next(w, i, 1)))
            {
                // "in what ways…", "for how long…", "to what extent…"
                i++;
            }

            var head = w.W[i];
            var next = Next(w, i, 1);
            var next2 = Next(w, i, 2);
            if (L.Wh.Contains(head))
            {
                if (WhClause(w, i, isFirst, qmark, head, next, next2) && (yesNo < 0 || Inverted(w, i)))
                {
                    return alternative && yesNo < 0 ? (false, QuestionReason.Alternative, i) : (true, QuestionReason.WhQuestion, i);
                }

                continue;
            }

            if (yesNo >= 0)
            {
                continue;
            }

            if (i == tag)
            {
                return (false, QuestionReason.Tag, i);
            }

            if (L.Aux.Contains(head) && FrontedAuxiliary(w, i, isFirst, qmark, head, next, next2))
            {
                if (IsRequest(w, i, head, next, next2))
                {
                    return (true, QuestionReason.OpenRequest, i);
                }

                if (alternative)
                {
                    return (false, QuestionReason.Alternative, i);
                }

                // a yes/no question reformulated as a wh-question in a later clause ("Is it a smoke screen, what's your
                // hunch?", "Would that be, um, what would they be like…?") asks the wh-question: read on
                yesNo = i;
                continue;
            }

            if (alternative && qmark)
            {
                return (false, QuestionReason.Alternative, i);
            }

            if (L.PromptVerb.Contains(head) && IsPrompt(w, i))
            {
                return (true, QuestionReason.Prompt, i);
            }
        }

        if (yesNo >= 0)
        {
            return (false, QuestionReason.YesNo, yesNo);
        }

        // a direct wh-question later in the sentence, recognised by its inversion ("I'd love to hear what are your…",
        // "on a scale of 1 to 10 where 1 is not at all what number would you give")
        for (var k = 1; k + 2 < n; k++)
        {
            if (!L.WhCore.Contains(w.W[k]) || IsWordSearch(w, k))
            {
                continue;
            }

            var aux = w.W[k] == "what" && L.FactNoun.Contains(w.W[k + 1]) && k + 3 < n ? k + 2 : k + 1;
            if (!w.Comma[aux] && L.Aux.Contains(w.W[aux]) && !w.Comma[aux + 1] && L.Subject.Contains(w.W[aux + 1]) && !AfterReporting(w, k))
            {
                return (true, QuestionReason.WhQuestion, k);
            }
        }

        if (tag >= 0)
        {
            return (false, QuestionReason.Tag, tag);
        }

        // a request for an account inside the sentence: "if you could tell me a bit about that", "maybe you could describe it",
        // "I need you to tell me a little more about…"
        for (var k = 0; k + 3 < n; k++)
        {
            if (w.W[k] is "you" or "u" && (w.W[k + 1] is "can" or "could" or "would" or "might" || (w.W[k + 1] == "to" && k >= 1 && w.W[k - 1] is "need" or "like" or "want"))
                && L.RequestVerb.Contains(w.W[k + 2])
                && (w.W[k + 3] is "me" or "us" or "more" || w.W[k + 2] is "describe" or "explain"))
            {
                return (true, QuestionReason.OpenRequest, k);
            }
        }

        var indirect = Indirect(w, qmark, out var indirectOpen);
        if (indirect >= 0)
        {
            return (indirectOpen, indirectOpen ? QuestionReason.IndirectOpen : QuestionReason.IndirectClosed, indirect);
        }

        if (!qmark || reported)
        {
            // a question mark after reported speech belongs to the quoted question
            return null;
        }

        // statement-shaped with a question mark
        for (var k = Math.Max(lead, n - 3); k < n; k++)
        {
            if (!w.Comma[k] && L.Wh.Contains(w.W[k]) && k > lead)
            {
                return (true, QuestionReason.WhInSitu, k);
            }
        }

        return (false, QuestionReason.Declarative, lead);
    }

    private static bool WhClause(Sentence w, int i, bool isFirst, bool qmark, string head, string next, string next2)
    {
        // a comparative connective set off by a comma: "what's more, …", "what's worse, …"
        if (head == "what's" && next is "more" or "worse" or "better" or "funnier" && i + 2 < w.Count && w.Comma[i + 2])
        {
            return false;
        }

        if ((head is "how" or "what" && next == "about") || (head == "how" && next == "come") || (head == "why" && next == "not") || (head == "what" && next == "if"))
        {
            return isFirst || qmark;
        }

        if (!isFirst)
        {
            // inside a sentence only a direct wh-question with inversion counts ("I need to know, how do you feel…");
            // "which"/"who" there are relative pronouns ("my brother, who does…") and word searches are self-addressed
            if (!(L.WhCore.Contains(head) || L.WhCoreFused.Contains(head)) || IsWordSearch(w, i))
            {
                return false;
            }

            // the last clause of a question ("There, um, what brings you in today?")
            if (qmark && !HasCommaAfter(w, i))
            {
                return true;
            }

            if (L.Aux.Contains(next) && L.PersonalSubject.Contains(next2))
            {
                return true;
            }

            for (var k = i + 1; k < Math.Min(w.Count, i + 5); k++)
            {
                if (w.Comma[k] || L.Pronoun.Contains(w.W[k]))
                {
                    break;
                }

                if (L.Aux.Contains(w.W[k]) && k + 1 < w.Count && L.PersonalSubject.Contains(w.W[k + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        // "which"/"who" opening a sentence are relative continuations ("Which is why…") unless inverted or asked
        if (head is "which" or "who" or "whose" or "whom" && !qmark && !(L.Aux.Contains(next) && L.Subject.Contains(next2)))
        {
            return false;
        }

        if (head.Contains('\'', StringComparison.Ordinal) || head == "whatcha" || L.Aux.Contains(next))
        {
            // a pseudo-cleft ("what had happened is that…", "what happens is…") names a thing, it does not ask
            return qmark || head != "what" || L.Subject.Contains(next2) || !HasCopulaAfter(w, i + 2);
        }

        // wh + a short noun or adjective phrase + inverted auxiliary ("what kind of car do you…", "how long have you…")
        for (var k = i + 1; k < Math.Min(w.Count, i + 5); k++)
        {
            if (w.Comma[k] || L.Pronoun.Contains(w.W[k]))
            {
                break;
            }

            if (L.Aux.Contains(w.W[k]) && k + 1 < w.Count && !w.Comma[k + 1] && L.Subject.Contains(w.W[k + 1]))
            {
                return true;
            }
        }

        // a wh-word heading a noun phrase that is the subject: "how many teachers are at your school", "what kind of plan is best"
        if (head is "what" or "which" or "who" or "whose" || (head == "how" && next is "many" or "much"))
        {
            if (next is not ("the" or "a" or "an" or "") && !L.Pronoun.Contains(next))
            {
                for (var k = i + 1; k < Math.Min(w.Count, i + 5); k++)
                {
                    if (w.Comma[k] || L.Pronoun.Contains(w.W[k]))
                    {
                        break;
                    }

                    if (k > i + 1 && L.Aux.Contains(w.W[k]))
                    {
                        return true;
                    }
                }
            }
        }

        // a short verbless wh-fragment: "how long ago", "what about the bill", "where exactly" (not "what a mess", "how nice")
        if (WordsFrom(w, i) <= 4 && next != "a" && (head != "how" || L.Quantity.Contains(next)) && !HasVerbOrPronoun(w, i + 1))
        {
            return true;
        }

        return qmark && !L.Pronoun.Contains(next);
    }

    /// <summary>
    /// "I wonder if…", "I'm wondering…", "I was wondering…", "I'm curious…" put a question to the listener;
    /// "I have often wondered why…" and "you wonder how…" muse aloud.
    /// </summary>
    private static bool AddressedFrame(Sentence w, int k)
    {
        // hedges between the subject and the verb do not change the frame: "I'm just kind of wondering where you are"
        var j = k - 1;
        while (j >= 1 && (w.W[j] is "kind" or "sort" or "kinda" or "sorta" or "also" or "still" or "actually" || (w.W[j] == "of" && w.W[j - 1] is "kind" or "sort")))
        {
            j--;
        }

        var before = j >= 0 ? w.W[j] : "";
        var before2 = j >= 1 ? w.W[j - 1] : "";
        return w.W[k] switch
        {
            "wonder" => before == "i" || (before is "just" or "really" && before2 == "i"),
            "wondering" => before is "i'm" or "was" or "am" or "been" || (before is "just" or "really" && before2 is "i'm" or "was" or "am") || k == 0 || L.Lead.Contains(before) || before == ",",
            "wondered" => before == "i" && before2 is not ("have" or "often" or "always" or "ever"),
            "curious" => before is "i'm" or "am" or "just" or "was",
            _ => false,
        };
    }

    /// <summary>True when "not" or a negated auxiliary stands in the two words before <paramref name="k"/> ("I'm not interested in…").</summary>
    private static bool NegatedBefore(Sentence w, int k)
    {
        for (var j = Math.Max(0, k - 2); j < k; j++)
        {
            if (w.W[j] == "not" || w.W[j].EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCopulaAfter(Sentence w, int from)
    {
        for (var k = from; k < w.Count; k++)
        {
            if (w.W[k] is "is" or "was")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the nearest word before <paramref name="k"/> (past commas and discourse fillers) is a verb of saying.</summary>
    private static bool AfterReporting(Sentence w, int k) => ReportingVerb(w, k) >= 0;

    /// <summary>
    /// Index of the verb of saying that introduces the clause at <paramref name="k"/> as reported speech, or -1.
    /// Not reporting: "like" other than the quotative "be like" ("she was like, …"; Tagliamonte &amp; D'Arcy 2004)
    /// — "it sounds like, um, your drinking…" is a comparison; parentheticals "like/as you said"; the passive
    /// "that being said"; the speaker's own "if you don't mind me asking" (performative: the question is asked now);
    /// and a verb whose quotation already came ("10 is like, 'very confident', where would you be?").
    /// </summary>
    private static int ReportingVerb(Sentence w, int k)
    {
        var j = k - 1;
        while (j >= 0 && (w.Comma[j] || (L.Lead.Contains(w.W[j]) && !L.Reporting.Contains(w.W[j]))))
        {
            if (w.Comma[j] && w.W[j] == QuoteMark)
            {
                return -1;
            }

            j--;
        }

        if (j < 0 || !L.Reporting.Contains(w.W[j]))
        {
            return -1;
        }

        var verb = w.W[j];
        var before = j >= 1 ? w.W[j - 1] : "";
        var before2 = j >= 2 ? w.W[j - 2] : "";
        if (verb == "like")
        {
            return L.QuotativeBe.Contains(before) ? j : -1;
        }

        // "like you said", "as I said": a parenthetical; "how'd you say, …": the verb is inside a question
        if ((before2 is "like" or "as" && L.PersonalSubject.Contains(before)) || L.Wh.Contains(before2))
        {
            return -1;
        }

        if (verb == "said" && before is "being" or "been" or "was" or "is")
        {
            return -1;
        }

        return verb is "ask" or "asking" && before is "me" or "i" or "i'm" or "i'd" or "to" ? -1 : j;
    }

    private static int WordsFrom(Sentence w, int i)
    {
        var n = 0;
        for (var k = i; k < w.Count; k++)
        {
            if (!w.Comma[k])
            {
                n++;
            }
        }

        return n;
    }

    private static bool HasVerbOrPronoun(Sentence w, int from)
    {
        for (var k = from; k < w.Count; k++)
        {
            if (w.Comma[k])
            {
                return true; // a fragment set off by a comma is a clause start ("when, uh, …"), not a fragment question
            }

            var a = w.W[k];
            if (L.Aux.Contains(a) || L.Pronoun.Contains(a) || a.EndsWith("ed", StringComparison.Ordinal) || a.EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FrontedAuxiliary(Sentence w, int i, bool isFirst, bool qmark, string head, string next, string next2)
    {
        if (i + 1 >= w.Count || w.Comma[i + 1])
        {
            return false;
        }

        var subject = isFirst ? L.Subject.Contains(next) || w.Capitalised[i + 1] : L.PersonalSubject.Contains(next);
        if (!subject)
        {
            return false;
        }

        // a restart ("can you- can you tell me…"): read the repeated clause instead
        if (i + 3 < w.Count && w.Comma[i + 2] && Next(w, i + 2, 1) == head)
        {
            return false;
        }

        // imperatives and verb-phrase continuations: "do it", "have a look", "do your exercises"
        if (head is "do" or "have" && !qmark && next is "it" or "that" or "this" or "them" or "those" or "these" or "your" or "my" or "a" or "an" or "some" or "all")
        {
            return false;
        }

        // conditional inversion: "Should you need anything, call us."
        if (head is "should" or "had" or "were" && isFirst && !qmark && HasCommaAfter(w, i))
        {
            return false;
        }

        // "so do I", "neither can we", "than did they"
        if (i > 0 && w.W[i - 1] is "so" or "neither" or "nor" or "than" or "as" && (!isFirst || (!qmark && i + 2 >= w.Count)))
        {
            return false;
        }

        // a permission preface: "can I ask, what do you…" — the question is what follows
        if (head is "can" or "could" or "may" && next == "i" && next2 == "ask")
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// True when the wh-word at <paramref name="i"/> heads a direct question: fused with its auxiliary ("what's…"),
    /// or followed by an auxiliary before any subject pronoun ("how are you…", "what kind of car do you…");
    /// "how I tend to work", "when you've been drinking" are subordinate clauses.
    /// </summary>
    private static bool Inverted(Sentence w, int i)
    {
        if (L.WhCoreFused.Contains(w.W[i]))
        {
            return true;
        }

        for (var k = i + 1; k < Math.Min(w.Count, i + 5); k++)
        {
            if (w.Comma[k] || L.Pronoun.Contains(w.W[k]))
            {
                return false;
            }

            if (L.Aux.Contains(w.W[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A polite request for an account put as a yes/no question: "could you tell me…", "would you mind filling me
    /// in…", "can you give me an example of…" (answered with the account, not with "yes").
    /// </summary>
    private static bool IsRequest(Sentence w, int i, string head, string next, string next2)
    {
        if (next != "you")
        {
            return false;
        }

        if (head is "can" or "could" or "would" or "will")
        {
            if (L.RequestVerb.Contains(next2))
            {
                return true;
            }

            if (next2 == "give" && Next(w, i, 3) is "me" or "us" && Next(w, i, 4) is "an" or "some" or "a" && Next(w, i, 5) is "example" or "examples" or "idea" or "sense")
            {
                return true;
            }
        }

        return head is "would" or "do" && next2 == "mind" && L.RequestGerund.Contains(Next(w, i, 3));
    }

    private static bool IsPrompt(Sentence w, int i)
    {
        var next = Next(w, i, 1);
        var head = w.W[i];
        return head switch
        {
            "tell" => next == "me" || next == "us",
            "walk" or "talk" => (next is "me" or "us" && Next(w, i, 2) is "through" or "about") || (next == "to" && Next(w, i, 2) is "me" or "us"),
            "describe" or "explain" => true,
            "elaborate" or "expand" => next is "on" or "a",

            // "remind me again why you want to stop", "say a bit more about that"
            "remind" => next is "me" or "us" && (L.Wh.Contains(Next(w, i, 2)) || (Next(w, i, 2) == "again" && L.Wh.Contains(Next(w, i, 3)))),
            "say" => (next == "more" || (next is "something" or "a" && (Next(w, i, 2) == "more" || Next(w, i, 3) == "more"))),
            _ => false,
        };
    }

    /// <summary>Index of the tag's auxiliary or particle, or -1: ", isn't it", ", right?", ", huh", "don't you think?".</summary>
    private static int TagQuestion(Sentence w, bool qmark)
    {
        var n = w.Count;
        var last = n - 1;
        if (last < 0 || w.Comma[last])
        {
            last--;
        }

        if (last < 0)
        {
            return -1;
        }

        var lw = w.W[last];
        var commaBefore = last > 0 && w.Comma[last - 1];
        if (lw is "huh" or "eh" && (commaBefore || qmark) && last > 0)
        {
            return last;
        }

        if (qmark && commaBefore && lw is "right" or "correct" or "yeah" or "okay" or "no" or "yes")
        {
            return last;
        }

        if (last >= 2 && L.Aux.Contains(w.W[last - 1]) && L.PersonalSubject.Contains(lw) && w.Comma[last - 2])
        {
            if (qmark || w.W[last - 1].EndsWith("n't", StringComparison.Ordinal))
            {
                return last - 1;
            }
        }

        if (last >= 2 && (w.W[last - 2], w.W[last - 1], lw) is ("don't", "you", "think") or ("wouldn't", "you", "say") or ("don't", "you", "agree") or ("wouldn't", "you", "agree"))
        {
            return last - 2;
        }

        return -1;
    }

    /// <summary>Index of an indirect question's frame, or -1: "I wonder if…", "I'm curious what…", "I don't know whether you…".</summary>
    private static int Indirect(Sentence w, bool qmark, out bool open)
    {
        open = false;
        var n = w.Count;
        for (var k = 0; k + 1 < n; k++)
        {
            var a = w.W[k];
            var next = w.Comma[k + 1] ? Next(w, k + 1, 1) : w.W[k + 1];
            if (a is "wonder" or "wondered" or "wondering" or "curious" && AddressedFrame(w, k))
            {
                if (next is "if" or "whether")
                {
                    return k;
                }

                // "I'm wondering about what might make it hard…": the wh-clause is the object of "about"
                if (L.Wh.Contains(next) || (next == "about" && k + 2 < n && L.Wh.Contains(Next(w, k + 1, 1))))
                {
                    open = true;
                    return k;
                }
            }

            // "I'm really interested in what you think": the speaker's interest puts the wh-clause to the listener
            // and the pseudo-cleft "what I'm really interested in is how…"
            if (a == "interested" && next == "in" && (k == 0 || w.W[k - 1] is "i'm" or "am" or "really" or "very" or "just" or "be" or "was")
                && (L.Wh.Contains(Next(w, k + 1, 1)) || (Next(w, k + 1, 1) == "is" && L.Wh.Contains(Next(w, k + 1, 2)))) && !NegatedBefore(w, k))
            {
                open = true;
                return k;
            }

            // "I'd like to know…", "I'd like to find out…"
            var verb = a == "know" ? k : a == "out" && k >= 1 && w.W[k - 1] == "find" ? k - 1 : -1;
            if (verb >= 2 && w.W[verb - 1] == "to" && w.W[verb - 2] is "like" or "want" or "love" or "interested")
            {
                if (next is "if" or "whether")
                {
                    return k;
                }

                if (L.Wh.Contains(next) || next == "about")
                {
                    open = true;
                    return k;
                }
            }

            // "let me ask if you…", "can I ask whether…", "may I ask what…", "I wanted to ask you how you feel"
            if (a == "ask" && (next is "if" or "whether" || (L.WhCore.Contains(next) && k >= 1 && w.W[k - 1] is "i" or "me")))
            {
                open = next is not ("if" or "whether");
                return k;
            }

            var asker = k >= 2 && w.W[k - 1] is "simply" or "just" or "also" or "quickly" or "briefly" ? k - 2 : k - 1;
            if (a == "ask" && next == "you" && asker >= 0 && w.W[asker] is "i" or "me" or "to" && k + 2 < n)
            {
                var asked = Next(w, k + 1, 1);
                if (asked is "if" or "whether" || L.WhCore.Contains(asked))
                {
                    open = asked is not ("if" or "whether");
                    return k;
                }
            }

            // "I don't know what you think about all that?": with a question mark, a confessed gap the listener is asked to fill
            if (qmark && a == "know" && k >= 1 && w.W[k - 1] is "don't" or "dont" && L.WhCore.Contains(next) && k + 2 < n && w.W[k + 2] is "you" or "your")
            {
                open = true;
                return k;
            }

            if (a == "hear" && k >= 2 && w.W[k - 1] == "to" && w.W[k - 2] is "like" or "love" or "interested" && (L.Wh.Contains(next) || next is "about" or "more"))
            {
                open = true;
                return k;
            }

            if (next is "if" or "whether" && k + 2 < n && w.W[k + 2] is "you" or "your" or "you're" or "you've" or "you'd"
                && ((a == "know" && k >= 1 && w.W[k - 1] is "don't" or "dont") || (a == "sure" && k >= 1 && w.W[k - 1] == "not")))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Product refinements of the open/closed reading. BEHAVIOURS.md counts "a single fact" as closed, so
    /// identity data ("what's your postcode?") and a choice among given options ("which of…") are closed
    /// (<see cref="QuestionReason.SingleFact"/>), and so are numbers and times ("how many…?", "what time…?",
    /// <see cref="QuestionReason.WhMeasure"/>). The Switchboard annotation tags every wh-question open by form;
    /// <see cref="QuestionShape.WhForm"/> keeps that reading available (<see cref="AnalysisOptions.WhQuestionsOpenByForm"/>).
    /// </summary>
    private static (bool Open, QuestionReason Reason) Refine(Sentence w, bool open, QuestionReason reason, int head)
    {
        var n = w.Count;
        if (open && reason is QuestionReason.WhQuestion or QuestionReason.WhInSitu)
        {
            // "how about if I book you in for Tuesday?", "what about we start there?": a proposal to accept or decline
            // ("how about you?", "what about the bill?" shift the topic and stay open; "how about if you tell me…" asks for an account)
            if (w.W[head] is "how" or "what" && Next(w, head, 1) == "about" && Next(w, head, 2) is "if" or "we" or "i" or "we'll" or "i'll" or "us"
                && head + 4 < n)
            {
                return Next(w, head, 3) == "you" && L.RequestVerb.Contains(Next(w, head, 4)) ? (true, QuestionReason.OpenRequest) : (false, QuestionReason.Proposal);
            }

            // identity and account data, and a choice among given options, are single facts: closed
            // ("which router do you have?" picks one of a known set just as "which of…" does: BEHAVIOURS.md lists "which of…" as closed)
            if ((w.W[head] is "what's" or "what" && DatumAfter(w, head)) || (w.W[head] == "which" && head + 1 < n) || Contains(w, "scale"))
            {
                return (false, QuestionReason.SingleFact);
            }

            // a number or a time asked by the question's own wh-phrase ("how many drinks…?", "what time…?"): a single
            // fact, closed; not a wh-phrase further in ("what do you think about how much you drink?" stays open)
            var quantity = Next(w, head, 1);
            if ((w.W[head] == "how" && L.Quantity.Contains(quantity) && !(quantity == "much" && DegreeMuch(w, head)))
                || (w.W[head] == "what" && L.FactNoun.Contains(quantity)))
            {
                return (false, QuestionReason.WhMeasure);
            }
        }

        // "tell me your account number", "tell me on a scale of one to ten how important…": one datum
        if (reason is QuestionReason.OpenRequest or QuestionReason.Prompt && (DatumAfter(w, head) || Contains(w, "scale")))
        {
            return (false, QuestionReason.SingleFact);
        }

        // a yes/no frame over an open set invites the customer to name things: "is there anything else…?",
        // "any other concerns?", "do you have any ideas about…?", "can you think of anything…?" (open in MI coding);
        // not offers ("would you like some ideas?") nor the closing check "do you have any other questions?"
        if (!open && reason is QuestionReason.YesNo or QuestionReason.Declarative && !IsOfferOrPermission(w, head))
        {
            for (var k = head; k < n; k++)
            {
                var a = w.W[k];
                var next = k + 1 < n && !w.Comma[k + 1] ? w.W[k + 1] : "";
                // the service close "is there anything else I can help with?" offers more help: a yes/no check, closed
                if (a == "anything" && next == "else" && IsHelpOffer(w, k + 2))
                {
                    return (false, QuestionReason.YesNo);
                }

                if ((a is "anything" or "anyone" or "anybody" && next is "else") || (a == "any" && next is "other" or "more" && Next(w, k, 2) is not ("questions" or "question"))
                    || (a is "any" or "a" or "an" or "some" && L.ThoughtNoun.Contains(next)) || (a == "think" && next is "of" && Next(w, k, 2) is "any" or "anything" or "anyone"))
                {
                    return (true, QuestionReason.Inventory);
                }
            }

            if (reason == QuestionReason.Declarative && w.W[head] is "any" or "anything" or "anyone" or "anybody"
                && !(w.W[head] == "anything" && Next(w, head, 1) == "else" && IsHelpOffer(w, head + 2)))
            {
                return (true, QuestionReason.Inventory);
            }
        }

        return (open, reason);
    }

    /// <summary>True when "your/the" + an identity or account noun follows within a few words ("what's your postcode", "tell me your account number").</summary>
    private static bool DatumAfter(Sentence w, int head)
    {
        for (var k = head + 1; k < Math.Min(w.Count - 1, head + 5); k++)
        {
            if (w.W[k] is "your" or "the" && L.Datum.Contains(w.W[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "how much" as a degree adverb: a mental or evaluative verb or predicate follows ("how much does it bother you?",
    /// "how much do you think this is an issue?", "how much of a problem is it?"), not a quantity ("how much do you drink?").
    /// </summary>
    private static bool DegreeMuch(Sentence w, int head)
    {
        var after = Next(w, head, 2);
        if (after == "of" && Next(w, head, 3) is "a" or "an")
        {
            return true;
        }

        if (!L.Aux.Contains(after))
        {
            return false; // "how much money…", "how much time…": a quantity of something
        }

        for (var k = head + 3; k < w.Count; k++)
        {
            if (w.Comma[k])
            {
                break;
            }

            if (L.Degree.Contains(w.W[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An offer or a request for permission ("would you like some suggestions?", "is it okay if I ask you some
    /// questions?", "can I give you some ideas?"): yes or no, even when it mentions ideas or questions.
    /// </summary>
    /// <summary>"(that) I / we can help (you) with", "I can do for you": the advisor offering further help, from word <paramref name="start"/>.</summary>
    private static bool IsHelpOffer(Sentence w, int start)
    {
        var k = start;
        if (k < w.Count && w.W[k] == "that")
        {
            k++;
        }

        return Next(w, k, 0) is "i" or "we" && Next(w, k, 1) is "can" or "could" or "may"
            && Next(w, k, 2) is "help" or "do" or "assist" or "sort" or "look";
    }

    private static bool IsOfferOrPermission(Sentence w, int head)
    {
        var a = w.W[head];
        var b = Next(w, head, 1);
        var c = Next(w, head, 2);
        return (L.Aux.Contains(a) && b == "you" && c is "like" or "want" or "wanna" or "mind")
            || (a is "would" or "is" or "will" or "would've" && b == "it" && c == "be" && Next(w, head, 3) is "okay" or "ok" or "alright" or "all" or "helpful" or "fine" or "possible" or "useful")
            || (a is "is" && b == "it" && c is "okay" or "ok" or "alright" or "all")
            || (a is "can" or "could" or "may" or "shall" && b is "i" or "we");
    }

    private static bool Contains(Sentence w, string word)
    {
        for (var k = 0; k < w.Count; k++)
        {
            if (w.W[k] == word)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCommaAfter(Sentence w, int i)
    {
        for (var k = i + 1; k < w.Count; k++)
        {
            if (w.Comma[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A self-addressed word search: the formula set off by a comma or ending the sentence ("it's on, uh, what is it, Channel 4").</summary>
    private static bool IsWordSearch(Sentence w, int start)
    {
        foreach (var f in L.WordSearch)
        {
            var k = start;
            var ok = true;
            foreach (var part in f)
            {
                if (k >= w.Count || w.Comma[k] || w.W[k] != part)
                {
                    ok = false;
                    break;
                }

                k++;
            }

            if (ok && (k >= w.Count || w.Comma[k] || (f.Length >= 3 && f[^1] is "call" && k + 1 < w.Count && w.W[k] is "it" or "them" or "that")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFormula(Sentence w, int start, string[][] formulas, bool whole)
    {
        foreach (var f in formulas)
        {
            var k = start;
            var ok = true;
            foreach (var part in f)
            {
                while (k < w.Count && w.Comma[k])
                {
                    k++;
                }

                if (k >= w.Count || w.W[k] != part)
                {
                    ok = false;
                    break;
                }

                k++;
            }

            if (!ok)
            {
                continue;
            }

            if (!whole)
            {
                return true;
            }

            // the formula must be all there is (bar trailing commas)
            while (k < w.Count && w.Comma[k])
            {
                k++;
            }

            if (k >= w.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipLead(Sentence w, int i)
    {
        while (i < w.Count)
        {
            if (w.Comma[i])
            {
                i++;
                continue;
            }

            var a = w.W[i];
            var b = i + 1 < w.Count && !w.Comma[i + 1] ? w.W[i + 1] : "";
            if (L.Lead.Contains(a))
            {
                i++;
                continue;
            }

            if ((a, b) is ("you", "know") or ("i", "mean") or ("let's", "see") or ("all", "right") or ("thank", "you"))
            {
                // "you know, …" is a filler; "you know what happened?" is not skipped past the clause
                var after = i + 2 < w.Count ? w.W[i + 2] : "";
                if (a == "you" && !(i + 2 >= w.Count || w.Comma[i + 2] || L.Lead.Contains(after)))
                {
                    break;
                }

                i += 2;
                continue;
            }

            break;
        }

        return i;
    }

    private static string Next(Sentence w, int i, int ahead)
    {
        var k = i + ahead;
        return k < w.Count && !w.Comma[k] ? w.W[k] : "";
    }

    private static string HeadText(Sentence w, int head)
    {
        var parts = new List<string>(3);
        for (var k = head; k < w.Count && parts.Count < 3; k++)
        {
            if (w.Comma[k])
            {
                break;
            }

            parts.Add(w.W[k]);
        }

        return string.Join(' ', parts);
    }

    private static Sentence Words(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        var size = end - first;
        var s = new Sentence(size);
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (t.Quoted)
            {
                // the quotation is left out; a mark in its place ends the clause that introduced it
                if (s.Count > 0 && s.Comma[s.Count - 1])
                {
                    s.W[s.Count - 1] = QuoteMark;
                }
                else if (s.Count > 0)
                {
                    s.Add(QuoteMark, i, comma: true, capitalised: false);
                }

                continue;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                var capitalised = t.Kind == TokenKind.Word && char.IsUpper(text.Text[t.Start]) && t.Norm != "i";
                s.Add(L.Word(t.Norm), i, comma: false, capitalised);
            }
            else if (t.Kind == TokenKind.Punctuation && t.Norm is "," or ";" or ":" or "-" or "--" or "\u2014" or "\u2013" or "...")
            {
                if (s.Count > 0 && !s.Comma[s.Count - 1])
                {
                    s.Add(",", i, comma: true, capitalised: false);
                }
            }
        }

        return s;
    }

    /// <summary>The words of one sentence with comma-like breaks as separate items; token indexes kept for evidence.</summary>
    private sealed class Sentence(int capacity)
    {
        public readonly string[] W = new string[capacity];
        public readonly int[] Token = new int[capacity];
        public readonly bool[] Comma = new bool[capacity];
        public readonly bool[] Capitalised = new bool[capacity];

        public int Count { get; private set; }

        public int WordCount { get; private set; }

        public void Add(string word, int token, bool comma, bool capitalised)
        {
            W[Count] = word;
            Token[Count] = token;
            Comma[Count] = comma;
            Capitalised[Count] = capitalised;
            Count++;
            if (!comma)
            {
                WordCount++;
            }
        }
    }
}
