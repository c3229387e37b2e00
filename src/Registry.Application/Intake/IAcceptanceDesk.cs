namespace Registry.Application.Intake;

/// <summary>
/// The acceptance window's use case (受理): checks the acceptor's role, accepts the application, runs the intelligent
/// review of the intake stage across every rule set at once and attaches the staged scans to the new case.
/// </summary>
public interface IAcceptanceDesk
{
    /// <summary>Accepts <paramref name="request"/> for <paramref name="actor"/> holding <paramref name="roles"/>.</summary>
    /// <exception cref="AcceptanceNotAllowedException">The actor is not an acceptor.</exception>
    /// <exception cref="AcceptanceRefusedException">The application is wrong or incomplete; every problem is named by field and nothing was saved.</exception>
    Task<AcceptanceOutcome> AcceptAsync(AcceptanceRequest request, IReadOnlyList<StagedScan> scans, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);
}
