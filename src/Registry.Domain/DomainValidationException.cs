namespace Registry.Domain;

/// <summary>
/// Thrown when a value or an operation breaks a rule of the register. Carries the field that is wrong
/// and the reason in words a clerk can act on, so the UI can flag the field.
/// </summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/> with <paramref name="reason"/>.</summary>
    public DomainValidationException(string field, string reason)
        : base($"{field}: {reason}")
    {
        Field = field;
        Reason = reason;
    }

    /// <summary>Creates the exception without details (serialization and tooling only).</summary>
    public DomainValidationException()
        : this("value", "is not valid")
    {
    }

    /// <summary>Creates the exception with a message only; the field is "value".</summary>
    public DomainValidationException(string message)
        : this("value", message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception; the field is "value".</summary>
    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "value";
        Reason = message;
    }

    /// <summary>The field (or operation argument) that is wrong, e.g. "unitCode".</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }
}
