using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Registry.Designer.Canvas;

/// <summary>
/// Layouts as <c>*.layout.json</c> files beside the definitions (the repository's <c>workflows/</c> folder, subfolders
/// included). Read once per definition and kept in memory; a save rewrites the file and the cached copy. A layout for
/// a definition with no file yet is written as <c>{id}.layout.json</c> at the folder's top.
/// </summary>
internal sealed class FileWorkflowLayoutStore(string directory, ILogger<FileWorkflowLayoutStore> logger) : IWorkflowLayoutStore, IDisposable
{
    private readonly ConcurrentDictionary<string, (string Path, WorkflowLayout? Layout)> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _write = new(1, 1);
    private Dictionary<string, string>? _files;

    public async ValueTask<WorkflowLayout?> FindAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(definitionId, out var cached))
        {
            return cached.Layout;
        }

        var path = Files().GetValueOrDefault(definitionId) ?? Path.Combine(directory, definitionId + ".layout.json");
        WorkflowLayout? layout = null;
        if (File.Exists(path))
        {
            try
            {
                layout = WorkflowLayout.Parse(await File.ReadAllTextAsync(path, cancellationToken));
            }
            catch (JsonException e)
            {
                // A broken layout file costs the stored positions, not the diagram: it is drawn with the automatic layout.
                logger.LogWarning(e, "Layout file {Path} is not a layout; drawing {Definition} with the automatic layout", path, definitionId);
            }
        }

        _cache[definitionId] = (path, layout);
        return layout;
    }

    public async Task SaveAsync(WorkflowLayout layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        await _write.WaitAsync(cancellationToken);
        try
        {
            var path = Files().GetValueOrDefault(layout.DefinitionId) ?? Path.Combine(directory, layout.DefinitionId + ".layout.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, layout.ToJson() + Environment.NewLine, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            _files![layout.DefinitionId] = path;
            _cache[layout.DefinitionId] = (path, layout);
        }
        finally
        {
            _write.Release();
        }
    }

    public void Dispose() => _write.Dispose();

    // Layout files are named after their definition: house-transfer-resale.layout.json.
    private Dictionary<string, string> Files() => _files ??= Directory.Exists(directory)
        ? Directory.EnumerateFiles(directory, "*.layout.json", SearchOption.AllDirectories)
            .GroupBy(f => Path.GetFileName(f)[..^".layout.json".Length], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
        : new Dictionary<string, string>(StringComparer.Ordinal);
}
