namespace Registry.Application.Recording.Effects;

/// <summary>The entry whose certificate or proof is reissued.</summary>
public enum CertificateTarget
{
    /// <summary>The ownership's right certificate (不动产权证书).</summary>
    Ownership,

    /// <summary>A mortgage's proof (不动产登记证明).</summary>
    Mortgage,

    /// <summary>A pre-notice's proof.</summary>
    PreNotice,

    /// <summary>A residence right's proof.</summary>
    ResidenceRight,

    /// <summary>An easement's proof.</summary>
    Easement,
}
