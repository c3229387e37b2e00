namespace Registry.Workflows.Definitions;

/// <summary>A definition failed schema or structural validation, or an operation on it is not allowed (e.g. editing a published version).</summary>
public sealed class WorkflowDefinitionException : WorkflowException
{
    /// <summary>Creates the exception from the issues found.</summary>
    /// <param name="issues">The issues; at least one.</param>
    public WorkflowDefinitionException(IReadOnlyList<DefinitionIssue> issues)
        : base(string.Join(Environment.NewLine, (issues ?? throw new ArgumentNullException(nameof(issues))).Select(i => i.ToString())))
    {
        Issues = issues;
    }

    /// <summary>Creates the exception with a single message.</summary>
    /// <param name="message">What is wrong.</param>
    public WorkflowDefinitionException(string message)
        : base(message)
    {
        Issues = [];
    }

    /// <summary>The issues found (empty when the exception is about an operation rather than content).</summary>
    public IReadOnlyList<DefinitionIssue> Issues { get; }
}
