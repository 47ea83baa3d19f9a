namespace Attune.Web.Review;

/// <summary>Criterion outcome words as stored, and how the pages show them.</summary>
public static class Outcomes
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string NotApplicable = "not_applicable";

    public static IReadOnlyList<string> All { get; } = [Passed, Failed, NotApplicable];

    public static bool IsValid(string? outcome) => outcome is Passed or Failed or NotApplicable;

    public static string Label(string? outcome) => outcome switch
    {
        Passed => "Passed",
        Failed => "Failed",
        NotApplicable => "Not applicable",
        _ => "–",
    };

    /// <summary>CSS pill class.</summary>
    public static string Css(string? outcome) => outcome switch
    {
        Passed => "good",
        Failed => "bad",
        _ => "",
    };
}
