namespace Registry.Web.Api;

/// <summary>The REST API for bank outlets and courts (configuration section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Api";

    /// <summary>The token endpoint refuses plain HTTP (<c>Api:RequireHttps</c>, default true; Development sets false).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>How long an access token lives (<c>Api:AccessTokenLifetime</c>, default one hour).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests a client may make in a burst (<c>Api:RateLimit:Burst</c>, default 120).</summary>
    public int RateLimitBurst { get; set; } = 120;

    /// <summary>Requests per second a client gets back after a burst (<c>Api:RateLimit:PerSecond</c>, default 20).</summary>
    public int RateLimitPerSecond { get; set; } = 20;

    /// <summary>Largest submission (JSON or multipart with all its files), in bytes (<c>Api:MaxRequestBytes</c>, default 64 MB).</summary>
    public long MaxRequestBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long a webhook receiver has to answer (<c>Api:WebhookTimeout</c>, default 10 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
