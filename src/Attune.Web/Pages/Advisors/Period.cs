namespace Attune.Web.Pages.Advisors;

/// <summary>The reporting periods the coaching pages offer (days back from now).</summary>
public static class Period
{
    public const int Default = 90;

    public static IReadOnlyList<int> Choices { get; } = [30, 90, 365];

    public static int Normalise(int? days) => days is { } d && Choices.Contains(d) ? d : Default;
}
