using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Kompetenzzentrum.Host.Tests.Web;

public sealed class EntityTagsTests
{
    private static HttpRequest Request(params string[] ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch.Length > 0)
        {
            http.Request.Headers.IfMatch = new StringValues(ifMatch);
        }
        return http.Request;
    }

    private static int? StatusOf(IResult? answer) => Assert.IsAssignableFrom<IStatusCodeHttpResult>(answer).StatusCode;

    // Writes the answer as the host would, with texts that answer each code with itself, and reads its JSON body.
    private static async Task<JsonDocument> WrittenAsync(IResult answer)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<ITexts, CodesAsTexts>().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        await answer.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return await JsonDocument.ParseAsync(http.Response.Body);
    }

    private sealed class CodesAsTexts : ITexts
    {
        public string Get(string code, TextArgs? args = null) => code;

        public string Reason(Refusal refusal) => refusal.Code;

        public string? Detail(Refusal refusal) => null;

        public ITexts In(System.Globalization.CultureInfo culture) => this;
    }

    private static (bool Readable, long? Version) Read(params string[] ifMatch) =>
        (EntityTags.TryReadIfMatch(Request(ifMatch), out var version), version);

    [Fact]
    public void Given_no_header_Then_it_names_no_version() => Assert.Equal((true, null), Read());

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*")]
    public void Given_an_empty_header_or_a_star_Then_it_names_no_version(string header) => Assert.Equal((true, null), Read(header));

    [Theory]
    [InlineData("\"7\"", 7)]
    [InlineData(" \"7\" ", 7)]
    [InlineData("W/\"7\"", 7)]
    [InlineData("7", 7)]
    [InlineData("\"0\"", 0)]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    public void Given_one_tag_Then_it_names_its_version(string header, long version) => Assert.Equal((true, version), Read(header));

    [Theory]
    [InlineData("\"eins\"")]
    [InlineData("\"\"")]
    [InlineData("\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"+7\"")]
    [InlineData("\" 7\"")]
    [InlineData("\"7")]
    [InlineData("W/")]
    [InlineData("w/\"7\"")]
    [InlineData("\"1.5\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("\"1\", \"2\"")]
    [InlineData("*, \"1\"")]
    public void Given_garbage_or_several_tags_Then_it_is_unreadable(string header) => Assert.False(Read(header).Readable);

    [Fact]
    public void Given_the_header_twice_Then_it_is_unreadable() => Assert.False(Read("\"1\"", "\"2\"").Readable);

    [Fact]
    public async Task Given_an_unreadable_header_Then_the_answer_is_400_naming_If_Match()
    {
        var answer = EntityTags.ReadIfMatch(Request("\"eins\""), out _);

        Assert.Equal(StatusCodes.Status400BadRequest, StatusOf(answer));
        using var body = await WrittenAsync(answer!);
        var errors = body.RootElement.GetProperty("errors");
        Assert.Equal(["If-Match"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("common.if-match-unreadable", errors.GetProperty("If-Match")[0].GetString());
    }

    [Fact]
    public void Given_no_header_When_optional_Then_the_request_goes_on_and_when_required_Then_428()
    {
        Assert.Null(EntityTags.ReadIfMatch(Request(), out var optional));
        Assert.Null(optional);
        Assert.Equal(StatusCodes.Status428PreconditionRequired, StatusOf(EntityTags.RequireIfMatch(Request(), out _)));
        Assert.Equal(StatusCodes.Status428PreconditionRequired, StatusOf(EntityTags.RequireIfMatch(Request("*"), out _)));
        Assert.Equal(StatusCodes.Status400BadRequest, StatusOf(EntityTags.RequireIfMatch(Request("garbage"), out _)));
    }

    [Fact]
    public void Given_a_tag_When_required_Then_the_request_goes_on_with_its_version()
    {
        Assert.Null(EntityTags.RequireIfMatch(Request("\"3\""), out var version));
        Assert.Equal(3, version);
    }

    [Fact]
    public async Task An_answer_with_an_ETag_writes_the_quoted_version_and_keeps_its_status()
    {
        var answer = TypedResults.Ok("body").WithETag(7);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };

        await answer.ExecuteAsync(http);

        Assert.Equal("\"7\"", http.Response.Headers.ETag.ToString());
        Assert.Equal(StatusCodes.Status200OK, ((IStatusCodeHttpResult)answer).StatusCode);
        Assert.Equal("body", ((IValueHttpResult)answer).Value);
        Assert.Equal("\"7\"", EntityTags.Of(7));
    }
}
