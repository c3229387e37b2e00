namespace Registry.EndToEnd.Tests.Harness;

/// <summary>All browser tests share one app process and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "EndToEnd";
}
