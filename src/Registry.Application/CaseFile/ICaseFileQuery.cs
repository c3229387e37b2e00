namespace Registry.Application.CaseFile;

/// <summary>Reads a case's file (案卷) for the case page: a fixed number of indexed lookups by case number, unit code and instance id.</summary>
public interface ICaseFileQuery
{
    /// <summary>The file of case <paramref name="caseNumber"/>, or null when there is no such case.</summary>
    /// <exception cref="Registry.Domain.DomainValidationException">The text is not a case number (field <c>caseNumber</c>).</exception>
    Task<CaseFile?> FindAsync(string caseNumber, CancellationToken cancellationToken = default);
}
