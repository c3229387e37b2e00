namespace Registry.Application.Review.Facts;

/// <summary>What a mortgage change case changes (抵押权变更内容).</summary>
public sealed record MortgageChangeFacts
{
    /// <summary>Priority (顺位) of the mortgage being changed.</summary>
    public int TargetPriority { get; init; } = 1;

    /// <summary>Raises the secured amount or ceiling.</summary>
    public bool RaisesAmount { get; init; }

    /// <summary>Widens the guarantee scope.</summary>
    public bool WidensScope { get; init; }

    /// <summary>Extends the debt term or determination period.</summary>
    public bool ExtendsTerm { get; init; }

    /// <summary>Moves the mortgage's priority up.</summary>
    public bool MovesPriorityUp { get; init; }

    /// <summary>The rank the mortgage is to take (顺位变更); <see cref="TargetPriority"/> when it keeps its rank.</summary>
    public int NewPriority { get; init; } = 1;
}
