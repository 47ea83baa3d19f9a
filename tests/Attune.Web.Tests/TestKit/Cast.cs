using System.Collections.Concurrent;
using Attune.Storage.Model;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// The people of one test: team X (advisors A1 and A2, their team leader), team Y (advisor B1), a QA analyst, an admin
/// and an advisor account with no advisor id; one interaction each for A1, A2 and B1 (unique ids, so tests sharing a
/// host do not see each other's data through the roles' scopes). A2's interaction has a recording. Made once per host
/// (<see cref="ForAsync"/>) and only read by the tests that use it.
/// </summary>
public sealed record Cast(
    string TeamX,
    string TeamY,
    string A1,
    string A2,
    string B1,
    long OfA1,
    long OfA2,
    long OfB1,
    UserAccount AdvisorA1,
    UserAccount AdvisorB1,
    UserAccount LeaderX,
    UserAccount Analyst,
    UserAccount Admin,
    UserAccount Unlinked)
{
    private static readonly ConcurrentDictionary<AttuneHost, Lazy<Task<Cast>>> Casts = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clients = new();
    private AttuneHost? host;

    /// <summary>The cast of <paramref name="host"/>, made on first use.</summary>
    public static Task<Cast> ForAsync(AttuneHost host) => Casts.GetOrAdd(host, h => new Lazy<Task<Cast>>(() => CreateAsync(h))).Value;

    /// <summary>A client signed in as one of the cast (see <see cref="User"/>), made once and reused.</summary>
    public Task<HttpClient> ClientAsync(string who) =>
        clients.GetOrAdd(who, w => new Lazy<Task<HttpClient>>(() => host!.SignInAsync(User(w)))).Value;

    private static async Task<Cast> CreateAsync(AttuneHost host)
    {
        var teamX = host.Unique("teamx");
        var teamY = host.Unique("teamy");
        var a1 = host.Unique("advA1");
        var a2 = host.Unique("advA2");
        var b1 = host.Unique("advB1");
        var ofA1 = await host.IngestAsync(host.Unique("ext"), a1, teamX, advisorName: "Name " + a1);
        var ofA2 = await host.IngestRecordingAsync(Wav.StereoCall(), Transcripts.Json(host.Unique("ext"), a2, teamX, "Name " + a2, kind: Transcripts.Kind.Cold));
        var ofB1 = await host.IngestAsync(host.Unique("ext"), b1, teamY, advisorName: "Name " + b1);
        return new Cast(
            teamX, teamY, a1, a2, b1, ofA1, ofA2, ofB1,
            await host.CreateUserAsync(Role.Advisor, teamX, a1),
            await host.CreateUserAsync(Role.Advisor, teamY, b1),
            await host.CreateUserAsync(Role.TeamLeader, teamX),
            await host.CreateUserAsync(Role.QaAnalyst),
            await host.CreateUserAsync(Role.Admin),
            await host.CreateUserAsync(Role.Advisor, teamX, advisorId: null)) { host = host };
    }

    /// <summary>The user of a role name used in test data: advisor, leader, analyst, admin, unlinked.</summary>
    public UserAccount User(string who) => who switch
    {
        "advisor" => AdvisorA1,
        "advisorB" => AdvisorB1,
        "leader" => LeaderX,
        "analyst" => Analyst,
        "admin" => Admin,
        "unlinked" => Unlinked,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    /// <summary>The interaction of A1, A2 or B1.</summary>
    public long Interaction(string of) => of switch
    {
        "A1" => OfA1,
        "A2" => OfA2,
        "B1" => OfB1,
        _ => throw new ArgumentOutOfRangeException(nameof(of), of, null),
    };

    public string Advisor(string of) => of switch
    {
        "A1" => A1,
        "A2" => A2,
        "B1" => B1,
        _ => throw new ArgumentOutOfRangeException(nameof(of), of, null),
    };
}
