using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.EmptyEmpathy;

/// <summary>
/// "Next step" (NextStep.lex.txt): a first-person commitment or offer to act ("I'll refund it today",
/// "let me check", "would you like me to…", "I've sent…"), a statement of what happens next ("the next
/// step is…", "you'll receive…", "by Friday"), or an instruction to the customer (an imperative opening a
/// sentence: "Restart the router", "you'll need to…"). Negated ones do not count ("I can't check that").
/// </summary>
internal static class NextStepLexicon
{
    private static readonly (PhraseMatcher Matcher, bool[] SentenceStart, string[][] LiteralNegators) Lexicon = Build();

    private static (PhraseMatcher, bool[], string[][]) Build()
    {
        var matcher = new PhraseMatcher([]);
        var starts = new List<bool>();
        var negators = new List<string[]>();
        foreach (var e in SectionedLexicon.Load(typeof(NextStepLexicon), "NextStep.lex.txt").Entries)
        {
            var phrase = e.Phrase;
            var start = phrase.StartsWith("^ ", StringComparison.Ordinal);
            if (start)
            {
                phrase = phrase[2..];
            }

            matcher.Add(phrase);
            starts.Add(start);
            var literal = new List<string>();
            foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var w in part.Trim('(', ')').Split('|'))
                {
                    if (Negation.IsNegator(w))
                    {
                        literal.Add(w);
                    }
                }
            }

            negators.Add([.. literal]);
        }

        return (matcher, [.. starts], [.. negators]);
    }

    /// <summary>The first next step in the text, as a token range, or null.</summary>
    public static (int First, int End)? Find(TokenizedText text)
    {
        var tokens = text.Tokens;
        foreach (var m in Lexicon.Matcher.Matches(text))
        {
            if (Lexicon.SentenceStart[m.PhraseId] && !StartsSentence(text, m.FirstToken))
            {
                continue;
            }

            if (Negation.IsNegated(text, m.FirstToken) || HasForeignNegator(tokens, m, Lexicon.LiteralNegators[m.PhraseId]))
            {
                continue;
            }

            return (m.FirstToken, m.EndToken);
        }

        return null;
    }

    private static bool StartsSentence(TokenizedText text, int index)
    {
        var tokens = text.Tokens;
        for (var i = index - 1; i >= 0 && tokens[i].Sentence == tokens[index].Sentence; i--)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasForeignNegator(TokenList tokens, PhraseMatch m, string[] literal)
    {
        for (var i = m.FirstToken; i < m.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Negation.IsNegator(tokens[i].Norm) && Array.IndexOf(literal, tokens[i].Norm) < 0)
            {
                return true;
            }
        }

        return false;
    }
}
