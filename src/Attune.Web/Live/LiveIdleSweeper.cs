using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attune.Web.Live;

/// <summary>
/// Ends live sessions idle longer than <c>Live:IdleMinutes</c> (default 30): they are stored through the batch path
/// with the source <see cref="LiveSessions.IdleSource"/>, marking them incomplete.
/// </summary>
public sealed partial class LiveIdleSweeper(LiveSessions sessions, IConfiguration config, TimeProvider clock, ILogger<LiveIdleSweeper> log) : BackgroundService
{
    public const double DefaultIdleMinutes = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMinutes(config.GetValue("Live:IdleMinutes", DefaultIdleMinutes));
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var ended = await sessions.EndIdleAsync(idle, stoppingToken).ConfigureAwait(false);
                    if (ended > 0)
                    {
                        Ended(log, ended);
                    }
                }
#pragma warning disable CA1031 // a failed sweep must not stop the next one
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    SweepFailed(log, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended {Count} idle live session(s).")]
    private static partial void Ended(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The idle live-session sweep failed.")]
    private static partial void SweepFailed(ILogger logger, Exception ex);
}
