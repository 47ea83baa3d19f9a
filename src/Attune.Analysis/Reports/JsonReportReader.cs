using System.Globalization;
using System.Text.Json;
using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Dynamics;
using Attune.Analysis.Audio.Prosody;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Conversations;
using Attune.Analysis.Emotion;
using Attune.Analysis.Findings;
using Attune.Analysis.Scoring;

namespace Attune.Analysis.Reports;

/// <summary>
/// Reads a JSON report (<see cref="JsonReport"/>) back into an <see cref="AnalysisReport"/>, so a stored analysis can be
/// shown by the same renderers as a fresh one (the web workspace stores the JSON, not the objects). What the JSON keeps
/// comes back exactly: conversation, findings (criteria evidence by finding id), score, sentiment, emotions, notes, and
/// for a recording the channels' speech, levels and downsampled pitch/level curve, the dynamics and every turn's voice.
/// The prosody track is rebuilt from the curve (one bucket per curve point), so the charts redraw the same curve;
/// the finer buckets behind it are not in the JSON. Criterion descriptions are not in the JSON either: they come from
/// <c>scorecard</c> when given (matched by criterion id).
/// </summary>
public static class JsonReportReader
{
    /// <summary>Frames per rebuilt bucket: at least <see cref="VoiceCurve.MinVoicedFrames"/>, so a pitched point stays pitched.</summary>
    private const int FramesPerPoint = VoiceCurve.MinVoicedFrames;

    /// <param name="json">A JSON report.</param>
    /// <param name="scorecard">The scorecard the report was scored with, for the criteria descriptions (optional).</param>
    /// <exception cref="JsonException">The text is not an Attune analysis report.</exception>
    public static AnalysisReport Read(string json, Scorecard? scorecard = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (Str(root, "format") != JsonReport.FormatName)
        {
            throw new JsonException($"Not an {JsonReport.FormatName} report.");
        }

        var conversation = ReadConversation(root.GetProperty("conversation"));
        var findings = new List<Finding>();
        foreach (var f in Array(root, "findings"))
        {
            findings.Add(ReadFinding(f));
        }

        if (root.TryGetProperty("audio", out var audioJson) && audioJson.ValueKind == JsonValueKind.Object)
        {
            conversation = WithVoices(conversation, audioJson);
        }

        var result = new AnalysisResult(conversation, findings)
        {
            Notes = Array(root, "notes").Select(n => n.GetString() ?? "").ToList(),
            Audio = audioJson.ValueKind == JsonValueKind.Object ? ReadAudio(audioJson) : null,
        };
        var emotions = Array(root, "customerEmotion")
            .Select(e => new CustomerTurnEmotion(e.GetProperty("turn").GetInt32(), Num(e, "start"), Str(e, "emotion"), Num(e, "intensity"), Num(e, "sentiment")))
            .ToList();
        return new AnalysisReport(
            Str(root, "source") ?? "",
            result,
            ReadScore(root.GetProperty("score"), findings, scorecard),
            ReadSentiment(root.GetProperty("customerSentiment")),
            emotions,
            root.TryGetProperty("redacted", out var r) && r.ValueKind == JsonValueKind.True);
    }

    private static Conversation ReadConversation(JsonElement c)
    {
        var turns = new List<Turn>();
        foreach (var t in Array(c, "turns"))
        {
            turns.Add(new Turn
            {
                Party = Enum.Parse<Party>(Str(t, "party") ?? "customer", ignoreCase: true),
                Speaker = Str(t, "speaker"),
                Text = Str(t, "text") ?? "",
                Start = Num(t, "start"),
                End = Num(t, "end"),
            });
        }

        var startedAt = Str(c, "startedAt");
        return new Conversation
        {
            Turns = turns,
            Channel = Enum.Parse<Channel>(Str(c, "channel") ?? "chat", ignoreCase: true),
            Metadata = new ConversationMetadata
            {
                InteractionId = Str(c, "id"),
                AdvisorId = Str(Obj(c, "advisor"), "id"),
                AdvisorName = Str(Obj(c, "advisor"), "name"),
                CustomerId = Str(Obj(c, "customer"), "id"),
                CustomerName = Str(Obj(c, "customer"), "name"),
                Team = Str(c, "team"),
                Queue = Str(c, "queue"),
                StartedAt = startedAt is null ? null : DateTimeOffset.Parse(startedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            },
        };
    }

    private static Finding ReadFinding(JsonElement f)
    {
        var span = Obj(f, "span");
        return new Finding
        {
            Signal = Str(f, "signal") ?? "",
            Party = Enum.Parse<Party>(Str(f, "party") ?? "customer", ignoreCase: true),
            Turn = f.GetProperty("turn").GetInt32(),
            Quote = Str(f, "quote") ?? "",
            SpanStart = (int)(Num(span, "start") ?? 0),
            Length = (int)(Num(span, "length") ?? 0),
            Start = Num(f, "start"),
            End = Num(f, "end"),
            Polarity = Str(f, "polarity") switch
            {
                "positive" => Polarity.Positive,
                "negative" => Polarity.Negative,
                _ => Polarity.Info,
            },
            Detail = Str(f, "detail") ?? "",
            Label = Str(f, "label"),
            Value = Num(f, "value"),
            Suggestion = Str(f, "suggestion"),
            RelatedTurn = Num(f, "relatedTurn") is double rt ? (int)rt : null,
        };
    }

    private static ScoreResult ReadScore(JsonElement s, List<Finding> findings, Scorecard? scorecard)
    {
        var criteria = new List<Scoring.CriterionResult>();
        foreach (var c in Array(s, "criteria"))
        {
            var evidence = new List<Finding>();
            foreach (var index in Array(c, "findings"))
            {
                var i = index.GetInt32();
                if (i >= 0 && i < findings.Count)
                {
                    evidence.Add(findings[i]);
                }
            }

            var id = Str(c, "id") ?? "";
            criteria.Add(new Scoring.CriterionResult
            {
                Id = id,
                Description = scorecard?.Criteria.FirstOrDefault(k => k.Id == id)?.Description,
                Name = Str(c, "name") ?? "",
                Weight = Num(c, "weight") ?? 0,
                Outcome = Str(c, "outcome") switch
                {
                    "passed" => CriterionOutcome.Passed,
                    "failed" => CriterionOutcome.Failed,
                    _ => CriterionOutcome.NotApplicable,
                },
                Score = Num(c, "score"),
                Reason = Str(c, "reason") ?? "",
                AutoFailed = c.TryGetProperty("autoFailed", out var af) && af.ValueKind == JsonValueKind.True,
                Evidence = evidence,
            });
        }

        return new ScoreResult
        {
            Scorecard = Str(s, "scorecard") ?? "",
            Score = Num(s, "value"),
            AutoFailed = s.TryGetProperty("autoFailed", out var a) && a.ValueKind == JsonValueKind.True,
            Criteria = criteria,
        };
    }

    private static CustomerSentimentSummary ReadSentiment(JsonElement s) => new(
        Num(s, "score"),
        Num(s, "trend"),
        Num(s, "start"),
        Num(s, "end"),
        Array(s, "quarters").Select(q => q.ValueKind == JsonValueKind.Number ? q.GetDouble() : (double?)null).ToList(),
        (int)(Num(s, "turns") ?? 0));

    private static Conversation WithVoices(Conversation c, JsonElement audio)
    {
        var turns = c.Turns.ToArray();
        foreach (var tv in Array(audio, "turnVoice"))
        {
            var i = tv.GetProperty("turn").GetInt32();
            if (i < 0 || i >= turns.Length || !tv.TryGetProperty("voice", out var v))
            {
                continue;
            }

            turns[i] = turns[i] with
            {
                Voice = new TurnVoice
                {
                    ActiveSeconds = Num(v, "activeSeconds") ?? 0,
                    VoicedSeconds = Num(v, "voicedSeconds") ?? 0,
                    PitchHz = Num(v, "pitchHz"),
                    PitchRangeSemitones = Num(v, "pitchRangeSemitones"),
                    LoudnessDbfs = Num(v, "loudnessDbfs") ?? 0,
                    LoudnessScore = (int)(Num(v, "loudnessScore") ?? 0),
                    SyllablesPerSecond = Num(v, "syllablesPerSecond"),
                    WordsPerMinute = Num(v, "wordsPerMinute"),
                    RateFromWords = v.TryGetProperty("rateFromWords", out var rw) && rw.ValueKind == JsonValueKind.True,
                    Arousal = Num(v, "arousal"),
                    PitchZ = Num(v, "pitchZ"),
                    RangeZ = Num(v, "rangeZ"),
                    LoudnessZ = Num(v, "loudnessZ"),
                    RateZ = Num(v, "rateZ"),
                },
            };
        }

        return c with { Turns = turns };
    }

    private static CallAudio ReadAudio(JsonElement a)
    {
        var f = a.GetProperty("format");
        var format = new AudioFormat(
            f.GetProperty("sampleRate").GetInt32(),
            f.GetProperty("channels").GetInt32(),
            Str(f, "encoding") switch
            {
                "ieee_float" => AudioEncoding.IeeeFloat,
                "alaw" => AudioEncoding.ALaw,
                "mulaw" => AudioEncoding.MuLaw,
                _ => AudioEncoding.Pcm,
            },
            f.GetProperty("bitsPerSample").GetInt32());
        var duration = Num(a, "duration") ?? 0;
        var customer = ReadChannel(a.GetProperty("customer"), Party.Customer, duration);
        var advisor = Obj(a, "advisor") is { ValueKind: JsonValueKind.Object } adv ? ReadChannel(adv, Party.Advisor, duration) : null;
        return new CallAudio
        {
            Format = format,
            Duration = duration,
            Customer = customer,
            Advisor = advisor,
            Dynamics = ReadDynamics(a.GetProperty("dynamics"), duration),
        };
    }

    private static ChannelAudio ReadChannel(JsonElement c, Party party, double duration)
    {
        var curve = Obj(c, "curve");
        var step = Num(curve, "step") ?? 0.1;
        var times = Array(curve, "time").ToList();
        var pitch = Array(curve, "pitchHz").ToList();
        var level = Array(curve, "levelDbfs").ToList();
        var capacity = Math.Max(2, times.Count + (times.Count % 2));
        var track = new ProsodyTrack(step / FramesPerPoint, FramesPerPoint, capacity);
        for (var i = 0; i < times.Count; i++)
        {
            double? hz = i < pitch.Count && pitch[i].ValueKind == JsonValueKind.Number ? pitch[i].GetDouble() : null;
            double? db = i < level.Count && level[i].ValueKind == JsonValueKind.Number ? level[i].GetDouble() : null;
            for (var k = 0; k < FramesPerPoint; k++)
            {
                var frame = new PitchFrame(times[i].GetDouble(), hz ?? 0, hz is not null, 0, (float)(db ?? -120));
                track.Add(frame, active: db is not null);
            }
        }

        return new ChannelAudio
        {
            Party = party,
            ChannelIndex = Str(c, "channel") == "right" ? 1 : 0,
            Seconds = duration,
            Speech = Array(c, "speech").Select(p => new SpeechSegment(p[0].GetDouble(), p[1].GetDouble())).ToList(),
            SpeechSeconds = Num(c, "speechSeconds") ?? 0,
            IntegratedLufs = Num(c, "integratedLufs"),
            NoiseFloorDbfs = Num(c, "noiseFloorDbfs") ?? double.NegativeInfinity,
            PeakDbfs = Num(c, "peakDbfs") ?? double.NegativeInfinity,
            ClippedShare = Num(c, "clippedShare") ?? 0,
            DcOffset = Num(c, "dcOffset") ?? 0,
            Track = track,
        };
    }

    private static DynamicsResult ReadDynamics(JsonElement d, double duration) => new()
    {
        Duration = duration,
        CustomerTalkSeconds = Num(d, "customerTalkSeconds") ?? 0,
        AdvisorTalkSeconds = Num(d, "advisorTalkSeconds") ?? 0,
        OvertalkSeconds = Num(d, "overtalkSeconds") ?? 0,
        Overtalks = Array(d, "overtalks").Select(o => new Overtalk(
            Num(o, "start") ?? 0,
            Num(o, "end") ?? 0,
            PartyOf(o, "startedBy"),
            Str(o, "kind") switch
            {
                "interruption" => OvertalkKind.Interruption,
                "backchannel" => OvertalkKind.Backchannel,
                _ => OvertalkKind.Overlap,
            },
            Num(o, "seconds") ?? 0,
            o.TryGetProperty("simultaneous", out var s) && s.ValueKind == JsonValueKind.True)).ToList(),
        InterruptionsByAdvisor = (int)(Num(d, "interruptionsByAdvisor") ?? 0),
        InterruptionsByCustomer = (int)(Num(d, "interruptionsByCustomer") ?? 0),
        Backchannels = (int)(Num(d, "backchannels") ?? 0),
        CustomerBackchannels = (int)(Num(d, "customerBackchannels") ?? 0),
        NonTalk = Array(d, "nonTalk").Select(p => new Span(p[0].GetDouble(), p[1].GetDouble())).ToList(),
        NonTalkSeconds = Num(d, "nonTalkSeconds") ?? 0,
        SilenceSeconds = Num(d, "silenceSeconds") ?? 0,
        LongSilenceAlertAt = Num(d, "longSilenceAlertAt"),
        Monologues = Array(d, "monologues").Select(p => new Monologue(p[0].GetDouble(), p[1].GetDouble())).ToList(),
        ResponseLatencies = Array(d, "responseLatencies").Select(l => new Latency(PartyOf(l, "responder"), Num(l, "from") ?? 0, Num(l, "to") ?? 0)).ToList(),
        Turns = Array(d, "turns").Select(t => new PartyTurn(PartyOf(t, "party"), Num(t, "start") ?? 0, Num(t, "end") ?? 0)).ToList(),
    };

    private static Party PartyOf(JsonElement e, string name) => Enum.Parse<Party>(Str(e, name) ?? "customer", ignoreCase: true);

    private static JsonElement Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
