namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// The documented vocabularies of customer emotion. <c>customer.emotion</c> labels a turn with
/// one of the emotion ids; <c>customer.emotion_journey</c> describes the start and end of an
/// interaction with the state words (angry → calm, anxious → positive, …).
/// </summary>
public static class EmotionLabels
{
    public const string Frustration = "frustration";
    public const string Distress = "distress";
    public const string Anxiety = "anxiety";
    public const string Confusion = "confusion";
    public const string Relief = "relief";
    public const string Neutral = "neutral";

    /// <summary>Every emotion id, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [Frustration, Distress, Anxiety, Confusion, Relief, Neutral];

    /// <summary>Journey states: angry, distressed, anxious, confused, calm, positive.</summary>
    public static IReadOnlyList<string> States { get; } = ["angry", "distressed", "anxious", "confused", "calm", "positive"];

    /// <summary>
    /// The emotion a model class is shown as: anger and disgust are frustration; surprise,
    /// curiosity, approval and disapproval are not emotions a customer needs help with (a
    /// question, "yes that's right", "no that's wrong"), so neutral.
    /// </summary>
    public static string FromModelClass(string modelClass) => modelClass switch
    {
        "anger" or "disgust" => Frustration,
        "fear" => Anxiety,
        "sadness" => Distress,
        "joy" => Relief,
        "confusion" => Confusion,
        _ => Neutral,
    };

    /// <summary>The journey state of an emotion id: frustration → angry, distress → distressed, anxiety → anxious, confusion → confused, relief → positive, neutral → calm.</summary>
    public static string StateOf(string emotion) => emotion switch
    {
        Frustration => "angry",
        Distress => "distressed",
        Anxiety => "anxious",
        Confusion => "confused",
        Relief => "positive",
        _ => "calm",
    };

    /// <summary>How good a state is for the customer, -1..+1, to compare a start with an end.</summary>
    public static double ValenceOf(string state) => state switch
    {
        "angry" or "distressed" => -1,
        "anxious" => -0.8,
        "confused" => -0.4,
        "positive" => 1,
        _ => 0,
    };
}
