namespace Attune.Storage.Model;

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long Total)
{
    public int Pages => PageSize <= 0 ? 0 : (int)((Total + PageSize - 1) / PageSize);
}
