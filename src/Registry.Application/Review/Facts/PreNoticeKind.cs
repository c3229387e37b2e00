namespace Registry.Application.Review.Facts;

/// <summary>Kind of a pre-notice (预告登记).</summary>
public enum PreNoticeKind
{
    /// <summary>预购商品房预告.</summary>
    Purchase,
    /// <summary>预购商品房抵押预告.</summary>
    PurchaseMortgage,
    /// <summary>转移预告.</summary>
    Transfer,
    /// <summary>抵押预告.</summary>
    Mortgage,
}
