using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Registry.Designer.Tests.Components;

/// <summary>
/// Base of the designer's component tests: MudBlazor, localization (Simplified Chinese) and the real designer services on a
/// SQLite file holding the published sample definition. Call <see cref="InitializeAsync"/> (xUnit does) before rendering.
/// </summary>
public abstract class DesignerComponentTest : BunitContext, IAsyncLifetime
{
    private DesignerDatabase? _db;

    protected DesignerComponentTest()
    {
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The canvas (Z.Blazor.Diagrams) asks the browser for its bounds: a fixed 1000×600 canvas stands in.
        JSInterop.Setup<Blazor.Diagrams.Core.Geometry.Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 600));
        Services.AddMudServices();
        Services.AddLocalization();
    }

    internal DesignerDatabase Db => _db ?? throw new InvalidOperationException("InitializeAsync has not run");

    public async Task InitializeAsync()
    {
        _db = await DesignerDatabase.CreateAsync();
        _db.Configure(Services);
    }

    protected void SignInAs(string user, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(roles);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }
}
