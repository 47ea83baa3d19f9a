namespace Attune.Cli.Loadtest;

/// <summary>
/// What to run: <see cref="Calls"/> Twilio calls and <see cref="Chats"/> REST chats, started evenly over
/// <see cref="RampSeconds"/>, then measured for <see cref="DurationSeconds"/>; against <see cref="Server"/> with
/// <see cref="ApiKey"/>, or (Server null) a server this run starts as its own process with <see cref="ServerSettings"/>.
/// <see cref="ServerEnvironment"/> adds environment variables to that process (e.g. DOTNET_gcServer=1).
/// <see cref="Watch"/> false leaves the sessions unwatched (ingestion cost alone; no latency figures).
/// </summary>
public sealed record LoadtestPlan(
    int Calls,
    int Chats,
    double DurationSeconds,
    double RampSeconds,
    Uri? Server,
    string ApiKey,
    int SessionsPerConnection = 1,
    double TurnIntervalSeconds = 3,
    IReadOnlyList<string>? ServerSettings = null,
    bool Watch = true,
    IReadOnlyDictionary<string, string>? ServerEnvironment = null);
