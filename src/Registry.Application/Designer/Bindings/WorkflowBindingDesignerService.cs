using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.Application.Activities;
using Registry.Application.Catalogue;
using Registry.Application.Security;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>Binding table and new definitions over the binding store, the catalogue and the engine's definition store; role checked on every call.</summary>
internal sealed partial class WorkflowBindingDesignerService(
    IBusinessTypeWorkflowStore bindings,
    IBusinessTypeCatalogue catalogue,
    IWorkflowDefinitionStore definitions,
    IWorkflowDefinitionVersions versions,
    TimeProvider time) : IWorkflowBindingDesigner
{
    private const int MaxIdLength = 100;
    private const int MaxNameLength = 200;

    public async Task<IReadOnlyList<DesignerBindingRow>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var stored = (await bindings.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(b => b.BusinessType, StringComparer.Ordinal);
        return [.. catalogue.All.Select(t => Row(t, stored.GetValueOrDefault(t.Code)))];
    }

    public async Task<IReadOnlyList<string>> BindableDefinitionsAsync(DesignerUser user, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var all = await versions.ListAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(v => v.Status == DefinitionStatus.Published).Select(v => v.DefinitionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task<DesignerBindingRow> BindAsync(DesignerUser user, string businessType, string definitionId, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        if (string.IsNullOrWhiteSpace(businessType) || !catalogue.TryFind(businessType, out var type) || type is null)
        {
            throw new WorkflowBindingRefusedException("businessType", WorkflowBindingRefusal.UnknownBusinessType, $"'{businessType}' is not a business type in the catalogue", businessType ?? string.Empty);
        }

        var published = string.IsNullOrWhiteSpace(definitionId)
            ? null
            : await definitions.FindLatestPublishedAsync(definitionId, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            throw new WorkflowBindingRefusedException("definitionId", WorkflowBindingRefusal.DefinitionNotPublished, $"workflow definition '{definitionId}' has no published version; publish it before binding {type.Code} to it", definitionId ?? string.Empty, type.Code);
        }

        // 不动产登记暂行条例实施细则 art. 17: the types that announce (首次登记 and friends) must keep the announcement step.
        if (type.Announcement && !published.Nodes.Any(n => n.Kind == ActivityKinds.Wait && WaitInputs.Read(n).Signal == RegistrationSignals.AnnouncementEnded))
        {
            throw new WorkflowBindingRefusedException("definitionId", WorkflowBindingRefusal.AnnouncementMissing, $"{type.Code} is announced before booking (公告, 实施细则 art. 17) but '{definitionId}' v{published.Version} has no wait for signal '{RegistrationSignals.AnnouncementEnded}'", definitionId, type.Code);
        }

        var binding = new BusinessTypeWorkflowBinding(type.Code, published.Id, time.GetUtcNow(), user.Name);
        await bindings.SaveAsync(binding, cancellationToken).ConfigureAwait(false);
        return Row(type, binding);
    }

    public async Task<WorkflowDefinition> CreateDefinitionAsync(DesignerUser user, NewDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Id) || request.Id.Length > MaxIdLength || !IdPattern().IsMatch(request.Id))
        {
            throw new WorkflowBindingRefusedException("id", WorkflowBindingRefusal.DefinitionIdInvalid, $"definition id '{request.Id}' must be 1–{MaxIdLength} lower-case letters, digits and hyphens, starting with a letter", request.Id ?? string.Empty);
        }

        if (string.IsNullOrWhiteSpace(request.NameZh) || request.NameZh.Length > MaxNameLength || request.NameEn?.Length > MaxNameLength)
        {
            throw new WorkflowBindingRefusedException("name", WorkflowBindingRefusal.NameInvalid, $"a new definition needs a Chinese name of at most {MaxNameLength} characters");
        }

        if ((await definitions.ListVersionsAsync(request.Id, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new WorkflowBindingRefusedException("id", WorkflowBindingRefusal.DefinitionIdTaken, $"workflow definition '{request.Id}' already exists", request.Id);
        }

        var name = new LocalizedText(request.NameZh.Trim(), string.IsNullOrWhiteSpace(request.NameEn) ? null : request.NameEn.Trim());
        WorkflowDefinition draft;
        if (string.IsNullOrWhiteSpace(request.TemplateId))
        {
            draft = Blank(request.Id, name);
        }
        else
        {
            var template = await definitions.FindLatestPublishedAsync(request.TemplateId, cancellationToken).ConfigureAwait(false)
                ?? throw new WorkflowBindingRefusedException("template", WorkflowBindingRefusal.TemplateNotPublished, $"template '{request.TemplateId}' has no published version to copy", request.TemplateId);
            draft = template with { Id = request.Id, Version = 1, DisplayName = name, Status = DefinitionStatus.Draft };
        }

        await definitions.SaveAsync(draft, user.Name, cancellationToken).ConfigureAwait(false);
        return draft;
    }

    /// <summary>The smallest runnable definition: acceptance (受理) by the acceptor, then done (办结).</summary>
    private static WorkflowDefinition Blank(string id, LocalizedText name)
    {
        var inputs = ImmutableDictionary<string, JsonElement>.Empty
            .Add("role", JsonSerializer.SerializeToElement(RegistryRoles.Acceptor))
            .Add("outcomes", JsonSerializer.SerializeToElement(new[] { Outcomes.Approve, Outcomes.Reject }));
        return new WorkflowDefinition(
            id,
            1,
            name,
            DefinitionStatus.Draft,
            "acceptance",
            [
                new NodeDefinition("acceptance", ActivityKinds.HumanTask, new LocalizedText("受理", "Acceptance"), inputs),
                new NodeDefinition("end", ActivityKinds.End, new LocalizedText("办结", "Completed"), ImmutableDictionary<string, JsonElement>.Empty),
            ],
            [new TransitionDefinition("acceptance", "end", Outcomes.Approve)]);
    }

    private static DesignerBindingRow Row(BusinessType type, BusinessTypeWorkflowBinding? binding) =>
        new(type.Code, type.Name, type.Category, binding?.DefinitionId ?? type.WorkflowId, type.WorkflowId, binding?.BoundBy, binding?.BoundAt);

    private static void Authorize(DesignerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsBusinessAdmin)
        {
            throw new DesignerAccessDeniedException(user.Name);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
