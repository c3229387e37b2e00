namespace Registry.Persistence.Transactions;

/// <summary>
/// Which <see cref="CommandScope"/> the current async flow runs in (like IHttpContextAccessor: an async-local behind a
/// singleton). Stores ask it whether to join a command's transaction or work on their own.
/// </summary>
internal sealed class AmbientCommand
{
    private readonly AsyncLocal<CommandScope?> _current = new();

    public CommandScope? Current
    {
        get => _current.Value;
        set => _current.Value = value;
    }
}
