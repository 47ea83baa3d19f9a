using Attune.Analysis.Reports;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Interactions;

/// <summary>
/// The interactions list: every filter the store offers (advisor, team, dates, channel, score range, emotion journey,
/// signal, distressed customers, full-text search over the redacted transcripts), sortable and paged. The filters live
/// in the query string, so a filtered list can be bookmarked and shared; the caller's scope always applies.
/// </summary>
[Authorize]
public sealed class IndexModel(IAttuneStore store) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The customer states a journey starts and ends in (EmotionDetector).</summary>
    public static IReadOnlyList<string> States { get; } = ["angry", "distressed", "anxious", "confused", "calm", "positive"];

    public static IReadOnlyList<(string Value, string Label)> Sorts { get; } =
        [("newest", "Newest first"), ("oldest", "Oldest first"), ("score", "Lowest score first"), ("-score", "Highest score first")];

    [BindProperty(SupportsGet = true)]
    public string? Advisor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? MinScore { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? MaxScore { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Journey { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Signal { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Distressed { get; set; }

    /// <summary>Only interactions that ended before their natural end (live sessions idle or disconnected).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Incomplete { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // "p", not "page": Razor Pages keeps "page" as a route value (the page's own path), which would win over the query string
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<InteractionSummary> Results { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<AdvisorTotal> Advisors { get; private set; } = [];

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public bool SeesTeams { get; private set; }

    public bool SeesAdvisors { get; private set; }

    public bool Filtered => Advisor is not null || Team is not null || From is not null || To is not null || Channel is not null || MinScore is not null
        || MaxScore is not null || Journey is not null || Signal is not null || Distressed || Incomplete || !string.IsNullOrWhiteSpace(Text);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        SeesTeams = scope == InteractionScope.All;
        SeesAdvisors = scope.AdvisorId is null;
        Teams = await TeamChoices.ForAsync(store, scope, ct);
        if (!SeesTeams)
        {
            Team = null;
        }

        if (SeesAdvisors)
        {
            Advisors = (await store.GetAdvisorTotalsAsync(new StatsQuery { Scope = scope, TeamId = Team }, ct))
                .OrderBy(a => a.AdvisorName ?? a.AdvisorId, StringComparer.OrdinalIgnoreCase).ToList();
        }
        else
        {
            Advisor = null;
        }

        Sort = Sorts.Any(s => s.Value == Sort) ? Sort : "newest";
        PageNumber = Math.Max(1, PageNumber);
        Results = await store.ListInteractionsAsync(new InteractionQuery
        {
            Scope = scope,
            AdvisorId = Advisor,
            TeamId = Team,
            From = From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To = To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Channel = Channel,
            MinScore = MinScore,
            MaxScore = MaxScore,
            Journey = Journey,
            Signal = Signal,
            Distressed = Distressed ? true : null,
            Incomplete = Incomplete ? true : null,
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
            Sort = Sort ?? "newest",
            Page = PageNumber,
            PageSize = PageSize,
        }, ct);
    }

    /// <summary>This list's URL with the current filters, some of them changed (null removes one).</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["advisor"] = Advisor,
            ["team"] = Team,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["channel"] = Channel,
            ["minScore"] = MinScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["maxScore"] = MaxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["journey"] = Journey,
            ["signal"] = Signal,
            ["distressed"] = Distressed ? "true" : null,
            ["incomplete"] = Incomplete ? "true" : null,
            ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text,
            ["sort"] = Sort == "newest" ? null : Sort,
            ["p"] = PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (k, v) in changes)
        {
            values[k] = v;
        }

        var query = string.Join("&", values.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value!)));
        return query.Length == 0 ? "/interactions" : "/interactions?" + query;
    }

    /// <summary>The link of a sortable column header: toggles between its two directions, back to page 1.</summary>
    public string SortLink(string ascending, string descending) => Link(("sort", Sort == descending ? ascending : descending), ("p", null));

    public static string SignalName(string id) => SignalNames.Name(id);
}
