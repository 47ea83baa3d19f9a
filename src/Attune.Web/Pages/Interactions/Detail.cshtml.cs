using System.Text;
using System.Text.Json;
using Attune.Analysis.Reports;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Ingest;
using Attune.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Interactions;

/// <summary>
/// One interaction: score and criteria with their evidence, the customer's sentiment and emotion over time, with a
/// recording the player, the speech/overtalk/silence timeline (click to seek) and the voice charts, the transcript with
/// every finding highlighted and explained, and the list of findings. The analysis is the stored JSON report read back
/// (<see cref="JsonReportReader"/>) and drawn by the CLI report's section renderers, so the web and
/// `attune analyze --format html` show the same thing. 404 outside the caller's scope; every view is audited.
/// </summary>
[Authorize]
public sealed class DetailModel(IAttuneStore store, AnalysisSettings settings, TimeProvider clock) : PageModel
{
    /// <summary>The scope under which the report's section styles apply (nested CSS), leaving the layout's own alone.</summary>
    public const string Scope = ".report";

    public InteractionRecord Interaction { get; private set; } = new();

    public AnalysisReport? Report { get; private set; }

    /// <summary>Why the stored analysis could not be shown, when it could not.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<CriterionOverride> Overrides { get; private set; } = [];

    public string Title => Interaction.ExternalId ?? $"Interaction #{Interaction.Id}";

    public static IHtmlContent Styles { get; } = new HtmlString(HtmlReport.SectionStylesheet(Scope));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var record = await store.GetInteractionAsync(id, User.Scope(), ct);
        if (record is null)
        {
            // outside the caller's scope looks exactly like not existing
            return NotFound();
        }

        Interaction = record;
        await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = User.Id(), Action = "view", InteractionId = id, Detail = "page" }, ct);
        Overrides = await store.GetOverridesAsync(id, ct);
        var (scorecard, _) = await settings.GetAsync(ct);
        try
        {
            Report = JsonReportReader.Read(record.AnalysisJson, scorecard);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            Problem = "The stored analysis of this interaction could not be read; ingest it again to re-analyse it.";
        }

        return Page();
    }

    /// <summary>Runs one of the report's section renderers into markup (the renderers encode every piece of text).</summary>
    public static IHtmlContent Section(Action<StringBuilder> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var sb = new StringBuilder(8192);
        render(sb);
        return new HtmlString(sb.ToString());
    }
}
