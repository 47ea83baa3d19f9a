using System.Globalization;
using System.Text.RegularExpressions;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text;
using Attune.Analysis.Text.Detectors.AcknowledgeBeforeSolve;
using Attune.Analysis.Text.Detectors.Emotion;
using Attune.Analysis.Text.Detectors.EmpathyOpportunity;

namespace Attune.Analysis.Live.Nudges;

/// <summary>
/// Proposes advisor-assist nudges for one interaction from the findings its <see cref="AnalysisSession"/> emits
/// turn by turn (<see cref="FromFindings"/>) and from the events of its <see cref="DynamicsTracker"/>
/// (<see cref="FromDynamics"/>). It proposes; <see cref="NudgePolicy"/> decides what is shown.
/// <list type="bullet">
/// <item>customer emotion (frustration, distress, anxiety, confusion at or above <see cref="NudgeGeneratorOptions.EmotionIntensity"/>,
/// or a raised/high voice) → <see cref="NudgeKinds.Empathy"/>: a phrase from the emotion's pool, never the same one
/// twice in a call while the pool lasts, quoting the customer's own words where a template can; when the customer
/// is also repeating themselves, a phrase that names the repetition (<see cref="EmpathyPhrases.Repeated"/>); when the
/// emotion rose by <see cref="RisingBy"/> since the customer's previous turn, it says so and ranks first;</item>
/// <item><c>apology.non_apology</c> → <see cref="NudgeKinds.SincereApology"/>; <c>language.jargon</c> → <see cref="NudgeKinds.PlainWord"/>;</item>
/// <item>an advisor interruption or overtalk → <see cref="NudgeKinds.LetThemFinish"/>;</item>
/// <item>a run of closed questions → <see cref="NudgeKinds.OpenQuestion"/>;</item>
/// <item>an emotional customer turn answered without acknowledgement (<c>acknowledge_before_solve</c> skipped, or
/// <c>empathy.opportunity</c> missed) → <see cref="NudgeKinds.AcknowledgeFirst"/>;</item>
/// <item>non-talk or the long-silence alert → <see cref="NudgeKinds.ExplainSilence"/>;</item>
/// <item><c>customer.repeat</c> → <see cref="NudgeKinds.ShowEarlier"/>, quoting the earlier turn.</item>
/// </list>
/// Only customers' emotions are read: advisors are never assessed on inferred emotion.
/// Deterministic: the phrase order is shuffled with a seed derived from the interaction id (a stable FNV-1a hash,
/// not <see cref="string.GetHashCode()"/>, which differs between processes), so the same input gives the same nudges.
/// </summary>
public sealed partial class NudgeGenerator
{
    private const int MaxQuote = 60;

    /// <summary>
    /// A negative emotion this much stronger than the customer's previous turn is rising: the empathy nudge says so and
    /// outranks the other nudges of the moment (acknowledge-first included), since a flare-up is when it matters most.
    /// </summary>
    public const double RisingBy = 0.2;

    /// <summary>Extra priority of an empathy nudge for a rising emotion.</summary>
    public const int RisingBonus = 15;

    private readonly NudgeGeneratorOptions _options;
    private readonly int _seed;
    private readonly Dictionary<string[], PhraseDeck> _decks = [];
    private int _closedRun;
    private int _lastEmpathyTurn = -1;
    private int _lastAcknowledgeTurn = -1;
    private int _lastAcknowledgedCustomerTurn = -1;
    private (int Turn, string Phrase) _lastEmpathy = (-1, "");
    private double _previousNegative;

    public NudgeGenerator(string interactionId, NudgeGeneratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactionId);
        _options = options ?? NudgeGeneratorOptions.Default;
        _seed = StableHash(interactionId);
    }

    /// <summary>
    /// Nudges for the findings one <see cref="AnalysisSession.AddTurn"/> returned (or dynamics findings), at
    /// <paramref name="time"/> seconds into the interaction.
    /// </summary>
    /// <param name="context">The session's context (<see cref="AnalysisSession.Context"/>), for the turns' text.</param>
    public IReadOnlyList<Nudge> FromFindings(ConversationContext context, IReadOnlyList<Finding> findings, double time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var nudges = new List<Nudge>();
        Finding? emotion = null, arousal = null;
        foreach (var f in findings)
        {
            switch (f.Signal)
            {
                case Signals.CustomerEmotion when f.Party == Party.Customer && IsNegative(f.Label) && f.Value >= _options.EmotionIntensity:
                    if (emotion is null || f.Value > emotion.Value)
                    {
                        emotion = f;
                    }

                    break;
                case Signals.CustomerArousal when f.Party == Party.Customer && f.Label is "raised" or "high":
                    arousal = f;
                    break;
                case Signals.ApologyNonApology:
                {
                    // The detector's suggestion is an instruction and an example ("Name what went wrong and own it:
                    // \"I'm sorry we …\""): the instruction is what the advisor reads, the example what they could say.
                    var (instruction, example) = InstructionAndExample(f.Suggestion);
                    nudges.Add(new Nudge(NudgeKinds.SincereApology, NudgeKinds.DefaultPriority(NudgeKinds.SincereApology),
                        instruction is null
                            ? $"'{f.Quote}' can sound like a formula: own the problem instead."
                            : $"'{f.Quote}' can sound like a formula. {instruction}.", time, f.Turn,
                        example ?? "I'm sorry we got this wrong; here's what I'm doing to fix it.", f.Quote, [f]));
                    break;
                }

                case Signals.LanguageJargon:
                    // An acronym's suggestion is an instruction (say what it stands for), not words to say.
                    var instructs = f.Label == "acronym" && f.Suggestion is not null;
                    nudges.Add(new Nudge(NudgeKinds.PlainWord, NudgeKinds.DefaultPriority(NudgeKinds.PlainWord),
                        IsShortWord(f.Suggestion) && !instructs
                            ? $"Say '{f.Suggestion}' instead of '{f.Quote}'."
                            : instructs
                                ? $"'{f.Quote}' may be jargon to the customer. {f.Suggestion}"
                                : $"'{f.Quote}' may be jargon to the customer: put it in plain words.",
                        time, f.Turn, instructs ? null : f.Suggestion, f.Quote, [f]));
                    break;
                case Signals.ListeningInterruption when f.Party == Party.Advisor:
                case Signals.TalkOvertalk when f.Party == Party.Advisor && f.Polarity == Polarity.Negative:
                    nudges.Add(LetThemFinish(time, f.Turn, f.Quote, [f]));
                    break;
                case Signals.QuestionOpen:
                    _closedRun = 0;
                    break;
                case Signals.QuestionClosed:
                    if (++_closedRun >= _options.ClosedQuestionRun)
                    {
                        nudges.Add(new Nudge(NudgeKinds.OpenQuestion, NudgeKinds.DefaultPriority(NudgeKinds.OpenQuestion),
                            string.Create(CultureInfo.InvariantCulture, $"{_closedRun} closed questions in a row: ask an open one and let them explain."),
                            time, f.Turn, OpenQuestionFor(_closedRun), f.Quote, [f]));
                        _closedRun = 0;
                    }

                    break;
                case Signals.AcknowledgeBeforeSolve when f.Label == AcknowledgeBeforeSolveDetector.Skipped:
                case Signals.EmpathyOpportunity when f.Label == EmpathyOpportunityDetector.Missed && f.Party == Party.Advisor:
                    // Only about the reply just made: a "missed" settled turns later on an earlier reply is past helping,
                    // and one customer turn is worth one reminder however many detectors agree.
                    if (f.Turn == context.Turns.Count - 1 && f.Turn != _lastAcknowledgeTurn && f.RelatedTurn != _lastAcknowledgedCustomerTurn)
                    {
                        _lastAcknowledgeTurn = f.Turn;
                        _lastAcknowledgedCustomerTurn = f.RelatedTurn ?? -1;
                        var customer = f.RelatedTurn is { } r && r < context.Turns.Count ? Shorten(context.Turns[r].Text) : null;
                        // the phrase the empathy nudge already offered for that turn, so the advisor gets one consistent line
                        var phrase = f.RelatedTurn == _lastEmpathy.Turn ? _lastEmpathy.Phrase : ExampleFrom(f.Suggestion);
                        nudges.Add(new Nudge(NudgeKinds.AcknowledgeFirst, NudgeKinds.DefaultPriority(NudgeKinds.AcknowledgeFirst),
                            "They told you how they feel: acknowledge it before the fix.", time, f.Turn, phrase, customer, [f]));
                    }

                    break;
                case Signals.SilenceNonTalk when f.Label is "non_talk" or "alert":
                    nudges.Add(ExplainSilence(time, f.Turn, [f]));
                    break;
                case Signals.CustomerRepeat when f.Party == Party.Customer:
                    nudges.Add(ShowEarlier(context, f, time));
                    break;
                default:
                    break;
            }
        }

        var previous = _previousNegative;
        foreach (var f in findings)
        {
            if (f.Signal == Signals.CustomerEmotion && f.Party == Party.Customer)
            {
                _previousNegative = IsNegative(f.Label) ? f.Value ?? 0 : 0;
            }
        }

        if ((emotion ?? arousal) is { } trigger && trigger.Turn != _lastEmpathyTurn)
        {
            _lastEmpathyTurn = trigger.Turn;
            var rising = emotion?.Value is { } v && v >= previous + RisingBy;
            nudges.Insert(0, Empathy(context, emotion, arousal, time, rising));
        }

        return nudges;
    }

    /// <summary>Nudges for a settled dynamics event (an advisor interruption or overtalk, non-talk, the long-silence alert), at the event's end.</summary>
    /// <param name="turn">The turn the event falls in, if known (-1 otherwise).</param>
    public IReadOnlyList<Nudge> FromDynamics(DynamicsEvent dynamicsEvent, int turn = -1)
    {
        ArgumentNullException.ThrowIfNull(dynamicsEvent);
        var e = dynamicsEvent;
        switch (e.Kind)
        {
            case DynamicsEventKind.Overtalk when e.Overtalk is { StartedBy: Party.Advisor } o
                && (o.Kind == OvertalkKind.Interruption || (o.Kind == OvertalkKind.Overlap && !o.Simultaneous && !o.EarlyReply)):
                return [LetThemFinish(e.End, turn, null, [])];
            case DynamicsEventKind.NonTalk:
            case DynamicsEventKind.LongSilenceAlert:
                return [ExplainSilence(e.End, turn, [])];
            default:
                return [];
        }
    }

    private Nudge Empathy(ConversationContext context, Finding? emotion, Finding? arousal, double time, bool rising)
    {
        var trigger = (emotion ?? arousal)!;
        var label = emotion?.Label;
        var cue = emotion is not null && emotion.Turn < context.Turns.Count ? CueOf(context, context.Turns[emotion.Turn], label!) : null;
        var repeated = context.Has(trigger.Turn, Signals.CustomerRepeat);
        var phrase = Deck(repeated ? EmpathyPhrases.Repeated : EmpathyPhrases.For(label)).Next(cue is not null);
        var suggestion = phrase.Contains("{0}", StringComparison.Ordinal) ? phrase.Replace("{0}", cue, StringComparison.Ordinal) : phrase;
        var feeling = label switch
        {
            "frustration" => "frustrated",
            "distress" => "distressed",
            "anxiety" => "anxious",
            "confusion" => "confused",
            _ => "worked up",
        };
        var how = emotion?.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $" ({v:0.00})") : "";
        var voice = arousal is not null ? (emotion is null ? " (raised voice)" : ", voice raised") : "";
        var findings = emotion is not null && arousal is not null ? new[] { emotion, arousal } : [trigger];
        _lastEmpathy = (trigger.Turn, suggestion);
        return new Nudge(NudgeKinds.Empathy, NudgeKinds.DefaultPriority(NudgeKinds.Empathy) + (rising ? RisingBonus : 0),
            $"The customer sounds {(rising ? "more and more " : "")}{feeling}{how}{voice}: acknowledge it.", time, trigger.Turn, suggestion,
            cue ?? Shorten(context.Turns.Count > trigger.Turn ? context.Turns[trigger.Turn].Text : trigger.Quote), findings);
    }

    private static Nudge LetThemFinish(double time, int turn, string? quote, IReadOnlyList<Finding> findings) =>
        new(NudgeKinds.LetThemFinish, NudgeKinds.DefaultPriority(NudgeKinds.LetThemFinish),
            "You spoke over the customer: let them finish.", time, turn,
            "Sorry, go on — I'm listening.", string.IsNullOrEmpty(quote) ? null : quote, findings);

    private static Nudge ExplainSilence(double time, int turn, IReadOnlyList<Finding> findings) =>
        new(NudgeKinds.ExplainSilence, NudgeKinds.DefaultPriority(NudgeKinds.ExplainSilence),
            "It has gone quiet: tell them what you are doing.", time, turn,
            "I'm just checking your account now; it'll take about a minute.", null, findings);

    private static Nudge ShowEarlier(ConversationContext context, Finding f, double time)
    {
        if (f.RelatedTurn is { } earlier && earlier < context.Turns.Count)
        {
            var said = Shorten(context.Turns[earlier].Text);
            return new Nudge(NudgeKinds.ShowEarlier, NudgeKinds.DefaultPriority(NudgeKinds.ShowEarlier),
                string.Create(CultureInfo.InvariantCulture, $"They are repeating turn {earlier + 1}: show you have it."), time, f.Turn,
                $"I've got what you told me earlier (\"{Shorten(context.Turns[earlier].Text, 60)}\"), so you won't need to go over it again.", said, [f]);
        }

        return new Nudge(NudgeKinds.ShowEarlier, NudgeKinds.DefaultPriority(NudgeKinds.ShowEarlier),
            "They say they have explained this before: show you have it.", time, f.Turn,
            "I'm sorry you've had to explain this again; I have it here and won't ask you to repeat it.", f.Quote, [f]);
    }

    /// <summary>The question detector's example phrases, varied by run length so the hint is not always the same.</summary>
    private static string OpenQuestionFor(int run) => (run % 3) switch
    {
        0 => "What happened when you tried that?",
        1 => "Can you walk me through what you're seeing?",
        _ => "How has this been affecting you?",
    };

    /// <summary>The quoted example out of a detector suggestion ("Open with …: \"I can hear…\""), else the whole suggestion.</summary>
    private static string? ExampleFrom(string? suggestion) => InstructionAndExample(suggestion).Example ?? suggestion;

    /// <summary>
    /// A detector suggestion of the form <c>Instruction: "example"</c> (or <c>Instruction, e.g. "example"</c>) split in
    /// two, the instruction without its trailing punctuation; (null, null) when it is not of that form. The instruction
    /// may itself quote a word (<c>Drop the "if" and …: "…"</c>).
    /// </summary>
    internal static (string? Instruction, string? Example) InstructionAndExample(string? suggestion)
    {
        if (suggestion is null || SuggestionParts().Match(suggestion) is not { Success: true } m)
        {
            return (null, null);
        }

        var instruction = m.Groups["instruction"].Value.Trim().TrimEnd('.', ',', ';', ':');
        return (instruction.Length == 0 ? null : instruction, m.Groups["example"].Value.Trim());
    }

    [GeneratedRegex("""^(?<instruction>[^:]*?)(?::|,?\s*e\.g\.)\s*"(?<example>[^"]+)"\s*\.?$""", RegexOptions.CultureInvariant)]
    private static partial Regex SuggestionParts();

    private static bool IsShortWord(string? s) => s is { Length: > 0 and <= 30 } && s.Split(' ').Length <= 3;

    private static bool IsNegative(string? label) =>
        label is EmotionLabels.Frustration or EmotionLabels.Distress or EmotionLabels.Anxiety or EmotionLabels.Confusion;

    /// <summary>
    /// The customer's own words for the emotion: the first non-negated cue of that emotion, if short enough to quote;
    /// a lexicon cue ("fed up", "worried") before a word the model weighed, which may be no feeling word ("as I said").
    /// </summary>
    private static string? CueOf(ConversationContext context, AnalyzedTurn turn, string emotion)
    {
        var result = EmotionAnalyzer.Analyze(turn.Tokens);
        var repeats = context.FindingsFor(turn.Index, Signals.CustomerRepeat);
        return CueOf(turn, emotion, result.Cues, repeats, lexicon: true) ?? CueOf(turn, emotion, result.Cues, repeats, lexicon: false);
    }

    private static string? CueOf(AnalyzedTurn turn, string emotion, IReadOnlyList<EmotionCue> cues, IEnumerable<Finding> repeats, bool lexicon)
    {
        var tokens = turn.Tokens.Tokens;
        foreach (var cue in cues)
        {
            if (cue.Negated || cue.FromLexicon != lexicon || EmotionLabels.FromModelClass(cue.ModelClass) != emotion || cue.FirstToken >= tokens.Count)
            {
                continue;
            }

            var start = tokens[cue.FirstToken].Start;
            var end = tokens[Math.Min(cue.EndToken, tokens.Count) - 1].End;
            // "as I said" is a frustration cue, but "When you say 'as I said'" is no acknowledgement: the show-earlier nudge covers it
            if (end - start is > 0 and <= MaxQuote && !Overlaps(repeats, start, end))
            {
                return turn.Text[start..end];
            }
        }

        return null;
    }

    private static bool Overlaps(IEnumerable<Finding> findings, int start, int end)
    {
        foreach (var f in findings)
        {
            if (f.SpanStart < end && f.SpanStart + f.Length > start)
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text, int max = 120) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private PhraseDeck Deck(string[] pool)
    {
        if (!_decks.TryGetValue(pool, out var deck))
        {
            deck = new PhraseDeck(pool, _seed ^ StableHash(pool[0]));
            _decks[pool] = deck;
        }

        return deck;
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same on every run and machine.</summary>
    internal static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    /// <summary>
    /// A pool shuffled once per call (seeded), dealt in order; a phrase comes round again only once every other
    /// usable phrase of the pool has been dealt. Templates are skipped when there are no customer words to fill them.
    /// </summary>
    private sealed class PhraseDeck
    {
        private readonly string[] _order;
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private string? _last;

        public PhraseDeck(string[] pool, int seed)
        {
            _order = (string[])pool.Clone();
            // Random(int) is a fixed algorithm for a given seed, so the deal is reproducible.
#pragma warning disable CA5394 // not security: variety, reproducible by design
            new Random(seed).Shuffle(_order);
#pragma warning restore CA5394
        }

        public string Next(bool canTemplate)
        {
            for (var round = 0; round < 2; round++)
            {
                foreach (var phrase in _order)
                {
                    if ((canTemplate || !phrase.Contains("{0}", StringComparison.Ordinal)) && phrase != _last && _used.Add(phrase))
                    {
                        _last = phrase;
                        return phrase;
                    }
                }

                _used.Clear(); // every usable phrase dealt: start a new round (never with the phrase just said)
            }

            return _last = _order[0];
        }
    }
}
