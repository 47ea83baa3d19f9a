using Attune.Storage;
using Attune.Web.Live.Alerts;
using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>
/// Alert rules for live interactions (admins): the YAML editor with every problem listed beside it (key path, line,
/// what was expected, from <see cref="AlertRuleSet.Load"/>; invalid rules are never saved), the rules in force, and a
/// way back to the built-in rules. Saving makes new live sessions use them (<see cref="LiveAlertSettings.Invalidate"/>).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AlertsModel(IAttuneStore store, LiveAlertSettings alertSettings, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AlertRuleError> Errors { get; private set; } = [];

    public AlertRuleSet InForce { get; private set; } = AlertRuleSet.Default;

    /// <summary>True when rules were saved (otherwise the built-in ones are in force).</summary>
    public bool Stored { get; private set; }

    [BindProperty]
    public string Yaml { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var stored = await LoadInForceAsync(ct);
        Yaml = stored ?? AlertRuleSet.DefaultYaml;
    }

    public async Task<IActionResult> OnPostAsync(bool? reset, CancellationToken ct)
    {
        var yaml = reset == true ? AlertRuleSet.DefaultYaml : Yaml ?? "";
        var loaded = AlertRuleSet.Load(yaml);
        if (!loaded.Success)
        {
            Errors = loaded.Errors;
            await LoadInForceAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await store.SetSettingAsync(LiveAlertSettings.Key, yaml, ct);
        alertSettings.Invalidate();
        await store.RecordAsync(User, clock, "settings.alerts", $"alert rules saved ({loaded.Value!.Rules.Count} rules{(reset == true ? ", built-in restored" : "")})", ct);
        return RedirectToPage(new { saved = true });
    }

    private async Task<string?> LoadInForceAsync(CancellationToken ct)
    {
        var stored = await store.GetSettingAsync(LiveAlertSettings.Key, ct);
        Stored = stored is not null;
        InForce = await alertSettings.GetAsync(ct);
        return stored;
    }
}
