namespace Registry.Application.Api;

/// <summary>An institution registered to file through the API (接入机构). Its OAuth credentials are kept by the token server.</summary>
/// <param name="ClientId">The OAuth client id.</param>
/// <param name="Kind">Bank or court.</param>
/// <param name="Name">The institution's name as it appears on applications (the mortgagee's or the authority's name).</param>
/// <param name="IdNumber">Its unified social credit code (统一社会信用代码).</param>
/// <param name="WebhookUrl">Where results are posted (absolute http(s) URL), or null for polling only.</param>
/// <param name="WebhookSecret">The key of the webhook signature (HMAC-SHA256 over the body).</param>
/// <param name="Enabled">A disabled client gets no token and files nothing.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="CreatedBy">The business admin who registered it.</param>
public sealed record ApiClient(
    string ClientId,
    ApiClientKind Kind,
    string Name,
    string IdNumber,
    Uri? WebhookUrl,
    string WebhookSecret,
    bool Enabled,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    /// <summary>The actor name recorded on the cases and journal entries of this client.</summary>
    public string Actor => "api:" + ClientId;

    /// <summary>The scope this client's kind may ask for.</summary>
    public string Scope => ApiScopes.For(Kind);
}
