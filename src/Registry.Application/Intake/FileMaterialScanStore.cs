using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Registry.Application.Intake;

/// <summary>
/// Scans as files: staged under <c>{ScanDirectory}/_staging/{token}</c>, attached as
/// <c>{ScanDirectory}/{caseNumber}/{materialCode}/{nn}-{fileName}</c>. The type is judged by the file's signature, not
/// only its name, so a renamed file of another kind is refused.
/// </summary>
public sealed partial class FileMaterialScanStore(IOptions<IntakeOptions> options) : IMaterialScanStore
{
    private const string Staging = "_staging";

    private static readonly (string Extension, string ContentType, byte[] Signature)[] Kinds =
    [
        (".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    private IntakeOptions Options => options.Value;

    /// <summary>The configured size limit in words, e.g. "10 MB".</summary>
    public static string SizeText(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    /// <inheritdoc />
    public async Task<StagedScan> StageAsync(string materialCode, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckMaterialCode(materialCode);
        var name = SafeFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var allowed = Options.AllowedScanExtensions.Select(e => e.ToLowerInvariant()).ToList();
        if (!allowed.Contains(extension))
        {
            throw new ScanRefusedException(name, ScanProblemKind.TypeNotAllowed, string.Join(", ", allowed));
        }

        var limit = Options.MaxScanBytes;
        if (declaredSize > limit)
        {
            throw new ScanRefusedException(name, ScanProblemKind.TooLarge, SizeText(limit));
        }

        var token = Guid.NewGuid();
        var path = StagedPath(token);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long size = 0;
        var header = new byte[8];
        var headerLength = 0;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    // The declared size is the client's word; the bytes decide.
                    size += read;
                    if (size > limit)
                    {
                        throw new ScanRefusedException(name, ScanProblemKind.TooLarge, SizeText(limit));
                    }

                    var take = Math.Min(read, header.Length - headerLength);
                    Array.Copy(buffer, 0, header, headerLength, take);
                    headerLength += take;
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw new ScanRefusedException(name, ScanProblemKind.Empty, "> 0 B");
            }

            var kind = Kinds.FirstOrDefault(k => k.Extension == extension);
            if (kind.Signature is null || headerLength < kind.Signature.Length || !header.AsSpan(0, kind.Signature.Length).SequenceEqual(kind.Signature))
            {
                throw new ScanRefusedException(name, ScanProblemKind.ContentMismatch, extension);
            }

            await File.WriteAllTextAsync(path + ".meta", string.Join('\n', materialCode, name, kind.ContentType), cancellationToken);
            return new StagedScan(token, materialCode, name, kind.ContentType, size);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MaterialScan>> AttachAsync(string caseNumber, IReadOnlyList<StagedScan> scans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scans);
        CheckCaseNumber(caseNumber);
        var stored = new List<MaterialScan>(scans.Count);
        var counter = 0;
        foreach (var scan in scans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckMaterialCode(scan.MaterialCode);
            var source = StagedPath(scan.Token);
            if (!File.Exists(source))
            {
                throw new FileNotFoundException($"staged scan {scan.FileName} ({scan.Token}) is gone; upload it again", source);
            }

            var folder = Path.Combine(Root, caseNumber, scan.MaterialCode);
            Directory.CreateDirectory(folder);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"{++counter:00}-{SafeFileName(scan.FileName)}");
            File.Move(source, Path.Combine(folder, fileName), overwrite: false);
            File.Delete(source + ".meta");
            stored.Add(new MaterialScan(caseNumber, scan.MaterialCode, fileName, scan.Size, $"{caseNumber}/{scan.MaterialCode}/{fileName}"));
        }

        return Task.FromResult<IReadOnlyList<MaterialScan>>(stored);
    }

    /// <inheritdoc />
    public Task DiscardAsync(StagedScan scan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var path = StagedPath(scan.Token);
        File.Delete(path);
        File.Delete(path + ".meta");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MaterialScan>> ListAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        CheckCaseNumber(caseNumber);
        var folder = Path.Combine(Root, caseNumber);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<MaterialScan>>([]);
        }

        IReadOnlyList<MaterialScan> scans = [.. Directory.EnumerateDirectories(folder)
            .SelectMany(d => Directory.EnumerateFiles(d).Select(f => new FileInfo(f)))
            .Select(f => new MaterialScan(caseNumber, f.Directory!.Name, f.Name, f.Length, $"{caseNumber}/{f.Directory.Name}/{f.Name}"))
            .OrderBy(s => s.MaterialCode, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, StringComparer.Ordinal)];
        return Task.FromResult(scans);
    }

    private string Root => string.IsNullOrWhiteSpace(Options.ScanDirectory)
        ? throw new InvalidOperationException("Intake:ScanDirectory is not set; the host sets a default next to the database.")
        : Options.ScanDirectory;

    private string StagedPath(Guid token) => Path.Combine(Root, Staging, token.ToString("N"));

    // The file name comes from the browser: keep only a plain name, never a path.
    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = UnsafeCharacters().Replace(name, "_").Trim('.', ' ');
        if (name.Length > 100)
        {
            name = name[^100..];
        }

        return name.Length == 0 ? "scan" : name;
    }

    private static void CheckMaterialCode(string materialCode)
    {
        if (string.IsNullOrEmpty(materialCode) || !MaterialCodePattern().IsMatch(materialCode))
        {
            throw new ArgumentException($"'{materialCode}' is not a material code", nameof(materialCode));
        }
    }

    private static void CheckCaseNumber(string caseNumber)
    {
        if (string.IsNullOrEmpty(caseNumber) || !caseNumber.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{caseNumber}' is not a case number", nameof(caseNumber));
        }
    }

    [GeneratedRegex(@"[^\w\-. \u4e00-\u9fff]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCharacters();

    [GeneratedRegex(@"^[A-Z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MaterialCodePattern();
}
