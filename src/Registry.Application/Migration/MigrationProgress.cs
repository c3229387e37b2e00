namespace Registry.Application.Migration;

/// <summary>How far a running migration is (reported after each batch).</summary>
/// <param name="Done">Instances handled so far.</param>
/// <param name="Total">Instances chosen.</param>
/// <param name="Moved">Of those handled, how many moved.</param>
public sealed record MigrationProgress(int Done, int Total, int Moved);
