using Bunit;
using MudBlazor;
using Registry.Web.Components.Layout;

namespace Registry.Web.Tests.Layout;

public sealed class RegistryThemeTests : RegistryComponentTest
{
    // Without Roboto installed, an English page drew its quotes from the Chinese font, full-width: “dissatisfied” read
    // as “ dissatisfied ”. English pages put Latin fonts before the Chinese ones; Chinese pages keep a Chinese font first.
    [Theory]
    [InlineData("en-US", "Segoe UI")]
    [InlineData("zh-CN", "Noto Sans CJK SC")]
    public void ThePagesFontStack_PutsTheUiLanguagesFontsFirst(string culture, string firstAfterRoboto)
    {
        UseCulture(culture);

        var provider = Render<MudThemeProvider>(p => p.Add(t => t.Theme, RegistryTheme.Theme));

        var markup = provider.Markup;
        var at = markup.IndexOf("--mud-typography-default-family:", StringComparison.Ordinal);
        Assert.True(at >= 0, markup[..Math.Min(markup.Length, 400)]);
        var family = markup[at..markup.IndexOf(';', at)];
        Assert.Matches($"Roboto'?\"?,\\s*'?\"?{firstAfterRoboto}", family);
        if (culture == "en-US")
        {
            Assert.True(family.IndexOf("Arial", StringComparison.Ordinal) < family.IndexOf("Noto Sans CJK SC", StringComparison.Ordinal));
        }
    }
}
