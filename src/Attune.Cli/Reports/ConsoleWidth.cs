using Spectre.Console;

namespace Attune.Cli.Reports;

/// <summary>
/// Spectre.Console falls back to 80 columns when output is redirected (a pipe, a file, CI logs),
/// which wraps every table cell. Reports are read in logs and pagers, so redirected output takes
/// <c>COLUMNS</c> when the shell exports it, else a comfortable 120.
/// </summary>
internal static class ConsoleWidth
{
    public const int Redirected = 120;

    public static void Apply(IAnsiConsole console, bool redirected)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!redirected)
        {
            return;
        }

        console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40
            ? columns
            : Redirected;
    }
}
