using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Registry.Application.Register.Browse;
using Registry.Persistence;
using Registry.Web.Hosting;
using Registry.Workflows;
using Registry.Web.Tests.Fakes;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// Registry.Web's pipeline hosted in the test process with the hand-written sample register instead of the
/// database: lets the register pages be checked in a real browser before (and independently of) persistence.
/// </summary>
public sealed class SampleRegisterHost : IAsyncLifetime
{
    private WebApplication? _app;
    private PlaywrightSession? _session;

    public Uri BaseAddress { get; private set; } = default!;

    public SampleRegisterBrowser Register { get; } = SampleRegisterBrowser.WithSampleRegister();

    public async Task InitializeAsync()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Registry.Web's static web assets manifest is copied next to the tests; the name finds it.
            ApplicationName = "Registry.Web",
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--urls", BaseAddress.ToString().TrimEnd('/')],
        });
        builder.Services.AddRegistryWeb();
        // The designer's canvas (registered by AddRegistryWeb) reads the engine's activity descriptors.
        builder.Services.AddRegistryWorkflows();
        builder.Services.AddSingleton<IRegisterBrowser>(Register);
        // The Identity stores need a database to be constructible; this host never signs anyone in, so an
        // unopened temp path is enough (the sample register above takes precedence over the database's).
        builder.Configuration["Database:Path"] = Path.Combine(Path.GetTempPath(), $"registry-sample-{Guid.NewGuid():N}.db");
        builder.Configuration["Database:SeedDemoData"] = "false";
        builder.Services.AddRegistryPersistence(builder.Configuration);
        // The key ring lives in the database, which this host never creates: keys in memory instead.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAuthentication(TestUserAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestUserAuthenticationHandler>(TestUserAuthenticationHandler.SchemeName, null);
        _app = builder.Build();
        _app.UseRegistryWeb();
        _app.MapRegistryWeb();
        await _app.StartAsync();
        _session = await PlaywrightSession.StartAsync(BaseAddress);
    }

    public Task<Microsoft.Playwright.IPage> NewPageAsync() =>
        (_session ?? throw new InvalidOperationException("Not started.")).NewPageAsync();

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
