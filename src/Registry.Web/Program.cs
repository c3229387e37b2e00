using Registry.Composition;
using Registry.Web.Api;
using Registry.Web.Hosting;
using Registry.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRegistryWeb(builder.Configuration);
builder.Services.AddRegistryServices(builder.Configuration);
builder.Services.AddRegistryApi(builder.Configuration); // after the services: it wraps the case store for result webhooks

var app = builder.Build();

// First run: create or migrate the database and load the demo county into an empty one.
await app.Services.InitializeRegistryAsync();
await app.Services.SeedRolesAndDemoUsersAsync();

app.UseRegistryWeb();
app.MapRegistryWeb();
// Endpoints that need the product's services (AddRegistryServices, AddRegistryApi): a host without them (the browser
// tests' sample register) maps the console alone.
Registry.Web.Exports.ExportEndpoints.MapExportEndpoints(app);
Registry.Web.Documents.DocumentEndpoints.MapDocumentEndpoints(app);
app.MapRegistryApi();

await app.RunAsync();
