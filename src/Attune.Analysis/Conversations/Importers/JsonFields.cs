using System.Text;
using System.Text.Json;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Typed reading of a <see cref="JsonDocument"/> for the JSON importers. The first problem found is kept
/// as an <see cref="ImportError"/> naming the JSON path and what was expected; callers check
/// <see cref="Failed"/> and stop (expected failures are values here, not exceptions).
/// </summary>
internal sealed class JsonFields(string source)
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public ImportError? Error { get; private set; }

    public bool Failed => Error is not null;

    /// <summary>
    /// The shape every JSON importer shares: parse (malformed JSON is an error with its line), read
    /// the root with <paramref name="read"/>, and turn the first recorded problem into the result.
    /// </summary>
    public static ImportResult Import(string text, string source, Func<JsonElement, JsonFields, Conversation?> read)
    {
        using var document = Parse(text, source, out var parseError);
        if (document is null)
        {
            return ImportResult.Fail(parseError!);
        }

        var json = new JsonFields(source);
        var conversation = read(document.RootElement, json);
        return conversation is null ? ImportResult.Fail(json.Error!) : ImportResult.Ok(conversation);
    }

    /// <summary>
    /// Parses <paramref name="text"/>; on malformed JSON returns the line (1-based, from the
    /// <see cref="Utf8JsonReader"/> position the exception carries) and the reader's reason.
    /// </summary>
    public static JsonDocument? Parse(string text, string source, out ImportError? error)
    {
        error = null;

        // Encode ourselves: the UTF-8 encoder replaces a lone surrogate instead of throwing, so the
        // only failure left is malformed JSON, which System.Text.Json reports as JsonException.
        var utf8 = Encoding.UTF8.GetBytes(text);
        try
        {
            return JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0)
            {
                reason = reason[..cut];
            }

            var column = ex.BytePositionInLine is { } b ? $" (column {b + 1})" : "";
            error = new ImportError(source, $"malformed JSON{column}: {reason.Trim()}")
            {
                Line = ex.LineNumber is { } l ? (int)Math.Min(int.MaxValue, l + 1) : null,
            };
            return null;
        }
    }

    public void Fail(string path, string message) => Error ??= new ImportError(source, message) { JsonPath = path };

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{TextLines.Excerpt(value.GetString() ?? "", 30)}\"",
        JsonValueKind.Number => $"the number {TextLines.Excerpt(value.GetRawText(), 30)}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        _ => "null",
    };

    /// <summary>The value of a property when present and not null.</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public bool ExpectObject(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Fail(path, $"expected {what} (a JSON object) but found {Describe(value)}");
        return false;
    }

    /// <summary>Reads a string property; null when absent, or (with a recorded error) when required or of the wrong type.</summary>
    public string? String(JsonElement obj, string name, string parent, string what, bool required = false)
    {
        var path = JsonPath.Property(parent, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Fail(path, $"missing; expected {what}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(path, $"expected {what} but found {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    /// <summary>Reads a non-negative finite number property (a time or offset).</summary>
    public double? Number(JsonElement obj, string name, string parent, string what, bool required = false)
    {
        var path = JsonPath.Property(parent, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Fail(path, $"missing; expected {what}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number) || number < 0)
        {
            Fail(path, $"expected {what} but found {Describe(value)}");
            return null;
        }

        return number;
    }

    /// <summary>Reads an array property; default when absent (error when required) or of the wrong type.</summary>
    public JsonElement? Array(JsonElement obj, string name, string parent, string what, bool required = false)
    {
        var path = JsonPath.Property(parent, name);
        if (!TryGet(obj, name, out var value))
        {
            if (required)
            {
                Fail(path, $"missing; expected {what}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(path, $"expected {what} but found {Describe(value)}");
            return null;
        }

        return value;
    }

    /// <summary>Records an error for the first property of <paramref name="obj"/> not in <paramref name="known"/>.</summary>
    public void RejectUnknown(JsonElement obj, string path, IReadOnlyCollection<string> known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Fail(JsonPath.Property(path, property.Name), $"unknown property; expected one of {string.Join(", ", known)}");
                return;
            }
        }
    }
}
