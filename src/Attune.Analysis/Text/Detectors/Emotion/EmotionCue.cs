namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// Evidence for an emotion: the token range [FirstToken, EndToken) of the words, the model
/// class they point to, and whether they came from the cue lexicon (else: the words the learned
/// model weighted most) and whether they were negated ("not upset": counted against).
/// </summary>
public readonly record struct EmotionCue(int FirstToken, int EndToken, string ModelClass, bool FromLexicon, bool Negated);
