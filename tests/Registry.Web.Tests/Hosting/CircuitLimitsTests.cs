using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Fields;
using Registry.Web.Hosting;

namespace Registry.Web.Tests.Hosting;

/// <summary>The circuit's message limit is set on the hub and stays above the largest text any field can send.</summary>
public sealed class CircuitLimitsTests
{
    [Fact]
    public void TheLargestField_AtTheWorstEncoding_FitsOneCircuitMessage()
    {
        Assert.True(CircuitLimits.LargestFieldMessage < CircuitLimits.MaximumReceiveMessageSize,
            $"{CircuitLimits.LargestFieldMessage} bytes (the {FieldLimits.All.MaxBy(l => l.Value).Key} field) do not fit {CircuitLimits.MaximumReceiveMessageSize}");
        // The default SignalR limit (32 KB) lost a 44 KB designer draft: the limit must be well above it.
        Assert.True(CircuitLimits.MaximumReceiveMessageSize >= 44 * 1024 * 6);
    }

    [Fact]
    public void TheWebHost_SetsTheLimitOnTheBlazorHub()
    {
        using var services = new ServiceCollection().AddLogging().AddRegistryWeb().BuildServiceProvider();
        var hub = Type.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub, Microsoft.AspNetCore.Components.Server", throwOnError: true)!;
        var options = (IOptions<HubOptions>)services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));

        Assert.Equal(CircuitLimits.MaximumReceiveMessageSize, options.Value.MaximumReceiveMessageSize);
    }
}
