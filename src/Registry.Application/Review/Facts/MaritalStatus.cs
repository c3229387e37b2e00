namespace Registry.Application.Review.Facts;

/// <summary>Marital status (婚姻状况).</summary>
public enum MaritalStatus
{
    /// <summary>未核验.</summary>
    Unknown,
    /// <summary>未婚.</summary>
    Unmarried,
    /// <summary>已婚.</summary>
    Married,
    /// <summary>离异.</summary>
    Divorced,
    /// <summary>丧偶.</summary>
    Widowed,
}
