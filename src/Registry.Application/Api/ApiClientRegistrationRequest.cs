namespace Registry.Application.Api;

/// <summary>An institution to register as an API client, as the business admin enters it.</summary>
/// <param name="Kind">Bank or court.</param>
/// <param name="Name">Its name exactly as it appears on applications (mortgagee's or authority's name).</param>
/// <param name="IdNumber">Its unified social credit code.</param>
/// <param name="WebhookUrl">Where results are posted (http or https), or empty for polling only.</param>
public sealed record ApiClientRegistrationRequest(ApiClientKind Kind, string Name, string IdNumber, string? WebhookUrl);
