namespace Registry.Application.Review.Facts;

/// <summary>Natural person or organisation.</summary>
public enum PartyKind
{
    /// <summary>自然人.</summary>
    Person,
    /// <summary>法人或非法人组织.</summary>
    Organisation,
}
