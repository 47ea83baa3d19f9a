namespace Attune.Storage.Model;

/// <summary>
/// What a signed-in person may see and do (PRODUCT.md users): advisors their own interactions, team leaders their
/// team's, QA analysts and admins everything; only admins change settings, users and teams.
/// </summary>
public enum Role
{
    Advisor = 0,
    TeamLeader = 1,
    QaAnalyst = 2,
    Admin = 3,
}
