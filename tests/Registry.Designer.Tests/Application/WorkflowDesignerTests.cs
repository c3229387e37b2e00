using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Workflows.Definitions;
using static Registry.Designer.Tests.DesignerDatabase;

namespace Registry.Designer.Tests.Application;

/// <summary>The designer's use cases on a real SQLite database.</summary>
public sealed class WorkflowDesignerTests
{
    [Fact]
    public async Task DraftFromV1_EditedAndPublished_BecomesV2_WhileV1StaysUnchanged()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        var v1 = await designer.GetVersionAsync(Admin, SampleId, 1);

        var draft = await designer.CreateDraftAsync(Admin, SampleId, 1);
        var edited = (await designer.GetVersionAsync(Admin, SampleId, 2)).Json.Replace("存量房转移登记", "存量房转移登记（新）", StringComparison.Ordinal);
        var saved = await designer.SaveDraftAsync(Admin, SampleId, 2, edited);
        db.Time.Advance(TimeSpan.FromMinutes(5));
        var published = await designer.PublishAsync(Admin, SampleId, 2);

        Assert.Equal((2, DefinitionStatus.Draft), (draft.Version, draft.Status));
        Assert.True(saved.Saved);
        Assert.Empty(saved.Issues);
        Assert.Equal((2, DefinitionStatus.Published, "存量房转移登记（新）"), (published.Version, published.Status, published.DisplayName.Zh));
        var detail = await designer.GetAsync(Admin, SampleId);
        Assert.Equal([(1, DefinitionStatus.Published, "repository"), (2, DefinitionStatus.Published, "admin")], detail.Versions.Select(v => (v.Version, v.Status, v.PublishedBy)));
        Assert.Equal(db.Time.GetUtcNow(), detail.Versions[1].PublishedAt);
        Assert.Equal((2, (int?)null), (detail.LatestPublished, detail.Draft));
        Assert.Equal(v1.Json, (await designer.GetVersionAsync(Admin, SampleId, 1)).Json);
        var listed = Assert.Single(await designer.ListAsync(Admin));
        Assert.Equal((SampleId, "存量房转移登记（新）", "Second-hand housing transfer", (int?)2, (int?)null), (listed.Id, listed.Name.Zh, listed.Name.En, listed.LatestPublished, listed.Draft));
    }

    [Fact]
    public async Task SamePublishByTwoAdminsOnTwoServers_ExactlyOneWins_AndTheOtherIsToldWhoPublished()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var first = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        var second = db.NewHost().GetRequiredService<IWorkflowDesigner>();

        // Several rounds: in each, both admins publish the same new draft at the same moment.
        for (var round = 0; round < 8; round++)
        {
            var draft = await first.CreateDraftAsync(Admin, SampleId, round + 1);
            using var gate = new ManualResetEventSlim();
            var a = Task.Run(async () => { gate.Wait(); return await Outcome(() => first.PublishAsync(Admin, SampleId, draft.Version)); });
            var b = Task.Run(async () => { gate.Wait(); return await Outcome(() => second.PublishAsync(SecondAdmin, SampleId, draft.Version)); });
            gate.Set();
            var outcomes = await Task.WhenAll(a, b);

            var winners = outcomes.Where(o => o.Published is not null).ToList();
            var winner = Assert.Single(winners);
            var loser = Assert.IsType<DesignerConflictException>(Assert.Single(outcomes, o => o.Published is null).Error);
            var row = (await first.GetAsync(Admin, SampleId)).Versions.Single(v => v.Version == draft.Version);
            Assert.Equal(DefinitionStatus.Published, row.Status);
            Assert.Contains($"v{draft.Version} was already published by {row.PublishedBy}", loser.Message, StringComparison.Ordinal);
            Assert.Equal(winner == outcomes[0] ? "admin" : "admin2", row.PublishedBy);
        }

        Assert.Equal(Enumerable.Range(1, 9), (await first.GetAsync(Admin, SampleId)).Versions.Select(v => v.Version));
    }

    [Fact]
    public async Task EveryUseCase_RefusesSomeoneWhoIsNotBusinessAdmin_AndChangesNothing()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var host = db.NewHost();
        var designer = host.GetRequiredService<IWorkflowDesigner>();
        var json = (await designer.GetVersionAsync(Admin, SampleId, 1)).Json;

        Func<Task>[] calls =
        [
            () => designer.ListAsync(Reviewer),
            () => designer.GetAsync(Reviewer, SampleId),
            () => designer.GetVersionAsync(Reviewer, SampleId, 1),
            () => designer.CreateDraftAsync(Reviewer, SampleId, 1),
            () => designer.ValidateAsync(Reviewer, SampleId, 1, json),
            () => designer.SaveDraftAsync(Reviewer, SampleId, 1, json),
            () => designer.PublishAsync(Reviewer, SampleId, 1),
            () => host.GetRequiredService<IRuleSetListing>().ListAsync(Reviewer),
        ];
        foreach (var call in calls)
        {
            var refused = await Assert.ThrowsAsync<DesignerAccessDeniedException>(call);
            Assert.Contains("'reviewer1'", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal([1], (await designer.GetAsync(Admin, SampleId)).Versions.Select(v => v.Version));
    }

    [Fact]
    public async Task Validate_TransitionToAnUnknownNode_NamesTheNodeAndTheJsonPath()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        var json = (await designer.GetVersionAsync(Admin, SampleId, 2)).Json;
        var broken = ReplaceFirst(json, "\"to\": \"rejected\"", "\"to\": \"nowhere\"");

        var issues = await designer.ValidateAsync(Admin, SampleId, 2, broken);

        var issue = Assert.Single(issues, i => i.Path == "$.transitions[1].to");
        Assert.Equal("acceptance", issue.NodeId);
        Assert.Contains("nowhere", issue.Message, StringComparison.Ordinal);
        Assert.Empty(await designer.ValidateAsync(Admin, SampleId, 2, json));
    }

    [Fact]
    public async Task SaveDraft_WithBrokenJsonOrAnotherVersionNumber_IsNotSaved_AndSaysWhere()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        var json = (await designer.GetVersionAsync(Admin, SampleId, 2)).Json;

        var syntax = await designer.SaveDraftAsync(Admin, SampleId, 2, json[..^3]);
        var renumbered = await designer.SaveDraftAsync(Admin, SampleId, 2, ReplaceFirst(json, "\"version\": 2", "\"version\": 7"));

        Assert.False(syntax.Saved);
        Assert.Contains("not valid JSON", Assert.Single(syntax.Issues).Message, StringComparison.Ordinal);
        Assert.False(renumbered.Saved);
        Assert.Equal("$.version", Assert.Single(renumbered.Issues).Path);
        Assert.Equal(json, (await designer.GetVersionAsync(Admin, SampleId, 2)).Json);
    }

    [Fact]
    public async Task SavedDraftWithIssues_CannotBePublished_AndTheIssuesAreListed()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        var json = (await designer.GetVersionAsync(Admin, SampleId, 2)).Json;

        var saved = await designer.SaveDraftAsync(Admin, SampleId, 2, ReplaceFirst(json, "\"to\": \"rejected\"", "\"to\": \"nowhere\""));
        var refused = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => designer.PublishAsync(Admin, SampleId, 2));

        Assert.True(saved.Saved);
        Assert.NotEmpty(saved.Issues);
        Assert.Contains(refused.Issues, i => i.NodeId == "acceptance" && i.Path == "$.transitions[1].to");
        Assert.Equal((int?)2, (await designer.GetAsync(Admin, SampleId)).Draft);
    }

    [Fact]
    public async Task PublishedVersions_CannotBeEdited_AndOnlyOneDraftIsOpenAtATime()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        var json = (await designer.GetVersionAsync(Admin, SampleId, 1)).Json;

        var edit = await Assert.ThrowsAsync<DesignerConflictException>(() => designer.SaveDraftAsync(Admin, SampleId, 1, json));
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        var second = await Assert.ThrowsAsync<DesignerConflictException>(() => designer.CreateDraftAsync(SecondAdmin, SampleId, 1));
        var republish = await Assert.ThrowsAsync<DesignerConflictException>(() => designer.PublishAsync(Admin, SampleId, 1));

        Assert.Contains("v1 is published and cannot be changed", edit.Message, StringComparison.Ordinal);
        Assert.Contains("open draft v2", second.Message, StringComparison.Ordinal);
        Assert.Contains("already published by repository", republish.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => designer.GetVersionAsync(Admin, SampleId, 9));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in the definition JSON");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private static async Task<(WorkflowDefinition? Published, Exception? Error)> Outcome(Func<Task<WorkflowDefinition>> publish)
    {
        try
        {
            return (await publish(), null);
        }
        catch (DesignerConflictException ex)
        {
            return (null, ex);
        }
    }
}
