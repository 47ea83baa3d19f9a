using System.Globalization;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;
using Attune.Analysis.Text.Detectors.Emotion;

namespace Attune.Web.Live.Alerts;

/// <summary>
/// The risk of one live interaction for the supervisor wall, and the alerts its rules fire. Fed in the interaction's
/// own clock (seconds from its start): customer emotion samples (<see cref="Emotion"/>), findings
/// (<see cref="Findings"/>), conversation dynamics (<see cref="Dynamics"/>), speech activity (<see cref="Activity"/>)
/// and the passing of time (<see cref="Advance"/>); each returns the alerts that fired just then. Not thread-safe:
/// the caller holds the session's lock.
/// <para>
/// Risk, 0..100, is the sum of four capped parts, each explainable to a supervisor:
/// <list type="bullet">
/// <item>emotion level, up to 45: 45 × the customer's current negative emotion intensity (0..1; a non-negative
/// emotion counts 0);</item>
/// <item>emotion trend, up to 20: 40 × how much that level rose over the last 60 s (the latest level minus the mean of
/// the earlier samples of that minute, or of the last sample before it, or 0 at the start), so a rise of 0.5 gives
/// the full 20; a fall adds nothing;</item>
/// <item>alerts, up to 20: alerts fired in the last 120 s, info 4, warning 8, critical 15 each;</item>
/// <item>advisor behaviour, up to 15: 5 for each negative advisor behaviour in the last 120 s (a negative advisor
/// finding such as a non-apology, blame or a missed empathy opportunity; an interruption or overtalk the advisor
/// started).</item>
/// </list>
/// The trend is rising when the level rose by 0.1 or more over the minute, falling when it fell by 0.1 or more.
/// </para>
/// <para>
/// Rules fire once per episode: a condition that becomes true fires once and must become false before it can fire
/// again. An emotion condition holds from the first sample at or above the intensity until a sample below it (or not
/// negative); it fires once it has held for the rule's seconds. A signal rule holds while its count (in its window,
/// if any) is at least its count. A silence rule holds for a non-talk span (a <c>nonTalk</c> dynamics event) or, when
/// <see cref="Activity"/> is fed, from the last speech until new speech.
/// </para>
/// </summary>
public sealed class LiveRiskTracker
{
    /// <summary>How far back the trend looks.</summary>
    public const double TrendWindowSeconds = 60;

    /// <summary>How long alerts and advisor behaviour weigh on the risk.</summary>
    public const double RecentSeconds = 120;

    /// <summary>The level change (0..1) that makes the trend rising or falling.</summary>
    public const double TrendThreshold = 0.1;

    private const int MaxAlerts = 200;

    private readonly List<(double Time, double Level)> _levels = [];
    private readonly List<double> _advisorNegatives = [];
    private readonly List<LiveAlert> _alerts = [];
    private readonly RuleState[] _states;
    private double? _lastActivity;

    public LiveRiskTracker(AlertRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _states = [.. rules.Rules.Select(r => new RuleState(r))];
    }

    public AlertRuleSet Rules { get; }

    /// <summary>The latest time fed (seconds into the interaction).</summary>
    public double Now { get; private set; }

    /// <summary>The customer's latest emotion sample.</summary>
    public (string Label, double Value, bool Negative)? LatestEmotion { get; private set; }

    /// <summary>Every alert fired so far, oldest first (at most the last 200).</summary>
    public IReadOnlyList<LiveAlert> Alerts => _alerts;

    /// <summary>How many alerts fired in all.</summary>
    public int AlertCount { get; private set; }

    public LiveAlert? LatestAlert => _alerts.Count == 0 ? null : _alerts[^1];

    /// <summary>True for the emotion labels that count as negative (frustration, distress, anxiety, confusion).</summary>
    public static bool IsNegativeEmotion(string? label) =>
        label is EmotionLabels.Frustration or EmotionLabels.Distress or EmotionLabels.Anxiety or EmotionLabels.Confusion;

    /// <summary>The current risk 0..100 (see the class summary for the formula).</summary>
    public int Risk
    {
        get
        {
            var level = CurrentLevel;
            var rise = Math.Max(0, level - Baseline());
            var alerts = 0.0;
            for (var i = _alerts.Count - 1; i >= 0 && _alerts[i].Time >= Now - RecentSeconds; i--)
            {
                alerts += _alerts[i].Severity switch { AlertSeverity.Critical => 15, AlertSeverity.Warning => 8, _ => 4 };
            }

            var advisor = 0;
            for (var i = _advisorNegatives.Count - 1; i >= 0 && _advisorNegatives[i] >= Now - RecentSeconds; i--)
            {
                advisor += 5;
            }

            var risk = (45 * level) + Math.Min(20, 40 * rise) + Math.Min(20, alerts) + Math.Min(15, advisor);
            return (int)Math.Clamp(Math.Round(risk, MidpointRounding.AwayFromZero), 0, 100);
        }
    }

    /// <summary>Whether the customer's negative emotion is rising, steady or falling over the last minute.</summary>
    public RiskTrend Trend
    {
        get
        {
            if (_levels.Count == 0)
            {
                return RiskTrend.Steady;
            }

            var change = CurrentLevel - Baseline();
            return change >= TrendThreshold ? RiskTrend.Rising : change <= -TrendThreshold ? RiskTrend.Falling : RiskTrend.Steady;
        }
    }

    private double CurrentLevel => _levels.Count == 0 ? 0 : _levels[^1].Level;

    /// <summary>A customer emotion sample at <paramref name="time"/>: intensity 0..1, and whether the emotion is negative.</summary>
    public IReadOnlyList<LiveAlert> Emotion(double time, string label, double value, bool negative)
    {
        ArgumentNullException.ThrowIfNull(label);
        Tick(time);
        value = double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;
        LatestEmotion = (label, value, negative);
        _levels.Add((time, negative ? value : 0));
        // Only the trend window (and the sample before it) is ever read.
        while (_levels.Count > 2 && _levels[1].Time < Now - TrendWindowSeconds)
        {
            _levels.RemoveAt(0);
        }

        foreach (var s in _states)
        {
            if (s.Rule.Kind == AlertRuleKind.Emotion)
            {
                if (negative && value >= s.Rule.Intensity)
                {
                    if (s.Since is null)
                    {
                        s.Since = time;
                        s.Peak = 0;
                    }

                    s.Label = label;
                    s.Peak = Math.Max(s.Peak, value);
                }
                else
                {
                    s.Since = null;
                    s.Fired = false;
                    s.Peak = 0;
                }
            }
        }

        return Check();
    }

    /// <summary>
    /// Findings of a turn at <paramref name="time"/>: counted for signal rules, and negative advisor findings weigh on
    /// the risk. customer.emotion findings are not read here: feed them through <see cref="Emotion"/>.
    /// </summary>
    public IReadOnlyList<LiveAlert> Findings(double time, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Tick(time);
        foreach (var f in findings)
        {
            Count(f.Signal, f.Label, time);
            if (f.Party == Party.Advisor && f.Polarity == Polarity.Negative)
            {
                _advisorNegatives.Add(time);
            }
        }

        Trim();
        return Check();
    }

    /// <summary>
    /// A conversation dynamics event (the live contract's kinds: interruption, overtalk, backchannel, nonTalk,
    /// longSilence, monologue) settled at <paramref name="time"/>, spanning <paramref name="start"/>..<paramref name="end"/>;
    /// <paramref name="party"/> is who interrupted or started the overtalk ("advisor"/"customer"), if known. Counted as
    /// its signal (interruption → listening.interruption, overtalk → talk.overtalk, backchannel →
    /// listening.backchannel, nonTalk → silence.non_talk, monologue → talk.monologue).
    /// </summary>
    public IReadOnlyList<LiveAlert> Dynamics(double time, string kind, string? party, double start, double end)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Tick(time);
        var signal = kind switch
        {
            "interruption" => Signals.ListeningInterruption,
            "overtalk" => Signals.TalkOvertalk,
            "backchannel" => Signals.ListeningBackchannel,
            "nonTalk" => Signals.SilenceNonTalk,
            "monologue" => Signals.TalkMonologue,
            _ => null,
        };
        if (signal is not null)
        {
            Count(signal, null, time);
        }

        if (kind is "interruption" or "overtalk" && string.Equals(party, "advisor", StringComparison.OrdinalIgnoreCase))
        {
            _advisorNegatives.Add(time);
        }

        var fired = new List<LiveAlert>();
        if (kind == "nonTalk" && end > start)
        {
            foreach (var s in _states)
            {
                // The same silence may already have fired while it was going on (fed by Activity/Advance).
                if (s.Rule.Kind == AlertRuleKind.Silence && end - start >= s.Rule.Seconds
                    && !(s.SilenceFiredFrom is { } from && from >= start - 1 && from <= end))
                {
                    s.SilenceFiredFrom = start;
                    Fire(fired, s, time, string.Create(CultureInfo.InvariantCulture, $"no one spoke for {end - start:0} s (from {start:0} s)"));
                }
            }
        }

        Trim();
        fired.AddRange(Check());
        return fired;
    }

    /// <summary>Someone spoke at <paramref name="time"/> (a turn's end): ends a silence episode and starts the silence clock.</summary>
    public IReadOnlyList<LiveAlert> Activity(double time)
    {
        Tick(time);
        _lastActivity = Now;
        return Check();
    }

    /// <summary>Time passed (no event): time-based conditions are checked; returns what fired.</summary>
    public IReadOnlyList<LiveAlert> Advance(double time)
    {
        Tick(time);
        Trim();
        return Check();
    }

    private void Tick(double time)
    {
        if (double.IsFinite(time) && time > Now)
        {
            Now = time;
        }
    }

    private void Count(string signal, string? label, double time)
    {
        foreach (var s in _states)
        {
            if (s.Rule.Kind == AlertRuleKind.Signal && s.Rule.Signal == signal && (s.Rule.Label is null || s.Rule.Label == label))
            {
                s.Times.Add(time);
            }
        }
    }

    private void Trim()
    {
        var cut = 0;
        while (cut < _advisorNegatives.Count && _advisorNegatives[cut] < Now - RecentSeconds)
        {
            cut++;
        }

        _advisorNegatives.RemoveRange(0, cut);
        foreach (var s in _states)
        {
            if (s.Rule.WithinSeconds is { } w)
            {
                s.Times.RemoveAll(t => t < Now - w);
            }
        }
    }

    /// <summary>Evaluates every condition at <see cref="Now"/> and fires the ones that just became true.</summary>
    private List<LiveAlert> Check()
    {
        var fired = new List<LiveAlert>();
        foreach (var s in _states)
        {
            var rule = s.Rule;
            switch (rule.Kind)
            {
                case AlertRuleKind.Emotion:
                    if (s.Since is { } since && !s.Fired && Now - since >= rule.Seconds)
                    {
                        Fire(fired, s, Now, rule.Seconds > 0
                            ? string.Create(CultureInfo.InvariantCulture, $"customer {s.Label} at {s.Peak:0.00} (≥ {rule.Intensity:0.##}) for {Now - since:0} s")
                            : string.Create(CultureInfo.InvariantCulture, $"customer {s.Label} at {s.Peak:0.00} (≥ {rule.Intensity:0.##})"));
                    }

                    break;
                case AlertRuleKind.Signal:
                    if (s.Times.Count >= rule.Count)
                    {
                        if (!s.Fired)
                        {
                            Fire(fired, s, Now, rule.Describe() + string.Create(CultureInfo.InvariantCulture, $": seen {s.Times.Count} time{(s.Times.Count == 1 ? "" : "s")}"));
                        }
                    }
                    else
                    {
                        s.Fired = false;
                    }

                    break;
                case AlertRuleKind.Silence:
                    if (_lastActivity is { } last && Now - last >= rule.Seconds && s.SilenceFiredFrom != last)
                    {
                        s.SilenceFiredFrom = last;
                        Fire(fired, s, Now, string.Create(CultureInfo.InvariantCulture, $"no one has spoken for {Now - last:0} s"));
                    }

                    break;
            }
        }

        return fired;
    }

    private void Fire(List<LiveAlert> fired, RuleState state, double time, string detail)
    {
        state.Fired = true;
        var alert = new LiveAlert(state.Rule.Id, state.Rule.Name, state.Rule.Severity, detail, time);
        fired.Add(alert);
        _alerts.Add(alert);
        AlertCount++;
        if (_alerts.Count > MaxAlerts)
        {
            _alerts.RemoveAt(0);
        }
    }

    /// <summary>The level the latest is compared with: the mean of the window's earlier samples, else the sample before the window, else 0.</summary>
    private double Baseline()
    {
        if (_levels.Count == 0)
        {
            return 0;
        }

        if (_levels.Count == 1)
        {
            return _levels[0].Time < Now - TrendWindowSeconds ? _levels[0].Level : 0;
        }

        var latest = _levels[^1];
        if (latest.Time < Now - TrendWindowSeconds)
        {
            // Nothing new for a minute: no movement to report.
            return latest.Level;
        }

        double sum = 0;
        var n = 0;
        for (var i = _levels.Count - 2; i >= 0 && _levels[i].Time >= latest.Time - TrendWindowSeconds; i--)
        {
            sum += _levels[i].Level;
            n++;
        }

        if (n > 0)
        {
            return sum / n;
        }

        return _levels[^2].Level;
    }

    private sealed class RuleState(AlertRule rule)
    {
        public AlertRule Rule { get; } = rule;

        public bool Fired { get; set; }

        public double? Since { get; set; }

        public string Label { get; set; } = "";

        public double Peak { get; set; }

        public List<double> Times { get; } = [];

        public double? SilenceFiredFrom { get; set; }
    }
}
