using Attune.Storage.Sql;

namespace Attune.Storage.Tests.Sql;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void For_Dialect_ListsEmbeddedScriptsInNumberOrderFromOne(string dialect)
    {
        var scripts = Migrations.For(dialect);
        Assert.NotEmpty(scripts);
        Assert.Equal(Enumerable.Range(1, scripts.Count), scripts.Select(s => s.Version));
        Assert.All(scripts, s => Assert.False(string.IsNullOrWhiteSpace(s.Sql)));
    }

    [Fact]
    public void For_BothDialects_HaveTheSameMigrations()
    {
        Assert.Equal(Migrations.For("sqlite").Select(s => s.Name), Migrations.For("postgres").Select(s => s.Name));
    }
}
