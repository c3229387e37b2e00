using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Security;
using Registry.Designer.Workflows;
using static Registry.Designer.Tests.DesignerDatabase;

namespace Registry.Designer.Tests.Components;

public sealed class WorkflowBindingsTests : DesignerComponentTest
{
    [Fact]
    public void Table_ListsEveryTypeWithItsWorkflow_AndWhichTypesUseEach()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);

        var page = Render<WorkflowBindings>();

        var row = page.WaitForElement("tr.binding[data-type='HouseTransferResale']");
        Assert.Contains("存量房", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("catalogue-combined", row.QuerySelector(".catalogue-default")!.TextContent);
        Assert.Equal(91, page.FindAll("tr.binding").Count);
        Assert.Equal(91, page.FindAll("tr.usage .count").Sum(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(page.Find("tr.binding[data-type='HouseTransferResale'] .binding-save").HasAttribute("disabled"));
    }

    // The usage table listed an English page's type names with the Chinese enumeration comma (、).
    [Theory]
    [InlineData("zh-CN", "、", ", ")]
    [InlineData("en", ", ", "、")]
    public void WhichTypesUseEachWorkflow_IsAListInTheUiLanguage(string culture, string separator, string foreign)
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        SignInAs("admin", RegistryRoles.BusinessAdmin);

        var page = Render<WorkflowBindings>();

        page.WaitForElement("tr.binding[data-type='HouseTransferResale']", TimeSpan.FromSeconds(15)); // the machine is shared and loaded
        var types = page.Find("tr.usage[data-definition='catalogue-instant'] .types").TextContent;
        Assert.Equal(6, types.Split(separator).Length);
        Assert.DoesNotContain(foreign, types, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickingAPublishedWorkflow_AndSaving_BindsTheType()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<WorkflowBindings>();
        page.WaitForElement("tr.binding[data-type='HouseTransferResale']");

        page.Find("tr.binding[data-type='HouseTransferResale'] select.binding-picker").Change(SampleId);
        page.Find("tr.binding[data-type='HouseTransferResale'] .binding-save").Click();

        page.WaitForAssertion(() => Assert.Contains(SampleId, page.Find("#bindings-message").TextContent, StringComparison.Ordinal));
        Assert.Contains("admin", page.Find("tr.binding[data-type='HouseTransferResale'] .bound-by").TextContent, StringComparison.Ordinal);
        Assert.Contains("存量房", page.Find($"tr.usage[data-definition='{SampleId}'] .types").TextContent, StringComparison.Ordinal);
        var stored = await Services.GetRequiredService<IBusinessTypeWorkflowStore>().FindAsync("HouseTransferResale");
        Assert.Equal(SampleId, stored!.DefinitionId);
    }

    [Fact]
    public async Task AnAnnouncedType_BoundToAWorkflowWithoutAnnouncement_IsRefusedInChinese_NamingTheArticle()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<WorkflowBindings>();
        page.WaitForElement("tr.binding[data-type='HomesteadFirst']");

        page.Find("tr.binding[data-type='HomesteadFirst'] select.binding-picker").Change(SampleId);
        page.Find("tr.binding[data-type='HomesteadFirst'] .binding-save").Click();

        page.WaitForAssertion(() => Assert.Contains("第十七条", page.Find("#bindings-error").TextContent, StringComparison.Ordinal));
        Assert.Null(await Services.GetRequiredService<IBusinessTypeWorkflowStore>().FindAsync("HomesteadFirst"));
    }

    [Fact]
    public void NewFromTemplate_CreatesADraft_AndLinksToIt()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<WorkflowBindings>();
        page.WaitForElement("#new-definition");

        page.Find("#new-id").Change("resale-recheck");
        page.Find("#new-name-zh").Change("存量房转移（含复核）");
        page.Find("#new-template").Change(SampleId);
        page.Find("#new-create").Click();

        page.WaitForAssertion(() => Assert.Equal("designer/resale-recheck", page.Find("#new-open").GetAttribute("href")));
        Assert.Contains("resale-recheck", page.Find("#bindings-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SomeoneWhoIsNotBusinessAdmin_SeesTheRefusal_AndNoTable()
    {
        SignInAs("reviewer1", RegistryRoles.FirstReview);

        var page = Render<WorkflowBindings>();

        page.WaitForElement("#bindings-error");
        Assert.Empty(page.FindAll("tr.binding"));
    }
}
