using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable;

internal sealed class ManagementApi(AzureStorageDurableTaskClient client, string hubName, Func<HttpContext, bool> isAuthorized, Func<string> systemKey, ILogger logger)
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        _ = (client, hubName, isAuthorized, systemKey, logger, endpoints);
    }
}
