using System.Collections.Concurrent;

namespace Attune.Cli.Loadtest;

/// <summary>Errors by kind (connection failures, non-2xx answers, sockets the server closed) with the first few messages.</summary>
public sealed class LoadErrors
{
    private const int KeptMessages = 8;

    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public long Total => _counts.Values.Sum();

    public IReadOnlyList<string> Messages => [.. _messages];

    public void Add(string kind, string message)
    {
        _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (_messages.Count < KeptMessages)
        {
            _messages.Enqueue($"{kind}: {message}");
        }
    }
}
