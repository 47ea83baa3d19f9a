using Attune.Storage;
using Attune.Web.Live.Alerts;

namespace Attune.Web.Tests.Live.Alerts;

public sealed class LiveAlertSettingsTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "attune-alert-settings", Guid.NewGuid().ToString("N"));
    private IAttuneStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = StoreFactory.Create(new StorageOptions { Provider = "sqlite" }, $"Data Source={Path.Combine(_folder, "a.db")}");
        await _store.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetAsync_NothingStored_IsTheDefault()
    {
        var settings = new LiveAlertSettings(_store);
        Assert.Same(AlertRuleSet.Default, await settings.GetAsync(default));
    }

    [Fact]
    public async Task GetAsync_AfterSaveAndInvalidate_ReadsTheStoredRules()
    {
        var settings = new LiveAlertSettings(_store);
        _ = await settings.GetAsync(default);
        await _store.SetSettingAsync(LiveAlertSettings.Key, "rules:\n  - id: quiet\n    kind: silence\n    seconds: 12\n");
        Assert.Same(AlertRuleSet.Default, await settings.GetAsync(default)); // cached until invalidated
        settings.Invalidate();
        var rule = Assert.Single((await settings.GetAsync(default)).Rules);
        Assert.Equal(("quiet", 12.0), (rule.Id, rule.Seconds));
    }

    [Fact]
    public async Task GetAsync_StoredTextNoLongerLoads_FallsBackToTheDefault()
    {
        await _store.SetSettingAsync(LiveAlertSettings.Key, "rules: 5");
        Assert.Same(AlertRuleSet.Default, await new LiveAlertSettings(_store).GetAsync(default));
    }
}
