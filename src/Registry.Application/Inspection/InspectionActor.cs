namespace Registry.Application.Inspection;

/// <summary>Who is acting: the signed-in user's name, display name (e.g. 杨帆) and roles.</summary>
/// <param name="UserName">Sign-in name; stored on every record.</param>
/// <param name="DisplayName">Name shown to others (conflict messages, history).</param>
/// <param name="Roles">Roles held.</param>
public sealed record InspectionActor(string UserName, string DisplayName, IReadOnlyCollection<string> Roles);
