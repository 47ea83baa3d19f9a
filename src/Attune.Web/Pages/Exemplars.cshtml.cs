using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Coaching;
using Attune.Web.Review;
using Attune.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages;

/// <summary>
/// /exemplars: moments and whole interactions grouped by the customer's emotion journey. QA's pins come first, then
/// suggestions (high-scoring interactions whose customer ended better than they started, within the viewer's scope).
/// QA analysts pin and unpin with a note; everyone reads. A pinned moment of someone else's interaction is shown as an
/// excerpt; the link to it appears only for viewers who may open the interaction.
/// </summary>
public sealed class ExemplarsModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public const double SuggestionMinimumScore = 75;

    public const int SuggestionsPerJourney = 4;

    public sealed record Item(ExemplarPin? Pin, InteractionRecord Interaction, ExemplarMoment? Moment, bool CanOpen);

    public sealed record Section(string Journey, IReadOnlyList<Item> Pinned, IReadOnlyList<Item> Suggested);

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public bool CanCurate => ReviewPanel.IsAnalyst(User);

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPinAsync(long interactionId, int? turn, string? journey, string? signal, string? note, CancellationToken ct)
    {
        if (!CanCurate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var interaction = await store.GetInteractionAsync(interactionId, User.Scope(), ct);
        var j = string.IsNullOrWhiteSpace(journey) ? interaction?.Journey : journey.Trim();
        if (interaction is null || string.IsNullOrWhiteSpace(j) || string.IsNullOrWhiteSpace(note))
        {
            Error = "A pin needs an existing interaction, a journey and a note that says what to learn from it.";
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var pin = await store.PinExemplarAsync(new ExemplarPin
        {
            InteractionId = interactionId, Turn = turn, Journey = j, Signal = string.IsNullOrWhiteSpace(signal) ? null : signal,
            Note = note.Trim(), PinnedBy = User.Id(), At = clock.GetUtcNow(),
        }, ct);
        await store.AuditAsync(new AuditEntry
        {
            At = clock.GetUtcNow(), Actor = User.Id(), Action = "pin", InteractionId = interactionId,
            Detail = $"pin {pin.Id} {j}{(turn is null ? "" : " turn " + turn)}: {note.Trim()}",
        }, ct);
        return LocalRedirect("/exemplars#j-" + Anchor(j));
    }

    public async Task<IActionResult> OnPostUnpinAsync(long pinId, CancellationToken ct)
    {
        if (!CanCurate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var pin = (await store.GetExemplarPinsAsync(null, ct)).FirstOrDefault(p => p.Id == pinId);
        if (pin is not null && await store.UnpinExemplarAsync(pinId, ct))
        {
            await store.AuditAsync(new AuditEntry
            {
                At = clock.GetUtcNow(), Actor = User.Id(), Action = "unpin", InteractionId = pin.InteractionId, Detail = $"pin {pinId} {pin.Journey}",
            }, ct);
        }

        return LocalRedirect("/exemplars");
    }

    public static string Anchor(string journey) => journey.Replace("→", "-to-", StringComparison.Ordinal);

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        var pins = await store.GetExemplarPinsAsync(null, ct);
        var pinned = new List<Item>();
        foreach (var pin in pins)
        {
            // curated content: shown to every reader as an excerpt; opening the interaction stays within scope
            var record = await store.GetInteractionAsync(pin.InteractionId, InteractionScope.All, ct);
            if (record is null)
            {
                continue;
            }

            var canOpen = await store.GetInteractionAsync(pin.InteractionId, scope, ct) is not null;
            pinned.Add(new Item(pin, record, MomentAt(record, pin.Turn, pin.Signal), canOpen));
        }

        var pinnedIds = pins.Select(p => p.InteractionId).ToHashSet();
        var candidates = await store.ListInteractionsAsync(new InteractionQuery
        {
            Scope = scope, From = clock.GetUtcNow().AddDays(-365), MinScore = SuggestionMinimumScore, Sort = "-score", PageSize = 200,
        }, ct);
        var suggested = new List<Item>();
        foreach (var group in candidates.Items.Where(s => Journeys.IsImproving(s.Journey) && !pinnedIds.Contains(s.Id)).GroupBy(s => s.Journey!))
        {
            foreach (var s in group.Take(SuggestionsPerJourney))
            {
                var record = await store.GetInteractionAsync(s.Id, scope, ct);
                if (record is not null)
                {
                    suggested.Add(new Item(null, record, ExemplarFinder.BestMoment(record), true));
                }
            }
        }

        Sections = pinned.Select(p => p.Pin!.Journey).Concat(suggested.Select(s => s.Interaction.Journey!)).Distinct(StringComparer.Ordinal)
            .OrderBy(Journeys.Order)
            .Select(j => new Section(j, pinned.Where(p => p.Pin!.Journey == j).ToList(), suggested.Where(s => s.Interaction.Journey == j).ToList()))
            .ToList();
        Names = await UserNames.LoadAsync(store, ct);
    }

    /// <summary>The moment a pin points at: its turn, with the criterion evidence there when the pin names one.</summary>
    private static ExemplarMoment? MomentAt(InteractionRecord record, int? turn, string? signal)
    {
        if (turn is not { } t)
        {
            return ExemplarFinder.BestMoment(record);
        }

        var analysis = StoredAnalysis.Parse(record.AnalysisJson);
        if (t < 0 || t >= analysis.Turns.Count)
        {
            return null;
        }

        var finding = analysis.Findings.FirstOrDefault(f => f.Turn == t && f.Polarity == "positive" && (signal is null || f.Signal == signal))
            ?? analysis.Findings.FirstOrDefault(f => f.Turn == t && f.Polarity == "positive");
        return new ExemplarMoment(record.Id, t, record.AdvisorName ?? record.AdvisorId ?? "", record.Journey, record.Score,
            analysis.CustomerBefore(t)?.Text, analysis.Turns[t].Text, finding?.Quote ?? "", finding?.Detail ?? "", false);
    }
}
