using Amazon.S3.Model;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// A seekable, read-only view of an S3 object: reads fetch the bytes at the current position in chunks of
/// ranged GETs, so a player seeking to minute 40 costs one small request, not the whole file.
/// </summary>
internal sealed class S3ObjectStream(S3MediaStorage storage, string key, long length) : Stream
{
    public const int ChunkSize = 4 * 1024 * 1024;

    private long _position;
    private GetObjectResponse? _response;
    private Stream? _body;
    private long _bodyPosition;
    private long _bodyEnd;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }
        if (_body is null || _bodyPosition != _position || _bodyPosition >= _bodyEnd)
        {
            DropBody();
            _bodyEnd = Math.Min(length, _position + ChunkSize);
            _response = await storage.GetRangeAsync(key, _position, _bodyEnd - 1, cancellationToken);
            _body = _response.ResponseStream;
            _bodyPosition = _position;
        }
        var read = await _body.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _bodyEnd - _bodyPosition)], cancellationToken);
        if (read == 0)
        {
            throw new MediaStorageException($"S3 ended '{key}' early at byte {_position} of {length}.");
        }
        _position += read;
        _bodyPosition += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    private void DropBody()
    {
        _body?.Dispose();
        _response?.Dispose();
        _body = null;
        _response = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DropBody();
        }
        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
