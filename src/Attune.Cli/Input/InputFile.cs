namespace Attune.Cli.Input;

/// <summary>
/// One input: its path, and its name relative to the argument it came from (used to name its report).
/// A recording may come with its transcript (<c>--transcript</c>, or a transcript file with the same name beside it).
/// </summary>
internal sealed record InputFile(string Path, string RelativeName)
{
    /// <summary>The transcript of a recording, when there is one.</summary>
    public string? Transcript { get; init; }

    public bool IsRecording => InputFiles.IsRecording(Path);
}
