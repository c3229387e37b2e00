using System.Collections.ObjectModel;
using System.Globalization;

namespace Registry.Domain.Cases;

/// <summary>
/// What the applicant declares (申请登记事项): price, mortgage terms, documents, contract dates and free extras.
/// Validated on creation; every error names its field under <c>declared.</c>.
/// </summary>
public sealed record CaseDeclaration
{
    /// <summary>An empty declaration.</summary>
    public static CaseDeclaration None { get; } = new();

    /// <summary>Declared transaction price (申报价格), yuan.</summary>
    public decimal? DeclaredPrice { get; init; }

    /// <summary>Certificate or proof number submitted (所持证书号).</summary>
    public string? CertificateNo { get; init; }

    /// <summary>Secured amount or ceiling of the mortgage applied for, yuan.</summary>
    public decimal? MortgageAmount { get; init; }

    /// <summary>Start of the debt term.</summary>
    public DateOnly? MortgageTermStart { get; init; }

    /// <summary>End of the debt term.</summary>
    public DateOnly? MortgageTermEnd { get; init; }

    /// <summary>General (一般抵押) or MaximumAmount (最高额抵押).</summary>
    public string? MortgageKind { get; init; }

    /// <summary>Entrusting authority (嘱托机关) for court and other entrusted cases.</summary>
    public string? EntrustingAuthority { get; init; }

    /// <summary>Court ruling or assistance-notice number (法院文书号).</summary>
    public string? CourtDocumentNo { get; init; }

    /// <summary>Start of the underlying contract or ordered term.</summary>
    public DateOnly? ContractStart { get; init; }

    /// <summary>End of the underlying contract or ordered term.</summary>
    public DateOnly? ContractEnd { get; init; }

    /// <summary>For an objection: the matter and reason (同一事项同一理由).</summary>
    public string? ObjectionMatter { get; init; }

    /// <summary>Free key/value extras for type-specific fields not modelled yet.</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>
    /// The application transfers a co-owner's share, not the whole unit (按份共有份额转让): the declared fact
    /// <c>disposesWhole</c> is "false".
    /// </summary>
    public bool IsShareTransfer => string.Equals(Extras.GetValueOrDefault("disposesWhole"), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the declaration; throws naming the first wrong field.</summary>
    /// <exception cref="DomainValidationException">A field is out of range.</exception>
    public CaseDeclaration Validate()
    {
        Money(DeclaredPrice, "declared.declaredPrice", allowZero: true);
        Money(MortgageAmount, "declared.mortgageAmount", allowZero: false);
        if (MortgageTermStart is { } ms && MortgageTermEnd is { } me && me < ms)
        {
            throw new DomainValidationException("declared.mortgageTermEnd", $"debt term end {me:yyyy-MM-dd} is before its start {ms:yyyy-MM-dd}");
        }

        if (ContractStart is { } cs && ContractEnd is { } ce && ce < cs)
        {
            throw new DomainValidationException("declared.contractEnd", $"contract end {ce:yyyy-MM-dd} is before its start {cs:yyyy-MM-dd}");
        }

        if (MortgageKind is not (null or "General" or "MaximumAmount"))
        {
            throw new DomainValidationException("declared.mortgageKind", $"'{MortgageKind}' is not General or MaximumAmount");
        }

        foreach (var key in Extras.Keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new DomainValidationException("declared.extras", "an extra needs a non-empty key");
            }
        }

        return this;
    }

    private static void Money(decimal? value, string field, bool allowZero)
    {
        if (value is not { } v)
        {
            return;
        }

        if (v < 0 || (!allowZero && v == 0))
        {
            throw new DomainValidationException(field, string.Create(CultureInfo.InvariantCulture, $"amount must be {(allowZero ? "0 or more" : "greater than 0")} yuan, not {v}"));
        }

        if (decimal.Round(v, 2) != v)
        {
            throw new DomainValidationException(field, string.Create(CultureInfo.InvariantCulture, $"amount {v} has more than 2 decimals (yuan and fen)"));
        }
    }
}
