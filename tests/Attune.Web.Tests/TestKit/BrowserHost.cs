using Attune.Storage.Model;

namespace Attune.Web.Tests.TestKit;

/// <summary>
/// The host the browser tests drive: two teams, four advisors with a few interactions each over the last ten days
/// (the app runs on the system clock, so "recent" pages have data), one account per role. The champions board's
/// minimum volume is lowered to 3 so the small roster qualifies.
/// </summary>
public sealed class BrowserHost : SqliteHost
{
    public const string Billing = "Billing";
    public const string Care = "Care";

    /// <summary>advisor id → (display name, team).</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Team)> Advisors = new Dictionary<string, (string, string)>
    {
        ["adv-sam"] = ("Sam Carter", Billing),
        ["adv-priya"] = ("Priya Shah", Billing),
        ["adv-dean"] = ("Dean Marsh", Care),
        ["adv-maya"] = ("Maya Okafor", Care),
    };

    /// <summary>Interaction ids per advisor id, oldest first.</summary>
    public Dictionary<string, List<long>> InteractionsOf { get; } = [];

    /// <summary>An interaction of Sam's with a recording (a synthetic stereo call, 6 s).</summary>
    public long RecordingOfSam { get; private set; }

    /// <summary>Users by role name: advisor (Sam), advisor2 (Dean, other team), leader (Billing), analyst, admin.</summary>
    public Dictionary<string, UserAccount> Users { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Champions:MinimumVolume", "3")];

    protected override async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        foreach (var (advisor, (name, team)) in Advisors)
        {
            var ids = new List<long>();
            for (var i = 0; i < 5; i++)
            {
                // Sam and Maya mostly empathic, Priya and Dean mostly cold: the board and the profiles have contrast.
                var warm = advisor is "adv-sam" or "adv-maya" ? i != 2 : i == 4;
                var kind = warm ? Transcripts.Kind.Empathic : Transcripts.Kind.Cold;
                ids.Add(await IngestAsync($"browser-{advisor}-{i}", advisor, team, name, now.AddDays(-9 + 2 * i).AddMinutes(n++ * 7), kind));
            }

            InteractionsOf[advisor] = ids;
        }

        RecordingOfSam = await IngestRecordingAsync(Wav.StereoCall(), Transcripts.Json("browser-adv-sam-call", "adv-sam", Billing, "Sam Carter", now.AddHours(-3)));

        Users["advisor"] = await CreateUserAsync(Role.Advisor, Billing, "adv-sam");
        Users["advisor2"] = await CreateUserAsync(Role.Advisor, Care, "adv-dean");
        Users["leader"] = await CreateUserAsync(Role.TeamLeader, Billing);
        Users["analyst"] = await CreateUserAsync(Role.QaAnalyst);
        Users["admin"] = await CreateUserAsync(Role.Admin);
    }
}
