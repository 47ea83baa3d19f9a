using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Ownership;

/// <summary>Deflection phrases and the alternatives that redeem them, in one trie. Built once.</summary>
internal static class DeflectionLexicon
{
    private const string Elsewhere = "(call|contact|ring|phone|speak to|talk to|go to|go back to|email|write to|take it up with|get in touch with|visit|raise it with|complain to|sort it with|sort that out with|check with|deal with)";

    public static readonly KindedLexicon<DeflectionKind> Lexicon = new(
    [
        ("not my (department|area|team|remit|job|call|decision)", DeflectionKind.NotMyDepartment),
        ("(that's|thats|that is|it's|its|this is) (a|another|a different|a separate) (department|team)", DeflectionKind.NotMyDepartment),
        ("(that's|thats|that is|it's|its) (handled|dealt with|done|looked after) by (a|another|a different|the other|our other|a separate)", DeflectionKind.NotMyDepartment),
        ("(i|we) (don't|do not|dont) (deal with|handle|cover|look after) (that|this|those|these|it)", DeflectionKind.NotMyDepartment),
        ("(that's|thats|that is|it's|its) nothing to do with (me|us)", DeflectionKind.NotMyDepartment),
        ("(that's|thats|that is|it's|its) not (something|anything) (i|we) (deal with|handle|cover|do)", DeflectionKind.NotMyDepartment),
        ("(that's|thats|that is|it's|its) not (us|me|our department)", DeflectionKind.NotMyDepartment),
        ("not my responsibility", DeflectionKind.NotMyDepartment),
        ("(are|is) the only (team|department|people|ones|place|one) (that|who|which) (can|could|deal|deals|handle|handles)", DeflectionKind.NotMyDepartment),

        ($"(you'll|you will|you'd|you would|you) (have|need) to {Elsewhere}", DeflectionKind.GoElsewhere),
        ($"(you'll|you will|you'd|you would|you) (just|really) (have|need) to {Elsewhere}", DeflectionKind.GoElsewhere),
        ($"(you've|you) got to {Elsewhere}", DeflectionKind.GoElsewhere),
        ("take it up with", DeflectionKind.GoElsewhere),
        ("(that's|thats|that is) (one|something) for (the|your)", DeflectionKind.GoElsewhere),
        ("(you're|you are|you'd be) (better off|best) (calling|contacting|speaking|going|ringing)", DeflectionKind.GoElsewhere),

        ("(there's|there is|theres) nothing (more|else|) (i|we) can do", DeflectionKind.NothingICanDo),
        ("(there's|there is|theres) (nothing|not much|not a lot) (more|else|) (i|we) can (do|help)", DeflectionKind.NothingICanDo),
        ("(there's|there is|theres) no way (i|we) can", DeflectionKind.NothingICanDo),
        ("(i|we) (can't|cannot|can not) (do anything|help you|help with that|help with this|help you with that|help you with this|do much|do any more|do anything more|do more)", DeflectionKind.NothingICanDo),
        ("(i'm|i am|we're|we are) (unable|not able) to help", DeflectionKind.NothingICanDo),
        // "Chat transfers to billing aren't available", "refunds aren't possible over the phone"
        ("(transfers|transfer) (to|) * (aren't|isn't|are not|is not) (available|possible)", DeflectionKind.NothingICanDo),
        ("(aren't|isn't|are not|is not|not) (available|possible|allowed) (on|over|via|through|by|from) (chat|phone|the phone|here|this channel|email|social media)", DeflectionKind.NothingICanDo),
        ("out of (my|our) hands", DeflectionKind.NothingICanDo),
        ("my hands are tied", DeflectionKind.NothingICanDo),
        ("(i|we) have no (control|say|power) over", DeflectionKind.NothingICanDo),

        ("(it's|its|that's|thats|it is|that is|this is) (company|our|the|just|just our|the company's|company's) policy", DeflectionKind.Policy),
        ("company policy", DeflectionKind.Policy),
        ("(it's|its|that's|thats|it is|that is) (just|simply|) policy", DeflectionKind.Policy),
        ("(those|these|them|that's|it's) (are|) the rules", DeflectionKind.Policy),
        ("rules are rules", DeflectionKind.Policy),
        ("(it's|that's|it is|that is) (just|) (our|the) (procedure|process)", DeflectionKind.Policy),
        ("(i'm|i am|we're|we are) (just|only|simply|) following (the|our|) (procedure|policy|rules|process)", DeflectionKind.Policy),
        ("the system (won't|doesn't|will not|does not) (let|allow) (me|us)", DeflectionKind.Policy),
        ("(i|we) (don't|do not) make the rules", DeflectionKind.Policy),
        ("(it's|that's|it is|that is) not up to me", DeflectionKind.Policy),
        ("(it's|that's|it is|that is) not my decision", DeflectionKind.Policy),
        ("above my pay grade", DeflectionKind.Policy),
        ("computer says no", DeflectionKind.Policy),

        ("what (i|we) can do", DeflectionKind.Alternative),
        ("(but|however) (i|we) (can|could|will|'ll)", DeflectionKind.Alternative),
        ("(but|however) (i'll|we'll|let me)", DeflectionKind.Alternative),
        ("(i|we) (can|could) (offer|transfer|put you through|pass|give you|arrange|raise|escalate|book|send|request|refer|connect|email|text|call|ring|contact|check|find|get|log|ask|chase|speak|help)", DeflectionKind.Alternative),
        ("(i'll|i will|let me|we'll|i'm going to) (transfer|put you through|give you|pass|connect|get|raise|escalate|find|send|email|text|call|ring|arrange|book|contact|ask|speak|check|chase|refer)", DeflectionKind.Alternative),
        ("(instead|alternatively)", DeflectionKind.Alternative),
        ("(an|another|other) (alternative|option|options)", DeflectionKind.Alternative),
        ("the best (way|option|thing|route|place|person|team)", DeflectionKind.Alternative),
        ("(their|the|the phone|their phone) number is", DeflectionKind.Alternative),
        ("(here's|here is) what", DeflectionKind.Alternative),
        ("the good news", DeflectionKind.Alternative),
        ("(what i'd|i'd|i would|i) (suggest|recommend)", DeflectionKind.Alternative),
        ("in the meantime", DeflectionKind.Alternative),
        ("(i'll|i will|i can) stay on the line", DeflectionKind.Alternative),
    ]);

    /// <summary>After "it's our policy to …", verbs that make the policy a promise, not a refusal.</summary>
    public static readonly HashSet<string> PositivePolicy = new(StringComparer.Ordinal)
    {
        "refund", "help", "replace", "credit", "offer", "ensure", "compensate", "honour", "honor", "match", "give",
        "protect", "make", "send", "call", "always", "support", "cover",
    };

    /// <summary>After "you'll need to call…", destinations that are the same company: no deflection ("call us back").</summary>
    public static readonly HashSet<string> SameCompany = new(StringComparer.Ordinal)
    {
        "us", "me", "back",
    };
}
