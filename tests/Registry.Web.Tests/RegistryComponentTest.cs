using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Registry.Application.Register.Browse;
using Registry.Web.Tests.Fakes;

namespace Registry.Web.Tests;

/// <summary>
/// Base of the component tests: MudBlazor, localization and the sample register, in Simplified Chinese
/// unless a test picks another culture with <see cref="UseCulture"/>.
/// </summary>
public abstract class RegistryComponentTest : BunitContext, IAsyncLifetime
{
    protected RegistryComponentTest()
    {
        UseCulture("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<Registry.Web.Localization.StepNames>();
        Services.AddSingleton<IRegisterBrowser>(Browser);
    }

    protected SampleRegisterBrowser Browser { get; } = SampleRegisterBrowser.WithSampleRegister();

    // The culture is async-local: set in the test body, it holds for that test's renders only.
    protected static void UseCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that can only be disposed asynchronously; xUnit 2 calls this first.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
