using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attune.Web.Live;

/// <summary>
/// Lets time pass for the live sessions' alert rules once a second (<see cref="LiveSessions.AdvanceAlerts"/>): rules
/// that need a condition to last ("distress above X for Y seconds", "no one spoke for S seconds") fire on time even
/// when no new turn or audio event arrives, and the wall's risk decays as alerts and behaviour age.
/// </summary>
public sealed partial class LiveAlertClock(LiveSessions sessions, TimeProvider clock, ILogger<LiveAlertClock> log) : BackgroundService
{
    /// <summary>How often the rules are checked.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    sessions.AdvanceAlerts();
                }
#pragma warning disable CA1031 // one failed tick must not stop the next one
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    TickFailed(log, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Advancing the live alert rules failed.")]
    private static partial void TickFailed(ILogger logger, Exception ex);
}
