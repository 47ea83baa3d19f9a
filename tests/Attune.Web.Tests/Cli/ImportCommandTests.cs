using Attune.Cli.Commands;
using Attune.Storage.Model;
using Attune.Web.Tests.TestHost;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Testing;

namespace Attune.Web.Tests.Cli;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private WebHost _host = null!;
    private string _dir = null!;

    public async Task InitializeAsync()
    {
        _host = await WebHost.StartAsync();
        _dir = RepoPaths.TempDir();
        File.WriteAllText(Path.Combine(_dir, "with-id.json"), """
            { "id": "IMP-1", "channel": "chat", "advisor": { "id": "A9", "name": "Jo" }, "team": "Billing",
              "turns": [ { "party": "customer", "text": "I was charged twice and I'm really annoyed." },
                         { "party": "advisor", "text": "I'm sorry, that's our mistake. I'll refund it today." } ] }
            """);
        File.WriteAllText(Path.Combine(_dir, "no-id.txt"), "Customer: My internet keeps dropping out.\nAdvisor: I understand how frustrating that is. Let me check the line now.\n");
        File.WriteAllText(Path.Combine(_dir, "broken.json"), "{ \"turns\": [ { \"party\": \"customer\", ");
        File.Copy(Path.Combine(RepoPaths.Samples, "audio", "calm-call.wav"), Path.Combine(_dir, "call.wav"));
        File.Copy(Path.Combine(RepoPaths.Samples, "audio", "calm-call.json"), Path.Combine(_dir, "call.json"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private static CommandAppTester App()
    {
        var app = new CommandAppTester();
        app.Configure(c =>
        {
            c.UseStrictParsing();
            c.AddCommand<ImportCommand>("import");
        });
        return app;
    }

    private CommandAppResult ImportToStore() => App().Run(
        "import", _dir, "--",
        "--Storage:Provider=sqlite", $"--ConnectionStrings:Attune={_host.ConnectionString}", $"--Storage:BlobPath={Path.Combine(_host.Dir, "blobs")}");

    [Fact]
    public async Task Import_Folder_StoresGoodFilesListsFailuresAndExits1()
    {
        var result = ImportToStore();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.json", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 new, 0 updated, 1 failed", result.Output, StringComparison.Ordinal);
        var stored = await _host.Store.ListInteractionsAsync(new InteractionQuery { Scope = InteractionScope.All, PageSize = 50 });
        Assert.Equal(3, stored.Total);
        Assert.Contains(stored.Items, i => i.ExternalId == "IMP-1");
        Assert.Contains(stored.Items, i => i.ExternalId == "file:no-id.txt");
        var call = Assert.Single(stored.Items, i => i.ExternalId == "DEMO-CALM-001");
        Assert.NotNull((await _host.Store.GetInteractionAsync(call.Id, InteractionScope.All))!.AudioPath);
    }

    [Fact]
    public async Task Import_Twice_UpdatesInsteadOfDuplicating()
    {
        ImportToStore();
        var again = ImportToStore();

        Assert.Contains("0 new, 3 updated, 1 failed", again.Output, StringComparison.Ordinal);
        Assert.Equal(3, await _host.Store.CountInteractionsAsync(InteractionScope.All));
    }

    [Fact]
    public async Task Import_Server_PostsToTheApiIdempotently()
    {
        File.Delete(Path.Combine(_dir, "broken.json"));

        var first = App().Run("import", _dir, "--server", _host.Address.ToString(), "--api-key", WebHost.BootstrapKey);
        var second = App().Run("import", _dir, "--server", _host.Address.ToString(), "--api-key", WebHost.BootstrapKey);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 new, 0 updated, 0 failed", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 new, 3 updated, 0 failed", second.Output, StringComparison.Ordinal);
        Assert.Equal(3, await _host.Store.CountInteractionsAsync(InteractionScope.All));
    }

    [Fact]
    public void Import_ServerWithWrongKey_ListsEveryFileAsFailed()
    {
        var result = App().Run("import", _dir, "--server", _host.Address.ToString(), "--api-key", "wrong");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 4 failed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFolder_IsAFailure()
    {
        var result = App().Run("import", Path.Combine(_dir, "nope"), "--server", _host.Address.ToString(), "--api-key", WebHost.BootstrapKey);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file or folder", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RecordingWithoutTranscriptTwice_IsStoredOnce()
    {
        var lone = RepoPaths.TempDir();
        File.Copy(Path.Combine(RepoPaths.Samples, "audio", "calm-call.wav"), Path.Combine(lone, "lone.wav"));
        CommandAppResult Run() => App().Run(
            "import", lone, "--", "--Storage:Provider=sqlite", $"--ConnectionStrings:Attune={_host.ConnectionString}", $"--Storage:BlobPath={Path.Combine(_host.Dir, "blobs")}");

        var first = Run();
        var second = Run();
        Directory.Delete(lone, recursive: true);

        Assert.Contains("1 new, 0 updated, 0 failed", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 new, 1 updated, 0 failed", second.Output, StringComparison.Ordinal);
        Assert.Equal(1, await _host.Store.CountInteractionsAsync(InteractionScope.All));
    }
}
