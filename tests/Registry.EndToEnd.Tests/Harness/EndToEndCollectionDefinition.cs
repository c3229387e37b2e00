namespace Registry.EndToEnd.Tests.Harness;

/// <summary>The browser tests that read the seeded demo data share one app process and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "EndToEnd";
}

/// <summary>The browser tests that decide cases share a second app (<see cref="OwnAppFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class DecisionsCollectionDefinition : ICollectionFixture<OwnAppFixture>
{
    public const string Name = "EndToEnd.Decisions";
}

/// <summary>The tests of a deployment with two web nodes on one PostgreSQL database (<see cref="TwoNodesFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class TwoNodesCollectionDefinition : ICollectionFixture<TwoNodesFixture>
{
    public const string Name = "EndToEnd.TwoNodes";
}
