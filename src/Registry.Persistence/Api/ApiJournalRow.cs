namespace Registry.Persistence.Api;

/// <summary>One API action of a client.</summary>
internal sealed class ApiJournalRow
{
    public long Id { get; set; }

    public required string ClientId { get; set; }

    public required string Action { get; set; }

    public string? CaseNumber { get; set; }

    public required string Outcome { get; set; }

    public DateTimeOffset At { get; set; }

    public string? RemoteAddress { get; set; }
}
