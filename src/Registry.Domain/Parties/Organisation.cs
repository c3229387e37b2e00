using Registry.Domain.Codes;

namespace Registry.Domain.Parties;

/// <summary>An organisation (法人或非法人组织) identified by a unified social credit code.</summary>
public sealed record Organisation : Party
{
    /// <summary>Identification kind stored for organisations.</summary>
    public const string Kind = "CreditCode";

    /// <summary>Creates an organisation.</summary>
    public Organisation(string name, UnifiedSocialCreditCode creditCode)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        CreditCode = creditCode;
    }

    /// <summary>The validated credit code.</summary>
    public UnifiedSocialCreditCode CreditCode { get; }

    /// <inheritdoc />
    public override string IdKind => Kind;

    /// <inheritdoc />
    public override IdentityDocumentType DocumentType => IdentityDocumentType.CreditCode;

    /// <inheritdoc />
    public override string IdNumber => CreditCode.Value;
}
