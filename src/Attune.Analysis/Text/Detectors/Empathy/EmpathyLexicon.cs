using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Empathy;

/// <summary>
/// The empathy phrase lexicon (Empathy.lex.txt) compiled once into one <see cref="PhraseMatcher"/>,
/// so a turn is scanned in a single pass whatever the number of phrases, with what each phrase
/// is for: a mechanism, a veto, a refusal cue or a question that is not an exploration.
/// </summary>
internal sealed class EmpathyLexicon
{
    internal enum Kind : byte
    {
        Reaction,
        Interpretation,

        /// <summary>Both a reaction and an interpretation ("I know how you feel").</summary>
        Resonance,
        Exploration,

        /// <summary>An exploration that counts outside a question ("tell me more about it").</summary>
        ExplorationPrompt,

        /// <summary>"Can I ask…": an exploration when its sentence is not about a transaction or a sale.</summary>
        ExplorationAsk,

        /// <summary>"That's absolutely fine": a reaction when it answers a customer who apologised.</summary>
        ApologyAccepted,
        Block,
        Refusal,
        QuestionBlock,
    }

    private EmpathyLexicon(SectionedLexicon.Parsed lexicon)
    {
        var entries = lexicon.Entries;
        foreach (var set in (string[])["sit", "state", "noun", "mood"])
        {
            foreach (var word in lexicon.Macros[set])
            {
                FeelingWords.Add(word);
            }
        }

        var kinds = new List<Kind>();
        var clauseEnd = new List<bool>();
        var sentenceStart = new List<bool>();
        var literalNegators = new List<string[]>();
        Matcher = new PhraseMatcher([]);
        foreach (var e in entries)
        {
            if (e.Section == "transactional")
            {
                foreach (var w in e.Phrase.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Transactional.Add(w);
                }

                continue;
            }

            var kind = e.Section switch
            {
                "reaction" => Kind.Reaction,
                "interpretation" => Kind.Interpretation,
                "resonance" => Kind.Resonance,
                "exploration" => Kind.Exploration,
                "exploration_prompt" => Kind.ExplorationPrompt,
                "exploration_ask" => Kind.ExplorationAsk,
                "apology_accepted" => Kind.ApologyAccepted,
                "block" => Kind.Block,
                "refusal" => Kind.Refusal,
                "question_block" => Kind.QuestionBlock,
                _ => throw new InvalidOperationException($"Empathy.lex.txt:{e.Line}: unknown section '{e.Section}'."),
            };
            var phrase = e.Phrase;
            var end = phrase.EndsWith(" $", StringComparison.Ordinal);
            if (end)
            {
                phrase = phrase[..^2].TrimEnd();
            }

            var start = phrase.StartsWith("^ ", StringComparison.Ordinal);
            if (start)
            {
                phrase = phrase[2..].TrimStart();
            }

            var id = Matcher.Add(phrase);
            if (id != kinds.Count)
            {
                throw new InvalidOperationException("Phrase ids are expected to be dense.");
            }

            kinds.Add(kind);
            clauseEnd.Add(end);
            sentenceStart.Add(start);
            literalNegators.Add(LiteralNegators(phrase));
        }

        Kinds = [.. kinds];
        ClauseEnd = [.. clauseEnd];
        Bare = new bool[kinds.Count];
        for (var i = 0; i < Bare.Length; i++)
        {
            Bare[i] = clauseEnd[i] && kinds[i] is Kind.Interpretation or Kind.Resonance;
        }

        SentenceStart = [.. sentenceStart];
        LiteralNegatorsOf = [.. literalNegators];
    }

    public static EmpathyLexicon Instance { get; } = new(SectionedLexicon.Load(typeof(EmpathyLexicon), "Empathy.lex.txt"));

    public PhraseMatcher Matcher { get; }

    /// <summary>What each phrase id is for.</summary>
    public Kind[] Kinds { get; }

    /// <summary>The phrase must close its clause (the next token is punctuation or the end of the turn).</summary>
    public bool[] ClauseEnd { get; }

    /// <summary>
    /// A bare acknowledgement ("I understand.", "I hear you.", "I get it."): an understanding phrase
    /// that must close its clause. Followed by "but" it is a dismissal whatever comes next.
    /// </summary>
    public bool[] Bare { get; }

    /// <summary>The phrase must open its sentence.</summary>
    public bool[] SentenceStart { get; }

    /// <summary>Negators written into the phrase itself ("you're not alone", "I can't imagine"), which do not negate it.</summary>
    public string[][] LiteralNegatorsOf { get; }

    /// <summary>The feeling words the frames are crossed with ("frustrating", "upset", "worry"…).</summary>
    public HashSet<string> FeelingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a question a transaction (account, postcode, …) rather than an exploration.</summary>
    public HashSet<string> Transactional { get; } = new(StringComparer.Ordinal);

    private static string[] LiteralNegators(string phrase)
    {
        // slices, not split strings: thousands of phrases each carrying 90-word groups made megabytes of garbage at start-up
        List<string>? found = null;
        var lower = phrase.ToLowerInvariant().AsSpan();
        foreach (var partRange in lower.Split(' '))
        {
            var part = lower[partRange].Trim("()");
            if (lower[partRange].IsEmpty)
            {
                continue;
            }

            foreach (var wordRange in part.Split('|'))
            {
                var word = part[wordRange];
                if (Negation.IsNegator(word))
                {
                    (found ??= []).Add(word.ToString());
                }
            }
        }

        return found is null ? [] : [.. found];
    }
}
