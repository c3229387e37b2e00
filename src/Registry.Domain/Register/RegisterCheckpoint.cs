namespace Registry.Domain.Register;

/// <summary>A point in a register's unsaved changes to roll back to (see <see cref="UnitRegister.Checkpoint"/>).</summary>
public sealed class RegisterCheckpoint
{
    internal RegisterCheckpoint(UnitRegister register, int position)
    {
        Register = register;
        Position = position;
    }

    internal UnitRegister Register { get; }

    internal int Position { get; }
}
