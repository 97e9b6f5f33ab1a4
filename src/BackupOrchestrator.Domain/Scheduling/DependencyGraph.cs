namespace BackupOrchestrator.Domain.Scheduling;

/// <summary>
/// Who waits for whom: an edge service → dependency for each <c>depends_on</c> entry.
/// Dependencies on unknown services are left out (the validator reports them).
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<string, IReadOnlyList<string>> _dependencies;
    private readonly List<string> _order;

    public DependencyGraph(IEnumerable<(string Service, IReadOnlyList<string> DependsOn)> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _order = [];
        _dependencies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (service, dependsOn) in services)
        {
            if (_dependencies.TryAdd(service, dependsOn))
            {
                _order.Add(service);
            }
        }

        foreach (var name in _order)
        {
            _dependencies[name] = _dependencies[name].Where(_dependencies.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    public IReadOnlyCollection<string> Services => _order;

    /// <summary>The known services <paramref name="service"/> depends on directly.</summary>
    public IReadOnlyList<string> DependenciesOf(string service) =>
        _dependencies.TryGetValue(service, out var d) ? d : [];

    /// <summary>The services that depend directly on <paramref name="service"/>.</summary>
    public IReadOnlyList<string> DependentsOf(string service) =>
        _order.Where(s => _dependencies[s].Contains(service, StringComparer.Ordinal)).ToList();

    /// <summary>
    /// Cycles, each as a closed path that starts and ends with the same service
    /// (e.g. <c>a, b, c, a</c>), rotated to start at its alphabetically first service.
    /// At least one cycle is reported for every strongly connected group.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> FindCycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 0 new, 1 on stack, 2 done
        var stack = new List<string>();

        void Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in _dependencies[node])
            {
                var s = state.GetValueOrDefault(next);
                if (s == 0)
                {
                    Visit(next);
                }
                else if (s == 1)
                {
                    var cycle = stack.Skip(stack.LastIndexOf(next)).ToList();
                    var first = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                    var rotated = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
                    rotated.Add(rotated[0]);
                    if (seen.Add(string.Join(" -> ", rotated)))
                    {
                        cycles.Add(rotated);
                    }
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }

        foreach (var name in _order)
        {
            if (state.GetValueOrDefault(name) == 0)
            {
                Visit(name);
            }
        }

        return cycles;
    }

    /// <summary>Services ordered so every dependency comes before its dependents (catalog order otherwise); null when there is a cycle.</summary>
    public IReadOnlyList<string>? TopologicalOrder()
    {
        var remaining = _order.ToDictionary(s => s, s => _dependencies[s].Count, StringComparer.Ordinal);
        var result = new List<string>();
        while (result.Count < _order.Count)
        {
            var next = _order.FirstOrDefault(s => remaining.TryGetValue(s, out var n) && n == 0);
            if (next is null)
            {
                return null;
            }

            result.Add(next);
            remaining.Remove(next);
            foreach (var dependent in DependentsOf(next))
            {
                remaining[dependent]--;
            }
        }

        return result;
    }
}
