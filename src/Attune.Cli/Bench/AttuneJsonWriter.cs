using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attune.Analysis.Conversations;

namespace Attune.Cli.Bench;

/// <summary>
/// Writes a conversation in the Attune JSON transcript format (id, channel, advisor, customer,
/// team, queue, startedAt, turns with party, speaker, text, start, end in seconds), so a
/// generated transcript can also be fed to `attune analyze`.
/// </summary>
public static class AttuneJsonWriter
{
    public static void Write(Conversation conversation, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // a file for people and importers, not for embedding in HTML: keep apostrophes readable
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        var m = conversation.Metadata;
        w.WriteStartObject();
        WriteIfSet(w, "id", m.InteractionId);
        w.WriteString("channel", conversation.Channel.ToString().ToLowerInvariant());
        WritePerson(w, "advisor", m.AdvisorId, m.AdvisorName);
        WritePerson(w, "customer", m.CustomerId, m.CustomerName);
        WriteIfSet(w, "team", m.Team);
        WriteIfSet(w, "queue", m.Queue);
        if (m.StartedAt is { } started)
        {
            w.WriteString("startedAt", started.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        w.WriteStartArray("turns");
        foreach (var t in conversation.Turns)
        {
            w.WriteStartObject();
            w.WriteString("party", t.Party.ToString().ToLowerInvariant());
            WriteIfSet(w, "speaker", t.Speaker);
            w.WriteString("text", t.Text);
            if (t.Start is { } s)
            {
                w.WriteNumber("start", s);
            }

            if (t.End is { } e)
            {
                w.WriteNumber("end", e);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, string name, string? id, string? displayName)
    {
        if (id is null && displayName is null)
        {
            return;
        }

        w.WriteStartObject(name);
        WriteIfSet(w, "id", id);
        WriteIfSet(w, "name", displayName);
        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
