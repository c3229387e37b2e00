using Bunit;
using Registry.Application.Security;
using Registry.Web.Components.Layout;

namespace Registry.Web.Tests.Layout;

/// <summary>The menu offers only the pages the signed-in person's roles may open.</summary>
public sealed class NavMenuTests : RegistryComponentTest
{
    [Theory]
    [InlineData(RegistryRoles.QualityInspector, "nav-inspection", "nav-worklist nav-dashboard nav-designer nav-intake")]
    [InlineData(RegistryRoles.BusinessAdmin, "nav-designer nav-dashboard", "nav-worklist nav-inspection nav-intake")]
    [InlineData(RegistryRoles.Leader, "nav-dashboard", "nav-worklist nav-inspection nav-designer nav-intake")]
    [InlineData(RegistryRoles.Acceptor, "nav-intake nav-worklist", "nav-dashboard nav-inspection nav-designer")]
    [InlineData(RegistryRoles.FirstReview, "nav-worklist", "nav-dashboard nav-inspection nav-designer nav-intake")]
    public void Menu_ForARole_OffersWhatItMayOpen(string role, string shown, string hidden)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(role);

        var menu = Render<NavMenu>();

        Assert.All(shown.Split(' '), id => Assert.NotEmpty(menu.FindAll("#" + id)));
        Assert.All(hidden.Split(' '), id => Assert.Empty(menu.FindAll("#" + id)));
    }
}
