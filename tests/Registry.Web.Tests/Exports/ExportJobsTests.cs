using System.Security.Claims;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Web.Exports;

namespace Registry.Web.Tests.Exports;

/// <summary>Background exports: progress against the total, the file for its owner only, cancelling, replacing, and the files cleaned up.</summary>
public sealed class ExportJobsTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-export-jobs-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly ExportJobs _jobs;

    public ExportJobsTests()
    {
        _jobs = new ExportJobs(_services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<ExportJobs>.Instance, _directory);
    }

    /// <summary>Writes <see cref="Rows"/> numbered rows; after <see cref="PauseAfter"/> rows it waits for <see cref="Go"/>.</summary>
    internal sealed record NumbersRequest(int Rows, string Name = "numbers") : ExportRequest
    {
        public SemaphoreSlim Go { get; } = new(0);

        public int PauseAfter { get; init; } = int.MaxValue;

        internal override IReadOnlyList<string> Roles => ["leader"];

        internal override string FileName => "numbers.xlsx";

        internal override string Table => Name;

        internal override async Task WriteAsync(IServiceProvider services, ClaimsPrincipal user, StreamedWorkbook book, ExportJob job, CancellationToken cancellationToken)
        {
            job.SetTotal(Rows);
            await book.AddSheetAsync("数字", [new ExcelColumn<int>("序号", 8, i => i)], Numbers(cancellationToken), job.SetWritten, cancellationToken);
        }

        private async IAsyncEnumerable<int> Numbers([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 1; i <= Rows; i++)
            {
                if (i == PauseAfter + 1)
                {
                    await Go.WaitAsync(cancellationToken);
                }

                yield return i;
            }
        }
    }

    internal static ClaimsPrincipal User(string name, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    private static async Task UntilAsync(ExportJob job, Func<ExportJob, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!condition(job))
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    [Fact]
    public async Task Job_ReportsProgressAgainstTheTotal_ThenKeepsTheFileForItsOwnerOnly()
    {
        var request = new NumbersRequest(2_500) { PauseAfter = 1_000 };
        var job = _jobs.Start(User("杨帆", "leader"), request);

        await UntilAsync(job, j => j.Written == 1_000);
        Assert.Equal((ExportJobStatus.Running, 2_500, 0.4), (job.Status, job.Total, job.Fraction));
        request.Go.Release();
        await UntilAsync(job, j => j.Status != ExportJobStatus.Running);

        Assert.Equal((ExportJobStatus.Done, 2_500, 1.0), (job.Status, job.Written, job.Fraction));
        Assert.Same(job, _jobs.Find(job.Id, "杨帆"));
        Assert.Null(_jobs.Find(job.Id, "李四"));
        Assert.Same(job, _jobs.Latest("杨帆", request));
        Assert.Null(_jobs.Latest("李四", request));
        using var book = new XLWorkbook(job.Path!);
        var sheet = book.Worksheet("数字");
        Assert.Equal(("序号", 2_501), (sheet.Cell(1, 1).GetString(), sheet.LastRowUsed().RowNumber()));
        Assert.Equal((XLDataType.Number, 2_500.0), (sheet.Cell(2_501, 1).DataType, sheet.Cell(2_501, 1).GetDouble()));
    }

    [Fact]
    public void Start_IsRefused_WithoutTheExportsRole()
    {
        Assert.Throws<UnauthorizedAccessException>(() => _jobs.Start(User("王受理", "acceptor"), new NumbersRequest(10)));
        Assert.Empty(Directory.EnumerateFiles(_directory));
    }

    [Fact]
    public async Task Cancel_StopsTheJob_AndLeavesNoFile()
    {
        var request = new NumbersRequest(5_000) { PauseAfter = 1_000 };
        var job = _jobs.Start(User("杨帆", "leader"), request);
        await UntilAsync(job, j => j.Written == 1_000);

        _jobs.Cancel(job);
        await UntilAsync(job, j => j.Status != ExportJobStatus.Running);

        Assert.Equal(ExportJobStatus.Cancelled, job.Status);
        Assert.Null(_jobs.Find(job.Id, "杨帆"));
        Assert.Empty(Directory.EnumerateFiles(_directory));
    }

    [Fact]
    public async Task ANewExportOfTheSameTable_ReplacesThePrevious_AndDeletesItsFile()
    {
        var user = User("杨帆", "leader");
        var first = _jobs.Start(user, new NumbersRequest(10));
        await UntilAsync(first, j => j.Status == ExportJobStatus.Done);
        var firstPath = first.Path!;
        var other = _jobs.Start(user, new NumbersRequest(10, "other"));
        await UntilAsync(other, j => j.Status == ExportJobStatus.Done);

        var second = _jobs.Start(user, new NumbersRequest(20));
        await UntilAsync(second, j => j.Status == ExportJobStatus.Done);

        Assert.False(File.Exists(firstPath));
        Assert.Null(_jobs.Find(first.Id, "杨帆"));
        Assert.Same(other, _jobs.Find(other.Id, "杨帆"));
        Assert.Equal(2, Directory.EnumerateFiles(_directory).Count());
    }

    [Fact]
    public async Task Dispose_DeletesEveryFile()
    {
        var job = _jobs.Start(User("杨帆", "leader"), new NumbersRequest(10));
        await UntilAsync(job, j => j.Status == ExportJobStatus.Done);
        Assert.True(File.Exists(job.Path));

        _jobs.Dispose();

        Assert.Empty(Directory.EnumerateFiles(_directory));
    }

    public void Dispose()
    {
        _jobs.Dispose();
        _services.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Each test has its own directory.
        }
    }
}
