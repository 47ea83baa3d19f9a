using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;

namespace Attune.Analysis.Tests.Text.Detectors;

/// <summary>
/// Builds small conversations for one-line detector tests and runs chosen detectors on them.
/// A script line is "C: text" (customer) or "A: text" (advisor). <see cref="Build"/> takes a line without a
/// prefix as an advisor turn; <see cref="Parse"/> insists on the prefix.
/// </summary>
internal static class TurnScript
{
    public static Conversation Build(params string[] lines)
    {
        var turns = new List<Turn>(lines.Length);
        foreach (var line in lines)
        {
            var (party, text) = line switch
            {
                _ when line.StartsWith("C: ", StringComparison.Ordinal) => (Party.Customer, line[3..]),
                _ when line.StartsWith("A: ", StringComparison.Ordinal) => (Party.Advisor, line[3..]),
                _ => (Party.Advisor, line),
            };
            turns.Add(new Turn { Party = party, Text = text });
        }

        return new Conversation { Turns = turns, Channel = Channel.Chat };
    }

    /// <summary>Findings of <paramref name="signal"/> after running the detectors made by <paramref name="detectors"/>.</summary>
    public static List<Finding> Run(string signal, Func<AnalysisOptions, Detector[]> detectors, AnalysisOptions? options, ConversationMetadata? metadata, params string[] lines)
    {
        options ??= new AnalysisOptions { Redact = false };
        var conversation = Build(lines);
        if (metadata is not null)
        {
            conversation = conversation with { Metadata = metadata };
        }

        var result = Analyzer.Analyze(conversation, options, detectors(options));
        return result.Findings.Where(f => f.Signal == signal).ToList();
    }

    public static List<Finding> Run(string signal, Func<AnalysisOptions, Detector> detector, params string[] lines) =>
        Run(signal, o => [detector(o)], null, null, lines);

    /// <summary>The quotes of the findings, joined with " | " ("" when none): compact to compare in one-line tests.</summary>
    public static string Quotes(IEnumerable<Finding> findings) => string.Join(" | ", findings.Select(f => f.Quote));

    public static Conversation Parse(params string[] lines)
    {
        var turns = new List<Turn>();
        foreach (var line in lines)
        {
            var party = line[0] switch
            {
                'C' => Party.Customer,
                'A' => Party.Advisor,
                _ => throw new ArgumentException($"line must start with 'C:' or 'A:': {line}"),
            };
            turns.Add(new Turn { Party = party, Text = line[2..].Trim() });
        }

        return new Conversation { Turns = turns };
    }

    public static IReadOnlyList<Finding> Run(IReadOnlyList<Detector> detectors, params string[] lines) =>
        Analyzer.Analyze(Parse(lines), AnalysisOptions.Default, detectors).Findings;

    public static IReadOnlyList<Finding> Run(AnalysisOptions options, IReadOnlyList<Detector> detectors, params string[] lines) =>
        Analyzer.Analyze(Parse(lines), options, detectors).Findings;

    /// <summary>The findings of one signal.</summary>
    public static List<Finding> Of(this IEnumerable<Finding> findings, string signal) => findings.Where(f => f.Signal == signal).ToList();
}
