using Attune.Analysis.Conversations;
using Attune.Cli.Commands;
using Attune.Cli.Input;
using Spectre.Console.Testing;

namespace Attune.Cli.Tests.TestKit;

/// <summary>Runs `attune analyze` in-process with captured standard output and error, and the test detector.</summary>
internal static class CliRun
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Analyze(AnalyzeCommand.Settings settings, Func<string, InputOptions, ImportResult>? read = null, bool realDetectors = false)
    {
        var stdout = new TestConsole();
        stdout.Profile.Width = 200;
        var stderr = new TestConsole();
        stderr.Profile.Width = 200;
        var runner = new AnalyzeRunner(stdout, stderr, read, realDetectors ? null : PhraseDetector.Create);
        var code = runner.Run(settings);
        return new Result(code, stdout.Output, stderr.Output);
    }
}
