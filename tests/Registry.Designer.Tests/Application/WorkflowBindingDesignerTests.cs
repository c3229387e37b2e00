using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Workflows.Definitions;
using static Registry.Designer.Tests.DesignerDatabase;

namespace Registry.Designer.Tests.Application;

/// <summary>Binding business types to definitions and creating definitions, on a real SQLite database; every refusal writes nothing.</summary>
public sealed class WorkflowBindingDesignerTests
{
    [Fact]
    public async Task Bind_ToAPublishedDefinition_IsStoredAndListed_AndSeenByASecondServer()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var bindings = db.NewHost().GetRequiredService<IWorkflowBindingDesigner>();
        var before = Assert.Single(await bindings.ListAsync(Admin), r => r.BusinessType == "HouseTransferResale");
        Assert.Equal(("catalogue-combined", "catalogue-combined", (string?)null), (before.DefinitionId, before.CatalogueDefinitionId, before.BoundBy));

        var bound = await bindings.BindAsync(Admin, "HouseTransferResale", SampleId);

        Assert.Equal((SampleId, "admin", (DateTimeOffset?)db.Time.GetUtcNow()), (bound.DefinitionId, bound.BoundBy, bound.BoundAt));
        var other = db.NewHost();
        var row = Assert.Single(await other.GetRequiredService<IWorkflowBindingDesigner>().ListAsync(Admin), r => r.BusinessType == "HouseTransferResale");
        Assert.Equal((SampleId, "catalogue-combined"), (row.DefinitionId, row.CatalogueDefinitionId));
        var type = other.GetRequiredService<Registry.Application.Catalogue.IBusinessTypeCatalogue>().Find("HouseTransferResale");
        Assert.Equal(SampleId, await other.GetRequiredService<IBusinessTypeWorkflows>().WorkflowIdAsync(type));
        Assert.Equal([SampleId], await bindings.BindableDefinitionsAsync(Admin));
    }

    [Fact]
    public async Task Bind_ByANonAdmin_IsDenied_AndNothingIsStored()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var host = db.NewHost();
        var bindings = host.GetRequiredService<IWorkflowBindingDesigner>();

        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => bindings.BindAsync(Reviewer, "HouseTransferResale", SampleId));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => bindings.ListAsync(Reviewer));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => bindings.CreateDefinitionAsync(Reviewer, new NewDefinitionRequest("x", "x")));

        Assert.Empty(await host.GetRequiredService<IBusinessTypeWorkflowStore>().ListAsync());
        Assert.Null(await host.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("x", 1));
    }

    [Theory]
    [InlineData("NoSuchType", SampleId, "businessType", WorkflowBindingRefusal.UnknownBusinessType)]
    [InlineData("HouseTransferResale", "no-such-workflow", "definitionId", WorkflowBindingRefusal.DefinitionNotPublished)]
    [InlineData("HomesteadFirst", SampleId, "definitionId", WorkflowBindingRefusal.AnnouncementMissing)] // it announces; the sample has no announcement wait
    public async Task Bind_Refused_NamesFieldAndReason_AndStoresNothing(string type, string definition, string field, WorkflowBindingRefusal reason)
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var host = db.NewHost();

        var ex = await Assert.ThrowsAsync<WorkflowBindingRefusedException>(() => host.GetRequiredService<IWorkflowBindingDesigner>().BindAsync(Admin, type, definition));

        Assert.Equal((field, reason), (ex.Field, ex.Reason));
        Assert.Contains(definition == SampleId ? type : definition, ex.Arguments);
        Assert.Empty(await host.GetRequiredService<IBusinessTypeWorkflowStore>().ListAsync());
    }

    [Fact]
    public async Task Bind_ToADefinitionWithOnlyADraft_IsRefused()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var bindings = db.NewHost().GetRequiredService<IWorkflowBindingDesigner>();
        await bindings.CreateDefinitionAsync(Admin, new NewDefinitionRequest("resale-draft", "草稿", TemplateId: SampleId));

        var ex = await Assert.ThrowsAsync<WorkflowBindingRefusedException>(() => bindings.BindAsync(Admin, "HouseTransferResale", "resale-draft"));

        Assert.Equal(WorkflowBindingRefusal.DefinitionNotPublished, ex.Reason);
    }

    [Fact]
    public async Task CreateFromTemplate_CopiesTheLatestPublishedVersion_AsDraftV1UnderTheNewId()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var host = db.NewHost();
        var template = await host.GetRequiredService<IWorkflowDefinitionStore>().FindLatestPublishedAsync(SampleId);

        var draft = await host.GetRequiredService<IWorkflowBindingDesigner>().CreateDefinitionAsync(Admin, new NewDefinitionRequest("resale-recheck", "存量房转移（含复核）", "Resale with re-check", SampleId));

        Assert.Equal(("resale-recheck", 1, DefinitionStatus.Draft, "存量房转移（含复核）", "Resale with re-check"), (draft.Id, draft.Version, draft.Status, draft.DisplayName.Zh, draft.DisplayName.En));
        Assert.Equal(template!.Nodes.Select(n => n.Id), draft.Nodes.Select(n => n.Id));
        Assert.Equal(template.Transitions.Length, draft.Transitions.Length);
        var stored = await host.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("resale-recheck", 1);
        Assert.Equal(DefinitionStatus.Draft, stored!.Status);
        var designer = host.GetRequiredService<IWorkflowDesigner>();
        Assert.Empty(await designer.ValidateAsync(Admin, "resale-recheck", 1, (await designer.GetVersionAsync(Admin, "resale-recheck", 1)).Json));
        Assert.Equal(1, (await designer.PublishAsync(Admin, "resale-recheck", 1)).Version);
    }

    [Fact]
    public async Task CreateBlank_IsAValidDraft_AcceptanceThenCompleted()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var host = db.NewHost();

        var draft = await host.GetRequiredService<IWorkflowBindingDesigner>().CreateDefinitionAsync(Admin, new NewDefinitionRequest("blank-one", "空白"));

        Assert.Equal(["acceptance", "end"], draft.Nodes.Select(n => n.Id));
        var designer = host.GetRequiredService<IWorkflowDesigner>();
        Assert.Empty(await designer.ValidateAsync(Admin, "blank-one", 1, (await designer.GetVersionAsync(Admin, "blank-one", 1)).Json));
    }

    [Theory]
    [InlineData("Bad Id", "名称", null, "id", WorkflowBindingRefusal.DefinitionIdInvalid)]
    [InlineData(SampleId, "名称", null, "id", WorkflowBindingRefusal.DefinitionIdTaken)]
    [InlineData("fresh", " ", null, "name", WorkflowBindingRefusal.NameInvalid)]
    [InlineData("fresh", "名称", "no-such-template", "template", WorkflowBindingRefusal.TemplateNotPublished)]
    public async Task Create_Refused_NamesFieldAndReason_AndCreatesNothing(string id, string name, string? template, string field, WorkflowBindingRefusal reason)
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var host = db.NewHost();

        var ex = await Assert.ThrowsAsync<WorkflowBindingRefusedException>(() => host.GetRequiredService<IWorkflowBindingDesigner>().CreateDefinitionAsync(Admin, new NewDefinitionRequest(id, name, TemplateId: template)));

        Assert.Equal((field, reason), (ex.Field, ex.Reason));
        Assert.Single(await host.GetRequiredService<IWorkflowDefinitionVersions>().ListAsync(), v => v.DefinitionId == SampleId);
        Assert.Single(await host.GetRequiredService<IWorkflowDefinitionVersions>().ListAsync());
    }
}
