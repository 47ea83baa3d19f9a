namespace Attune.Storage.Model;

public sealed class Team
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}
