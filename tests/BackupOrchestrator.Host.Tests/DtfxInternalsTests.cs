using System.Collections;
using System.Reflection;
using DurableTask.AzureStorage;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// What the engine reads of DTFx's internals (DrainingOrchestrationService forgets an activity whose abandon failed):
/// a DTFx upgrade that renames or retypes it fails here, not in the middle of a night.
/// </summary>
public sealed class DtfxInternalsTests
{
    [Fact]
    public void AzureStorageOrchestrationService_KeepsItsRunningActivitiesInADictionaryNamedActiveActivitySessions()
    {
        var field = typeof(AzureStorageOrchestrationService).GetField("activeActivitySessions", BindingFlags.Instance | BindingFlags.NonPublic);

        Assert.NotNull(field);
        Assert.True(typeof(IDictionary).IsAssignableFrom(field.FieldType), field.FieldType.FullName);
    }
}
