using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Registry.Application.Api;
using Registry.Web.Resources;

namespace Registry.Web.Components.ApiClients;

/// <summary>
/// The business admin registers bank outlets and courts as API clients (接口接入机构) and sees them listed; the secrets of a
/// new client are shown once. Each call runs in its own scope (the token server's store is scoped) and checks the role.
/// </summary>
public partial class ApiClientsPage
{
    private IReadOnlyList<ApiClient>? _clients;
    private IReadOnlyList<ApiClientRegistrationProblem> _problems = [];
    private RegisteredApiClient? _registered;
    private ApiClientKind _kind = ApiClientKind.Bank;
    private string? _name;
    private string? _idNumber;
    private string? _webhook;
    private bool _busy;
    private bool _denied;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ApiClientResource> T { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => ListAsync();

    private async Task ListAsync()
    {
        var roles = await RolesAsync();
        await using var scope = Scopes.CreateAsyncScope();
        try
        {
            _clients = await scope.ServiceProvider.GetRequiredService<ApiClientRegistration>().ListAsync(roles);
        }
        catch (UnauthorizedAccessException)
        {
            _denied = true;
        }
    }

    private async Task RegisterAsync()
    {
        _busy = true;
        _problems = [];
        _registered = null;
        try
        {
            var user = (await AuthenticationState).User;
            await using var scope = Scopes.CreateAsyncScope();
            _registered = await scope.ServiceProvider.GetRequiredService<ApiClientRegistration>().RegisterAsync(
                new ApiClientRegistrationRequest(_kind, _name ?? string.Empty, _idNumber ?? string.Empty, _webhook),
                user.Identity?.Name ?? string.Empty,
                [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
            _name = _idNumber = _webhook = null;
            await ListAsync();
        }
        catch (ApiClientRegistrationRefusedException refused)
        {
            _problems = refused.Problems;
        }
        catch (UnauthorizedAccessException)
        {
            _denied = true;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<IReadOnlyCollection<string>> RolesAsync() =>
        [.. (await AuthenticationState).User.FindAll(ClaimTypes.Role).Select(c => c.Value)];

    private bool HasProblem(string field) => _problems.Any(p => p.Field == field);

    private string? ProblemText(string field) => _problems.FirstOrDefault(p => p.Field == field) is { } problem
        ? problem.Kind == ApiClientRegistrationProblemKind.NameTooLong
            ? string.Format(CultureInfo.CurrentCulture, T["Problem_NameTooLong"], ApiClientRegistration.MaxNameLength)
            : T["Problem_" + problem.Kind]
        : null;
}
