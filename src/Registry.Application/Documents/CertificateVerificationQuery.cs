using Registry.Domain.Codes;

namespace Registry.Application.Documents;

/// <summary>
/// The public certificate check (电子证照核验) behind the QR code: no sign-in; a forged or malformed token and a token for
/// an entry this register does not hold get the same answer (null).
/// </summary>
public sealed class CertificateVerificationQuery(ICertificateTokens tokens, ICertificateRegister register)
{
    /// <summary>The certificate a token names, or null.</summary>
    /// <param name="token">From the QR code's address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, or null.</returns>
    public async Task<CertificateVerification?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!tokens.TryRead(token, out var entryId))
        {
            return null;
        }

        var record = await register.FindAsync(entryId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var unit = UnitCode.TryParse(record.UnitCode, out var parsed, out _) ? parsed!.Display : record.UnitCode;
        var isProof = CertificateNumber.TryParse(record.CertificateNumber, out var number, out _) && number!.Series == CertificateSeries.Proof;
        return new CertificateVerification(record.CertificateNumber, unit, record.EntryKind, isProof, record.Status, record.RecordedAt, record.ChangedAt);
    }
}
