namespace Registry.Domain.Cases;

/// <summary>Where the case was accepted (受理渠道).</summary>
public enum CaseChannel
{
    /// <summary>窗口.</summary>
    Counter,

    /// <summary>网上.</summary>
    Online,

    /// <summary>银行网点/延伸点.</summary>
    BankBranch,

    /// <summary>嘱托 (court, procuratorate, police).</summary>
    Entrusted,
}
