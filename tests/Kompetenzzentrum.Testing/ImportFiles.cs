using System.Net.Http.Headers;
using System.Text;
using Kompetenzzentrum.Contracts.Imports;
using MiniExcelLibs;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>Uploads CSV text or xlsx rows to an import endpoint as a multipart file.</summary>
public static class ImportFiles
{
    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string url, string csv) =>
        client.PostFileAsync(url, Encoding.UTF8.GetBytes(csv), "import.csv", "text/csv");

    public static Task<HttpResponseMessage> PostXlsxAsync(this HttpClient client, string url, IEnumerable<Dictionary<string, object>> rows)
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows, excelType: ExcelType.XLSX);
        return client.PostFileAsync(url, buffer.ToArray(), "import.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, byte[] bytes, string name, string type)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(file, "file", name);
        return await client.PostAsync(url, content);
    }

    public static async Task<ImportReport> ReportAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<ImportReport>(body, HostFixture.Json)!;
    }
}
