using System.Net.Http.Headers;

namespace BackupOrchestrator.Storage.Http;

/// <summary>The status and headers of a response whose body was not needed (the message is already disposed).</summary>
internal readonly struct ResponseInfo
{
    public ResponseInfo(HttpResponseMessage response)
    {
        Status = (int)response.StatusCode;
        Headers = response.Headers;
        ContentHeaders = response.Content?.Headers;
    }

    public int Status { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders? ContentHeaders { get; }

    public string? Header(string name) => StorageErrors.RawHeader(Headers, name) ?? (ContentHeaders is null ? null : StorageErrors.RawHeader(ContentHeaders, name));
}
