namespace Registry.Rules;

/// <summary>Thrown when a rule set or the materials checklist fails validation; carries every error found.</summary>
public sealed class RuleSetValidationException : Exception
{
    /// <summary>Creates the exception from its errors.</summary>
    public RuleSetValidationException(IReadOnlyList<RuleSetValidationError> errors)
        : base("Rule set validation failed:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleSetValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleSetValidationException(string message)
        : this([new RuleSetValidationError("<unknown>", null, message)])
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public RuleSetValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new RuleSetValidationError("<unknown>", null, message)];
    }

    /// <summary>The errors found.</summary>
    public IReadOnlyList<RuleSetValidationError> Errors { get; }
}
