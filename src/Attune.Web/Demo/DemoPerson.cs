using Attune.Storage.Model;

namespace Attune.Web.Demo;

/// <summary>
/// One demo account. <see cref="Skill"/> (advisors) is the chance, 0–1, that a generated reply is a good one at the start
/// of the history; <see cref="Trend"/> how much it changes over the history (someone being coached improves).
/// </summary>
public sealed record DemoPerson(string UserName, string DisplayName, Role Role, string? TeamId, string? AdvisorId, string Sees, double Skill = 0, double Trend = 0);
