using BackupOrchestrator.Domain.Night;

namespace BackupOrchestrator.Domain.Tests.Night;

public sealed class DependencyLedgerTests
{
    private static GateSubscription Webapp() => new("webapp", ["database", "config"], "backup:2026-12-01:webapp");

    [Fact]
    public void Subscribe_DependenciesPending_WaitsThenOpensWhenTheLastSucceeds()
    {
        var ledger = new DependencyLedger();
        Assert.Null(ledger.Subscribe(Webapp()));
        Assert.Empty(ledger.Record("database", BackupState.Succeeded, null));
        var answers = ledger.Record("config", BackupState.Succeeded, null);
        var answer = Assert.Single(answers);
        Assert.Equal("backup:2026-12-01:webapp", answer.ReplyTo);
        Assert.True(answer.Decision.Open);
        Assert.Empty(ledger.Waiting);
    }

    [Fact]
    public void Subscribe_DependenciesEndedBeforeTheDependentAsked_AnsweredAtOnce()
    {
        var ledger = new DependencyLedger();
        ledger.Record("database", BackupState.Succeeded, null);
        ledger.Record("config", BackupState.Succeeded, null);
        var answer = ledger.Subscribe(Webapp());
        Assert.NotNull(answer);
        Assert.True(answer.Decision.Open);
    }

    [Fact]
    public void Record_DependencyFailed_ClosesTheGateAtOnceWithTheReason()
    {
        var ledger = new DependencyLedger();
        ledger.Subscribe(Webapp());
        var answer = Assert.Single(ledger.Record("config", BackupState.Failed, "source demo-data/config does not exist"));
        Assert.False(answer.Decision.Open);
        Assert.Equal("dependency config failed: source demo-data/config does not exist", answer.Decision.Reason);
    }

    [Fact]
    public void Record_NotFinalState_IsIgnored()
    {
        var ledger = new DependencyLedger();
        ledger.Subscribe(Webapp());
        Assert.Empty(ledger.Record("database", BackupState.Running, null));
        Assert.Empty(ledger.Outcomes);
    }

    [Fact]
    public void Subscribe_SkippedDependency_ClosedSoItsDependentsCascade()
    {
        var ledger = new DependencyLedger();
        ledger.Record("webapp", BackupState.Skipped, "dependency config failed");
        var answer = ledger.Subscribe(new GateSubscription("search-index", ["webapp"], "r"));
        Assert.NotNull(answer);
        Assert.Equal("dependency webapp was skipped: dependency config failed", answer.Decision.Reason);
    }

    [Fact]
    public void CloseAll_AnswersEveryWaiterClosed()
    {
        var ledger = new DependencyLedger();
        ledger.Subscribe(Webapp());
        var answer = Assert.Single(ledger.CloseAll("the night ended"));
        Assert.False(answer.Decision.Open);
        Assert.Empty(ledger.Waiting);
    }

    [Fact]
    public void Forget_RetriedDependency_DependentWaitsForItsNewOutcome()
    {
        var ledger = new DependencyLedger();
        ledger.Record("mail", BackupState.Failed, "source missing");
        ledger.Forget(["mail"]);
        Assert.Null(ledger.Subscribe(new GateSubscription("mail-index", ["mail"], "r")));
        Assert.True(Assert.Single(ledger.Record("mail", BackupState.Succeeded, null)).Decision.Open);
    }
}
