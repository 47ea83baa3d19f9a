using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Review;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Review;

/// <summary>
/// /review/{id}/calibration: evaluators (team leaders, QA analysts) score the same interaction independently — nobody sees
/// the others' outcomes before submitting their own — then compare per criterion with the automatic outcome.
/// </summary>
[Authorize(Policy = Policies.Coach)]
public sealed class CalibrationModel(IAttuneStore store, TimeProvider clock) : PageModel
{
    public InteractionRecord Interaction { get; private set; } = null!;

    public StoredAnalysis Analysis { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Name, string Automatic)> Criteria { get; private set; } = [];

    public IReadOnlyDictionary<string, CalibrationScore> Mine { get; private set; } = new Dictionary<string, CalibrationScore>();

    /// <summary>The comparison, shown once the viewer has submitted their own outcomes.</summary>
    public CalibrationTable? Table { get; private set; }

    public int Evaluators { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = User.Id(), Action = "calibration.view", InteractionId = id }, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var form = Request.Form;
        var chosen = Criteria.Select(c => (c.Id, Outcome: (string?)form["outcome_" + c.Id], Comment: (string?)form["comment_" + c.Id])).ToList();
        if (chosen.Any(c => !Outcomes.IsValid(c.Outcome)))
        {
            Error = "Choose an outcome for every criterion.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = clock.GetUtcNow();
        foreach (var (criterion, outcome, comment) in chosen)
        {
            await store.SetCalibrationScoreAsync(new CalibrationScore
            {
                InteractionId = id, UserId = User.Id(), CriterionId = criterion, Outcome = outcome!, Comment = comment?.Trim() ?? "", At = now,
            }, ct);
        }

        await store.AuditAsync(new AuditEntry
        {
            At = now, Actor = User.Id(), Action = "calibrate", InteractionId = id,
            Detail = string.Join(", ", chosen.Select(c => $"{c.Id}={c.Outcome}")),
        }, ct);
        return LocalRedirect($"/review/{id}/calibration#compare");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var interaction = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (interaction is null)
        {
            return false;
        }

        Interaction = interaction;
        Analysis = StoredAnalysis.Parse(interaction.AnalysisJson);
        Criteria = interaction.Criteria.Select(c => (c.CriterionId, c.Name, c.Outcome)).ToList();
        var scores = await store.GetCalibrationScoresAsync(id, ct);
        var me = User.Id();
        Mine = scores.Where(s => s.UserId == me).ToDictionary(s => s.CriterionId);
        Evaluators = scores.Select(s => s.UserId).Distinct(StringComparer.Ordinal).Count();
        // independence: the comparison stays hidden until the viewer has scored
        if (Mine.Count > 0)
        {
            Table = CalibrationTable.Build(Criteria, scores);
        }

        Names = await UserNames.LoadAsync(store, ct);
        return true;
    }
}
