using System.Globalization;
using Attune.Analysis.Findings;
using Attune.Analysis.Reports;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Charts;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages;

/// <summary>
/// The overview: how the team is doing over a date range (default the last 30 days), within what the caller may see:
/// empathy score and customer sentiment over time (per day, per week over 60 days), volume, which behaviours occur how
/// often, and the criteria passed least often (QA overrides applied).
/// </summary>
[Authorize]
public sealed class IndexModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    /// <summary>Ranges longer than this are charted per week.</summary>
    public const int DailyUpToDays = 60;

    /// <summary>Criteria shown as the biggest gaps.</summary>
    public const int GapCount = 6;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public DateOnly FromDay { get; private set; }

    public DateOnly ToDay { get; private set; }

    public bool Weekly { get; private set; }

    /// <summary>Teams to filter by: only for callers who see more than one team.</summary>
    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public long Interactions { get; private set; }

    public long Distressed { get; private set; }

    public double? AverageScore { get; private set; }

    public double? AverageSentiment { get; private set; }

    public IReadOnlyList<SvgCharts.Point> ScoreSeries { get; private set; } = [];

    public IReadOnlyList<SvgCharts.Point> SentimentSeries { get; private set; } = [];

    public IReadOnlyList<SvgCharts.Bar> SignalBars { get; private set; } = [];

    public IReadOnlyList<SvgCharts.Bar> GapBars { get; private set; } = [];

    /// <summary>The range as query-string values for links to the interactions list.</summary>
    public string RangeQuery => $"from={FromDay:yyyy-MM-dd}&to={ToDay:yyyy-MM-dd}" + (Team is null ? "" : "&team=" + Uri.EscapeDataString(Team));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        ToDay = To ?? today;
        FromDay = From ?? ToDay.AddDays(-29);
        if (FromDay > ToDay)
        {
            (FromDay, ToDay) = (ToDay, FromDay);
        }

        Weekly = ToDay.DayNumber - FromDay.DayNumber + 1 > DailyUpToDays;
        var scope = User.Scope();
        Teams = await TeamChoices.ForAsync(store, scope, ct);
        if (scope != InteractionScope.All)
        {
            Team = null; // a team leader sees their own team, an advisor themselves: the scope already says so
        }

        var query = new StatsQuery
        {
            Scope = scope,
            TeamId = Team,
            From = new DateTimeOffset(FromDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To = new DateTimeOffset(ToDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
        var periods = await store.GetPeriodStatsAsync(query, Weekly, ct);
        Interactions = periods.Sum(p => p.Interactions);
        Distressed = periods.Sum(p => p.Distressed);
        AverageScore = Weighted(periods, p => p.AverageScore);
        AverageSentiment = Weighted(periods, p => p.AverageSentiment);
        var filled = Fill(periods, FromDay, ToDay, Weekly);
        ScoreSeries = filled.Select(p => new SvgCharts.Point(p.Period, p.Stats?.AverageScore, p.Stats?.Interactions ?? 0)).ToList();
        SentimentSeries = filled.Select(p => new SvgCharts.Point(p.Period, p.Stats?.AverageSentiment, p.Stats?.Interactions ?? 0)).ToList();

        var signals = await store.GetSignalTotalsAsync(query, ct);
        SignalBars = signals
            .Where(s => !SignalNames.IsCustomerState(s.Signal) && s.Signal != Signals.PrivacyRedaction)
            .OrderByDescending(s => s.Interactions).ThenBy(s => s.Signal, StringComparer.Ordinal)
            .Select(s =>
            {
                var share = Interactions == 0 ? 0 : (double)s.Interactions / Interactions;
                var name = SignalNames.Name(s.Signal);
                return new SvgCharts.Bar(name, share, $"{Percent(share)} · {s.Findings}×", Tone(SignalNames.Tone(s.Signal)),
                    $"/interactions?signal={Uri.EscapeDataString(s.Signal)}&{RangeQuery}",
                    $"{name} ({s.Signal}): in {s.Interactions} of {Interactions} interactions, {s.Findings} times in all");
            })
            .ToList();

        var criteria = await store.GetCriterionTotalsAsync(query, ct);
        GapBars = criteria
            .Where(c => c.Passed + c.Failed > 0)
            .OrderBy(c => (double)c.Passed / (c.Passed + c.Failed)).ThenByDescending(c => c.Failed)
            .Take(GapCount)
            .Select(c =>
            {
                var rate = (double)c.Passed / (c.Passed + c.Failed);
                return new SvgCharts.Bar(c.Name, rate, $"{Percent(rate)} passed", rate >= 0.75 ? "pos" : rate >= 0.5 ? "warn" : "neg", null,
                    $"passed {c.Passed}, failed {c.Failed}, not applicable {c.NotApplicable}");
            })
            .ToList();
    }

    public static string Percent(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Tone(Polarity p) => p switch
    {
        Polarity.Positive => "pos",
        Polarity.Negative => "neg",
        _ => "info",
    };

    /// <summary>Every period of the range, with the store's figures where there were interactions (gaps stay visible).</summary>
    private static List<(DateTimeOffset Period, PeriodStats? Stats)> Fill(IReadOnlyList<PeriodStats> periods, DateOnly from, DateOnly to, bool weekly)
    {
        var byDay = new Dictionary<DateOnly, PeriodStats>();
        foreach (var p in periods)
        {
            byDay[DateOnly.FromDateTime(p.Period.UtcDateTime)] = p;
        }

        var list = new List<(DateTimeOffset, PeriodStats?)>();
        if (!weekly)
        {
            for (var d = from; d <= to; d = d.AddDays(1))
            {
                list.Add((new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), byDay.GetValueOrDefault(d)));
            }

            return list;
        }

        // weekly: the store's periods in order, with empty weeks between them (a week is 7 days after the previous start)
        var starts = byDay.Keys.Order().ToList();
        if (starts.Count == 0)
        {
            return list;
        }

        for (var d = starts[0]; d <= starts[^1]; d = d.AddDays(7))
        {
            list.Add((new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), byDay.GetValueOrDefault(d)));
        }

        return list;
    }

    private static double? Weighted(IReadOnlyList<PeriodStats> periods, Func<PeriodStats, double?> value)
    {
        double sum = 0, weight = 0;
        foreach (var p in periods)
        {
            if (value(p) is { } v)
            {
                sum += v * p.Interactions;
                weight += p.Interactions;
            }
        }

        return weight > 0 ? sum / weight : null;
    }
}
