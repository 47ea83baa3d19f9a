namespace Attune.Cli.Loadtest;

/// <summary>
/// One utterance of a scripted call. It starts <see cref="Offset"/> seconds after the previous line ends, or — when
/// <see cref="OverPrevious"/> — that many seconds after the previous line STARTS, so it talks over it (an interruption).
/// <see cref="Angry"/> speaks faster, louder and higher (raised arousal).
/// </summary>
public sealed record ScriptLine(bool Customer, string Text, double Offset, bool OverPrevious = false, bool Angry = false);
