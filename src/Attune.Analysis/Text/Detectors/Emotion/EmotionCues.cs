using System.Globalization;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// The contact-centre cue lexicon (<c>emotion_cues.lex.txt</c>), compiled once into one
/// <see cref="PhraseMatcher"/>: per phrase, the model class it points to and its weight.
/// Alternatives of several words, "(fed up|sick of)", are expanded here because the matcher's
/// own alternatives are single words.
/// </summary>
internal static class EmotionCues
{
    private static readonly (PhraseMatcher Matcher, int[] Class, float[] Weight, Dictionary<string, (int Class, float Weight)> Emoji) Compiled = Compile();

    public static PhraseMatcher Matcher => Compiled.Matcher;

    /// <summary>An emoji cue: a line of the lexicon whose phrase is one emoji (the phrase matcher reads words only).</summary>
    public static bool TryGetEmoji(string symbol, out int modelClass, out float weight)
    {
        if (Compiled.Emoji.TryGetValue(symbol, out var e))
        {
            (modelClass, weight) = e;
            return true;
        }

        (modelClass, weight) = (-1, 0);
        return false;
    }

    public static int ClassOf(int phrase) => Compiled.Class[phrase];

    public static float WeightOf(int phrase) => Compiled.Weight[phrase];

    private static (PhraseMatcher, int[], float[], Dictionary<string, (int, float)>) Compile()
    {
        var emoji = new Dictionary<string, (int, float)>(StringComparer.Ordinal);
        var model = EmotionAnalyzer.Model;
        var matcher = new PhraseMatcher([]);
        var classes = new List<int>();
        var weights = new List<float>();
        var assembly = typeof(EmotionCues).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Emotion.emotion_cues.lex.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var k = parts.Length == 3 ? model.ClassIndex(parts[1].Trim()) : -1;
            if (k < 0 || !float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidOperationException($"emotion_cues.lex.txt:{number}: expected 'phrase<TAB>class<TAB>weight' with a class of the model.");
            }

            var text = parts[0].Trim();
            if (IsEmojiList(text))
            {
                foreach (var e in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    emoji[e] = (k, weight);
                }

                continue;
            }

            foreach (var phrase in Expand(text))
            {
                var id = matcher.Add(phrase);
                classes.Add(k);
                weights.Add(weight);
                if (id != classes.Count - 1)
                {
                    throw new InvalidOperationException("PhraseMatcher ids are expected to be sequential.");
                }
            }
        }

        return (matcher, [.. classes], [.. weights], emoji);
    }

    /// <summary>A line of emoji separated by spaces, no letters or digits.</summary>
    private static bool IsEmojiList(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '(' or ')' or '|' or '*' or '~' or '\'')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Expands the first group whose alternatives contain spaces, recursively: "(fed up|sick of) now" → two phrases.</summary>
    internal static IEnumerable<string> Expand(string phrase)
    {
        var open = -1;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] == '(')
            {
                open = i;
            }
            else if (phrase[i] == ')' && open >= 0)
            {
                var inner = phrase[(open + 1)..i];
                if (inner.Contains(' ', StringComparison.Ordinal))
                {
                    foreach (var option in inner.Split('|'))
                    {
                        var expanded = string.Concat(phrase.AsSpan(0, open), option.Trim(), phrase.AsSpan(i + 1));
                        foreach (var e in Expand(string.Join(' ', expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
                        {
                            yield return e;
                        }
                    }

                    yield break;
                }

                open = -1;
            }
        }

        yield return phrase;
    }
}
