using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using Registry.Application.Intake;

namespace Registry.Web.Components.Intake;

public partial class MaterialsChecklist
{
    private readonly List<FormProblem> _scanProblems = [];

    [Parameter, EditorRequired]
    public IntakeForm Form { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<FormProblem> Problems { get; set; } = [];

    [Inject]
    private MaterialNames MaterialNames { get; set; } = default!;

    [Inject]
    private IMaterialScanStore Scans { get; set; } = default!;

    [Inject]
    private IOptions<IntakeOptions> Options { get; set; } = default!;

    private (string SizeText, string Types, int Count) Limits =>
        (FileMaterialScanStore.SizeText(Options.Value.MaxScanBytes), string.Join(", ", Options.Value.AllowedScanExtensions), Options.Value.MaxScansPerCase);

    private List<FormProblem> AllProblems => [.. Problems, .. _scanProblems];

    private string Accept => string.Join(",", Options.Value.AllowedScanExtensions);

    private string ProvidedBy(string who)
    {
        var text = T["ProvidedBy_" + who];
        return text.ResourceNotFound ? who : text.Value;
    }

    private static string SizeText(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");

    private async Task UploadAsync(MaterialInput material, InputFileChangeEventArgs e)
    {
        _scanProblems.RemoveAll(p => p.Field == material.Field);
        var limits = Options.Value;
        foreach (var file in e.GetMultipleFiles(maximumFileCount: limits.MaxScansPerCase))
        {
            if (Form.Scans.Count >= limits.MaxScansPerCase)
            {
                Refuse(material, file.Name, ScanProblemKind.TooMany, limits.MaxScansPerCase.ToString(CultureInfo.InvariantCulture));
                break;
            }

            // Refused before a byte crosses the wire when the browser's size already says so.
            if (file.Size > limits.MaxScanBytes)
            {
                Refuse(material, file.Name, ScanProblemKind.TooLarge, FileMaterialScanStore.SizeText(limits.MaxScanBytes));
                continue;
            }

            try
            {
                await using var stream = file.OpenReadStream(limits.MaxScanBytes);
                var staged = await Scans.StageAsync(material.Chosen, file.Name, file.Size, stream);
                material.Scans.Add(staged);
                material.Received = true;
            }
            catch (ScanRefusedException refused)
            {
                Refuse(material, file.Name, refused.Kind, refused.Limit);
            }
        }
    }

    private void Refuse(MaterialInput material, string fileName, ScanProblemKind kind, string limit) =>
        _scanProblems.Add(new FormProblem(material.Field, FormProblemKind.Service) { Message = T["Scan_" + kind, fileName, limit] });

    private async Task RemoveAsync(MaterialInput material, StagedScan scan)
    {
        material.Scans.Remove(scan);
        await Scans.DiscardAsync(scan);
    }
}
