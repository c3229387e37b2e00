namespace Registry.Application.Documents;

/// <summary>Reads certificates from the register book (read only).</summary>
public interface ICertificateRegister
{
    /// <summary>The certificate recorded on <paramref name="entryId"/>, or null when the entry is unknown or carries no number.</summary>
    /// <param name="entryId">A register entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or null.</returns>
    Task<CertificateRecord?> FindAsync(Guid entryId, CancellationToken cancellationToken = default);
}
