using System.ComponentModel;
using System.Net.Http.Headers;
using System.Text.Json;
using Attune.Analysis.Conversations;
using Attune.Cli.Input;
using Attune.Web;
using Attune.Web.Data;
using Attune.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Attune.Cli.Commands;

/// <summary>
/// `attune import DIR...`: bulk-load transcripts and recordings (call.wav with call.json / .vtt / .txt beside it, as in
/// `analyze`) with a progress bar. By default straight into the configured store through the same ingestor as the API
/// (configuration as for `serve`: <c>ConnectionStrings__Attune</c>, <c>Storage__Provider</c>, <c>--key=value</c>);
/// with <c>--server</c> by POSTing to the API. Idempotent: an interaction without its own id is identified by its file
/// name, so importing again updates it. Every failure is listed at the end with its file and reason; the others are
/// still imported; exit code 1 when any failed.
/// </summary>
public sealed class ImportCommand(IAnsiConsole console) : AsyncCommand<ImportCommand.Settings>
{
    /// <summary>Environment variable with the API key when --api-key is not given.</summary>
    public const string ApiKeyVariable = "ATTUNE_API_KEY";

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Transcripts and recordings, or folders searched recursively for .json, .txt, .vtt and .wav files.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--server <URL>")]
        [Description("Post to a running Attune (e.g. http://127.0.0.1:5000) instead of writing to the configured store.")]
        public string? Server { get; init; }

        [CommandOption("--api-key <KEY>")]
        [Description("API key for --server (default: the ATTUNE_API_KEY environment variable).")]
        public string? ApiKey { get; init; }

        public override ValidationResult Validate()
        {
            if (Server is not null && !Uri.TryCreate(Server, UriKind.Absolute, out _))
            {
                return ValidationResult.Error($"--server '{Server}' is not an absolute URL (e.g. http://127.0.0.1:5000).");
            }

            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var inputs = InputFiles.Find(settings.Paths);
        var failures = new List<(string File, string Reason)>();
        failures.AddRange(inputs.Missing.Select(m => (m, "no such file or folder")));
        failures.AddRange(inputs.EmptyDirectories.Select(d => (d, "no transcripts or recordings in this folder")));

        IImportTarget target;
        if (settings.Server is not null)
        {
            var key = settings.ApiKey ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            if (string.IsNullOrWhiteSpace(key))
            {
                console.MarkupLine($"[red]error:[/] --server needs an API key: --api-key KEY or the {ApiKeyVariable} environment variable.");
                return 2;
            }

            target = new ServerTarget(new Uri(settings.Server), key);
        }
        else
        {
            var app = AttuneWebApp.Create([.. context.Remaining.Raw]);
            await app.PrepareAsync(cancellationToken);
            target = new StoreTarget(app.Services.GetRequiredService<InteractionIngestor>(), app.Services.GetRequiredService<BlobStore>(), app);
        }

        int created = 0, updated = 0;
        await using (target)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Importing", maxValue: Math.Max(1, inputs.Files.Count));
                    foreach (var file in inputs.Files)
                    {
                        task.Description = Markup.Escape(Shorten(file.RelativeName));
                        var (ok, wasCreated, reason) = await target.ImportAsync(file, cancellationToken);
                        if (!ok)
                        {
                            failures.Add((file.Path, reason!));
                        }
                        else if (wasCreated)
                        {
                            created++;
                        }
                        else
                        {
                            updated++;
                        }

                        task.Increment(1);
                    }

                    task.Description = "Imported";
                });
        }

        console.MarkupLineInterpolated($"[green]{created}[/] new, [green]{updated}[/] updated, [{(failures.Count > 0 ? "red" : "green")}]{failures.Count}[/] failed.");
        if (failures.Count > 0)
        {
            var table = new Table().AddColumn("File").AddColumn("Reason");
            foreach (var (f, reason) in failures)
            {
                table.AddRow(Markup.Escape(f), Markup.Escape(reason));
            }

            console.Write(table);
            return 1;
        }

        return 0;
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : "…" + name[^39..];

    /// <summary>
    /// The id an interaction is stored under: its own, or "file:" + the file's name relative to the imported folder,
    /// so importing the same files again updates them instead of duplicating them.
    /// </summary>
    internal static string FileId(InputFile file) => "file:" + file.RelativeName.Replace('\\', '/');

    private interface IImportTarget : IAsyncDisposable
    {
        Task<(bool Ok, bool Created, string? Reason)> ImportAsync(InputFile file, CancellationToken ct);
    }

    /// <summary>Straight into the configured store, through the ingestor the API uses.</summary>
    private sealed class StoreTarget(InteractionIngestor ingestor, BlobStore blobs, IAsyncDisposable app) : IImportTarget
    {
        public async Task<(bool Ok, bool Created, string? Reason)> ImportAsync(InputFile file, CancellationToken ct)
        {
            Conversation? transcript = null;
            var transcriptPath = file.IsRecording ? file.Transcript : file.Path;
            if (transcriptPath is not null)
            {
                var read = ConversationSource.Read(transcriptPath, InputOptions.Default);
                if (!read.Success)
                {
                    return (false, false, read.Error.ToString());
                }

                transcript = WithId(read.Value, file);
            }

            if (!file.IsRecording)
            {
                var stored = await ingestor.IngestAsync(transcript!, file.RelativeName, ct).ConfigureAwait(false);
                return (true, stored.Created, null);
            }

            string blob;
            await using (var stream = File.OpenRead(file.Path))
            {
                blob = await blobs.SaveAsync(stream, ".wav", ct).ConfigureAwait(false);
            }

            var (result, error) = await ingestor.IngestRecordingAsync(blob, transcript, file.RelativeName, ct, FileId(file)).ConfigureAwait(false);
            if (error is not null)
            {
                blobs.Delete(blob);
                return (false, false, error.ToString());
            }

            return (true, result!.Created, null);
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();

        private static Conversation WithId(Conversation c, InputFile file) =>
            string.IsNullOrWhiteSpace(c.Metadata.InteractionId) ? c with { Metadata = c.Metadata with { InteractionId = FileId(file) } } : c;
    }

    /// <summary>POSTs every file to /api/interactions (multipart for recordings), with ?externalId= for files without an id.</summary>
    private sealed class ServerTarget : IImportTarget
    {
        private readonly HttpClient _http;

        public ServerTarget(Uri server, string key)
        {
            _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(10) };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Trim());
        }

        public async Task<(bool Ok, bool Created, string? Reason)> ImportAsync(InputFile file, CancellationToken ct)
        {
            var url = "api/interactions?externalId=" + Uri.EscapeDataString(FileId(file));
            HttpContent content;
            if (file.IsRecording)
            {
                var form = new MultipartFormDataContent();
                form.Add(FileContent(file.Path), "audio", Path.GetFileName(file.Path));
                if (file.Transcript is not null)
                {
                    form.Add(FileContent(file.Transcript), "transcript", Path.GetFileName(file.Transcript));
                }

                content = form;
            }
            else
            {
                content = FileContent(file.Path);
            }

            try
            {
                using (content)
                using (var response = await _http.PostAsync(new Uri(url, UriKind.Relative), content, ct).ConfigureAwait(false))
                {
                    if (response.IsSuccessStatusCode)
                    {
                        return (true, response.StatusCode == System.Net.HttpStatusCode.Created, null);
                    }

                    var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                    return (false, false, $"{(int)response.StatusCode} {response.ReasonPhrase}: {ProblemDetail(body)}");
                }
            }
            catch (HttpRequestException ex)
            {
                return (false, false, "cannot reach the server: " + ex.Message);
            }
        }

        public ValueTask DisposeAsync()
        {
            _http.Dispose();
            return ValueTask.CompletedTask;
        }

        private static StreamContent FileContent(string path)
        {
            var content = new StreamContent(File.OpenRead(path));
            content.Headers.ContentType = new MediaTypeHeaderValue(Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".wav" => "audio/wav",
                ".vtt" => "text/vtt",
                ".txt" => "text/plain",
                _ => "application/json",
            });
            return content;
        }

        private static string ProblemDetail(string body)
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                return doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? body
                    : doc.RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? body : body;
            }
            catch (JsonException)
            {
                return body.Length > 300 ? body[..300] : body;
            }
        }
    }
}
