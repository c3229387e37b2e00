namespace Registry.Domain.Codes;

/// <summary>Series of a certificate number.</summary>
public enum CertificateSeries
{
    /// <summary>不动产权 — right certificate.</summary>
    Right,

    /// <summary>不动产证明 — registration proof (mortgage, pre-notice, objection, easement, residence right).</summary>
    Proof,
}
