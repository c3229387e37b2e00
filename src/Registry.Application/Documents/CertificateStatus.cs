namespace Registry.Application.Documents;

/// <summary>Whether a certificate still stands, as the register says now (a verifier's question).</summary>
public enum CertificateStatus
{
    /// <summary>现势: the entry that carries the number is current.</summary>
    Current,

    /// <summary>已注销: the entry was closed and nothing took its place (cancellation, release, expiry).</summary>
    Cancelled,

    /// <summary>已更换: the case that closed the entry recorded a new one of the same kind on the unit (transfer, change, reissue).</summary>
    Replaced,
}
