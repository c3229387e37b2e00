using Registry.Application.Review.Facts;

namespace Registry.Application.Recording;

/// <summary>
/// Maps pre-notice kinds to the text the register stores (预告登记种类) and back. The register keeps the kind as text
/// (the demo data writes 预购商品房买卖预告登记); text is read by its words: 抵押 = mortgage, 预购 = off-plan purchase.
/// </summary>
public static class PreNoticeKinds
{
    /// <summary>The register text of a kind.</summary>
    public static string ToText(PreNoticeKind kind) => kind switch
    {
        PreNoticeKind.Purchase => "预购商品房买卖预告登记",
        PreNoticeKind.PurchaseMortgage => "预购商品房抵押预告登记",
        PreNoticeKind.Transfer => "不动产转移预告登记",
        PreNoticeKind.Mortgage => "不动产抵押预告登记",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown pre-notice kind"),
    };

    /// <summary>The kind of a register text.</summary>
    public static PreNoticeKind Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mortgage = text.Contains('抵', StringComparison.Ordinal) && text.Contains('押', StringComparison.Ordinal);
        var purchase = text.Contains("预购", StringComparison.Ordinal);
        return (mortgage, purchase) switch
        {
            (true, true) => PreNoticeKind.PurchaseMortgage,
            (true, false) => PreNoticeKind.Mortgage,
            (false, true) => PreNoticeKind.Purchase,
            _ => PreNoticeKind.Transfer,
        };
    }

    /// <summary>True for the kinds that secure a mortgage.</summary>
    public static bool IsMortgage(PreNoticeKind kind) => kind is PreNoticeKind.Mortgage or PreNoticeKind.PurchaseMortgage;
}
