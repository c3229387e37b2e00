namespace Registry.Application.Review.Facts;

/// <summary>
/// Which side of a dealing a party is on: the one giving up or burdening a right (转让方/抵押人/设立地役权、居住权的所有权人,
/// 原抵押权人 in a mortgage transfer) or the one acquiring it (受让方/抵押权人/地役权人/居住权人/新抵押权人). Joint applications
/// need both sides; the giving side is the one whose name must match the register (处分人).
/// </summary>
public enum PartySide
{
    /// <summary>Neither: agent, guardian, generic applicant.</summary>
    None,

    /// <summary>Gives up or burdens a right.</summary>
    Giving,

    /// <summary>Acquires a right.</summary>
    Taking,
}
