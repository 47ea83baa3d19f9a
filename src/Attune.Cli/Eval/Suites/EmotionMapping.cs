namespace Attune.Cli.Eval.Suites;

/// <summary>
/// How the emotion model's classes are compared with each data set's labels. The model's nine
/// classes (anger, disgust, fear, joy, sadness, surprise, curiosity, confusion, neutral) are
/// finer than the product's six emotions (frustration = anger + disgust, anxiety = fear,
/// distress = sadness, relief = joy, confusion, neutral = surprise + curiosity + neutral), so
/// the suites score the finer class: disgust and surprise are then measurable instead of
/// always wrong. Each suite's note also reports the figure for the product label alone.
/// </summary>
internal static class EmotionMapping
{
    /// <summary>
    /// GoEmotions' own Ekman grouping (ekman_mapping.json): curiosity and confusion are surprise,
    /// disapproval is anger, approval is joy.
    /// </summary>
    public static string GoEmotionsEkman(string modelClass) => modelClass switch
    {
        "curiosity" or "confusion" => "surprise",
        "disapproval" => "anger",
        "approval" => "joy",
        _ => modelClass,
    };

    /// <summary>The product label mapped to Ekman: frustration → anger, distress → sadness, anxiety → fear, relief → joy, confusion → surprise.</summary>
    public static string ProductEkman(string emotion) => emotion switch
    {
        "frustration" => "anger",
        "distress" => "sadness",
        "anxiety" => "fear",
        "relief" => "joy",
        "confusion" => "surprise",
        _ => "neutral",
    };

    /// <summary>GoEmotions sentiment groups (sentiment_dict.json): joy, approval positive; anger, disapproval, disgust, fear, sadness negative; surprise, curiosity, confusion ambiguous.</summary>
    public static string GoEmotionsGroup(string modelClass) => modelClass switch
    {
        "joy" or "approval" => "positive",
        "anger" or "disapproval" or "disgust" or "fear" or "sadness" => "negative",
        "surprise" or "curiosity" or "confusion" => "ambiguous",
        _ => "neutral",
    };

    /// <summary>
    /// Basic-emotion sets of scripted dialogue (DailyDialog, MELD): surprise there is astonishment
    /// ("Really?!"), so confusion counts as surprise, while the stances (curiosity: an ordinary
    /// question; approval, disapproval: agreeing or not) are no emotion.
    /// </summary>
    public static string BasicEmotion(string modelClass) => modelClass switch
    {
        "confusion" => "surprise",
        "curiosity" or "approval" or "disapproval" => "neutral",
        _ => modelClass,
    };
}
