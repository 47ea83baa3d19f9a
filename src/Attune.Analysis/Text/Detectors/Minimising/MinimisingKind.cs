namespace Attune.Analysis.Text.Detectors.Minimising;

/// <summary>The kinds of minimising language, each with its own context rule and suggestion.</summary>
internal enum MinimisingKind
{
    /// <summary>"just" / "simply" before the customer's action ("just restart it", "you simply log in").</summary>
    Just,

    /// <summary>"obviously" / "clearly" presupposing the customer should have known ("obviously you need to…").</summary>
    Obvious,

    /// <summary>"it's obvious", "it should be obvious".</summary>
    ItsObvious,

    /// <summary>"all you have to do is…".</summary>
    AllYouHaveToDo,

    /// <summary>"it's easy", "it's a simple fix", "it's straightforward".</summary>
    Easy,

    /// <summary>"it's not hard", "it isn't rocket science".</summary>
    NotHard,

    /// <summary>"it's no big deal", "it's not the end of the world".</summary>
    Dismissive,

    /// <summary>"it's simply how minimum terms work", "that's just the way it is", said to a customer who is unhappy.</summary>
    ThatsHowItIs,

    /// <summary>"as I already explained", "like I said", "how many times".</summary>
    AlreadyExplained,

    /// <summary>"it's only £5", "it only takes a minute".</summary>
    Only,
}
