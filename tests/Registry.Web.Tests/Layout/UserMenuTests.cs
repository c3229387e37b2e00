using System.Security.Claims;
using Bunit;
using Registry.Application.Security;
using Registry.Web.Components.Layout;
using Registry.Web.Security;

namespace Registry.Web.Tests.Layout;

public sealed class UserMenuTests : RegistryComponentTest
{
    [Fact]
    public void SignedInUser_SeesDisplayNameAndLocalizedRoles_AndASignOutForm()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("reviewer1");
        auth.SetRoles(RegistryRoles.FirstReview, RegistryRoles.SecondReview);
        auth.SetClaims(new Claim(RegistryUserClaimsPrincipalFactory.DisplayNameClaim, "王芳"));

        var menu = Render<UserMenu>();

        Assert.Equal("王芳", menu.Find("#current-user").TextContent);
        Assert.Equal("初审、复审", menu.Find(".user-roles").TextContent);
        Assert.Equal(AccountEndpoints.LogoutPath, menu.Find("form.logout-form").GetAttribute("action"));
    }

    // An English page listed the roles with the Chinese enumeration comma: "First review、Second review".
    [Fact]
    public void UnderEnglish_TheRolesAreAnEnglishList()
    {
        UseCulture("en-US");
        var auth = AddAuthorization();
        auth.SetAuthorized("reviewer1");
        auth.SetRoles(RegistryRoles.FirstReview, RegistryRoles.SecondReview);

        var menu = Render<UserMenu>();

        Assert.Equal("First review, Second review", menu.Find(".user-roles").TextContent);
    }

    [Fact]
    public void Anonymous_SeesNothing()
    {
        AddAuthorization();

        var menu = Render<UserMenu>();

        Assert.Empty(menu.FindAll("#current-user"));
    }

    [Fact]
    public void WithoutADisplayNameClaim_TheUserNameIsShown()
    {
        AddAuthorization().SetAuthorized("recorder");

        var menu = Render<UserMenu>();

        Assert.Equal("recorder", menu.Find("#current-user").TextContent);
    }
}
