using Attune.Cli.Commands;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Tests.TestHost;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Testing;

namespace Attune.Web.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _dir = RepoPaths.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static CommandAppTester App()
    {
        var app = new CommandAppTester();
        app.Configure(c =>
        {
            c.UseStrictParsing();
            c.AddCommand<DemoCommand>("demo");
        });
        return app;
    }

    [Fact]
    public async Task Demo_SeedOnly_SeedsTheDemoFolderThenReusesIt()
    {
        var demo = Path.Combine(_dir, "demo");

        var first = App().Run("demo", "--seed-only", "--dir", demo, "--samples", RepoPaths.Samples, "--history", "10");
        var second = App().Run("demo", "--seed-only", "--dir", demo, "--samples", RepoPaths.Samples, "--history", "10");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("15 sample transcripts, 2 recordings, 10 generated", first.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Reusing the demo database", second.Output, StringComparison.Ordinal);
        var store = StoreFactory.Create(new StorageOptions { Provider = "sqlite" }, $"Data Source={Path.Combine(demo, "attune.db")}");
        Assert.Equal(27, await store.CountInteractionsAsync(InteractionScope.All));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(demo, "blobs")).Length);
    }

    [Fact]
    public void Demo_Reset_StartsOver()
    {
        var demo = Path.Combine(_dir, "demo");
        App().Run("demo", "--seed-only", "--dir", demo, "--history", "3");

        var reset = App().Run("demo", "--seed-only", "--reset", "--dir", demo, "--history", "3");

        Assert.Contains("Seeded", reset.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FindSamples_FromTheRepository_FindsSamplesWithAudio()
    {
        var found = DemoCommand.FindSamples();

        Assert.NotNull(found);
        Assert.True(File.Exists(Path.Combine(found, "audio", "calm-call.wav")));
    }
}
