namespace Registry.Application.Intake;

/// <summary>
/// Keeps scanned materials. A scan is staged while the application is being entered and attached to the case only
/// once it is accepted, so a refused application leaves no files behind a case.
/// </summary>
public interface IMaterialScanStore
{
    /// <summary>Checks <paramref name="content"/> against the limits and stages it.</summary>
    /// <param name="materialCode">Checklist code.</param>
    /// <param name="fileName">Name as uploaded.</param>
    /// <param name="declaredSize">Size the client reports (checked before reading).</param>
    /// <param name="content">The bytes; read at most one byte past the limit.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="ScanRefusedException">Empty, too large, wrong type or content not matching its type.</exception>
    Task<StagedScan> StageAsync(string materialCode, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Moves staged scans under the case; returns them as stored.</summary>
    Task<IReadOnlyList<MaterialScan>> AttachAsync(string caseNumber, IReadOnlyList<StagedScan> scans, CancellationToken cancellationToken = default);

    /// <summary>Drops a staged scan (removed from the form, or the form abandoned).</summary>
    Task DiscardAsync(StagedScan scan, CancellationToken cancellationToken = default);

    /// <summary>The scans kept with a case, by material code then file name.</summary>
    Task<IReadOnlyList<MaterialScan>> ListAsync(string caseNumber, CancellationToken cancellationToken = default);
}
