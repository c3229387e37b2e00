using Registry.Application.Api;

namespace Registry.Persistence.Api;

/// <summary>A registered API client (institution); its OAuth application is in OpenIddict's tables under the same client id.</summary>
internal sealed class ApiClientRow
{
    public required string ClientId { get; set; }

    public ApiClientKind Kind { get; set; }

    public required string Name { get; set; }

    public required string IdNumber { get; set; }

    public string? WebhookUrl { get; set; }

    public required string WebhookSecret { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
