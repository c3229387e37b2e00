namespace Registry.Application.Ratings;

/// <summary>The five grades of the 政务服务“好差评” system, best first.</summary>
public enum SatisfactionLevel
{
    /// <summary>非常满意.</summary>
    VerySatisfied = 5,

    /// <summary>满意.</summary>
    Satisfied = 4,

    /// <summary>基本满意.</summary>
    FairlySatisfied = 3,

    /// <summary>不满意: a 差评, opens a follow-up.</summary>
    Dissatisfied = 2,

    /// <summary>非常不满意: a 差评, opens a follow-up.</summary>
    VeryDissatisfied = 1,
}
