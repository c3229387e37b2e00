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

    // Roles the business-type catalogue's effect templates name (workflows/catalogue/README.md). The review rules see
    // each of them as one of the roles above (ReviewRoles.AsReviewRole).

    /// <summary>开发企业 developer (new-build first registration and transfer).</summary>
    Developer,

    /// <summary>被继承人 the deceased.</summary>
    Deceased,

    /// <summary>继承人/受遗赠人 heir or legatee.</summary>
    Heir,

    /// <summary>新抵押权人 assignee of a mortgage.</summary>
    NewMortgagee,

    /// <summary>地役权人 easement holder.</summary>
    EasementHolder,

    /// <summary>新地役权人.</summary>
    NewEasementHolder,

    /// <summary>居住权人 residence-right holder.</summary>
    ResidenceHolder,

    /// <summary>预告登记权利人 pre-notice holder.</summary>
    PreNoticeHolder,

    /// <summary>新预告登记权利人.</summary>
    NewPreNoticeHolder,
}
