using System.Text;
using Attune.Analysis.Scoring;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Ingest;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>
/// Scorecards (admins): list, edit the YAML (docs/scorecards.md) with every validation error shown beside the editor
/// (key path and line, from <see cref="ScorecardLoader"/>; an invalid card is never saved) and choose the active card.
/// Changing the active card re-reads it for the next interaction (<see cref="AnalysisSettings.Invalidate"/>); stored
/// interactions keep the scores they were given.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ScorecardsModel(IAttuneStore store, AnalysisSettings settings, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ScorecardRecord> Scorecards { get; private set; } = [];

    public IReadOnlyList<ScorecardError> Errors { get; private set; } = [];

    public string? Saved { get; private set; }

    /// <summary>The card being edited (empty for a new one).</summary>
    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string Yaml { get; set; } = "";

    public async Task OnGetAsync(string? id, bool? fresh, CancellationToken ct)
    {
        Scorecards = await store.ListScorecardsAsync(ct);
        var current = id is null ? null : Scorecards.FirstOrDefault(s => s.Id == id);
        if (current is not null)
        {
            Id = current.Id;
            Yaml = current.Yaml;
        }
        else if (fresh == true || Scorecards.Count == 0)
        {
            // A new card starts from the built-in one, so the format is on screen.
            Yaml = ScorecardLoader.DefaultYaml();
        }
        else
        {
            var active = Scorecards.FirstOrDefault(s => s.Active) ?? Scorecards[0];
            Id = active.Id;
            Yaml = active.Yaml;
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var loaded = ScorecardLoader.Load(Yaml ?? "");
        Scorecards = await store.ListScorecardsAsync(ct);
        if (!loaded.Success)
        {
            Errors = loaded.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var existing = Id is null ? null : Scorecards.FirstOrDefault(s => s.Id == Id);
        var record = new ScorecardRecord
        {
            Id = existing?.Id ?? UniqueId(Slug(loaded.Value.Name), Scorecards),
            Name = loaded.Value.Name,
            Yaml = Yaml!,
            Active = existing?.Active ?? Scorecards.Count == 0,
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = User.Id(),
        };
        await store.SaveScorecardAsync(record, ct);
        if (record.Active)
        {
            settings.Invalidate();
        }

        await store.RecordAsync(User, clock, "settings.scorecard", $"{(existing is null ? "created" : "updated")} scorecard '{record.Id}' ({record.Name})", ct);
        return RedirectToPage(new { id = record.Id, saved = true });
    }

    public async Task<IActionResult> OnPostActivateAsync(string id, CancellationToken ct)
    {
        var card = (await store.ListScorecardsAsync(ct)).FirstOrDefault(s => s.Id == id);
        if (card is null)
        {
            return NotFound();
        }

        // Only a card that still loads may score interactions.
        if (!ScorecardLoader.Load(card.Yaml).Success)
        {
            return RedirectToPage(new { id });
        }

        card.Active = true;
        card.UpdatedAt = clock.GetUtcNow();
        card.UpdatedBy = User.Id();
        await store.SaveScorecardAsync(card, ct);
        settings.Invalidate();
        await store.RecordAsync(User, clock, "settings.scorecard.activate", $"activated scorecard '{card.Id}' ({card.Name})", ct);
        return RedirectToPage(new { id });
    }

    internal static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "scorecard" : slug[..Math.Min(slug.Length, 60)];
    }

    private static string UniqueId(string slug, IReadOnlyList<ScorecardRecord> existing)
    {
        var id = slug;
        for (var i = 2; existing.Any(s => s.Id == id); i++)
        {
            id = $"{slug}-{i}";
        }

        return id;
    }
}
