using BackupOrchestrator.Domain.Scheduling;

namespace BackupOrchestrator.Domain.Tests.Scheduling;

public class DependencyGraphTests
{
    private static DependencyGraph Graph(params (string, string[])[] edges) =>
        new(edges.Select(e => (e.Item1, (IReadOnlyList<string>)e.Item2)));

    [Fact]
    public void TopologicalOrder_PutsDependenciesFirst()
    {
        var g = Graph(("jellyfin", ["sonarr", "postgresql"]), ("sonarr", ["postgresql", "qbittorrent"]), ("postgresql", []), ("qbittorrent", []));

        var order = g.TopologicalOrder()!.ToList();

        Assert.True(order.IndexOf("postgresql") < order.IndexOf("sonarr"));
        Assert.True(order.IndexOf("qbittorrent") < order.IndexOf("sonarr"));
        Assert.True(order.IndexOf("sonarr") < order.IndexOf("jellyfin"));
    }

    [Fact]
    public void FindCycles_ReportsEachCycleOnceRotatedToItsFirstName()
    {
        var g = Graph(("c", ["a"]), ("a", ["b"]), ("b", ["c"]), ("x", ["y"]), ("y", ["x"]), ("z", []));

        var cycles = g.FindCycles().Select(c => string.Join(" -> ", c)).Order().ToList();

        Assert.Equal(["a -> b -> c -> a", "x -> y -> x"], cycles);
        Assert.Null(g.TopologicalOrder());
    }

    [Fact]
    public void DependentsOf_IgnoresUnknownNames()
    {
        var g = Graph(("a", ["ghost", "b"]), ("b", []));

        Assert.Equal(["b"], g.DependenciesOf("a"));
        Assert.Equal(["a"], g.DependentsOf("b"));
    }
}
