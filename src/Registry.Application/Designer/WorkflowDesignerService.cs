using System.Globalization;
using Microsoft.Extensions.Options;
using Registry.Application.Fields;
using Registry.Workflows;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Diagram;

namespace Registry.Application.Designer;

/// <summary>The designer's use cases over the engine's definition store and publisher; role checked on every call.</summary>
internal sealed class WorkflowDesignerService(
    IWorkflowDefinitionStore store,
    IWorkflowDefinitionPublisher publisher,
    IWorkflowDefinitionVersions versions,
    WorkflowDefinitionJson json,
    IOptions<WorkflowEngineOptions> options,
    IActivityRegistry registry) : IWorkflowDesigner
{
    public async Task<IReadOnlyList<DesignerDefinitionSummary>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var all = await versions.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var running = await versions.CountRunningAsync(null, cancellationToken).ConfigureAwait(false);
        var result = new List<DesignerDefinitionSummary>();
        foreach (var group in all.GroupBy(v => v.DefinitionId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var newest = group.MaxBy(v => v.Version)!;
            var name = await NameAsync(newest, cancellationToken).ConfigureAwait(false);
            result.Add(new DesignerDefinitionSummary(
                group.Key,
                name,
                group.Where(v => v.Status == DefinitionStatus.Published).Select(v => (int?)v.Version).Max(),
                group.Where(v => v.Status == DefinitionStatus.Draft).Select(v => (int?)v.Version).Max(),
                [.. running.Where(r => r.DefinitionId == group.Key).OrderBy(r => r.Version)]));
        }

        return result;
    }

    public async Task<DesignerDefinitionDetail> GetAsync(DesignerUser user, string definitionId, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        var rows = await versions.ListAsync(definitionId, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            throw new KeyNotFoundException($"workflow definition '{definitionId}' has no versions");
        }

        var running = await versions.CountRunningAsync(definitionId, cancellationToken).ConfigureAwait(false);
        var name = await NameAsync(rows.MaxBy(v => v.Version)!, cancellationToken).ConfigureAwait(false);
        return new DesignerDefinitionDetail(
            definitionId,
            name,
            [.. rows.OrderBy(r => r.Version).Select(r => new DesignerVersionRow(
                r.Version, r.Status, r.SavedAt, r.SavedBy, r.PublishedAt, r.PublishedBy,
                running.Where(c => c.Version == r.Version).Sum(c => c.Count)))]);
    }

    public async Task<DesignerVersionView> GetVersionAsync(DesignerUser user, string definitionId, int version, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var definition = await FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        return new DesignerVersionView(definition, WorkflowDefinitionJson.Write(definition), MermaidDiagramExporter.Export(definition));
    }

    public async Task<WorkflowDefinition> CreateDraftAsync(DesignerUser user, string definitionId, int fromVersion, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var source = await FindAsync(definitionId, fromVersion, cancellationToken).ConfigureAwait(false);
        var all = await store.ListVersionsAsync(definitionId, cancellationToken).ConfigureAwait(false);
        if (all.FirstOrDefault(v => v.Status == DefinitionStatus.Draft) is { } open)
        {
            throw new DesignerConflictException($"definition {definitionId} already has an open draft v{open.Version}; edit or publish it first");
        }

        var draft = source with { Version = all.Max(v => v.Version) + 1, Status = DefinitionStatus.Draft };
        try
        {
            await store.SaveAsync(draft, user.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowDefinitionException ex)
        {
            throw new DesignerConflictException($"definition {definitionId} v{draft.Version} was created by someone else at the same time; reload", ex);
        }

        return draft;
    }

    public async Task<IReadOnlyList<DefinitionIssue>> ValidateAsync(DesignerUser user, string definitionId, int version, string json, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        FieldLimits.Check("json", json, FieldLimits.DefinitionJson);
        await RequireDraftAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        var (_, issues) = Check(definitionId, version, json);
        return issues;
    }

    public async Task<DesignerSaveResult> SaveDraftAsync(DesignerUser user, string definitionId, int version, string json, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        FieldLimits.Check("json", json, FieldLimits.DefinitionJson);
        await RequireDraftAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        var (definition, issues) = Check(definitionId, version, json);
        if (definition is null)
        {
            return new DesignerSaveResult(false, issues);
        }

        try
        {
            await store.SaveAsync(definition with { Status = DefinitionStatus.Draft }, user.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowDefinitionException ex)
        {
            // The draft was published (or saved) by someone else between our read and our write.
            throw new DesignerConflictException($"draft {definitionId} v{version} could not be saved: {ex.Message}", ex);
        }

        return new DesignerSaveResult(true, issues);
    }

    public async Task<WorkflowDefinition> PublishAsync(DesignerUser user, string definitionId, int version, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var current = await FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        if (current.Status == DefinitionStatus.Published)
        {
            throw new DesignerConflictException(await AlreadyPublishedAsync(definitionId, version, cancellationToken).ConfigureAwait(false));
        }

        try
        {
            return await publisher.PublishAsync(definitionId, version, user.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowDefinitionException ex) when (ex.Issues.Count == 0)
        {
            // No content issues: the draft changed state under us, i.e. another admin published it a moment earlier.
            var again = await store.FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
            if (again?.Status == DefinitionStatus.Published)
            {
                throw new DesignerConflictException(await AlreadyPublishedAsync(definitionId, version, cancellationToken).ConfigureAwait(false), ex);
            }

            throw;
        }
    }

    private static void Authorize(DesignerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsBusinessAdmin)
        {
            throw new DesignerAccessDeniedException(user.Name);
        }
    }

    private async Task<string> AlreadyPublishedAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var row = (await versions.ListAsync(definitionId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Version == version);
        var by = row?.PublishedBy ?? "?";
        var at = row?.PublishedAt?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) ?? "?";
        return $"definition {definitionId} v{version} was already published by {by} at {at}; your publish was not applied";
    }

    private async Task<WorkflowDefinition> FindAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        return await store.FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"workflow definition {definitionId} v{version} does not exist");
    }

    private async Task RequireDraftAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var current = await FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false);
        if (current.Status != DefinitionStatus.Draft)
        {
            throw new DesignerConflictException($"definition {definitionId} v{version} is published and cannot be changed; start a new draft from it");
        }
    }

    private async Task<LocalizedText> NameAsync(DefinitionVersionInfo newest, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(newest.DefinitionId, newest.Version, cancellationToken).ConfigureAwait(false);
        return definition?.DisplayName ?? new LocalizedText(newest.DisplayName);
    }

    private (WorkflowDefinition? Definition, IReadOnlyList<DefinitionIssue> Issues) Check(string definitionId, int version, string text)
    {
        var source = $"{definitionId} v{version}";
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, [new DefinitionIssue(source, "$", null, "the definition JSON is empty")]);
        }

        WorkflowDefinition definition;
        try
        {
            definition = json.Read(text, source);
        }
        catch (WorkflowDefinitionException ex)
        {
            return (null, ex.Issues.Count > 0 ? ex.Issues : [new DefinitionIssue(source, "$", null, ex.Message)]);
        }

        var issues = new List<DefinitionIssue>();
        if (!string.Equals(definition.Id, definitionId, StringComparison.Ordinal))
        {
            issues.Add(new DefinitionIssue(source, "$.id", null, $"id '{definition.Id}' must stay '{definitionId}' (a new definition is not created in the designer)"));
        }

        if (definition.Version != version)
        {
            issues.Add(new DefinitionIssue(source, "$.version", null, $"version {definition.Version} must stay {version} (the draft's number)"));
        }

        if (issues.Count > 0)
        {
            return (null, issues);
        }

        var validator = new WorkflowDefinitionValidator(registry, options.Value.KnownRoles, options.Value.KnownRuleSets, options.Value.KnownSignals);
        return (definition, validator.Validate(definition, source));
    }
}
