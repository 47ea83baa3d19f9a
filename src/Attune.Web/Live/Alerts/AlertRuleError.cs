namespace Attune.Web.Live.Alerts;

/// <summary>Why alert rules were refused: the key path (<c>rules[1].seconds</c>), what was expected, and the line when known.</summary>
public sealed record AlertRuleError(string Path, string Message, int? Line = null)
{
    public override string ToString() => Line is null ? $"{Path}: {Message}" : $"line {Line}: {Path}: {Message}";
}
