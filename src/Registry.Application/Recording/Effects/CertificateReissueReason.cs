namespace Registry.Application.Recording.Effects;

/// <summary>Why a certificate is reissued (IR 22).</summary>
public enum CertificateReissueReason
{
    /// <summary>补证 — lost or destroyed; the loss statement was published.</summary>
    Lost,

    /// <summary>换证 — damaged; the old certificate is collected.</summary>
    Damaged,

    /// <summary>旧证换发 — an old house and land certificate swapped for one immovable-property certificate (IR 105).</summary>
    Upgrade,
}
