namespace Registry.Workflows.Definitions;

/// <summary>One problem found in a definition.</summary>
/// <param name="Source">The file or source name the definition came from.</param>
/// <param name="Path">JSON path of the offending value (e.g. <c>$.nodes[3].inputs.role</c>), if known.</param>
/// <param name="NodeId">The node concerned, if any.</param>
/// <param name="Message">What is wrong.</param>
public sealed record DefinitionIssue(string Source, string? Path, string? NodeId, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Path is null ? Source : $"{Source} {Path}";
        return NodeId is null ? $"{where}: {Message}" : $"{where}: node '{NodeId}': {Message}";
    }
}
