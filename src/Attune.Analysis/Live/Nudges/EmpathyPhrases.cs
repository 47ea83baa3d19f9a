namespace Attune.Analysis.Live.Nudges;

/// <summary>
/// The pools the empathy nudge draws from, one per customer emotion. Each pool mixes mechanisms (naming the
/// feeling, interpreting the situation, committing to act) so consecutive suggestions differ in shape, not only in
/// words. Templates with <c>{0}</c> quote the customer's own words (a cue of their emotion, which may be a single adjective,
/// so a template only ever reports them: "When you say '{0}', …", "You said '{0}', …") and are used only when
/// such words were found; reflecting the customer's words is what makes an acknowledgement sound heard rather
/// than scripted.
/// </summary>
internal static class EmpathyPhrases
{
    public static readonly string[] Frustration =
    [
        "I can hear how frustrating this has been, and I'm going to sort it out.",
        "That shouldn't have happened, and I understand why you're fed up.",
        "You've had to deal with far too much here. Let me take this on for you.",
        "I'd be annoyed too if that happened to me. Let's fix it now.",
        "Thanks for bearing with us; I know this has been a real hassle.",
        "I completely get why you're upset. I'm on it.",
        "When you say '{0}', I can hear how frustrating this has been.",
        "You said '{0}', and that's not how this should feel. Let me put it right.",
    ];

    public static readonly string[] Distress =
    [
        "I'm so sorry you're going through this. Let me take care of it for you.",
        "That sounds really hard. We'll go through it together, one step at a time.",
        "I can hear this has been a difficult time. I'm here to help.",
        "Thank you for telling me. Take your time; I'm not going anywhere.",
        "I'm sorry things have been so tough. Let's see what I can take off your plate.",
        "You mentioned '{0}'; I'm really sorry. Let me help with this part.",
        "When you say '{0}', I understand this is weighing on you. I'll do what I can right now.",
    ];

    public static readonly string[] Anxiety =
    [
        "I can understand why that's worrying. Let's make sure it's sorted today.",
        "That sounds stressful. I'll explain exactly what happens next.",
        "It's completely understandable to be concerned about this. Here's what I can do.",
        "I want to put your mind at rest: I'll stay with this until it's clear.",
        "I can see why you'd be anxious about that. Let me check it for you now.",
        "You said '{0}'; I understand that's a worry. Let's get you a clear answer.",
        "When you say '{0}', I understand why. I'll walk you through where things stand.",
    ];

    public static readonly string[] Confusion =
    [
        "I can see why that's confusing. Let me walk you through it.",
        "That isn't as clear as it should be; let me explain it step by step.",
        "Good question, it is confusing. Here's what it means in plain terms.",
        "Let me make this simpler: I'll go through it one piece at a time.",
        "You're right to ask. Let me break that down.",
        "You said '{0}', and that's fair. Let me clear it up.",
    ];

    /// <summary>For a raised voice or a negative turn without a named emotion: name the effort, promise action.</summary>
    public static readonly string[] Unspecified =
    [
        "I can hear this matters a lot to you. Let me see what I can do.",
        "I understand, and I want to get this right for you.",
        "Thank you for explaining. I'll take it from here.",
        "I hear you. Let's work through this together.",
        "That's not good enough, and I'm going to help put it right.",
        "I can tell this has been a lot. Let me look into it straight away.",
    ];

    /// <summary>
    /// The situation of an upset customer who has had to repeat themselves: the acknowledgement names the repetition,
    /// which is what they are upset about, whatever the emotion.
    /// </summary>
    public static readonly string[] Repeated =
    [
        "I'm sorry you've had to explain this again. I've got it now, and I'll take it from here.",
        "You shouldn't have to keep repeating yourself; that's on us. Let me sort it.",
        "I can hear how tiring it is to go over this again. I won't ask you to repeat it.",
        "Thanks for your patience in explaining it once more. I'll make sure it's noted so it doesn't happen again.",
        "I understand, having to tell us again is frustrating. I have all the details here.",
    ];

    public static string[] For(string? emotion) => emotion switch
    {
        "frustration" or "anger" => Frustration,
        "distress" or "sadness" => Distress,
        "anxiety" or "fear" => Anxiety,
        "confusion" => Confusion,
        _ => Unspecified,
    };
}
