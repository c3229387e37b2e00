using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Registry.Web.Exports;

namespace Registry.Web.Tests.Exports;

/// <summary>The row-by-row writer: files opened again with ClosedXML and checked cell by cell, and validated against the schema with the OpenXml SDK.</summary>
public sealed class StreamedWorkbookTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    private sealed record Line(int Index, string Number, DateTimeOffset At, DateOnly Day, double Rate, decimal Amount, string? Note);

    private static readonly IReadOnlyList<ExcelColumn<Line>> Columns =
    [
        new("业务号", 24, l => l.Number),
        new("时间", 18, l => l.At),
        new("日期", 12, l => l.Day),
        new("序号", 8, l => l.Index),
        new("比率", 10, l => l.Rate, ExcelSheets.PercentFormat),
        new("金额", 14, l => l.Amount),
        new("备注", 30, l => l.Note),
    ];

    private static IEnumerable<Line> Lines(int count) => Enumerable.Range(0, count).Select(i =>
        new Line(i, $"340121{i:D10}", Start.AddMinutes(i * 5), new DateOnly(2026, 1, 1).AddDays(i % 365), i % 100 / 100.0, 1000.5m + i, i % 7 == 0 ? null : "备注" + i));

    private static MemoryStream Write(Action<StreamedWorkbook> write)
    {
        var stream = new MemoryStream();
        using (var book = new StreamedWorkbook(stream))
        {
            write(book);
            book.Complete();
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void GeneratedRows_AreAllWritten_WithTypedCellsAndAFrozenBoldHeader()
    {
        const int rows = 2_345;
        var progress = new List<int>();
        using var stream = Write(b => Assert.Equal(rows, b.AddSheet("业务件", Columns, Lines(rows), progress.Add)));

        using var book = new XLWorkbook(stream);
        var sheet = book.Worksheet("业务件");
        Assert.Equal(["业务号", "时间", "日期", "序号", "比率", "金额", "备注"], sheet.Row(1).Cells(1, 7).Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(rows + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal([24.0, 18, 12, 8, 10, 14, 30], Enumerable.Range(1, 7).Select(c => sheet.Column(c).Width));

        var last = sheet.Row(rows + 1);
        Assert.Equal((XLDataType.Text, $"340121{rows - 1:D10}"), (last.Cell(1).DataType, last.Cell(1).GetString()));
        Assert.Equal(XLDataType.DateTime, last.Cell(2).DataType);
        Assert.Equal(ExcelSheets.DateTimeFormat, last.Cell(2).Style.NumberFormat.Format);
        Assert.Equal(Start.AddMinutes((rows - 1) * 5).ToOffset(TimeSpan.FromHours(8)).DateTime, last.Cell(2).GetDateTime());
        Assert.Equal((XLDataType.DateTime, ExcelSheets.DateFormat), (last.Cell(3).DataType, last.Cell(3).Style.NumberFormat.Format));
        Assert.Equal(new DateTime(2026, 1, 1).AddDays((rows - 1) % 365), last.Cell(3).GetDateTime());
        Assert.Equal((XLDataType.Number, rows - 1.0), (last.Cell(4).DataType, last.Cell(4).GetDouble()));
        Assert.Equal((XLDataType.Number, 0.44, ExcelSheets.PercentFormat), (last.Cell(5).DataType, last.Cell(5).GetDouble(), last.Cell(5).Style.NumberFormat.Format));
        Assert.Equal((XLDataType.Number, 1000.5 + rows - 1), (last.Cell(6).DataType, last.Cell(6).GetDouble()));
        Assert.True(sheet.Cell(2, 7).IsEmpty()); // row 0's note is null
        Assert.Equal("备注1", sheet.Cell(3, 7).GetString());

        Assert.Equal([1_000, 2_000, rows], progress);
    }

    [Fact]
    public void Workbook_IsValidOpenXml_WithEverySheetInOrder()
    {
        using var stream = Write(b =>
        {
            b.AddSheet("类别", Columns, Lines(3));
            b.AddSheet("不通过业务件[1/2]", Columns, Lines(5));
        });

        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        Assert.Equal(["类别", "不通过业务件-1-2-"], document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Text_LosesCharactersXmlCannotCarry_AndKeepsChineseAndSurrogatePairs()
    {
        Line[] lines = [new(0, "A\u0001B\u0000C", Start, new DateOnly(2026, 1, 1), 0, 0, " 𠀀丰\uD800 ")];
        using var stream = Write(b => b.AddSheet("s", Columns, lines));

        using var book = new XLWorkbook(stream);
        var sheet = book.Worksheet("s");
        Assert.Equal("ABC", sheet.Cell(2, 1).GetString());
        Assert.Equal(" 𠀀丰 ", sheet.Cell(2, 7).GetString());
    }

    [Fact]
    public async Task Cancelling_StopsBetweenRows()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = new MemoryStream();
        using var book = new StreamedWorkbook(stream);

        async IAsyncEnumerable<Line> Rows()
        {
            foreach (var line in Lines(10))
            {
                if (line.Index == 4)
                {
                    await cancellation.CancelAsync();
                }

                yield return line;
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => book.AddSheetAsync("s", Columns, Rows(), cancellationToken: cancellation.Token));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(53, "BA")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    public void ColumnNames_FollowExcel(int column, string name) => Assert.Equal(name, StreamedWorkbook.ColumnName(column));
}
