using System.Net;
using System.Text.RegularExpressions;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// A browser-less client of the running app: its own cookies, no automatic redirects (a test reads every 302), and the
/// static sign-in form posted with its hidden fields (Blazor's form handler and anti-forgery token), as a browser would.
/// </summary>
public sealed partial class HttpSession : IDisposable
{
    private readonly HttpClientHandler _handler;

    public HttpSession(Uri baseAddress)
    {
        _handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        Client = new HttpClient(_handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    /// <summary>The sign-in cookie's value, or null.</summary>
    public string? AuthCookie => Cookies.GetCookies(Client.BaseAddress!).FirstOrDefault(c => c.Name == "Registry.Auth")?.Value;

    /// <summary>Posts the sign-in form; returns the response (302 on success, 200 with the page's message on failure).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var form = await HiddenFieldsAsync("/account/login");
        form["Input.UserName"] = userName;
        form["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri("/account/login", UriKind.Relative), content);
    }

    /// <summary>The sign-in page's message (<c>#login-error</c>) in a failed sign-in's response, or null.</summary>
    public static async Task<string?> LoginErrorAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var match = LoginError().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
    }

    /// <summary>A fresh anti-forgery token for this session's user (the sign-in page's form carries one for whoever asks).</summary>
    public async Task<string> AntiforgeryTokenAsync() => (await HiddenFieldsAsync("/account/login"))["__RequestVerificationToken"];

    /// <summary>GET <paramref name="path"/> without following redirects.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }

    private async Task<Dictionary<string, string>> HiddenFieldsAsync(string path)
    {
        using var response = await GetAsync(path);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in HiddenInput().Matches(html))
        {
            var name = Attribute(input.Value, "name");
            if (name is not null)
            {
                fields[name] = WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? string.Empty);
            }
        }

        return fields.ContainsKey("__RequestVerificationToken")
            ? fields
            : throw new InvalidOperationException($"{path} has no anti-forgery token:\n{html}");
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HiddenInput();

    [GeneratedRegex("id=\"login-error\"[^>]*>([^<]*)<", RegexOptions.CultureInvariant)]
    private static partial Regex LoginError();
}
