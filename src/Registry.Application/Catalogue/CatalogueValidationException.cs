namespace Registry.Application.Catalogue;

/// <summary>The catalogue failed validation; <see cref="Issues"/> names each file, JSON path and problem.</summary>
public sealed class CatalogueValidationException : Exception
{
    /// <summary>Creates the exception from its issues.</summary>
    public CatalogueValidationException(IReadOnlyList<CatalogueIssue> issues)
        : base(Describe(issues))
    {
        Issues = issues;
    }

    /// <summary>Creates the exception without issues (tooling only).</summary>
    public CatalogueValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message (tooling only).</summary>
    public CatalogueValidationException(string message)
        : this([new CatalogueIssue("catalogue", null, message)])
    {
    }

    /// <summary>Creates the exception with a message and a cause (tooling only).</summary>
    public CatalogueValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Issues = [new CatalogueIssue("catalogue", null, message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CatalogueIssue> Issues { get; }

    private static string Describe(IReadOnlyList<CatalogueIssue> issues) =>
        issues.Count == 0 ? "the catalogue is not valid" : $"the catalogue has {issues.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, issues.Take(50))}";
}
