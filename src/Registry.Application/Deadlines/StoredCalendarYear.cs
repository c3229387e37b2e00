namespace Registry.Application.Deadlines;

/// <summary>An official calendar year loaded after deployment, as stored in the database.</summary>
/// <param name="Year">The year.</param>
/// <param name="Content">The year file's JSON, as validated.</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="LoadedBy">Who loaded it.</param>
public sealed record StoredCalendarYear(int Year, string Content, DateTimeOffset LoadedAt, string LoadedBy);
