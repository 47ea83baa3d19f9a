namespace Attune.Cli.Tests.Eval.Suites;

/// <summary>A temporary folder of small synthetic data files, deleted after the test.</summary>
internal sealed class SuiteTestFolder : IDisposable
{
    public SuiteTestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attune-suite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind is harmless
        }
    }
}
