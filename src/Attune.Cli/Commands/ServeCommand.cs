using System.ComponentModel;
using Attune.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune serve`: the web workspace and its API. Configuration as in any ASP.NET Core app: appsettings.json beside the
/// binary, environment variables (<c>ConnectionStrings__Attune</c>, <c>Storage__Provider</c>=sqlite|postgres,
/// <c>ATTUNE_BOOTSTRAP_API_KEY</c>) and <c>--key=value</c> arguments after the options.
/// </summary>
public sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, e.g. http://127.0.0.1:5000 (default) or http://0.0.0.0:8080.")]
        [DefaultValue("http://127.0.0.1:5000")]
        public string Urls { get; init; } = "http://127.0.0.1:5000";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var app = AttuneWebApp.Create([.. context.Remaining.Raw, $"--urls={settings.Urls}"]);
        await app.PrepareAsync(cancellationToken);
        console.MarkupLineInterpolated($"[green]Attune[/] is listening on [bold]{settings.Urls}[/] (Ctrl+C to stop)");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
