namespace Registry.Application.Examination;

/// <summary>A confirmation of an external signal that was refused; nothing was saved.</summary>
public sealed class SignalRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="caseNumber">The case.</param>
    /// <param name="signalName">The signal, e.g. <c>tax-paid</c>.</param>
    /// <param name="message">English text for logs and callers without resources.</param>
    /// <param name="allowedRoles">Roles that may confirm it (for <see cref="SignalRefusal.WrongRole"/>).</param>
    /// <param name="receivedBy">Who delivered it (for <see cref="SignalRefusal.AlreadyReceived"/>).</param>
    /// <param name="receivedAt">When (for <see cref="SignalRefusal.AlreadyReceived"/>).</param>
    public SignalRefusedException(
        SignalRefusal reason,
        string caseNumber,
        string signalName,
        string message,
        IReadOnlyList<string>? allowedRoles = null,
        string? receivedBy = null,
        DateTimeOffset? receivedAt = null)
        : base(message)
    {
        Reason = reason;
        CaseNumber = caseNumber;
        SignalName = signalName;
        AllowedRoles = allowedRoles ?? [];
        ReceivedBy = receivedBy;
        ReceivedAt = receivedAt;
    }

    /// <summary>Why it was refused.</summary>
    public SignalRefusal Reason { get; }

    /// <summary>The case.</summary>
    public string CaseNumber { get; }

    /// <summary>The signal.</summary>
    public string SignalName { get; }

    /// <summary>Roles that may confirm the signal.</summary>
    public IReadOnlyList<string> AllowedRoles { get; }

    /// <summary>Who delivered the signal first, when already received.</summary>
    public string? ReceivedBy { get; }

    /// <summary>When it was received, when already received.</summary>
    public DateTimeOffset? ReceivedAt { get; }
}
