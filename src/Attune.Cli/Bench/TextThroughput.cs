using System.Diagnostics;
using Attune.Analysis;
using Attune.Analysis.Conversations;
using Attune.Analysis.Text;

namespace Attune.Cli.Bench;

/// <summary>
/// Sentence throughput of the text analysis, for the comparison with a sentiment library in
/// bench/text-throughput.sh. Honest by construction:
/// - every sentence is analysed exactly once, as a turn of a conversation, through
///   <see cref="Analyzer.Analyze(Conversation, AnalysisOptions?, IReadOnlyList{Detector}?)"/>, the same path `attune analyze` takes;
/// - sentences alternate customer / advisor turns, so customer-state and advisor-behaviour
///   detectors both run, and consecutive sentences form conversations (default 20 turns) so the
///   detectors that look back over earlier turns (repeats, paraphrase, empathy opportunities) do their real work;
/// - turns carry times on a voice channel, so detectors that use timings are not skipped;
/// - redaction stays on for the full set, as in the product;
/// - one thread: the caller's. Pin the process to one core (taskset) for a per-core figure.
/// </summary>
public sealed class TextThroughput
{
    private static readonly ConversationMetadata Metadata = new()
    {
        InteractionId = "bench",
        AdvisorId = "A000",
        AdvisorName = "Sam Carter",
        CustomerId = "C000",
        CustomerName = "Jordan Price",
        Team = "Bench",
        Queue = "bench",
    };

    private readonly Func<AnalysisOptions, IReadOnlyList<Detector>> _detectors;

    public TextThroughput(DetectorSet set, int turnsPerConversation = 20)
        : this(set == DetectorSet.All ? AnalysisOptions.Default : new AnalysisOptions { Redact = false },
               set == DetectorSet.All ? DetectorCatalog.Create : SentimentOnly,
               turnsPerConversation)
    {
    }

    /// <summary>A run with a chosen detector factory (tests count what the detectors see).</summary>
    public TextThroughput(AnalysisOptions options, Func<AnalysisOptions, IReadOnlyList<Detector>> detectors, int turnsPerConversation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(detectors);
        ArgumentOutOfRangeException.ThrowIfLessThan(turnsPerConversation, 1);
        Options = options;
        _detectors = detectors;
        TurnsPerConversation = turnsPerConversation;
        DetectorCount = detectors(options).Count;
    }

    public AnalysisOptions Options { get; }

    /// <summary>Creates the detectors of one conversation.</summary>
    public Func<AnalysisOptions, IReadOnlyList<Detector>> Detectors => _detectors;

    public int TurnsPerConversation { get; }

    /// <summary>Detectors that run on every turn.</summary>
    public int DetectorCount { get; }

    /// <summary>Line 0 is a customer turn, line 1 an advisor turn, and so on.</summary>
    public static Party PartyOf(int lineIndex) => lineIndex % 2 == 0 ? Party.Customer : Party.Advisor;

    /// <summary>
    /// The sentiment detector(s) of the catalogue, chosen by type name so this verb does not
    /// depend on one detector class: any detector whose type name contains "Sentiment".
    /// </summary>
    public static IReadOnlyList<Detector> SentimentOnly(AnalysisOptions options)
    {
        var all = DetectorCatalog.Create(options);
        var chosen = new List<Detector>();
        foreach (var d in all)
        {
            if (d.GetType().Name.Contains("Sentiment", StringComparison.Ordinal))
            {
                chosen.Add(d);
            }
        }

        return chosen;
    }

    /// <summary>Analyses lines [first, first + count) and returns the number of findings produced.</summary>
    public long Run(IReadOnlyList<string> lines, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var end = first + count;
        long findings = 0;
        for (var start = first; start < end; start += TurnsPerConversation)
        {
            var n = Math.Min(TurnsPerConversation, end - start);
            var turns = new Turn[n];
            for (var k = 0; k < n; k++)
            {
                // about four seconds a sentence, as in an unhurried call
                var at = k * 4.0;
                turns[k] = new Turn { Party = PartyOf(start + k), Text = lines[start + k], Start = at, End = at + 3.5 };
            }

            var conversation = new Conversation { Turns = turns, Channel = Channel.Voice, Metadata = Metadata, Source = "bench" };
            findings += Analyzer.Analyze(conversation, Options, _detectors(Options)).Findings.Count;
        }

        return findings;
    }

    /// <summary>
    /// Warms up (JIT tiering, static lexicons) on up to the first 20,000 lines for at least
    /// <paramref name="warmup"/>, then times one pass over every line.
    /// </summary>
    public ThroughputResult Measure(IReadOnlyList<string> lines, TimeSpan warmup)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var warmCount = Math.Min(lines.Count, 20_000);
        var warmStart = Stopwatch.GetTimestamp();
        var passes = 0;
        do
        {
            Run(lines, 0, warmCount);
            passes++;
        }
        while (passes < 10 && Stopwatch.GetElapsedTime(warmStart) < warmup);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var findings = Run(lines, 0, lines.Count);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new ThroughputResult(lines.Count, seconds, allocated, PeakWorkingSet(), findings, DetectorCount);
    }

    /// <summary>Peak resident set of this process (VmHWM on Linux).</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
