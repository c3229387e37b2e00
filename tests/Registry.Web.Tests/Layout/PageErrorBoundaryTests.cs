using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Registry.Web.Components.Layout;

namespace Registry.Web.Tests.Layout;

/// <summary>An exception a page did not handle becomes a message in the UI language, and the page can be rebuilt.</summary>
public sealed class PageErrorBoundaryTests : RegistryComponentTest
{
    [Fact]
    public void DatabaseUnreachableWhileLoading_SaysSoInChinese_AndRetryRebuildsThePage()
    {
        Failing.Next = new InvalidOperationException("wrapped", new TimeoutException("connect timeout"));

        var page = Render<PageErrorBoundary>(p => p.AddChildContent<Failing>());

        var alert = page.Find("#page-error");
        Assert.Contains("数据库暂时无法连接", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("timeout", alert.TextContent, StringComparison.OrdinalIgnoreCase);

        Failing.Next = null; // the database is back
        page.Find("#page-error-retry").Click();

        Assert.Empty(page.FindAll("#page-error"));
        Assert.Equal("loaded", page.Find("#failing-content").TextContent);
    }

    [Fact]
    public void TransientProviderError_IsTheDatabase_ButADefectIsNot()
    {
        Failing.Next = new SqliteException("database is locked", 5); // not marked transient by the provider: a defect here

        var page = Render<PageErrorBoundary>(p => p.AddChildContent<Failing>());

        var text = page.Find("#page-error").TextContent;
        Assert.Contains("出现意外错误", text, StringComparison.Ordinal);
        Assert.Matches("错误编号 [0-9a-f]{8}", text);
    }

    [Fact]
    public void InEnglish_TheMessageIsEnglish()
    {
        UseCulture("en");
        Failing.Next = new System.Net.Sockets.SocketException(111);

        var page = Render<PageErrorBoundary>(p => p.AddChildContent<Failing>());

        Assert.Contains("The database cannot be reached", page.Find("#page-error").TextContent, StringComparison.Ordinal);
    }

    /// <summary>A page whose loading throws <see cref="Next"/> when set.</summary>
    private sealed class Failing : ComponentBase
    {
        [ThreadStatic]
        public static Exception? Next;

        protected override void OnInitialized()
        {
            if (Next is { } error)
            {
                throw error;
            }
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "id", "failing-content");
            builder.AddContent(2, "loaded");
            builder.CloseElement();
        }
    }
}
