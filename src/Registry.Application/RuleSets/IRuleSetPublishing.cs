using Registry.Application.Designer;

namespace Registry.Application.RuleSets;

/// <summary>
/// The rule designer's publishing use cases (规则发布): draft → validate → publish, history with diffs, roll back. Every
/// call checks on the server that the user is a business admin (业务管理) and throws
/// <see cref="DesignerAccessDeniedException"/> otherwise, before reading or writing anything.
/// </summary>
public interface IRuleSetPublishing
{
    /// <summary>The latest published version of every rule set.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One record per set, by name.</returns>
    Task<IReadOnlyList<RuleSetVersionRecord>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default);

    /// <summary>One version (the latest when <paramref name="version"/> is null), or null when there is none.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="name">Rule-set name.</param>
    /// <param name="version">The version, or null for the latest.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The version or null.</returns>
    Task<RuleSetVersionRecord?> GetAsync(DesignerUser user, string name, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks a draft of <paramref name="name"/>: that it is that set (name and kind), that it compiles (issues name the
    /// rule, the field and the position in the condition: syntax, unknown fact or property, wrong type), that every
    /// message placeholder is a declared fact, that versions of the same rule do not overlap in their effective dates, and
    /// that every business type it names is in the catalogue.
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="name">Rule-set name.</param>
    /// <param name="draftJson">The draft in the rule-set file format.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Every issue; empty when the draft can be published.</returns>
    Task<IReadOnlyList<RuleDraftIssue>> ValidateAsync(DesignerUser user, string name, string draftJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates and publishes a draft edited from version <paramref name="basedOn"/> as version <c>basedOn + 1</c>, in one
    /// transaction; each rule keeps its version unless its content changed. Refused with the issues when invalid (nothing
    /// written). When someone published another version after <paramref name="basedOn"/>, nothing is written and
    /// <see cref="RuleSetPublishConflictException"/> names who and when. Every node runs the new version from its next review.
    /// </summary>
    /// <param name="user">The signed-in user (recorded as publisher).</param>
    /// <param name="name">Rule-set name.</param>
    /// <param name="draftJson">The draft.</param>
    /// <param name="basedOn">The version the draft was edited from.</param>
    /// <param name="note">Why (optional, kept in the history).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The new version, or the issues.</returns>
    Task<RuleSetPublishResult> PublishAsync(DesignerUser user, string name, string draftJson, int basedOn, string? note = null, CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first, each with who, when, why and its line diff against the version before.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="name">Rule-set name.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The history.</returns>
    Task<IReadOnlyList<RuleSetHistoryEntry>> HistoryAsync(DesignerUser user, string name, CancellationToken cancellationToken = default);

    /// <summary>Line diff between a published version and a draft (or another version's document).</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="name">Rule-set name.</param>
    /// <param name="version">The published version.</param>
    /// <param name="otherJson">The draft or other text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The lines.</returns>
    Task<IReadOnlyList<DiffLine>> DiffAsync(DesignerUser user, string name, int version, string otherJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rolls back to <paramref name="toVersion"/>: publishes a new version (after <paramref name="basedOn"/>) whose content
    /// equals that version's, noted "rolled back to vN" in the history. Same conflict rule as <see cref="PublishAsync"/>.
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="name">Rule-set name.</param>
    /// <param name="toVersion">The version to return to.</param>
    /// <param name="basedOn">The latest version the admin saw.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The new version.</returns>
    Task<RuleSetPublishResult> RollBackAsync(DesignerUser user, string name, int toVersion, int basedOn, CancellationToken cancellationToken = default);
}
