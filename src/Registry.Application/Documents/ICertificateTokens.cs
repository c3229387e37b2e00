namespace Registry.Application.Documents;

/// <summary>
/// The value a certificate's QR code carries: a register entry signed with a key kept outside the database, so the
/// verification page cannot be walked through by counting certificate numbers and a token cannot be made up.
/// </summary>
public interface ICertificateTokens
{
    /// <summary>A token for <paramref name="entryId"/>, signed with the current key (URL-safe characters only).</summary>
    /// <param name="entryId">The register entry that carries the certificate.</param>
    /// <returns>The token.</returns>
    string Issue(Guid entryId);

    /// <summary>The entry a genuine token names; false for a malformed, forged or unknown-key token.</summary>
    /// <param name="token">As read from the QR code.</param>
    /// <param name="entryId">The entry.</param>
    /// <returns>Whether the token is genuine.</returns>
    bool TryRead(string? token, out Guid entryId);
}
