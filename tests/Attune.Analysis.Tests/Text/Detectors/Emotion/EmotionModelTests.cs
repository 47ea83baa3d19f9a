using Attune.Analysis.Text.Detectors.Emotion;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Tests.Text.Detectors.Emotion;

public class EmotionModelTests
{
    private static readonly string[] Classes = ["happy", "sad", "neutral"];

    private static EmotionModel TinyModel()
    {
        var rows = new List<(string, int[])>();
        for (var i = 0; i < 20; i++)
        {
            rows.Add(($"what a wonderful lovely day {i}", [0]));
            rows.Add(($"such a gloomy miserable day {i}", [1]));
            rows.Add(($"the day is tuesday {i}", [2]));
        }

        return EmotionModelTrainer.Train(rows, Classes, new EmotionTrainingOptions { MinCount = 2, Epochs = 10 });
    }

    private static int Predict(EmotionModel model, string text)
    {
        var logits = new float[model.Classes.Count];
        model.AddLogits(Tokenizer.Tokenize(text), logits);
        return Array.IndexOf(logits, logits.Max());
    }

    [Fact]
    public void Train_SeparableData_LearnsClasses()
    {
        var model = TinyModel();
        Assert.Equal(0, Predict(model, "lovely wonderful"));
        Assert.Equal(1, Predict(model, "gloomy and miserable"));
    }

    [Fact]
    public void Train_NegatedWord_IsADifferentFeature()
    {
        var rows = new List<(string, int[])>();
        for (var i = 0; i < 10; i++)
        {
            rows.Add(("I am happy", [0]));
            rows.Add(("I am not happy", [1]));
        }

        var model = EmotionModelTrainer.Train(rows, Classes, new EmotionTrainingOptions { MinCount = 2, Epochs = 10 });
        Assert.Equal(0, Predict(model, "so happy"));
        Assert.Equal(1, Predict(model, "never happy"));
    }

    [Fact]
    public void SaveLoad_RoundTrip_SamePredictions()
    {
        var model = TinyModel();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = EmotionModel.Load(stream);
        Assert.Equal(model.Classes, loaded.Classes);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(Predict(model, "a lovely day"), Predict(loaded, "a lovely day"));
    }

    [Fact]
    public void Load_WrongHeader_InvalidData() =>
        Assert.Throws<InvalidDataException>(() => EmotionModel.Load(new MemoryStream("NOPE and more bytes"u8.ToArray())));

    [Fact]
    public void Load_Truncated_InvalidData()
    {
        using var stream = new MemoryStream();
        TinyModel().Save(stream);
        var bytes = stream.ToArray()[..(int)(stream.Length / 2)];
        Assert.Throws<InvalidDataException>(() => EmotionModel.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void TuneBiases_ShiftsTowardRareClass_ReturnsShiftPerClass()
    {
        var model = TinyModel();
        var (f1, shift) = EmotionModelTrainer.TuneBiases(model, [("lovely", [0]), ("miserable", [1]), ("tuesday", [2])]);
        Assert.Equal(3, shift.Length);
        Assert.InRange(f1, 0, 1);
    }

    [Fact]
    public void ShiftBiases_WrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => TinyModel().ShiftBiases([1f]));

    [Fact]
    public void EmbeddedModel_IsSmall() => Assert.InRange(EmotionAnalyzer.Model.FeatureCount, 1000, 100_000);
}
