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
    private static readonly (PhraseMatcher Matcher, int[] Class, float[] Weight) Compiled = Compile();

    public static PhraseMatcher Matcher => Compiled.Matcher;

    public static int ClassOf(int phrase) => Compiled.Class[phrase];

    public static float WeightOf(int phrase) => Compiled.Weight[phrase];

    private static (PhraseMatcher, int[], float[]) Compile()
    {
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

            foreach (var phrase in Expand(parts[0].Trim()))
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

        return (matcher, [.. classes], [.. weights]);
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
