namespace Attune.Analysis.Text.Detectors.Backchannel;

/// <summary>What kind of acknowledgement a backchannel item is (after Jurafsky, Shriberg &amp; Biasca 1997, SWBD-DAMSL b / bk / ba / bh).</summary>
public enum BackchannelKind
{
    /// <summary>A continuer: "uh-huh", "mm-hmm", "I see", "okay", "right" — "go on, I'm listening".</summary>
    Continuer,

    /// <summary>A token that also answers or agrees ("yeah", "yes", "sure"): a backchannel only as a whole turn that answers nothing.</summary>
    Agreement,

    /// <summary>An appreciation: "wow", "oh no", "that's great", "I understand".</summary>
    Appreciation,

    /// <summary>A backchannel in question form: "oh really?", "is that right?", "did you?".</summary>
    Echo,
}
