namespace Registry.Application.Catalogue;

/// <summary>One problem found in the catalogue: the file, the JSON path in it and what is wrong.</summary>
/// <param name="File">The file (relative to the catalogue directory where possible).</param>
/// <param name="Path">JSON path, e.g. <c>$.types[3].materials[1].code</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record CatalogueIssue(string File, string? Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File} {Path}: {Message}";
}
