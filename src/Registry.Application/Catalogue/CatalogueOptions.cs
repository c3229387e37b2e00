namespace Registry.Application.Catalogue;

/// <summary>Where the catalogue and the rule sets it references live.</summary>
public sealed class CatalogueOptions
{
    /// <summary>The catalogue directory (<c>workflows/catalogue</c>: <c>types/*.json</c>, <c>workflows/*.json</c>, the schema).</summary>
    public string CatalogueDirectory { get; set; } = Path.Combine("workflows", "catalogue");

    /// <summary>The rules directory (<c>rules/</c>: rule sets and <c>materials.json</c>).</summary>
    public string RulesDirectory { get; set; } = "rules";

    /// <summary>Roles a catalogue workflow's human tasks may name.</summary>
    public IReadOnlySet<string> Roles { get; set; } = new HashSet<string>(StringComparer.Ordinal) { "acceptor", "first-review", "second-review", "approver", "recorder" };
}
