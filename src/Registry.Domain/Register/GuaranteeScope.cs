namespace Registry.Domain.Register;

/// <summary>
/// The guarantee scope (担保范围) of a mortgage: what the property secures. Civil Code 389: the principal claim and its
/// interest, liquidated damages (违约金), compensation for losses (损害赔偿金) and the costs of realising the security,
/// unless the parties agreed otherwise. A scope that gains a part is wider (adverse to later mortgagees, Civil Code 409).
/// </summary>
[Flags]
public enum GuaranteeScope
{
    /// <summary>Nothing stated.</summary>
    None = 0,

    /// <summary>主债权 — the principal claim.</summary>
    Principal = 1,

    /// <summary>利息 — interest.</summary>
    Interest = 2,

    /// <summary>违约金 — liquidated damages.</summary>
    Penalty = 4,

    /// <summary>损害赔偿金 — compensation for losses.</summary>
    Damages = 8,

    /// <summary>实现抵押权的费用 — costs of realising the mortgage.</summary>
    EnforcementCosts = 16,

    /// <summary>The statutory scope of Civil Code 389, which applies where the parties agreed nothing else.</summary>
    Statutory = Principal | Interest | Penalty | Damages | EnforcementCosts,
}
