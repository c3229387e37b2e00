namespace Registry.Application.Catalogue;

/// <summary>What the office hands out at the end of a case.</summary>
public enum CertificateKind
{
    /// <summary>不动产权证书 — right certificate (ownership and use rights).</summary>
    RightCertificate,

    /// <summary>不动产登记证明 — registration certification (mortgage, pre-notice, objection, easement, residence right).</summary>
    Certification,

    /// <summary>Nothing new: a written result or a receipt to the court.</summary>
    None,
}
