namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// Reads a transcript file or text into a <see cref="Conversation"/>: decodes it (UTF-8 with or without
/// a BOM, UTF-16 with a BOM), picks the importer from the content or <see cref="ImportOptions.Format"/>,
/// and returns an <see cref="ImportResult"/>. Bad content never throws: the error names the source,
/// where (line, JSON path or byte offset) and what was expected, so a batch can go on with other files.
/// Stateless and safe to call from several threads at once.
/// </summary>
public static class ConversationReader
{
    /// <summary>Largest file read (256 MiB); a four-hour chat is about 1 MB.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>The importers in detection order: the first whose <see cref="IConversationImporter.CanRead"/> is true reads.</summary>
    public static IReadOnlyList<IConversationImporter> Importers { get; } =
    [
        new TranscribeImporter(),
        new AttuneJsonImporter(),
        new WebVttImporter(),
        new PlainTextImporter(),
    ];

    /// <summary>The names <see cref="ImportOptions.Format"/> accepts: json, text, vtt, transcribe.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "text", "vtt", "transcribe"];

    /// <summary>Reads a file; the path as given names it in errors.</summary>
    public static ImportResult ReadFile(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return ImportResult.Fail("(no path)", "no file name given; expected the path of a transcript file");
        }

        if (Directory.Exists(path))
        {
            return ImportResult.Fail(path, "is a directory; expected a transcript file");
        }

        byte[] bytes;
        try
        {
            // A stream with a cap rather than File.ReadAllBytes: a device or pipe has no length to check first.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > MaxFileBytes)
            {
                return TooLarge(path);
            }

            using var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > MaxFileBytes)
                {
                    return TooLarge(path);
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ImportResult.Fail(path, ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read the file: {ex.Message}");
        }

        return ReadBytes(bytes, path, options);
    }

    /// <summary>Reads raw bytes (an upload, a file already in memory); <paramref name="source"/> names them in errors.</summary>
    public static ImportResult ReadBytes(ReadOnlySpan<byte> bytes, string source, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (bytes.IsEmpty)
        {
            return ImportResult.Fail(source, "the file is empty; expected a transcript");
        }

        var text = InputDecoder.Decode(bytes, source, out var error);
        return text is null ? ImportResult.Fail(error!) : ReadDecoded(text, source, options ?? ImportOptions.Default);
    }

    /// <summary>Reads text already decoded (e.g. a web API body); <paramref name="source"/> names it in errors.</summary>
    public static ImportResult ReadText(string text, string source, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var bad = InputDecoder.FindNonText(text, out var what);
        if (bad >= 0)
        {
            var line = TextLines.LineAt(text, bad);
            var column = bad - text.AsSpan(0, bad).LastIndexOfAny('\n', '\r');
            return ImportResult.Fail(source, $"{what} at column {column}; expected text", line);
        }

        return ReadDecoded(text, source, options ?? ImportOptions.Default);
    }

    /// <summary>The importer content sniffing picks for <paramref name="text"/> (plain text when nothing else claims it).</summary>
    public static IConversationImporter Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var importer in Importers)
        {
            if (importer.CanRead(text))
            {
                return importer;
            }
        }

        // Plain text gives the most useful error for unrecognised input ("line 1: expected a speaker prefix").
        return Importers[^1];
    }

    private static ImportResult ReadDecoded(string text, string source, ImportOptions options)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportResult.Fail(source, "the file is empty (only white space); expected a transcript");
        }

        IConversationImporter importer;
        if (options.Format is { } format && !string.Equals(format.Trim(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            var chosen = Find(format);
            if (chosen is null)
            {
                return ImportResult.Fail(source, $"unknown input format '{format}'; expected one of {string.Join(", ", Formats)}");
            }

            importer = chosen;
        }
        else
        {
            importer = Detect(text);
        }

        return importer.Read(text, source, options);
    }

    private static IConversationImporter? Find(string format)
    {
        foreach (var importer in Importers)
        {
            if (string.Equals(importer.Format, format.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return importer;
            }
        }

        return null;
    }

    private static ImportResult TooLarge(string path) =>
        ImportResult.Fail(path, $"the file is larger than {MaxFileBytes:N0} bytes; expected a transcript (a four-hour chat is about 1 MB)");
}
