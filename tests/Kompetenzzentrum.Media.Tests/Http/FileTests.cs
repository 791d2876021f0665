using System.Net;
using System.Net.Http.Headers;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.Http;

[Collection(MediaHost.Name)]
public sealed class FileTests(MediaHostFixture host)
{
    [Fact]
    public async Task Given_an_uploaded_file_When_a_player_asks_for_a_range_Then_it_gets_206_with_exactly_those_bytes()
    {
        using var api = new MediaApi(host);
        var content = MediaApi.Mp3(1000);
        var episode = await api.EpisodeAsync(await api.SeriesAsync(), content);
        var id = episode.GetProperty("details").GetProperty("audioFileId").GetGuid();
        using var anonymous = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/files/{id}");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(content[100..200], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 100-199/1000", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
        var whole = await anonymous.GetAsync($"/api/media/files/{id}");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.Equal(content, await whole.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Given_a_multipart_upload_Then_the_file_is_stored_with_its_type_and_length()
    {
        using var api = new MediaApi(host);

        var created = await MediaApi.Created(await api.UploadFormAsync(MediaApi.Vtt(), "text/vtt"));

        Assert.Equal("text/vtt", created.GetProperty("contentType").GetString());
        Assert.Equal(MediaApi.Vtt().Length, created.GetProperty("length").GetInt64());
    }

    [Fact]
    public async Task Given_content_that_is_not_the_declared_type_Then_400_names_the_file_field()
    {
        using var api = new MediaApi(host);

        var pngAsMp3 = await MediaApi.Problem(await api.UploadRawAsync(MediaApi.Png(), "audio/mpeg"), HttpStatusCode.BadRequest);
        var srtAsVtt = await MediaApi.Problem(await api.UploadFormAsync("1\n00:00:00,000 --> 00:00:01,000\nx"u8.ToArray(), "text/vtt"),
            HttpStatusCode.BadRequest);
        var pdf = await MediaApi.Problem(await api.UploadRawAsync("%PDF-1.7"u8.ToArray(), "application/pdf"), HttpStatusCode.BadRequest);

        Assert.True(pngAsMp3.GetProperty("errors").TryGetProperty("file", out _));
        Assert.True(srtAsVtt.GetProperty("errors").TryGetProperty("file", out _));
        Assert.True(pdf.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Given_a_file_over_the_limit_Then_413_problem_details_raw_and_multipart()
    {
        using var api = new MediaApi(host);
        var big = MediaApi.Mp3((int)MediaHostFixture.MaxUploadBytes + 1);

        var raw = await MediaApi.Problem(await api.UploadRawAsync(big, "audio/mpeg"), HttpStatusCode.RequestEntityTooLarge);
        await MediaApi.Problem(await api.UploadFormAsync(big, "audio/mpeg"), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(413, raw.GetProperty("status").GetInt32());
        await MediaApi.Created(await api.UploadRawAsync(MediaApi.Mp3((int)MediaHostFixture.MaxUploadBytes), "audio/mpeg"));
    }

    [Theory]
    [InlineData(null, "The file is too large.", "Files may have at most 65536 bytes.")]
    [InlineData("de", "Die Datei ist zu groß.", "Dateien dürfen höchstens 65536 Bytes haben.")]
    public async Task Given_a_file_over_the_limit_Then_the_problem_is_in_the_language_asked_for(string? language, string title, string detail)
    {
        using var api = new MediaApi(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/media/files")
        {
            Content = new ByteArrayContent(MediaApi.Mp3((int)MediaHostFixture.MaxUploadBytes + 1)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var problem = await MediaApi.Problem(await api.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_a_participant_When_uploading_Then_403_and_anonymous_401()
    {
        var member = await host.CreateOrganisationAdminAsync();
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostAsync("/api/media/files", new ByteArrayContent(MediaApi.Png()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/media/files", new ByteArrayContent(MediaApi.Png()))).StatusCode);
    }
}
