namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>Settings of <see cref="EmotionModelTrainer"/>; the defaults produced the shipped model.</summary>
public sealed class EmotionTrainingOptions
{
    /// <summary>Passes over the training data. Default 5.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>AdaGrad base learning rate. Default 0.1.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>L2 penalty per update on the touched weights. Default 1e-4.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>A feature must occur in at least this many training texts to get weights (keeps the model small). Default 5.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>Weights whose largest magnitude over the classes is below this are dropped after training. Default 0.02.</summary>
    public double PruneBelow { get; init; } = 0.02;

    /// <summary>Shuffling seed, for a reproducible model. Default 17.</summary>
    public int Seed { get; init; } = 17;
}
