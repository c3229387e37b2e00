namespace Registry.Application.Review.Facts;

/// <summary>Role of a party in a case (申请人角色).</summary>
public enum PartyRole
{
    /// <summary>申请人 generic applicant.</summary>
    Applicant,
    /// <summary>转让方.</summary>
    Transferor,
    /// <summary>受让方.</summary>
    Transferee,
    /// <summary>抵押人.</summary>
    Mortgagor,
    /// <summary>抵押权人.</summary>
    Mortgagee,
    /// <summary>权利人 (change, first registration).</summary>
    Holder,
    /// <summary>代理人.</summary>
    Agent,
    /// <summary>监护人.</summary>
    Guardian,
}
