using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackupOrchestrator.Functions.Http;

/// <summary>RFC 9457 problem details for what a person sent wrong: what, and what to do. Never a stack trace.</summary>
internal static class Problems
{
    public static ObjectResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ObjectResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static ObjectResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static ObjectResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    /// <summary>The configured catalog cannot be used now (it changed since the host started): its errors, as <c>backupctl validate</c> prints them.</summary>
    public static ObjectResult CatalogRefused(string what, Exception error) => Problem(StatusCodes.Status503ServiceUnavailable, "Catalog refused",
        $"The catalog (Backup__Catalog) cannot be used, so {what}: {error.Message} Fix the file (backupctl validate --catalog FILE shows the same messages).");

    private static ObjectResult Problem(int status, string title, string detail)
    {
        var result = new ObjectResult(new ProblemDetails { Status = status, Title = title, Detail = detail }) { StatusCode = status };
        result.ContentTypes.Add("application/problem+json");
        return result;
    }
}
