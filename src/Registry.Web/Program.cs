using Registry.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRegistryWeb();
// ── Integration point: persistence ─────────────────────────────────────────────────────
// The EF implementation of IRegisterBrowser (and the rest of the persistence layer) plugs in here:
// builder.Services.AddRegistryPersistence(builder.Configuration);
// ─────────────────────────────────────────────────────────────────────────────────────────

var app = builder.Build();

// ── Integration point: first-run database (migrate SQLite, load the demo register) ──────
// await app.Services.InitializeRegistryDatabaseAsync();
// ─────────────────────────────────────────────────────────────────────────────────────────

app.UseRegistryWeb();
app.MapRegistryWeb();

await app.RunAsync();
