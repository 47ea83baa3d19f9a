namespace Attune.Cli.Input;

/// <summary>What the arguments expanded to.</summary>
internal sealed record InputSet(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> EmptyDirectories);
