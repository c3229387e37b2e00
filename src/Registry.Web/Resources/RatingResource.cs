namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the staff's side of 好差评 (the 差评 follow-ups page and the dashboard's satisfaction figure):
/// <c>RatingResource.resx</c> (neutral, Simplified Chinese) and <c>RatingResource.en.resx</c> (English).
/// </summary>
public sealed class RatingResource
{
    private RatingResource()
    {
    }
}
