namespace Registry.Application.Examination;

/// <summary>Confirms (确认) an external signal a case's workflow waits for, such as the tax payment (完税), on behalf of a member of staff.</summary>
public interface ICaseSignals
{
    /// <summary>
    /// Delivers <paramref name="signalName"/> to the case's workflow as <paramref name="actor"/> (the journal names them), then
    /// brings the case status and clock along. Of two people confirming at once, one wins; the other is refused with who and when.
    /// </summary>
    /// <exception cref="SignalRefusedException">Wrong role, the case does not wait for the signal, or it was already received.</exception>
    /// <exception cref="Registry.Domain.DomainValidationException">The case number is malformed or unknown (field <c>caseNumber</c>).</exception>
    Task ConfirmAsync(string caseNumber, string signalName, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);
}
