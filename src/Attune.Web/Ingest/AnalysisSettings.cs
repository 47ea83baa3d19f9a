using Attune.Analysis;
using Attune.Analysis.Scoring;
using Attune.Storage;

namespace Attune.Web.Ingest;

/// <summary>
/// The scorecard and glossary new interactions are analysed with: the active scorecard and the glossary from Settings,
/// read once and kept until Settings change them (<see cref="Invalidate"/>). Without a stored scorecard, the built-in
/// "Empathy essentials".
/// </summary>
public sealed class AnalysisSettings(IAttuneStore store)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Scorecard Scorecard, AnalysisOptions Options)? _current;

    public async Task<(Scorecard Scorecard, AnalysisOptions Options)> GetAsync(CancellationToken ct)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_current is { } loaded)
            {
                return loaded;
            }

            var scorecard = Scorecard.Default;
            var active = (await store.ListScorecardsAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => s.Active);
            if (active is not null)
            {
                var parsed = ScorecardLoader.Load(active.Yaml);
                if (parsed.Success)
                {
                    scorecard = parsed.Value;
                }
            }

            var glossary = (await store.GetGlossaryAsync(ct).ConfigureAwait(false))
                .GroupBy(g => g.Term, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Alternative, StringComparer.OrdinalIgnoreCase);
            _current = (scorecard, new AnalysisOptions { Redact = true, Glossary = glossary });
            return _current.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Settings changed: the next interaction reads them again.</summary>
    public void Invalidate() => _current = null;
}
