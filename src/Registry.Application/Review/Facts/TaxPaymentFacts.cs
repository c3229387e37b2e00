namespace Registry.Application.Review.Facts;

/// <summary>Tax payment confirmation from the tax system (完税信息).</summary>
public sealed record TaxPaymentFacts
{
    /// <summary>All taxes due are paid (or exempt).</summary>
    public required bool Paid { get; init; }

    /// <summary>Amount paid, yuan.</summary>
    public decimal Amount { get; init; }

    /// <summary>Tax voucher number.</summary>
    public string? VoucherNo { get; init; }
}
