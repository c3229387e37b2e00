using Microsoft.AspNetCore.SignalR;
using Registry.Application.Fields;

namespace Registry.Web.Hosting;

/// <summary>
/// How large one message from the browser to the Blazor circuit may be. SignalR's default (32 KB) closed the circuit on a
/// 44 KB designer draft and the draft was lost without a word; the limit is now set deliberately, above the largest text
/// any field can send (<see cref="FieldLimits"/> × <see cref="MaxBytesPerCharacter"/>), so a field's own
/// <c>maxlength</c> and the services' refusals are what a user meets, never a dropped connection.
/// </summary>
public static class CircuitLimits
{
    /// <summary>The most bytes one character can take in a circuit message: a control character escaped as <c>\uXXXX</c>.</summary>
    public const int MaxBytesPerCharacter = 6;

    /// <summary>Room for the message's envelope (event name, component and handler ids, the event's other fields).</summary>
    public const int EnvelopeBytes = 16 * 1024;

    /// <summary>
    /// 1 MiB: the designer draft (100,001 characters at most, its editor lets one over the limit through to be refused)
    /// at 6 bytes each is 600 KB. Larger would let one browser tie up more server memory per message for no field's sake.
    /// </summary>
    public const long MaximumReceiveMessageSize = 1024 * 1024;

    /// <summary>The largest message a field can produce: its maxlength (the designer's is its limit + 1) at the worst encoding.</summary>
    public static long LargestFieldMessage =>
        ((long)FieldLimits.All.Values.Max() + 1) * MaxBytesPerCharacter + EnvelopeBytes;

    /// <summary>Sets <see cref="MaximumReceiveMessageSize"/> on the circuit's hub.</summary>
    public static void Apply(HubOptions hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
    }
}
