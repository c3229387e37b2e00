namespace Registry.Rules;

/// <summary>One problem found while loading or validating a rule set.</summary>
/// <param name="File">File (or designer buffer) name.</param>
/// <param name="RuleCode">Rule code (RuleName), or null for a file-level problem.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Position">For expression errors: the zero-based character position in the expression reported by the parser.</param>
public sealed record RuleSetValidationError(string File, string? RuleCode, string Message, int? Position = null)
{
    /// <summary>
    /// What is wrong in Chinese, when the producer knows it (expression errors, overlapping versions): the designer shows
    /// it on zh-CN pages instead of quoting <see cref="Message"/>.
    /// </summary>
    public string? DetailZh { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{File}{(RuleCode is null ? string.Empty : $" [{RuleCode}]")}: {Message}{(Position is { } p ? $" (position {p})" : string.Empty)}";
}
