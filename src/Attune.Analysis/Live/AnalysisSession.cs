using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Privacy;
using Attune.Analysis.Text;

namespace Attune.Analysis.Live;

/// <summary>
/// Online analysis of one interaction: turns arrive one at a time and the findings they
/// produce come back at once. Batch analysis (<see cref="Analyzer"/>) is a replay through this
/// type, so live and batch give the same findings for the same input.
/// </summary>
public sealed class AnalysisSession
{
    private readonly ConversationContext _context;
    private readonly IReadOnlyList<Detector> _detectors;
    private readonly List<Turn> _turns = [];
    private readonly AnalysisOptions _options;
    private readonly string? _source;
    private AnalysisResult? _result;

    public AnalysisSession(ConversationMetadata? metadata = null, Channel channel = Channel.Chat, AnalysisOptions? options = null, string? source = null)
        : this(metadata, channel, options, source, null)
    {
    }

    /// <summary>A session with a chosen set of detectors (tests compose a detector with the ones it depends on).</summary>
    public AnalysisSession(ConversationMetadata? metadata, Channel channel, AnalysisOptions? options, string? source, IReadOnlyList<Detector>? detectors)
    {
        _options = options ?? AnalysisOptions.Default;
        _context = new ConversationContext(metadata ?? new ConversationMetadata(), channel, _options);
        _detectors = detectors ?? DetectorCatalog.Create(_options);
        _source = source;
    }

    public ConversationContext Context => _context;

    public bool IsComplete => _result is not null;

    /// <summary>Adds the next turn and returns the findings it produced (including ones it settled on earlier turns).</summary>
    public IReadOnlyList<Finding> AddTurn(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (_result is not null)
        {
            throw new InvalidOperationException("The session is complete; no more turns can be added.");
        }

        var emitted = new List<Finding>();
        var sink = new FindingSink(_context, emitted);
        var index = _turns.Count;
        IReadOnlyList<Redaction> redactions = [];
        if (_options.Redact)
        {
            (var text, redactions) = PiiRedactor.Redact(turn.Text);
            if (redactions.Count > 0)
            {
                turn = turn with { Text = text, Words = PiiRedactor.RedactWords(turn.Words) };
            }
        }

        _turns.Add(turn);
        var analyzed = new AnalyzedTurn(index, turn);
        _context.AddTurn(analyzed);
        foreach (var r in redactions)
        {
            sink.AddSpan(analyzed, r.Start, r.Length, Signals.PrivacyRedaction, Polarity.Info,
                $"{r.Kind} redacted before analysis and storage.", label: r.Kind);
        }

        foreach (var detector in _detectors)
        {
            detector.OnTurn(_context, analyzed, sink);
        }

        return emitted;
    }

    /// <summary>Ends the interaction: detectors settle what is pending (e.g. missed empathy opportunities).</summary>
    public AnalysisResult Complete()
    {
        if (_result is not null)
        {
            return _result;
        }

        var sink = new FindingSink(_context, []);
        foreach (var detector in _detectors)
        {
            detector.OnEnd(_context, sink);
        }

        var conversation = new Conversation { Turns = _turns, Channel = _context.Channel, Metadata = _context.Metadata, Source = _source };
        var ordered = _context.Findings.OrderBy(f => f.Turn).ThenBy(f => f.SpanStart).ToList();
        _result = new AnalysisResult(conversation, ordered);
        return _result;
    }
}
