using System.Diagnostics;

namespace Attune.Analysis.Tests.TestKit;

/// <summary>Runs espeak-ng and sox; a missing tool is a clear error that says how to get it.</summary>
internal static class ExternalTool
{
    private const string Install =
        "the synthetic-call tests need espeak-ng and sox: run ./test.sh (it installs them) or `sudo apt-get install espeak-ng sox`";

    /// <summary>Runs <paramref name="tool"/> and returns its standard output as bytes; throws with stderr when it fails.</summary>
    public static byte[] Run(string tool, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start; {Install}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} not found ({ex.Message}); {Install}", ex);
        }

        using (process)
        {
            // Read stderr on another task so neither pipe fills up and blocks the tool.
            var stderr = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{tool} {string.Join(' ', info.ArgumentList)} failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
            }

            return output.ToArray();
        }
    }
}
