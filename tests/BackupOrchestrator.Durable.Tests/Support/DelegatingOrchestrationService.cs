using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.Tests.Support;

/// <summary>Passes every call to another hub; tests override the calls they watch or break.</summary>
public class DelegatingOrchestrationService(IOrchestrationService inner) : IOrchestrationService
{
    public IConcurrencySlots Slots => inner.Slots;

    public virtual Task CreateIfNotExistsAsync(CancellationToken cancellationToken) => inner.CreateIfNotExistsAsync(cancellationToken);

    public virtual Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken) =>
        inner.LockNextOrchestrationWorkItemAsync(maxWait, cancellationToken);

    public virtual Task CompleteOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken) =>
        inner.CompleteOrchestrationWorkItemAsync(workItem, commit, cancellationToken);

    public virtual Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken) =>
        inner.AbandonOrchestrationWorkItemAsync(workItem, cancellationToken);

    public virtual Task ReleaseOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken) =>
        inner.ReleaseOrchestrationWorkItemAsync(workItem, cancellationToken);

    public virtual Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken) =>
        inner.LockNextActivityWorkItemAsync(maxWait, cancellationToken);

    public virtual Task RenewActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken) => inner.RenewActivityWorkItemAsync(workItem, cancellationToken);

    public virtual Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, TaskMessage response, CancellationToken cancellationToken) =>
        inner.CompleteActivityWorkItemAsync(workItem, response, cancellationToken);

    public virtual Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken) => inner.AbandonActivityWorkItemAsync(workItem, cancellationToken);

    public virtual Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);
}
