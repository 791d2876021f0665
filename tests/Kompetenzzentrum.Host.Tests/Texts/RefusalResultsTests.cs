using System.Globalization;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Texts;

/// <summary>The two adapters of a refusal: problem details for the API, form state for a page, in the request's language.</summary>
[Collection(ReadOnlyHost.Name)]
public sealed class RefusalResultsTests(HostFixture host)
{
    [Fact]
    public async Task An_invalid_refusal_answers_400_naming_each_field_with_its_text_and_the_code()
    {
        var refusal = Refusal.Invalid(
            [new FieldError("email", "common.required"), new FieldError("seats", "common.seats-free", TextArgs.Of(("count", 1)))]);

        var (status, body) = await ExecuteAsync(refusal.ToHttpResult(), "en");

        Assert.Equal(400, status);
        Assert.Equal("common.invalid", body.GetProperty("code").GetString());
        Assert.Equal("Please check the marked fields.", body.GetProperty("title").GetString());
        Assert.Equal("Please fill in this field.", body.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.Equal("1 seat left", body.GetProperty("errors").GetProperty("seats")[0].GetString());
    }

    [Theory]
    [InlineData(RefusalKind.NotFound, 404, "common.not-found", "Das gibt es nicht (mehr).")]
    [InlineData(RefusalKind.Forbidden, 403, "common.forbidden", "Das dürfen Sie nicht.")]
    [InlineData(
        RefusalKind.Conflict, 409, "common.conflict", "Das passt nicht zum aktuellen Stand. Bitte laden Sie neu und versuchen Sie es noch einmal.")]
    [InlineData(
        RefusalKind.Unavailable, 503, "common.busy", "Gerade ist zu viel los. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.")]
    [InlineData(RefusalKind.Stale, 412, "common.stale", "Jemand hat das inzwischen geändert. Bitte laden Sie neu und versuchen Sie es noch einmal.")]
    public async Task Other_refusals_answer_their_status_with_the_reason_as_title(RefusalKind kind, int expected, string code, string german)
    {
        var (status, body) = await ExecuteAsync(new Refusal(kind, code).ToHttpResult(), "de");

        Assert.Equal(expected, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal(german, body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_refusal_whose_code_has_a_detail_text_tells_what_to_do_next()
    {
        var (status, body) = await ExecuteAsync(Refusal.Unavailable("catalog.bookings-queue-full").ToHttpResult(), "en");

        Assert.Equal(503, status);
        Assert.Equal("Too many bookings are waiting.", body.GetProperty("title").GetString());
        Assert.Equal("Nothing was booked. Retry shortly.", body.GetProperty("detail").GetString());
        var (_, without) = await ExecuteAsync(Refusal.Conflict("common.conflict").ToHttpResult(), "en");
        Assert.False(without.TryGetProperty("detail", out _));
    }

    [Fact]
    public void A_page_takes_field_errors_next_to_their_fields_and_the_reason_as_summary()
    {
        var texts = host.Factory.Services.GetRequiredService<ITexts>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var state = FormState.Empty().Absorb(Refusal.Invalid("attendees[0].email", "common.required"), texts);

            Assert.Equal(["Bitte füllen Sie dieses Feld aus."], state.ErrorsOf("attendees[0].email"));
            Assert.Equal(["Bitte füllen Sie dieses Feld aus."], state.ErrorsOf("attendees"));
            Assert.Equal("Bitte prüfen Sie die markierten Felder.", state.Summary);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<(int Status, JsonElement Body)> ExecuteAsync(IResult result, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Response.Body = new MemoryStream();
            await result.ExecuteAsync(context);
            context.Response.Body.Position = 0;
            return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.Clone());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
