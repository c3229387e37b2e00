namespace Registry.Application.Api;

/// <summary>The client sent an <c>Idempotency-Key</c> it already used for a different application.</summary>
public sealed class IdempotencyKeyReusedException : Exception
{
    /// <summary>Creates the exception naming the case the key belongs to.</summary>
    public IdempotencyKeyReusedException(string caseNumber)
        : base($"Idempotency-Key was already used for another application (case {caseNumber})")
    {
        CaseNumber = caseNumber;
    }

    /// <summary>Required by the exception pattern.</summary>
    public IdempotencyKeyReusedException()
        : this(string.Empty)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public IdempotencyKeyReusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseNumber = string.Empty;
    }

    /// <summary>The case filed under the key.</summary>
    public string CaseNumber { get; }
}
