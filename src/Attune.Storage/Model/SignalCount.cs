namespace Attune.Storage.Model;

public sealed record SignalCount(string Signal, int Count);
