namespace Attune.Web.Tests.TestHost;

/// <summary>Files of the repository the tests use (samples/), found above the test binary.</summary>
public static class RepoPaths
{
    public static string Samples { get; } = Find();

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "audio", "calm-call.wav")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/ with audio/calm-call.wav not found above " + AppContext.BaseDirectory);
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "attune-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
