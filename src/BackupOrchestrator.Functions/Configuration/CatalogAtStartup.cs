using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Night;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Configuration;

/// <summary>
/// Refuses a catalog with errors when the app starts (registered with <c>ValidateOnStart</c>), not at the first
/// window hours later: the failures are <c>backupctl validate</c>'s own messages (file:line:column, key, what to
/// do), because both read the catalog through the Domain's loader and validator. Both hosts run it at start (the
/// worker's generic host, and our local host through <c>IStartupValidator</c>). A catalog edited into errors
/// later is refused by the next window's timer, which logs the same messages and starts nothing.
/// </summary>
public sealed class CatalogAtStartup : IValidateOptions<NightOptions>
{
    public ValidateOptionsResult Validate(string? name, NightOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string path;
        try
        {
            path = NightOptions.Resolve(options.Catalog);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Backup__Catalog is not set. Fix: set it to the catalog file (e.g. infra/catalog/demo.yaml) in local.settings.json Values or the environment.");
        }

        if (!File.Exists(path))
        {
            return ValidateOptionsResult.Fail($"Backup__Catalog: {path} does not exist. Fix: point Backup__Catalog at the catalog file (relative paths start at the host's working directory).");
        }

        try
        {
            var text = File.ReadAllText(path);
            NightStarter.Zone(NightStarter.Parse(new CatalogSnapshot(path, "", text, DateTimeOffset.MinValue)));
            return ValidateOptionsResult.Success;
        }
        catch (CatalogException e)
        {
            var failures = e.Errors.Count > 0 ? e.Errors.Select(d => d.ToString()) : [e.Message];
            return ValidateOptionsResult.Fail(failures.Append($"The catalog {path} (Backup__Catalog) has errors, so the app does not start. Fix them; `backupctl validate --catalog {path}` prints the same list."));
        }
        catch (IOException e)
        {
            return ValidateOptionsResult.Fail($"Backup__Catalog: {path} cannot be read ({e.Message}). Fix: check the file and its permissions.");
        }
        catch (UnauthorizedAccessException e)
        {
            return ValidateOptionsResult.Fail($"Backup__Catalog: {path} cannot be read ({e.Message}). Fix: check the file and its permissions.");
        }
    }
}
