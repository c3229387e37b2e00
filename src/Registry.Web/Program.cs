// Composition root placeholder; the web host is built in the foundation issue.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
