using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>The cue side of <see cref="EmotionAnalyzer"/>: which cues count, how much, and how strongly they state their emotion.</summary>
public static partial class EmotionAnalyzer
{
    /// <summary>Degree words that strengthen the cue after them (a subset of VADER's boosters, plus British "proper", "well", "bloody").</summary>
    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "absolutely", "really", "so", "very", "totally", "completely", "utterly", "extremely", "incredibly", "bloody",
        "fucking", "seriously", "properly", "proper", "truly", "deeply", "terribly", "awfully", "thoroughly", "massively",
        "hugely", "genuinely", "beyond", "well", "super", "too",
    };

    /// <summary>Modals that make "X be" hypothetical: "I'd be furious", "you would be worried".</summary>
    private static readonly HashSet<string> Hypothetical = new(StringComparer.Ordinal)
    {
        "i'd", "you'd", "would", "he'd", "she'd", "they'd", "we'd",
    };

    /// <summary>Degree words that soften the cue after them ("a bit", "a little", "slightly").</summary>
    private static readonly HashSet<string> Softeners = new(StringComparer.Ordinal)
    {
        "slightly", "somewhat", "bit", "little", "tad", "mildly", "kinda", "sorta", "fairly", "rather", "marginally",
    };

    /// <summary>
    /// Adds the weight of every cue of the lexicon (and every emoji) found in the text to its
    /// class: a negated cue subtracts. Per class, the summed weight of the unnegated cues goes to
    /// <paramref name="support"/>, the intensity of the strongest to <paramref name="strongest"/>
    /// and the summed intensity of the others to <paramref name="others"/>. Returns the cues (phrases
    /// in text order, then emoji), or null when there are none.
    /// </summary>
    private static List<EmotionCue>? AddCues(TokenizedText text, int neutral, Span<float> logits, Span<float> support,
        Span<float> strongest, Span<float> others)
    {
        List<EmotionCue>? cues = null;
        var classes = Model.Classes;
        var matches = EmotionCues.Matcher.Matches(text);
        var lastEnd = -1;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.FirstToken < lastEnd)
            {
                continue; // overlapping cue ("charged double" inside "double charged"): count once
            }

            // Of the cues starting at one word the longest wins ("thanks for nothing" over
            // "thanks"), and of equally long ones the weightiest.
            while (i + 1 < matches.Count && matches[i + 1].FirstToken == m.FirstToken)
            {
                i++;
                var o = matches[i];
                if (o.EndToken > m.EndToken || (o.EndToken == m.EndToken && EmotionCues.WeightOf(o.PhraseId) > EmotionCues.WeightOf(m.PhraseId)))
                {
                    m = o;
                }
            }

            lastEnd = m.EndToken;
            var w = EmotionCues.WeightOf(m.PhraseId);
            if (w == 0)
            {
                continue; // a blocker: an idiom that contains a cue but is none ("that's kind of", "as far as I'm concerned")
            }

            var stance = Stance(text, m.FirstToken);
            if (stance == 0)
            {
                continue; // someone else's feeling, a hypothetical one, or one asked about and denied
            }

            var c = EmotionCues.ClassOf(m.PhraseId);
            w *= c == neutral ? Math.Min(stance, 1f) : stance; // the business of a call is not contrasted
            var negated = Negation.IsNegated(text, m.FirstToken);
            logits[c] += negated ? -w : w;
            if (!negated)
            {
                support[c] += w;
                Strength(c, CueIntensity(text, m.FirstToken, w), strongest, others);
            }

            (cues ??= []).Add(new EmotionCue(m.FirstToken, m.EndToken, classes[c], true, negated));
        }

        // Emoji (chat and social channels): a face says how its writer feels ("😡", "😭", "🙏").
        var tokens = text.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Symbol || tokens[t].Quoted || !EmotionCues.TryGetEmoji(tokens[t].Norm, out var c, out var w))
            {
                continue;
            }

            logits[c] += w;
            support[c] += w;
            Strength(c, Math.Min(1f, w / 3f), strongest, others);
            (cues ??= []).Add(new EmotionCue(t, t + 1, classes[c], true, false));
        }

        return cues;
    }

    private static void Strength(int c, float intensity, Span<float> strongest, Span<float> others)
    {
        others[c] += Math.Min(intensity, strongest[c]);
        strongest[c] = Math.Max(intensity, strongest[c]);
    }

    /// <summary>
    /// Whose feeling a cue states, and how firmly, as a factor on its weight:
    /// <list type="bullet">
    /// <item>0, not a feeling the customer states: a hypothetical one ("my son said I'd be
    /// furious", "you would be worried too"), or one echoed as a short question and denied
    /// ("Worried? No, just checking.");</item>
    /// <item>1.5 after "but" in its sentence ("the engineer was great, but the router still
    /// doesn't work"): what follows a contrast weighs more, as in VADER (Hutto &amp; Gilbert 2014);</item>
    /// <item>1 otherwise.</item>
    /// </list>
    /// </summary>
    private static float Stance(TokenizedText text, int firstToken)
    {
        var tokens = text.Tokens;
        var sentence = tokens[firstToken].Sentence;
        var factor = 1f;
        var words = 0;
        var clause = true;
        for (var i = firstToken - 1; i >= 0 && tokens[i].Sentence == sentence; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                clause = false; // the modal is looked for in the cue's clause only
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (t.Norm == "but")
            {
                factor = 1.5f;
            }

            if (!clause || words > 3)
            {
                continue;
            }

            if (t.Norm == "be" && i > 0 && Hypothetical.Contains(tokens[i - 1].Norm))
            {
                return 0;
            }
        }

        // "Worried? No, just checking.": a cue echoed as a short question, then denied.
        var (first, end) = text.SentenceRange(sentence);
        if (end - first <= 4 && text.SentenceEndsWithQuestionMark(sentence) && end < tokens.Count
            && tokens[end].Norm is "no" or "nope" or "nah" or "not")
        {
            return 0;
        }

        return factor;
    }

    /// <summary>
    /// How strongly one cue states its emotion, 0..1: its lexicon weight over 3 (weights run
    /// 1 mild … 3 strongest), a quarter more after an intensifier ("absolutely livid", "so
    /// worried"), 40% less after a softener ("a bit annoyed", "slightly worried").
    /// </summary>
    private static float CueIntensity(TokenizedText text, int firstToken, float weight)
    {
        var v = Math.Min(1f, weight / 3f);
        var tokens = text.Tokens;
        var sentence = tokens[firstToken].Sentence;
        var seen = 0;
        for (var i = firstToken - 1; i >= 0 && seen < 2; i--)
        {
            var t = tokens[i];
            if (t.Sentence != sentence || t.Kind == TokenKind.Punctuation)
            {
                break;
            }

            seen++;
            if (Intensifiers.Contains(t.Norm))
            {
                return Math.Min(1f, v * 1.25f);
            }

            if (Softeners.Contains(t.Norm))
            {
                return v * 0.6f;
            }
        }

        return v;
    }
}
