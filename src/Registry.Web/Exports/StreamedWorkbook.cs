using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Registry.Web.Exports;

/// <summary>
/// An .xlsx written sheet by sheet and row by row: each sheet's XML goes through the OpenXml SDK's SAX-style
/// <see cref="OpenXmlWriter"/> into a zip entry as the rows arrive, so memory stays the same for 100 or 100,000 rows
/// (ClosedXML holds an object per cell until it saves). The zip is written in create mode (the SDK's own package opens
/// in update mode on .NET, which buffers every part in memory). Strings are inline (no shared-string table to grow),
/// dates are Excel dates in China time with a date format, numbers are numbers; the header row is bold, filled and
/// frozen, and column widths are set. The small parts (workbook, styles, relationships) are written at the end.
/// </summary>
internal sealed class StreamedWorkbook : IDisposable
{
    /// <summary>Excel's limit on a cell's text.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>How often (in rows) a sheet reports how many rows it has written.</summary>
    public const int ProgressEvery = 1_000;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const uint HeaderStyle = 1;

    /// <summary>
    /// A stored column width counts Excel's 5-pixel cell padding (5/7 of a Calibri 11 digit) beside the characters; the
    /// same allowance ClosedXML adds, so a width of 24 reads back as 24 characters in Excel and in ClosedXML.
    /// </summary>
    private const double WidthPadding = 0.710625;
    private const uint FirstCustomFormat = 164;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];

    /// <summary>Number formats in the order first used; cell style <c>2 + i</c> applies format <c>i</c>.</summary>
    private readonly List<string> _formats = [];
    private bool _completed;

    /// <summary>Writes the workbook to <paramref name="output"/> (left open), which needs no seeking.</summary>
    public StreamedWorkbook(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
    }

    /// <summary>Adds a sheet from rows read as they come (a database stream); returns how many rows were written.</summary>
    public async Task<int> AddSheetAsync<T>(string name, IReadOnlyList<ExcelColumn<T>> columns, IAsyncEnumerable<T> rows, Action<int>? written = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var sheet = Begin(name, columns);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheet.Write(row) % ProgressEvery == 0)
            {
                written?.Invoke(sheet.Rows);
            }
        }

        written?.Invoke(sheet.Rows);
        return sheet.Rows;
    }

    /// <summary>Adds a sheet from rows already in memory; returns how many rows were written.</summary>
    public int AddSheet<T>(string name, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows, Action<int>? written = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var sheet = Begin(name, columns);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sheet.Write(row) % ProgressEvery == 0)
            {
                written?.Invoke(sheet.Rows);
            }
        }

        written?.Invoke(sheet.Rows);
        return sheet.Rows;
    }

    /// <summary>Writes the workbook, styles and package parts; the file is valid only after this.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        Part("xl/workbook.xml", new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(_sheets.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" }))));
        Part("xl/styles.xml", Styles());
        Text("xl/_rels/workbook.xml.rels", Relationships(
            [.. _sheets.Select((_, i) => ($"rId{i + 1}", RelationshipsNamespace + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
             ($"rId{_sheets.Count + 1}", RelationshipsNamespace + "/styles", "styles.xml")]));
        Text("_rels/.rels", Relationships([("rId1", RelationshipsNamespace + "/officeDocument", "xl/workbook.xml")]));
        var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""")
            .Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""")
            .Append("""<Default Extension="xml" ContentType="application/xml"/>""")
            .Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""")
            .Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            types.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        Text("[Content_Types].xml", types.Append("</Types>").ToString());
        _zip.Dispose();
    }

    /// <summary>Closes the zip; without <see cref="Complete"/> the output is not a workbook (a cancelled export).</summary>
    public void Dispose() => _zip.Dispose();

    /// <summary>Excel refuses sheet names over 31 characters or with <c>[]:*?/\</c>.</summary>
    internal static string SheetName(string name)
    {
        var clean = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '-' : ch)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }

    /// <summary>"A" for 1, "AA" for 27.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The text without characters XML 1.0 cannot carry (control characters, lone surrogates), cut at Excel's limit.</summary>
    internal static string CleanText(string text)
    {
        var clean = text.Length <= MaxCellText ? text : text[..MaxCellText];
        for (var i = 0; i < clean.Length; i++)
        {
            var ch = clean[i];
            var bad = char.IsSurrogate(ch)
                ? !(char.IsHighSurrogate(ch) && i + 1 < clean.Length && char.IsLowSurrogate(clean[i + 1]))
                : !System.Xml.XmlConvert.IsXmlChar(ch);
            if (bad)
            {
                var kept = new StringBuilder(clean.Length);
                for (var j = 0; j < clean.Length; j++)
                {
                    var c = clean[j];
                    if (char.IsHighSurrogate(c) && j + 1 < clean.Length && char.IsLowSurrogate(clean[j + 1]))
                    {
                        kept.Append(c).Append(clean[++j]);
                    }
                    else if (!char.IsSurrogate(c) && System.Xml.XmlConvert.IsXmlChar(c))
                    {
                        kept.Append(c);
                    }
                }

                return kept.ToString();
            }

            if (char.IsHighSurrogate(ch))
            {
                i++;
            }
        }

        return clean;
    }

    private SheetWriter<T> Begin<T>(string name, IReadOnlyList<ExcelColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        if (_completed)
        {
            throw new InvalidOperationException("The workbook is complete.");
        }

        var sheetName = SheetName(name);
        for (var n = 2; _sheets.Contains(sheetName, StringComparer.OrdinalIgnoreCase); n++)
        {
            sheetName = SheetName($"{name[..Math.Min(name.Length, 27)]} ({n})");
        }

        _sheets.Add(sheetName);
        var entry = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest);
        return new SheetWriter<T>(this, entry.Open(), columns, _sheets.Count == 1);
    }

    /// <summary>The cell style applying <paramref name="format"/>, added on first use.</summary>
    private uint StyleOf(string format)
    {
        var index = _formats.IndexOf(format);
        if (index < 0)
        {
            _formats.Add(format);
            index = _formats.Count - 1;
        }

        return (uint)(HeaderStyle + 1 + index);
    }

    private Stylesheet Styles()
    {
        var formats = new NumberingFormats(_formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(FirstCustomFormat + i), FormatCode = f }))
        {
            Count = (uint)_formats.Count,
        };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 };
        // Fills 0 and 1 are reserved by Excel (none, gray125); 2 is the header's.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE6F0" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var cellStyles = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        var cells = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true });
        for (var i = 0; i < _formats.Count; i++)
        {
            cells.Append(new CellFormat { NumberFormatId = (uint)(FirstCustomFormat + i), FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        }

        cells.Count = (uint)(2 + _formats.Count);
        var sheet = new Stylesheet();
        if (_formats.Count > 0)
        {
            sheet.Append(formats);
        }

        sheet.Append(fonts, fills, borders, cellStyles, cells, new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return sheet;
    }

    private void Part(string path, OpenXmlElement root)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }

    private void Text(string path, string text)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""").Append(CultureInfo.InvariantCulture, $"""<Relationships xmlns="{PackageRelationships}">""");
        foreach (var (id, type, target) in relationships)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="{id}" Type="{type}" Target="{target}"/>""");
        }

        return xml.Append("</Relationships>").ToString();
    }

    /// <summary>One sheet's XML, open while its rows are written.</summary>
    private sealed class SheetWriter<T> : IDisposable
    {
        private readonly StreamedWorkbook _book;
        private readonly Stream _stream;
        private readonly OpenXmlWriter _writer;
        private readonly IReadOnlyList<ExcelColumn<T>> _columns;
        private readonly string[] _letters;

        /// <summary>Each column's style once known: its own format, or the date format of its first date.</summary>
        private readonly uint?[] _styles;

        public SheetWriter(StreamedWorkbook book, Stream stream, IReadOnlyList<ExcelColumn<T>> columns, bool selected)
        {
            _book = book;
            _stream = stream;
            _columns = columns;
            _letters = [.. Enumerable.Range(1, columns.Count).Select(ColumnName)];
            _styles = [.. columns.Select(c => c.Format is { } f ? book.StyleOf(f) : (uint?)null)];
            _writer = OpenXmlWriter.Create(stream);
            _writer.WriteStartDocument(true);
            _writer.WriteStartElement(new Worksheet());
            _writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                WorkbookViewId = 0,
                TabSelected = selected,
            }));
            if (columns.Count > 0)
            {
                _writer.WriteElement(new Columns(columns.Select((c, i) =>
                {
                    var column = new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width + WidthPadding, CustomWidth = true };
                    if (_styles[i] is { } style)
                    {
                        column.Style = style;
                    }

                    return column;
                })));
            }

            _writer.WriteStartElement(new SheetData());
            StartRow();
            for (var c = 0; c < columns.Count; c++)
            {
                InlineText(c, columns[c].Header, HeaderStyle);
            }

            _writer.WriteEndElement();
        }

        /// <summary>Data rows written so far (the header not counted).</summary>
        public int Rows { get; private set; }

        public int Write(T row)
        {
            Rows++;
            StartRow();
            for (var c = 0; c < _columns.Count; c++)
            {
                Cell(c, _columns[c].Value(row));
            }

            _writer.WriteEndElement();
            return Rows;
        }

        public void Dispose()
        {
            try
            {
                _writer.WriteEndElement(); // sheetData
                _writer.WriteEndElement(); // worksheet
                _writer.Close();
            }
            finally
            {
                _writer.Dispose();
                _stream.Dispose();
            }
        }

        private string Reference(int column) => _letters[column] + (Rows + 1).ToString(CultureInfo.InvariantCulture);

        private void StartRow() =>
            _writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, (Rows + 1).ToString(CultureInfo.InvariantCulture))]);

        private void Cell(int column, object? value)
        {
            switch (value)
            {
                case null:
                    return;
                case string s:
                    InlineText(column, s, null);
                    return;
                case DateTimeOffset at:
                    Number(column, at.ToOffset(China).DateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle(column, ExcelSheets.DateTimeFormat));
                    return;
                case DateOnly day:
                    Number(column, day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle(column, ExcelSheets.DateFormat));
                    return;
                case double d when double.IsFinite(d):
                    Number(column, d.ToString("R", CultureInfo.InvariantCulture), _styles[column]);
                    return;
                case double:
                    return;
                case float f when float.IsFinite(f):
                    Number(column, f.ToString("R", CultureInfo.InvariantCulture), _styles[column]);
                    return;
                case int or long or short or byte or uint or ulong or decimal:
                    Number(column, Convert.ToString(value, CultureInfo.InvariantCulture)!, _styles[column]);
                    return;
                case bool b:
                    _writer.WriteStartElement(new Cell(), [new OpenXmlAttribute("r", string.Empty, Reference(column)), new OpenXmlAttribute("t", string.Empty, "b")]);
                    _writer.WriteElement(new CellValue(b ? "1" : "0"));
                    _writer.WriteEndElement();
                    return;
                default:
                    InlineText(column, value.ToString() ?? string.Empty, null);
                    return;
            }
        }

        /// <summary>A date column takes the format of its first date unless it has its own.</summary>
        private uint DateStyle(int column, string format) => _styles[column] ??= _book.StyleOf(format);

        private void Number(int column, string text, uint? style)
        {
            _writer.WriteStartElement(new Cell(), style is { } s
                ? [new OpenXmlAttribute("r", string.Empty, Reference(column)), new OpenXmlAttribute("s", string.Empty, s.ToString(CultureInfo.InvariantCulture))]
                : [new OpenXmlAttribute("r", string.Empty, Reference(column))]);
            _writer.WriteElement(new CellValue(text));
            _writer.WriteEndElement();
        }

        private void InlineText(int column, string text, uint? style)
        {
            List<OpenXmlAttribute> attributes = [new("r", string.Empty, Reference(column)), new("t", string.Empty, "inlineStr")];
            if (style is { } s)
            {
                attributes.Add(new("s", string.Empty, s.ToString(CultureInfo.InvariantCulture)));
            }

            _writer.WriteStartElement(new Cell(), attributes);
            _writer.WriteStartElement(new InlineString());
            var clean = CleanText(text);
            _writer.WriteElement(new Text(clean) { Space = clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])) ? SpaceProcessingModeValues.Preserve : null });
            _writer.WriteEndElement();
            _writer.WriteEndElement();
        }
    }
}
