using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Security;
using Registry.Designer.Canvas;
using Registry.Designer.Workflows;

namespace Registry.Designer.Tests.Components;

public sealed class DefinitionDesignerCanvasTests : DesignerComponentTest
{
    [Fact]
    public async Task OnTheCanvas_AnEditedDraft_IsTheJsonInTheJsonView_AndTheLayoutIsSavedApart()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<DefinitionDesigner>(p => p.Add(c => c.DefinitionId, DesignerDatabase.SampleId));
        page.WaitForElement(".new-draft").Click();
        page.WaitForElement("#draft-json");

        page.Find("#designer-show-canvas").Click();
        page.WaitForElement("#canvas-editor");
        Assert.NotNull(page.Find("#designer-save"));
        page.Find(".wfe-palette-item[data-kind='humanTask']").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".wf-node.node-invalid[data-node='humanTask1']")));
        page.Find("#canvas-save-layout").Click();

        page.Find("#designer-show-json").Click();
        var json = page.WaitForElement("#draft-json").GetAttribute("value") ?? page.Find("#draft-json").TextContent;
        Assert.Contains("\"id\": \"humanTask1\"", json, StringComparison.Ordinal);
        Assert.NotNull(page.Find("#designer-discard"));

        var layout = await Services.GetRequiredService<IWorkflowLayoutStore>().FindAsync(DesignerDatabase.SampleId);
        Assert.True(layout!.Nodes.ContainsKey("humanTask1"));
        Assert.DoesNotContain("\"x\"", json, StringComparison.Ordinal);
    }
}
