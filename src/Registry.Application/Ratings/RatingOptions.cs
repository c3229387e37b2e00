namespace Registry.Application.Ratings;

/// <summary>Section <c>Ratings</c>.</summary>
public sealed class RatingOptions
{
    /// <summary>
    /// Working days the office has to verify, rectify and answer a 差评 (国办发〔2019〕51号 asks for rectification and a
    /// reply within 15 working days of a verified 差评).
    /// </summary>
    public int FollowUpWorkingDays { get; set; } = 15;
}
