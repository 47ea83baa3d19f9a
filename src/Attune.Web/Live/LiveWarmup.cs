using Attune.Analysis.Conversations;
using Attune.Analysis.Live;
using Attune.Analysis.Live.Nudges;
using Attune.Web.Ingest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attune.Web.Live;

/// <summary>
/// Runs a short built-in chat through the live path (analysis session, nudge generator and policy) once at start, in
/// the background. Without it the first live chats after a start pay the just-in-time compilation of every detector:
/// the load test measured 100–250 ms for each new kind of turn on a fresh server (bench/results/live-load.md, "latency
/// tail") against about 2 ms afterwards. <c>Live:Warmup</c> = false turns it off.
/// </summary>
public sealed partial class LiveWarmup(AnalysisSettings settings, IConfiguration config, ILogger<LiveWarmup> log) : BackgroundService
{
    public const string Setting = "Live:Warmup";

    /// <summary>Turns that reach the customer-state, advisor-behaviour and nudge paths (emotion, non-apology, jargon, questions, repetition).</summary>
    private static readonly (Party Party, string Text)[] Script =
    [
        (Party.Advisor, "Hello, you're through to billing, my name is Sam. How can I help you today?"),
        (Party.Customer, "I'm really upset. You've charged me twice this month and that money was for my rent!"),
        (Party.Advisor, "We apologise for any inconvenience caused. Can you confirm your account number? Is it the main account?"),
        (Party.Customer, "I already told you, it's the main account. I've called three times about this and nobody helps."),
        (Party.Advisor, "Your DD was processed via the BACS cycle, so the T+2 reversal should hit your ledger."),
        (Party.Customer, "I don't understand any of that. I'm worried I can't pay my rent on Friday."),
        (Party.Advisor, "I can hear how worrying this is, and I'm sorry we took the payment twice. I'll refund it now and stay with you until it's done. What else would help?"),
        (Party.Customer, "Thank you, that's a relief."),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue(Setting, true))
        {
            return;
        }

        try
        {
            // Let the server finish starting first; then warm up off the request path.
            await Task.Yield();
            var (_, options) = await settings.GetAsync(stoppingToken).ConfigureAwait(false);
            var started = TimeProvider.System.GetTimestamp();
            var session = new AnalysisSession(new ConversationMetadata { InteractionId = "warmup" }, Channel.Chat, options, "warmup");
            var nudges = new NudgeGenerator("warmup");
            var policy = new NudgePolicy();
            var time = 0.0;
            foreach (var (party, text) in Script)
            {
                stoppingToken.ThrowIfCancellationRequested();
                var findings = session.AddTurn(new Turn { Party = party, Text = text, Start = time, End = time + 4 });
                policy.Offer(nudges.FromFindings(session.Context, findings, time));
                time += 5;
            }

            session.Complete();
            WarmedUp(log, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException)
        {
            // stopping before it finished: nothing to warm any more
        }
#pragma warning disable CA1031 // a warm-up failure must never stop the server; the first live chats are just slower
        catch (Exception ex)
#pragma warning restore CA1031
        {
            WarmupFailed(log, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live analysis warmed up in {Milliseconds:0} ms.")]
    private static partial void WarmedUp(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the live analysis failed; the first live chats will be slower.")]
    private static partial void WarmupFailed(ILogger logger, Exception ex);
}
