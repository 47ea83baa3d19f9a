using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Attune.Cli.Loadtest;

/// <summary>
/// <c>attune serve</c> started as a separate process for the load test (a fresh SQLite data folder in temp, a bootstrap
/// API key, warnings-only logs to a file), so the server's CPU (/proc/PID/stat utime + stime) and peak memory (VmHWM)
/// are measured apart from the load generator's. Killed, with its folder deleted, on dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private ServerProcess(Process process, string dir, Uri address, string log)
    {
        _process = process;
        _dir = dir;
        Address = address;
        LogPath = log;
    }

    public Uri Address { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    /// <summary>
    /// Starts the server from this same program: the apphost when this runs as <c>attune</c>, else <c>dotnet attune.dll</c>
    /// (the ./attune wrapper and test hosts run through dotnet). <paramref name="extraSettings"/> are <c>--key=value</c>.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string apiKey, IEnumerable<string> extraSettings, IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(extraSettings);
        var dir = Path.Combine(Path.GetTempPath(), "attune-loadtest", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dir,
        };
        var assembly = typeof(ServerProcess).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(host).Equals("attune", StringComparison.OrdinalIgnoreCase))
        {
            info.FileName = host;
        }
        else
        {
            info.FileName = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? host : "dotnet";
            info.ArgumentList.Add(assembly);
        }

        foreach (var a in (string[])["serve", "--urls", $"http://127.0.0.1:{port}", "--",
                     "--Storage:Provider=sqlite", $"--ConnectionStrings:Attune=Data Source={Path.Combine(dir, "attune.db")}",
                     $"--Storage:BlobPath={Path.Combine(dir, "blobs")}", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning"])
        {
            info.ArgumentList.Add(a);
        }

        foreach (var s in extraSettings)
        {
            info.ArgumentList.Add(s);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.Environment["ATTUNE_BOOTSTRAP_API_KEY"] = apiKey;
        var log = Path.Combine(dir, "server.log");
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var writer = new StreamWriter(log) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Exited += (_, _) => writer.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, dir, address, log);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative), ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // not listening yet
            }

            await Task.Delay(200, ct).ConfigureAwait(false);
        }

        await server.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException($"the server ({info.FileName} {string.Join(' ', info.ArgumentList)}) did not answer /health within 60 s");
    }

    /// <summary>CPU seconds (user + system) the server has used, from /proc/PID/stat; falls back to Process.TotalProcessorTime.</summary>
    public double CpuSeconds()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15 (proc(5)).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / (double)ClockTicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            _process.Refresh();
            return _process.TotalProcessorTime.TotalSeconds;
        }
    }

    /// <summary>Peak resident memory in bytes (VmHWM in /proc/PID/status); null when not on Linux.</summary>
    public long? PeakRssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // not available
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a file still held: temp is cleaned eventually
        }
    }

    /// <summary>USER_HZ: 100 on every Linux platform .NET runs on (sysconf(_SC_CLK_TCK)).</summary>
    private const int ClockTicksPerSecond = 100;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
