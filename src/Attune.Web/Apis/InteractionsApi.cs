using System.Buffers;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;
using Attune.Storage;
using Attune.Storage.Model;
using Attune.Web.Ingest;
using Attune.Web.Security;
using Attune.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Attune.Web.Apis;

/// <summary>
/// <c>/api/interactions</c>: ingest (any format the core imports, or multipart with a WAV and an optional transcript),
/// read one, list with filters and paging, stream a recording. Authentication: API key (<c>Authorization: Bearer</c>)
/// or a signed-in session; every read is limited to what the caller's role may see.
/// </summary>
public static class InteractionsApi
{
    /// <summary>Largest transcript body accepted (bytes); configurable as Ingest:MaxTranscriptBytes.</summary>
    public const long DefaultMaxTranscriptBytes = 8 * 1024 * 1024;

    /// <summary>Largest recording accepted (bytes); configurable as Ingest:MaxRecordingBytes. A 2-hour 8 kHz stereo call is 230 MB.</summary>
    public const long DefaultMaxRecordingBytes = 1024L * 1024 * 1024;

    public static IEndpointRouteBuilder MapInteractionsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/interactions").WithTags("Interactions").DisableAntiforgery();
        api.MapPost("/", Post).RequireAuthorization(Policies.Ingest)
            .WithSummary("Analyse and store an interaction")
            .WithDescription("Body: text/plain (speaker-prefixed lines), text/vtt, application/json (Attune or Amazon Transcribe JSON), or multipart/form-data with 'audio' (WAV) and an optional 'transcript' file. 201 with the analysis when new, 200 when an interaction with the same external id was updated.");
        api.MapGet("/", List).WithSummary("List interactions the caller may see, with filters and paging");
        api.MapGet("/{id:long}", Get).WithSummary("One interaction with its full analysis");
        api.MapGet("/{id:long}/audio", Audio).WithSummary("The recording of an interaction (WAV), with range requests");
        return app;
    }

    private static async Task<IResult> Post(HttpContext http, InteractionIngestor ingestor, BlobStore blobs, IConfiguration config, CancellationToken ct)
    {
        var request = http.Request;
        var maxTranscript = config.GetValue("Ingest:MaxTranscriptBytes", DefaultMaxTranscriptBytes);
        if (request.HasFormContentType)
        {
            var maxRecording = config.GetValue("Ingest:MaxRecordingBytes", DefaultMaxRecordingBytes);
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = maxRecording + maxTranscript + 64 * 1024;
            }

            return await PostRecording(http, ingestor, blobs, maxRecording, maxTranscript, ct).ConfigureAwait(false);
        }

        if (request.ContentLength > maxTranscript)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Transcript too large", $"The body is {request.ContentLength} bytes; the limit is {maxTranscript} (Ingest:MaxTranscriptBytes).");
        }

        var format = FormatOf(request.ContentType);
        if (format is null)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Content-Type '{request.ContentType}' is not accepted: use text/plain, text/vtt, application/json or multipart/form-data (audio + transcript).");
        }

        var body = await ReadLimited(request.Body, maxTranscript, ct).ConfigureAwait(false);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Transcript too large", $"The body is over {maxTranscript} bytes (Ingest:MaxTranscriptBytes).");
        }

        var read = ConversationReader.ReadBytes(body, "request body", new ImportOptions { Format = format.Length == 0 ? null : format });
        if (!read.Success)
        {
            return Invalid(read.Error);
        }

        var stored = await ingestor.IngestAsync(WithExternalId(read.Value, request), "api", ct).ConfigureAwait(false);
        return Stored(stored);
    }

    private static async Task<IResult> PostRecording(HttpContext http, InteractionIngestor ingestor, BlobStore blobs, long maxRecording, long maxTranscript, CancellationToken ct)
    {
        var limit = maxRecording + maxTranscript;
        if (http.Request.ContentLength > limit + 64 * 1024)
        {
            return TooLarge(http.Request.ContentLength.Value, limit);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            // A chunked upload (no Content-Length) that grew past the limit while being read.
            return TooLarge(null, limit);
        }
        catch (InvalidDataException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unreadable form", ex.Message);
        }

        var audio = form.Files.GetFile("audio");
        if (audio is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "No recording", "A multipart upload needs a file field 'audio' (WAV) and may have a 'transcript' file.");
        }

        if (audio.Length > maxRecording)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Recording too large", $"'audio' is {audio.Length} bytes; the limit is {maxRecording} (Ingest:MaxRecordingBytes).");
        }

        Conversation? transcript = null;
        if (form.Files.GetFile("transcript") is { } file)
        {
            if (file.Length > maxTranscript)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, "Transcript too large", $"'transcript' is {file.Length} bytes; the limit is {maxTranscript}.");
            }

            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct).ConfigureAwait(false);
            var read = ConversationReader.ReadBytes(ms.ToArray(), file.FileName, new ImportOptions { Format = FormatOf(file.ContentType) is { Length: > 0 } f ? f : null });
            if (!read.Success)
            {
                return Invalid(read.Error);
            }

            transcript = WithExternalId(read.Value, http.Request);
        }

        string blob;
        await using (var stream = audio.OpenReadStream())
        {
            blob = await blobs.SaveAsync(stream, ".wav", ct).ConfigureAwait(false);
        }

        var (stored, error) = await ingestor.IngestRecordingAsync(blob, transcript, audio.FileName, ct, Text(http.Request.Query["externalId"])).ConfigureAwait(false);
        if (error is not null)
        {
            blobs.Delete(blob);
            return Invalid(error);
        }

        return Stored(stored!);
    }

    private static IResult TooLarge(long? length, long limit) => Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large",
        $"The upload is {(length is null ? "over the limit" : length + " bytes")}; the limit is {limit} bytes (Ingest:MaxRecordingBytes + Ingest:MaxTranscriptBytes).");

    private static async Task<IResult> Get(long id, ClaimsPrincipal user, IAttuneStore store, TimeProvider clock, CancellationToken ct)
    {
        var record = await store.GetInteractionAsync(id, user.Scope(), ct).ConfigureAwait(false);
        if (record is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", $"There is no interaction {id} you can see.");
        }

        await store.AuditAsync(new AuditEntry { At = clock.GetUtcNow(), Actor = user.Id(), Action = "view", InteractionId = id, Detail = "api" }, ct).ConfigureAwait(false);
        return Results.Json(Describe(record));
    }

    private static async Task<IResult> List(HttpRequest request, ClaimsPrincipal user, IAttuneStore store, CancellationToken ct)
    {
        var q = request.Query;
        var query = new InteractionQuery
        {
            Scope = user.Scope(),
            AdvisorId = Text(q["advisor"]),
            TeamId = Text(q["team"]),
            Channel = Text(q["channel"]),
            Journey = Text(q["journey"]),
            Signal = Text(q["signal"]),
            Text = Text(q["q"]),
            From = Date(q["from"]),
            To = Date(q["to"]),
            MinScore = Number(q["minScore"]),
            MaxScore = Number(q["maxScore"]),
            Distressed = bool.TryParse(q["distressed"], out var d) ? d : null,
            Incomplete = bool.TryParse(q["incomplete"], out var inc) ? inc : null,
            Sort = Text(q["sort"]) is { } sort && sort is "newest" or "oldest" or "score" or "-score" ? sort : "newest",
            Page = int.TryParse(q["page"], out var page) && page > 0 ? page : 1,
            PageSize = int.TryParse(q["pageSize"], out var size) ? Math.Clamp(size, 1, 200) : 25,
        };
        var result = await store.ListInteractionsAsync(query, ct).ConfigureAwait(false);
        return Results.Json(new { items = result.Items, page = result.PageNumber, pageSize = result.PageSize, total = result.Total, pages = result.Pages });
    }

    private static async Task<IResult> Audio(long id, ClaimsPrincipal user, IAttuneStore store, BlobStore blobs, CancellationToken ct)
    {
        var record = await store.GetInteractionAsync(id, user.Scope(), ct).ConfigureAwait(false);
        if (record?.AudioPath is not { } blob || blobs.PathOf(blob) is not { } path)
        {
            return Problem(StatusCodes.Status404NotFound, "No recording", $"Interaction {id} has no recording you can hear.");
        }

        return Results.File(path, "audio/wav", enableRangeProcessing: true);
    }

    /// <summary>The stored interaction as the API shows it: the columns and the full analysis report.</summary>
    internal static JsonObject Describe(InteractionRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new JsonObject
        {
            ["id"] = r.Id,
            ["externalId"] = r.ExternalId,
            ["advisorId"] = r.AdvisorId,
            ["advisorName"] = r.AdvisorName,
            ["team"] = r.TeamId,
            ["channel"] = r.Channel,
            ["startedAt"] = r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["durationSeconds"] = r.DurationSeconds,
            ["score"] = r.Score,
            ["autoFailed"] = r.AutoFailed,
            ["sentiment"] = r.Sentiment,
            ["journey"] = r.Journey,
            ["distressed"] = r.Distressed,
            ["incomplete"] = r.Incomplete,
            ["hasAudio"] = r.AudioPath is not null,
            ["analysis"] = JsonNode.Parse(r.AnalysisJson),
        };
    }

    private static IResult Stored(IngestResult stored)
    {
        // The report was serialised once already, for storage: embed that text instead of serialising the report again
        // and re-parsing it into a JsonNode (together a quarter of the CPU an ingested transcript cost; bench/results/web.md).
        var analysis = stored.AnalysisJson ?? Attune.Analysis.Reports.JsonReport.ToJson(stored.Report, indented: false);
        var buffer = new ArrayBufferWriter<byte>(analysis.Length + 64);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("id", stored.Id);
            json.WriteBoolean("created", stored.Created);
            json.WritePropertyName("analysis");
            json.WriteRawValue(analysis, skipInputValidation: true);
            json.WriteEndObject();
        }

        return new RawJsonResult(stored.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
            stored.Created ? $"/api/interactions/{stored.Id}" : null, buffer.WrittenMemory);
    }

    /// <summary>A JSON body already serialised, with its status and an optional Location.</summary>
    private sealed class RawJsonResult(int status, string? location, ReadOnlyMemory<byte> body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            if (location is not null)
            {
                response.Headers.Location = location;
            }

            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>An import error as 400 problem details naming where the input is wrong.</summary>
    private static IResult Invalid(ImportError error) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The interaction could not be read",
        Detail = error.ToString(),
        Extensions =
        {
            ["source"] = error.Source,
            ["line"] = error.Line,
            ["jsonPath"] = error.JsonPath,
            ["byteOffset"] = error.ByteOffset,
        },
    });

    /// <summary>
    /// <c>?externalId=</c> identifies an interaction whose content carries no id (plain text, VTT), so posting it again
    /// updates it (`attune import --server` sends the file name); an id in the content wins.
    /// </summary>
    private static Conversation WithExternalId(Conversation c, HttpRequest request) =>
        string.IsNullOrWhiteSpace(c.Metadata.InteractionId) && Text(request.Query["externalId"]) is { } id
            ? c with { Metadata = c.Metadata with { InteractionId = id.Length > 200 ? id[..200] : id } }
            : c;

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>The importer format for a content type: "" = detect from content, null = not accepted.</summary>
    internal static string? FormatOf(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/plain" => "text",
            "text/vtt" => "vtt",
            "application/json" or "text/json" => "",
            "application/octet-stream" or "" => "",
            _ => null,
        };
    }

    private static async Task<byte[]?> ReadLimited(Stream body, long limit, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (ms.Length + n > limit)
            {
                return null;
            }

            ms.Write(buffer, 0, n);
        }

        return ms.ToArray();
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double? Number(string? value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;
}
