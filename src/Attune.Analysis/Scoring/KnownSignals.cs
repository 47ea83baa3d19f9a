using System.Reflection;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Scoring;

/// <summary>The signal ids a scorecard may name: every constant of <see cref="Signals"/>, read once.</summary>
internal static class KnownSignals
{
    private static readonly HashSet<string> Ids = typeof(Signals)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static bool Contains(string signal) => Ids.Contains(signal);

    public static IReadOnlyCollection<string> All => Ids;
}
