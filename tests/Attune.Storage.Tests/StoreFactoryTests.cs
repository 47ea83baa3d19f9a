namespace Attune.Storage.Tests;

public sealed class StoreFactoryTests
{
    [Fact]
    public void Create_UnknownProvider_NamesTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            StoreFactory.Create(new StorageOptions { Provider = "mysql" }, "Data Source=x.db"));
        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("mysql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("SQLite")]
    [InlineData("postgres")]
    public void Create_KnownProvider_ReturnsAStore(string provider)
    {
        var connection = provider.StartsWith("p", StringComparison.Ordinal) ? "Host=127.0.0.1;Username=x" : "Data Source=:memory:";
        var store = StoreFactory.Create(new StorageOptions { Provider = provider }, connection);
        Assert.NotNull(store);
        (store as IDisposable)?.Dispose();
    }
}
