namespace Registry.Application.Designer;

/// <summary>
/// Read-only view of the rule sets (规则集) in the repository's <c>rules/</c> folder for the designer. Rule sets are edited as
/// files for now: they are not versioned in the database.
/// </summary>
public interface IRuleSetListing
{
    /// <summary>Reads every rule set file (the schema and the materials checklist are not rule sets), ordered by name.</summary>
    /// <param name="user">Must be a business admin (<see cref="DesignerAccessDeniedException"/> otherwise).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rule sets with their rules.</returns>
    Task<IReadOnlyList<RuleSetSummary>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default);
}
