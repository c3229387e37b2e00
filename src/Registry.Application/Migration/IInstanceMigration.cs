using Registry.Application.Designer;

namespace Registry.Application.Migration;

/// <summary>
/// Migration of running cases (运行中案件迁移): propose a plan for two versions of a definition, dry-run it over every
/// unended instance of the source version, then run it in batches — each instance in its own case command, journaled
/// with the admin and the plan. Business admins only (checked on every call).
/// </summary>
public interface IInstanceMigration
{
    /// <summary>The source version's waiting nodes, how many instances wait on each, and the mapping by id.</summary>
    /// <exception cref="MigrationAccessDeniedException">Not a business admin.</exception>
    /// <exception cref="KeyNotFoundException">A version does not exist.</exception>
    /// <exception cref="ArgumentException">The target is not published, or is the source.</exception>
    Task<MigrationProposal> ProposeAsync(DesignerUser user, string definitionId, int sourceVersion, int targetVersion, CancellationToken cancellationToken = default);

    /// <summary>Every unended instance of the source version, with where it would land or why it cannot move. Writes nothing.</summary>
    /// <exception cref="MigrationAccessDeniedException">Not a business admin.</exception>
    Task<IReadOnlyList<MigrationDryRunRow>> DryRunAsync(DesignerUser user, MigrationPlan plan, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves <paramref name="instanceIds"/> under <paramref name="plan"/>, <paramref name="batchSize"/> at a time, each
    /// instance in one case command (its workflow, journal, case status and clock commit together); an instance that can
    /// no longer move (it went on, ended or was suspended since the dry run) is reported, not moved, and the rest go on.
    /// </summary>
    /// <exception cref="MigrationAccessDeniedException">Not a business admin.</exception>
    Task<IReadOnlyList<MigrationOutcome>> ExecuteAsync(DesignerUser user, MigrationPlan plan, IReadOnlyList<Guid> instanceIds, IProgress<MigrationProgress>? progress = null, int batchSize = 20, CancellationToken cancellationToken = default);
}
