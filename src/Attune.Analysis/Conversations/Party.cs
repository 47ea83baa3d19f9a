namespace Attune.Analysis.Conversations;

/// <summary>Who spoke a turn.</summary>
public enum Party
{
    Customer,
    Advisor,
    Bot,
    System,
}
