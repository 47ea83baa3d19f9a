namespace Attune.Analysis.Text.Detectors.Personalisation;

/// <summary>What a personalisation phrase is.</summary>
internal enum PersonalisationKind
{
    /// <summary>The advisor refers to the customer's history ("I can see you called on Monday").</summary>
    History,

    /// <summary>History that needs a time word after it ("your order from *": last week, Monday, 12th).</summary>
    HistoryWithTime,

    /// <summary>The customer's tenure ("a loyal customer", "been with us since 2015").</summary>
    Tenure,

    /// <summary>Tenure that needs a number or time after it ("customer since *").</summary>
    TenureWithTime,

    /// <summary>A customer introducing themselves ("my name is…"): the name follows, any case.</summary>
    NameIntro,

    /// <summary>A weaker introduction ("it's…", "this is…", "I'm…"): the name must be capitalised or titled.</summary>
    NameIntroWeak,

    /// <summary>The advisor asking for the name ("can I take your name?"): the customer's next short reply is the name.</summary>
    NameAsk,
}
