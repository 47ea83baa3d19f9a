namespace Attune.Analysis.Text.Detectors.Blame;

/// <summary>The kinds of blaming language, each with its context rule and suggestion.</summary>
internal enum BlameKind
{
    /// <summary>"you should have called us" (not "you should have received an email": expectation).</summary>
    ShouldHave,

    /// <summary>"you need to calm down / understand / listen" (not "you need to click…": an instruction).</summary>
    NeedToBehave,

    /// <summary>"calm down", "there's no need to shout", "watch your language".</summary>
    CalmDown,

    /// <summary>"that's not my problem", "that's your responsibility".</summary>
    NotMyProblem,

    /// <summary>"you didn't tell us", "you never paid", "you forgot to…" (statements, not questions).</summary>
    YouDidnt,

    /// <summary>"it's your fault", "you're wrong", "you're overreacting".</summary>
    YourFault,

    /// <summary>"you must have pressed the wrong button" (not "you must have been so worried").</summary>
    MustHave,
}
