using Attune.Storage;

namespace Attune.Web.Live.Alerts;

/// <summary>
/// The alert rules new live sessions use: the YAML saved on Settings → Alert rules (setting <see cref="Key"/>), read
/// once and kept until the page saves new rules (<see cref="Invalidate"/>); the built-in
/// <see cref="AlertRuleSet.Default"/> when none were saved (or, defensively, when the stored text no longer loads).
/// Sessions already open keep the rules they started with.
/// </summary>
public sealed class LiveAlertSettings(IAttuneStore store)
{
    /// <summary>The store setting holding the rules' YAML.</summary>
    public const string Key = "live.alert_rules";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private AlertRuleSet? _current;

    public async Task<AlertRuleSet> GetAsync(CancellationToken ct)
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

            var yaml = await store.GetSettingAsync(Key, ct).ConfigureAwait(false);
            _current = yaml is not null && AlertRuleSet.Load(yaml) is { Value: { } rules } ? rules : AlertRuleSet.Default;
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The rules changed: the next session reads them again.</summary>
    public void Invalidate() => _current = null;
}
