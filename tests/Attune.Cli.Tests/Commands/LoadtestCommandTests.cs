using Attune.Cli.Commands;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Testing;

namespace Attune.Cli.Tests.Commands;

public class LoadtestCommandTests
{
    internal static CommandAppResult Run(params string[] args)
    {
        var app = new CommandAppTester();
        app.Configure(c =>
        {
            c.UseStrictParsing();
            c.AddCommand<LoadtestCommand>("loadtest");
        });
        return app.Run(["loadtest", .. args]);
    }

    [Theory]
    [InlineData("--calls", "0", "--chats", "0")]
    [InlineData("--duration", "0")]
    [InlineData("--server", "http://127.0.0.1:5000")]
    public void Loadtest_BadOptions_UsageError(params string[] args)
    {
        var result = Run(args);

        Assert.NotEqual(0, result.ExitCode);
    }
}
