namespace Attune.Analysis.Text.Detectors.Repeat;

/// <summary>What a repeat marker says.</summary>
internal enum RepeatKind
{
    /// <summary>The customer says they are repeating themselves in this interaction ("as I said", "I already told you").</summary>
    Marker,

    /// <summary>The customer has explained it in an earlier contact or to another advisor ("this is the third time I've called").</summary>
    PreviousContact,

    /// <summary>"Again," or "Once again," opening a sentence (not "it happened again").</summary>
    AgainOpening,
}
