using Attune.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attune.Web.Pages.Settings;

/// <summary>Settings (admins only): the list of settings pages.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
