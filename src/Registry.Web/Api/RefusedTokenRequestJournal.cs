using OpenIddict.Server;
using Microsoft.AspNetCore;
using Registry.Application.Api;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Registry.Web.Api;

/// <summary>
/// Journals every refused token request (unknown client, wrong secret, a scope the client does not hold, a disabled
/// client…) in <c>ApiJournal</c> with the client id it claimed, OpenIddict's error and description, the time and the
/// caller's address. It runs as the token response is applied, so the refusals OpenIddict makes before the endpoint
/// (client authentication, scopes) are journaled as well as the endpoint's own.
/// </summary>
internal sealed class RefusedTokenRequestJournal(IApiJournal journal, TimeProvider time) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    /// <summary>The client id journaled when the request named none.</summary>
    public const string NoClient = "(none)";

    /// <summary>Registered on the token server (<c>AddEventHandler</c>).</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
        .UseScopedHandler<RefusedTokenRequestJournal>()
        .SetOrder(int.MinValue + 100_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = context.Response?.Error;
        if (string.IsNullOrEmpty(error))
        {
            return;
        }

        var clientId = context.Request?.ClientId is { Length: > 0 } id ? (id.Length > 100 ? id[..100] : id) : NoClient;
        var address = context.Transaction.GetHttpRequest()?.HttpContext.Connection.RemoteIpAddress?.ToString();
        var outcome = $"refused: {error}" + (context.Response?.ErrorDescription is { Length: > 0 } description ? ": " + description : string.Empty);
        await journal.AppendAsync(new ApiJournalEntry(clientId, "token", null, outcome, time.GetUtcNow(), address), context.CancellationToken);
    }
}
