namespace Attune.Web.Tests.TestKit;

/// <summary>One seeded host shared by the page tests (seeding analyses every sample: done once).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebHost>
{
    public const string Name = "web";
}
