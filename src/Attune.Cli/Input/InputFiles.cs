namespace Attune.Cli.Input;

/// <summary>
/// Expands the FILE|DIR arguments of `attune analyze` into the files to analyse: a file as
/// given (whatever its extension), a directory recursively for the known transcript extensions,
/// sorted so runs are repeatable. A path that does not exist is kept as a failure to report.
/// In a directory, a recording (<c>call.wav</c>) and a transcript with the same name beside it (<c>call.json</c>,
/// <c>call.vtt</c>, <c>call.txt</c>) are one interaction: the transcript is aligned to the recording, not analysed alone.
/// </summary>
internal static class InputFiles
{
    public static readonly string[] KnownExtensions = [".json", ".txt", ".vtt", ".wav"];

    private static readonly string[] TranscriptExtensions = [".json", ".vtt", ".txt"];

    /// <summary>A call recording (by extension): analysed as audio, with its transcript when there is one.</summary>
    public static bool IsRecording(string path) => Path.GetExtension(path).Equals(".wav", StringComparison.OrdinalIgnoreCase);

    /// <param name="paths">the command's arguments</param>
    /// <param name="exclude">a folder whose files are never inputs (the --out folder, so reports are not re-read)</param>
    public static InputSet Find(IEnumerable<string> paths, string? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var excludeFull = exclude is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(exclude)) + Path.DirectorySeparatorChar;
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var emptyDirs = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                if (seen.Add(Path.GetFullPath(p)))
                {
                    files.Add(new InputFile(p, Path.GetFileName(p)));
                }
            }
            else if (Directory.Exists(p))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchType = MatchType.Simple };
                var found = Directory.EnumerateFiles(p, "*", options)
                    .Where(f => KnownExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !IsReport(f))
                    .Where(f => excludeFull is null || !Path.GetFullPath(f).StartsWith(excludeFull, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    emptyDirs.Add(p);
                }

                var paired = new HashSet<string>(StringComparer.Ordinal);
                var transcripts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var f in found.Where(IsRecording))
                {
                    var stem = Path.Combine(Path.GetDirectoryName(f) ?? "", Path.GetFileNameWithoutExtension(f));
                    var transcript = TranscriptExtensions.Select(e => stem + e).FirstOrDefault(t => found.Contains(t, StringComparer.Ordinal));
                    if (transcript is not null)
                    {
                        transcripts[f] = transcript;
                        paired.Add(transcript);
                    }
                }

                foreach (var f in found)
                {
                    if (!paired.Contains(f) && seen.Add(Path.GetFullPath(f)))
                    {
                        files.Add(new InputFile(f, Path.GetRelativePath(p, f)) { Transcript = transcripts.GetValueOrDefault(f) });
                    }
                }
            }
            else
            {
                missing.Add(p);
            }
        }

        return new InputSet(files, missing, emptyDirs);
    }

    /// <summary>Reports written by `attune analyze --out DIR` (name.attune.json/html/txt) are never inputs of a directory run.</summary>
    private static bool IsReport(string path) =>
        Path.GetFileNameWithoutExtension(path).EndsWith(".attune", StringComparison.OrdinalIgnoreCase);
}
