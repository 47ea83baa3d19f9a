namespace Attune.Web.Tests.TestKit;

/// <summary>The application on a SQLite file in a temp folder (the default provider).</summary>
public class SqliteHost : AttuneHost
{
    protected override Task<IReadOnlyDictionary<string, string?>?> StorageSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>?>(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["ConnectionStrings:Attune"] = $"Data Source={Path.Combine(Folder, "attune.db")}",
        });
}
