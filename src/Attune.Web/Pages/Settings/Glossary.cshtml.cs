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
/// The glossary (admins): organisation terms customers may not know and their plain alternatives (the language.jargon
/// signal). Edited as tab-separated text; every problem is listed with its line and nothing is saved until all are fixed.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class GlossaryModel(IAttuneStore store, AnalysisSettings settings, TimeProvider clock) : PageModel
{
    public IReadOnlyList<GlossaryEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public string Text { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Entries = await store.GetGlossaryAsync(ct);
        Text = GlossaryText.Format(Entries);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (entries, errors) = GlossaryText.Parse(Text ?? "");
        if (errors.Count > 0)
        {
            Errors = errors;
            Entries = await store.GetGlossaryAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await store.SetGlossaryAsync(entries, ct);
        settings.Invalidate();
        await store.RecordAsync(User, clock, "settings.glossary", $"glossary saved with {entries.Count} terms", ct);
        return RedirectToPage(new { saved = true });
    }
}
