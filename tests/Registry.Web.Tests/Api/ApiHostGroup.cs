namespace Registry.Web.Tests.Api;

/// <summary>The API tests share one host (each test registers its own institutions and units).</summary>
[CollectionDefinition(Name)]
public sealed class ApiHostGroup : ICollectionFixture<ApiHost>
{
    public const string Name = "api";
}
