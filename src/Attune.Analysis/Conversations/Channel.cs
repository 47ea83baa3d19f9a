namespace Attune.Analysis.Conversations;

/// <summary>The medium of an interaction.</summary>
public enum Channel
{
    Voice,
    Chat,
    Email,
}
