using Registry.Domain.Cases;

namespace Registry.Application.Dashboard;

/// <summary>
/// Writes a finished case's figures row (what the dashboard counts it by: office days of acceptance and completion, on
/// time, auto-approved, enterprise party) inside the case command that finished it, so the row commits or rolls back with
/// the case's status and cannot drift from it.
/// </summary>
public interface ICaseFiguresWriter
{
    /// <summary>
    /// Writes the figures of <paramref name="registrationCase"/> once it is completed (办结), after its update was stored in
    /// the running command; does nothing for a case not completed or already written.
    /// </summary>
    Task WriteAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default);
}
