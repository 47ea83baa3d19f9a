using System.Globalization;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Audio.Calls;

/// <summary>
/// A call recording end to end: the audio analysis (<see cref="CallAudioAnalyzer"/>), the turns (a given transcript
/// aligned to the audio, speech-to-text, or the turns heard in the audio when there is neither), how each turn sounded
/// (<see cref="TurnVoiceMeter"/>; arousal for the customer's turns, <see cref="ArousalEstimator"/>), then the same text
/// analysis as any transcript — the voice reaches <c>customer.emotion</c> through <see cref="Turn.Voice"/> — and the
/// conversation dynamics as findings. One result type for every input: <see cref="AnalysisResult"/>.
/// </summary>
public static class CallRecordingAnalyzer
{
    /// <summary>
    /// Analyses the recording at <paramref name="path"/>. <paramref name="transcript"/>: given turns (times optional);
    /// <paramref name="transcribe"/>: speech-to-text, called with the audio analysis when there is no transcript.
    /// </summary>
    public static RecordingAnalysis AnalyzeFile(string path, Conversation? transcript = null, AnalysisOptions? options = null,
        CallAudioOptions? audioOptions = null, Func<CallAudio, TranscriptionOutcome>? transcribe = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return RecordingAnalysis.Fail(new ImportError(path, $"cannot be read: {ex.Message}"));
        }

        using (stream)
        {
            var opened = WavReader.Open(stream, path);
            if (!opened.Success)
            {
                return RecordingAnalysis.Fail(opened.Error);
            }

            using var reader = opened.Value;
            if (audioOptions is { CustomerChannel: 1 } && reader.Channels < 2)
            {
                return RecordingAnalysis.Fail(new ImportError(path,
                    $"the customer was said to be on the right channel, but the recording is mono ({reader.Format})"));
            }

            var audio = CallAudioAnalyzer.Analyze(reader, audioOptions, cancellationToken);
            var notes = new List<string>(audio.Notes);
            if (reader.Truncation is { } truncated)
            {
                notes.Add($"The file is truncated ({truncated.Message}); what was there was analysed.");
            }

            return RecordingAnalysis.Ok(Combine(audio, path, transcript, options, transcribe, notes));
        }
    }

    /// <summary>Turns, voice measures, text analysis and dynamics findings for an analysed recording.</summary>
    public static AnalysisResult Combine(CallAudio audio, string? source, Conversation? transcript, AnalysisOptions? options,
        Func<CallAudio, TranscriptionOutcome>? transcribe, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(notes);
        options ??= AnalysisOptions.Default;
        IReadOnlyList<Turn> turns;
        var metadata = transcript?.Metadata ?? new ConversationMetadata();
        if (transcript is not null)
        {
            turns = TranscriptAligner.Align(transcript.Turns, audio);
        }
        else if (transcribe is not null)
        {
            var outcome = transcribe(audio);
            if (outcome.Turns is { } transcribed)
            {
                turns = transcribed;
                notes.Add(outcome.Note ?? "Transcribed by speech-to-text.");
            }
            else
            {
                turns = HeardTurns(audio);
                notes.Add(outcome.Note ?? "Transcription failed; the audio alone was analysed.");
            }
        }
        else
        {
            turns = HeardTurns(audio);
            notes.Add("Transcription skipped: no transcript was given and no speech-to-text model is configured, so only the voice " +
                "was analysed (no words, so no text behaviours). Give a transcript with --transcript FILE, or a Whisper model with " +
                "--whisper-model PATH or the ATTUNE_WHISPER_MODEL environment variable.");
        }

        // On a mono recording the voice analysed as the customer's is everyone's: without a transcript saying who spoke
        // when, arousal could be measured on the advisor's voice, which Attune never does (PRODUCT.md principles).
        var partiesKnown = audio.Advisor is not null || transcript is not null || transcribe is not null;
        if (!partiesKnown)
        {
            notes.Add("Customer arousal was not measured: on a mono recording without a transcript the customer's and the " +
                "advisor's voices cannot be told apart, and Attune never infers emotion from an advisor's voice.");
        }

        turns = WithVoice(turns, audio, partiesKnown);
        var conversation = new Conversation { Turns = turns, Channel = Channel.Voice, Metadata = metadata, Source = source };
        var text = Analyzer.Analyze(conversation, options);
        var findings = new List<Finding>(text.Findings);
        findings.AddRange(Deduplicate(Measurable(DynamicsFindings.Create(audio.Dynamics, text.Conversation.Turns), audio), text.Findings));
        findings.AddRange(PartyLevels(audio, text.Conversation.Turns));
        var ordered = findings.OrderBy(f => f.Turn).ThenBy(f => f.SpanStart).ToList();
        return new AnalysisResult(text.Conversation, ordered) { Audio = audio, Notes = notes };
    }

    /// <summary>Without words: the turns heard in the audio, with empty text.</summary>
    public static IReadOnlyList<Turn> HeardTurns(CallAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return audio.Dynamics.Turns.Select(t => new Turn { Party = t.Party, Text = "", Start = t.Start, End = t.End }).ToList();
    }

    /// <summary>Measures how every turn sounded; customers' turns also get arousal against their own baseline, in time order.</summary>
    /// <param name="arousal">false when the turns' parties are not known (mono audio alone): no arousal at all.</param>
    public static IReadOnlyList<Turn> WithVoice(IReadOnlyList<Turn> turns, CallAudio audio, bool arousal = true)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(audio);
        var estimator = new ArousalEstimator();
        var result = new Turn[turns.Count];
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            if (t.Start is not { } start || t.End is not { } end || end <= start || t.Party is not (Party.Customer or Party.Advisor))
            {
                result[i] = t;
                continue;
            }

            var channel = t.Party == Party.Customer || audio.Advisor is null ? audio.Customer : audio.Advisor;
            var voice = TurnVoiceMeter.Measure(channel.Track, start, end, t.Words, WordCount(t.Text));
            if (arousal && t.Party == Party.Customer && channel.Speech.Count > 0)
            {
                voice = estimator.Estimate(voice);
            }

            result[i] = t with { Voice = voice };
        }

        return result;
    }

    private static string RateSource(double wordShare) => wordShare switch
    {
        >= 0.999 => "from the words of the transcript over the time they took",
        <= 0.001 => "estimated from syllables per second of speech",
        _ => string.Create(CultureInfo.InvariantCulture, $"from the transcript's words for {wordShare:P0} of the speech, syllables for the rest"),
    };

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter || (inWord && c == '\'');
        }

        return count;
    }
    /// <summary>
    /// On a mono recording both parties share the one channel analysed as the customer's, so who spoke when is unknown:
    /// talk time per party, talk ratio, overtalk, interruptions, backchannels, monologues and response times would be
    /// claims the audio cannot support (an advisor "silent" for the whole call, a ratio of 0 %). Only the non-talk
    /// time (nobody speaking) is measurable; the notes say why the rest is missing.
    /// </summary>
    private static IReadOnlyList<Finding> Measurable(IReadOnlyList<Finding> dynamics, CallAudio audio) =>
        audio.Advisor is not null ? dynamics : [.. dynamics.Where(f => f.Signal == Signals.SilenceNonTalk)];

    /// <summary>An audio backchannel that a transcript already shows as its own backchannel turn is counted once.</summary>
    private static IEnumerable<Finding> Deduplicate(IReadOnlyList<Finding> dynamics, IReadOnlyList<Finding> text)
    {
        foreach (var f in dynamics)
        {
            if (f.Signal == Signals.ListeningBackchannel && text.Any(t => t.Signal == Signals.ListeningBackchannel && Overlaps(t, f)))
            {
                continue;
            }

            yield return f;
        }
    }

    private static bool Overlaps(Finding a, Finding b) =>
        a.Start is { } s1 && a.End is { } e1 && b.Start is { } s2 && b.End is { } e2 && s1 < e2 + 0.3 && s2 < e1 + 0.3;

    /// <summary><c>talk.loudness</c> and <c>talk.speed</c> per party: integrated loudness, mean level score, words per minute.</summary>
    private static IEnumerable<Finding> PartyLevels(CallAudio audio, IReadOnlyList<Turn> turns)
    {
        foreach (var channel in new[] { audio.Customer, audio.Advisor })
        {
            if (channel is null || channel.Speech.Count == 0)
            {
                continue;
            }

            var party = channel.Party;
            var first = -1;
            double levelSum = 0, seconds = 0, wpmSum = 0, wpmSeconds = 0, wordSeconds = 0;
            for (var i = 0; i < turns.Count; i++)
            {
                if (turns[i].Party != party || turns[i].Voice is not { } v || v.ActiveSeconds <= 0)
                {
                    continue;
                }

                first = first < 0 ? i : first;
                levelSum += v.LoudnessScore * v.ActiveSeconds;
                seconds += v.ActiveSeconds;
                if (v.WordsPerMinute is { } wpm)
                {
                    wpmSum += wpm * v.ActiveSeconds;
                    wpmSeconds += v.ActiveSeconds;
                    wordSeconds += v.RateFromWords ? v.ActiveSeconds : 0;
                }
            }

            if (first < 0)
            {
                continue;
            }

            var who = party == Party.Customer ? "Customer" : "Advisor";
            var end = audio.Duration;
            var lufs = channel.IntegratedLufs is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l:0.0} LUFS integrated (ITU-R BS.1770)") : "too quiet for integrated loudness";
            yield return new Finding
            {
                Signal = Signals.TalkLoudness, Party = party, Turn = first, Quote = "", Start = 0, End = end,
                Detail = string.Create(CultureInfo.InvariantCulture, $"{who} level {levelSum / seconds:0}/100 on average over their turns; {lufs}."),
                Label = party == Party.Customer ? "customer" : "advisor",
                Value = channel.IntegratedLufs is { } v2 ? Math.Round(v2, 1) : null,
            };
            if (wpmSeconds > 0)
            {
                var wpm = wpmSum / wpmSeconds;
                yield return new Finding
                {
                    Signal = Signals.TalkSpeed, Party = party, Turn = first, Quote = "", Start = 0, End = end,
                    Detail = string.Create(CultureInfo.InvariantCulture,
                        $"{who} speaking rate about {wpm:0} words per minute ({RateSource(wordSeconds / wpmSeconds)})."),
                    Label = party == Party.Customer ? "customer" : "advisor",
                    Value = Math.Round(wpm),
                };
            }
        }
    }
}
