namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>The kinds of deflection, each with its suggestion.</summary>
internal enum DeflectionKind
{
    /// <summary>"that's not my department", "we don't deal with that".</summary>
    NotMyDepartment,

    /// <summary>"you'll have to call…", "take it up with the courier".</summary>
    GoElsewhere,

    /// <summary>"there's nothing I can do", "it's out of my hands".</summary>
    NothingICanDo,

    /// <summary>"it's company policy", "the system won't let me".</summary>
    Policy,

    /// <summary>Not a deflection: an alternative offered ("what I can do is…", "I can transfer you").</summary>
    Alternative,
}
