namespace Registry.Domain.Cases;

/// <summary>Role of a party in a case (申请人角色); the same names the review rules use.</summary>
public enum CasePartyRole
{
    /// <summary>申请人 generic applicant.</summary>
    Applicant,

    /// <summary>转让方 / 义务人 obligor.</summary>
    Transferor,

    /// <summary>受让方 / 权利人 right holder acquiring.</summary>
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
