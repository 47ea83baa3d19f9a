using Attune.Storage.Model;

namespace Attune.Web.Demo;

/// <summary>The demo organisation: two teams, four advisors of different skill, a team leader, a QA analyst, an admin.</summary>
public static class DemoPeople
{
    /// <summary>Every demo account signs in with this password (a demo: say so on the console, never use it elsewhere).</summary>
    public const string Password = "attune-demo";

    public const string Broadband = "Broadband support";

    public const string Complaints = "Complaints";

    public static IReadOnlyList<(string Id, string Name)> Teams { get; } = [(Broadband, Broadband), (Complaints, Complaints)];

    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        new("sam", "Sam Patel", Role.Advisor, Broadband, "A201", "only his own interactions, scores and coaching", Skill: 0.85, Trend: 0.05),
        new("priya", "Priya Shah", Role.Advisor, Broadband, "A202", "only her own interactions (an average start, improving with coaching)", Skill: 0.45, Trend: 0.35),
        new("aisha", "Aisha Rahman", Role.Advisor, Complaints, "A150", "only her own interactions (handles the angriest customers)", Skill: 0.75, Trend: 0.0),
        new("tom", "Tom Okafor", Role.Advisor, Complaints, "A204", "only his own interactions (the most gaps to coach)", Skill: 0.3, Trend: 0.1),
        new("lead", "Laura Mills", Role.TeamLeader, Broadband, null, "the Broadband support team: Sam's and Priya's interactions, coaching notes"),
        new("qa", "Quinn Adams", Role.QaAnalyst, null, null, "every interaction; overrides, disputes, calibration, exemplar curation"),
        new("admin", "Alex Morgan", Role.Admin, null, null, "everything, plus Settings: scorecards, glossary, users, teams, API keys, audit log"),
    ];

    public static IEnumerable<DemoPerson> Advisors => All.Where(p => p.Role == Role.Advisor);
}
