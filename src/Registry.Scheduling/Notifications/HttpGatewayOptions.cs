namespace Registry.Scheduling.Notifications;

/// <summary>
/// A real message gateway reached over HTTP (sections <c>Notifications:Sms</c> and <c>Notifications:WeChat</c>). With no
/// <see cref="Endpoint"/> the channel uses its file adapter (the embedded default).
/// </summary>
public sealed class HttpGatewayOptions
{
    /// <summary>The SMS gateway's section.</summary>
    public const string SmsSection = "Notifications:Sms";

    /// <summary>The WeChat gateway's section.</summary>
    public const string WeChatSection = "Notifications:WeChat";

    /// <summary>The URL messages are POSTed to (JSON); empty: the file adapter.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>How long one attempt may take before it counts as failed (and is retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>WeChat: the official account's template id for each of our template keys (the key itself when absent).</summary>
    public Dictionary<string, string> TemplateIds { get; set; } = [];
}
