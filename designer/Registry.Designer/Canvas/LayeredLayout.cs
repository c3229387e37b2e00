namespace Registry.Designer.Canvas;

/// <summary>
/// Automatic layered layout (left to right) for nodes without a stored position: edges back towards the start (a return
/// to an earlier step) are set aside, every node goes one layer right of its furthest predecessor (longest path), and
/// nodes within a layer are ordered by the mean row of their predecessors (one barycenter sweep) so lines cross less.
/// Deterministic: the same definition gives the same picture.
/// </summary>
internal static class LayeredLayout
{
    internal const double ColumnWidth = 200;
    internal const double RowHeight = 96;
    internal const double Margin = 24;

    /// <summary>Positions for every node id given.</summary>
    internal static Dictionary<string, CanvasPoint> Place(IReadOnlyList<string> nodeIds, IReadOnlyList<(string From, string To)> edges, string? startId)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in nodeIds)
        {
            index.TryAdd(id, index.Count);
        }

        var outgoing = index.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            if (index.ContainsKey(from) && index.ContainsKey(to) && from != to)
            {
                outgoing[from].Add(to);
            }
        }

        var forward = ForwardEdges(index.Keys, outgoing, startId);
        var layer = Layers(index.Keys, forward);
        var columns = layer.GroupBy(p => p.Value).OrderBy(g => g.Key)
            .Select(g => g.Select(p => p.Key).OrderBy(id => index[id]).ToList()).ToList();
        var row = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var ordered = column
                .Select(id => (Id: id, Key: Barycenter(id, forward, row) ?? index[id]))
                .OrderBy(x => x.Key).ThenBy(x => index[x.Id]).Select(x => x.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                row[ordered[i]] = i;
            }

            column.Clear();
            column.AddRange(ordered);
        }

        var tallest = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var result = new Dictionary<string, CanvasPoint>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            var offset = (tallest - columns[c].Count) * RowHeight / 2;
            for (var r = 0; r < columns[c].Count; r++)
            {
                result[columns[c][r]] = new CanvasPoint(Margin + (c * ColumnWidth), Margin + offset + (r * RowHeight));
            }
        }

        return result;
    }

    // Breadth-first distance from the start node (then from any node not reached): an edge that does not lead further
    // from the start is a return to an earlier step and is set aside. Depth-first would call "核定 → 复审 (return)" forward
    // whenever it met it before the branch's own path. Only edges that strictly increase the distance remain: no cycle.
    private static List<(string From, string To)> ForwardEdges(IEnumerable<string> ids, Dictionary<string, List<string>> outgoing, string? startId)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = ids.ToList();
        if (startId is not null && outgoing.ContainsKey(startId))
        {
            roots.Remove(startId);
            roots.Insert(0, startId);
        }

        foreach (var root in roots)
        {
            if (distance.ContainsKey(root))
            {
                continue;
            }

            distance[root] = 0;
            var queue = new Queue<string>([root]);
            while (queue.Count > 0)
            {
                var id = queue.Dequeue();
                foreach (var to in outgoing[id])
                {
                    if (distance.TryAdd(to, distance[id] + 1))
                    {
                        queue.Enqueue(to);
                    }
                }
            }
        }

        // An edge into a node with no way out (an end such as 不予登记) can close no loop: it always counts, so ends
        // sit right of every step that leads to them instead of pulling lines back across the picture.
        return [.. outgoing.SelectMany(o => o.Value.Select(to => (o.Key, to)))
            .Where(e => distance[e.to] > distance[e.Key] || outgoing[e.to].Count == 0).Distinct()];
    }

    private static Dictionary<string, int> Layers(IEnumerable<string> ids, List<(string From, string To)> forward)
    {
        var layer = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var incoming = layer.Keys.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        foreach (var (_, to) in forward)
        {
            incoming[to]++;
        }

        var ready = new Queue<string>(layer.Keys.Where(id => incoming[id] == 0));
        var lookup = forward.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        while (ready.Count > 0)
        {
            var id = ready.Dequeue();
            foreach (var to in lookup[id])
            {
                layer[to] = Math.Max(layer[to], layer[id] + 1);
                if (--incoming[to] == 0)
                {
                    ready.Enqueue(to);
                }
            }
        }

        return layer;
    }

    private static double? Barycenter(string id, List<(string From, string To)> forward, Dictionary<string, double> row)
    {
        var rows = forward.Where(e => e.To == id && row.ContainsKey(e.From)).Select(e => row[e.From]).ToList();
        return rows.Count == 0 ? null : rows.Average();
    }
}
