namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>An uploaded file: its checked type and exact length (the podcast feed's enclosure needs both).</summary>
internal sealed record MediaFile(Guid Id, string ContentType, long Length, Guid? UploadedBy, DateTimeOffset UploadedAt)
{
    public string Url => FileUrl(Id);

    public static string FileUrl(Guid id) => $"/api/media/files/{id}";
}
