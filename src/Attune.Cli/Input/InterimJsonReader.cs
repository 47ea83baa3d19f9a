using System.Globalization;
using System.Text.Json;
using Attune.Analysis.Conversations;

namespace Attune.Cli.Input;

/// <summary>
/// INTERIM: a minimal reader of the Attune JSON transcript format so `attune analyze` runs end
/// to end before the real importers (Attune.Analysis.Conversations.Importers.ConversationReader)
/// are merged; it is replaced there (see <see cref="ConversationSource"/>). Format:
/// <c>{ "id", "channel", "advisor": {"id","name"}, "customer": {"id","name"}, "team", "queue",
/// "startedAt", "turns": [{"party","speaker","text","start","end","words":[{"text","start","end"}]}] }</c>.
/// Every problem is an <see cref="ImportResult"/> failure naming the JSON path (and line for syntax errors).
/// </summary>
internal static class InterimJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static ImportResult ReadFile(string path, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var format = options.Format ?? (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : null);
        if (format != "json")
        {
            return ImportResult.Fail(path, format is null
                ? $"cannot read '{Path.GetExtension(path)}' files yet: this build only reads Attune JSON (expected a .json file or --input-format json)"
                : $"input format '{format}' is not available in this build yet (only json)");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ImportResult.Fail(path, $"cannot read the file: {ex.Message}");
        }

        return Read(bytes, path, options);
    }

    public static ImportResult Read(ReadOnlyMemory<byte> utf8, string source, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            return ImportResult.Fail(new ImportError(source, $"not valid JSON: {message.TrimEnd('.')}")
            {
                Line = ex.LineNumber is long l ? (int)l + 1 : null,
                JsonPath = ex.Path,
            });
        }

        using (doc)
        {
            try
            {
                return ImportResult.Ok(Conversation(doc.RootElement, source, options));
            }
            catch (FormatError e)
            {
                return ImportResult.Fail(source, e.Message, jsonPath: e.Path);
            }
            catch (InvalidOperationException e) when (e.InnerException is System.Text.DecoderFallbackException)
            {
                // JsonDocument checks structure eagerly but string contents only when read
                return ImportResult.Fail(source, "not valid UTF-8 text (expected a UTF-8 encoded JSON file)");
            }
        }
    }

    private static Conversation Conversation(JsonElement root, string source, InputOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatError("$", "expected a JSON object with \"turns\"");
        }

        if (!root.TryGetProperty("turns", out var turnsElement) || turnsElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatError("$.turns", "expected \"turns\": an array of {\"party\", \"text\"} objects");
        }

        var turns = new List<Turn>(turnsElement.GetArrayLength());
        var i = 0;
        foreach (var t in turnsElement.EnumerateArray())
        {
            turns.Add(ReadTurn(t, $"$.turns[{i}]", options));
            i++;
        }

        var channelText = String(root, "channel", "$");
        Channel channel;
        if (channelText is null)
        {
            channel = turns.Count > 0 && turns.All(t => t.Start is not null) ? Channel.Voice : Channel.Chat;
        }
        else if (!Enum.TryParse(channelText, ignoreCase: true, out channel) || int.TryParse(channelText, out _))
        {
            throw new FormatError("$.channel", $"expected \"voice\", \"chat\" or \"email\", found \"{channelText}\"");
        }

        var (advisorId, advisorName) = Person(root, "advisor");
        var (customerId, customerName) = Person(root, "customer");
        DateTimeOffset? startedAt = null;
        if (String(root, "startedAt", "$") is { } started)
        {
            startedAt = DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var s)
                ? s
                : throw new FormatError("$.startedAt", $"expected an ISO 8601 date and time, found \"{started}\"");
        }

        return new Conversation
        {
            Turns = turns,
            Channel = channel,
            Source = source,
            Metadata = new ConversationMetadata
            {
                InteractionId = String(root, "id", "$"),
                AdvisorId = advisorId,
                AdvisorName = advisorName,
                CustomerId = customerId,
                CustomerName = customerName,
                Team = String(root, "team", "$"),
                Queue = String(root, "queue", "$"),
                StartedAt = startedAt,
            },
        };
    }

    private static Turn ReadTurn(JsonElement t, string path, InputOptions options)
    {
        if (t.ValueKind != JsonValueKind.Object)
        {
            throw new FormatError(path, "expected a turn object {\"party\", \"text\"}");
        }

        var speaker = String(t, "speaker", path);
        var partyText = String(t, "party", path);
        Party party;
        if (partyText is not null)
        {
            party = InputOptions.ParseParty(partyText) ?? throw new FormatError($"{path}.party", $"expected \"customer\", \"advisor\", \"bot\" or \"system\", found \"{partyText}\"");
        }
        else if (speaker is not null && options.Speakers.TryGetValue(speaker, out var mapped))
        {
            party = mapped;
        }
        else
        {
            throw new FormatError($"{path}.party", speaker is null
                ? "expected \"party\" (customer, advisor, bot or system)"
                : $"expected \"party\", or --speaker {speaker}=customer|advisor to say who \"{speaker}\" is");
        }

        var text = String(t, "text", path) ?? throw new FormatError($"{path}.text", "expected \"text\": the words of the turn");
        var start = Number(t, "start", path);
        var end = Number(t, "end", path);
        if (start is not null && end is not null && end < start)
        {
            throw new FormatError($"{path}.end", $"expected an end time at or after the start ({start}), found {end}");
        }

        var words = new List<Word>();
        if (t.TryGetProperty("words", out var w) && w.ValueKind != JsonValueKind.Null)
        {
            if (w.ValueKind != JsonValueKind.Array)
            {
                throw new FormatError($"{path}.words", "expected an array of {\"text\", \"start\", \"end\"}");
            }

            var j = 0;
            foreach (var word in w.EnumerateArray())
            {
                var wp = $"{path}.words[{j++}]";
                if (word.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatError(wp, "expected {\"text\", \"start\", \"end\"}");
                }

                var wt = String(word, "text", wp) ?? throw new FormatError($"{wp}.text", "expected the word's text");
                var ws = Number(word, "start", wp) ?? throw new FormatError($"{wp}.start", "expected the word's start in seconds");
                var we = Number(word, "end", wp) ?? ws;
                words.Add(new Word(wt, ws, we));
            }
        }

        return new Turn { Party = party, Text = text, Speaker = speaker, Start = start, End = end, Words = words };
    }

    private static (string? Id, string? Name) Person(JsonElement root, string key)
    {
        if (!root.TryGetProperty(key, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (p.ValueKind == JsonValueKind.String)
        {
            return (null, p.GetString());
        }

        if (p.ValueKind != JsonValueKind.Object)
        {
            throw new FormatError($"$.{key}", "expected {\"id\", \"name\"}");
        }

        return (String(p, "id", $"$.{key}"), String(p, "name", $"$.{key}"));
    }

    private static string? String(JsonElement obj, string key, string path)
    {
        if (!obj.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => throw new FormatError($"{path}.{key}", $"expected a string, found {v.ValueKind.ToString().ToLowerInvariant()}"),
        };
    }

    private static double? Number(JsonElement obj, string key, string path)
    {
        if (!obj.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) && d >= 0)
        {
            return d;
        }

        throw new FormatError($"{path}.{key}", $"expected seconds as a number ≥ 0, found {v.GetRawText()}");
    }

    /// <summary>Internal control flow for the first problem found; always turned into an ImportResult failure.</summary>
    private sealed class FormatError(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
