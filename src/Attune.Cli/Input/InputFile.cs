namespace Attune.Cli.Input;

/// <summary>One input: its path, and its name relative to the argument it came from (used to name its report).</summary>
internal sealed record InputFile(string Path, string RelativeName);
