namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Control messages received but not yet processed (and activity answers handed over in memory),
/// grouped by instance. An instance is handed to one episode at a time; messages that arrive
/// meanwhile wait for the next episode.
/// </summary>
internal sealed class OrchestrationWorkBuffer
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<BufferedMessage>> _byInstance = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _ready = new();
    private readonly HashSet<string> _locked = new(StringComparer.Ordinal);
    private readonly AsyncSignal _available = new();
    private readonly HashSet<int> _open = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byInstance.Values.Sum(l => l.Count);
            }
        }
    }

    /// <summary>A partition this host now owns: answers of its instances may be handed over in memory.</summary>
    public void OpenPartition(int partition)
    {
        lock (_gate)
        {
            _open.Add(partition);
        }
    }

    /// <summary>
    /// Adds a message unless its partition is not (or no longer) owned here: a receive that ends
    /// after its partition was lost must not start episodes there. False: give the message back.
    /// </summary>
    public bool TryAdd(BufferedMessage message)
    {
        lock (_gate)
        {
            if (!_open.Contains(message.Partition))
            {
                return false;
            }

            string id = message.Message.InstanceId;
            if (!_byInstance.TryGetValue(id, out var list))
            {
                _byInstance[id] = list = [];
            }

            string key = message.Key;
            int same = list.FindIndex(m => m.Key == key);
            if (same >= 0)
            {
                list[same] = message; // redelivered while waiting: keep the newest pop receipt
            }
            else
            {
                list.Add(message);
            }

            if (!_locked.Contains(id) && !_ready.Contains(id))
            {
                _ready.AddLast(id);
            }
        }

        _available.Set();
        return true;
    }

    /// <summary>Waits for an unlocked instance with messages and locks it.</summary>
    public async Task<(string InstanceId, List<BufferedMessage> Messages)?> TakeAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        long deadline = Environment.TickCount64 + (long)maxWait.TotalMilliseconds;
        while (true)
        {
            lock (_gate)
            {
                if (_ready.First is { } first)
                {
                    _ready.RemoveFirst();
                    string id = first.Value;
                    var messages = _byInstance[id];
                    _byInstance.Remove(id);
                    _locked.Add(id);
                    if (_ready.Count > 0)
                    {
                        _available.Set();
                    }

                    return (id, messages);
                }
            }

            long left = deadline - Environment.TickCount64;
            if (left <= 0)
            {
                return null;
            }

            await _available.WaitAsync(TimeSpan.FromMilliseconds(left), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Unlocks an instance; messages that arrived meanwhile make it ready again.</summary>
    public void Release(string instanceId)
    {
        lock (_gate)
        {
            _locked.Remove(instanceId);
            if (_byInstance.ContainsKey(instanceId) && !_ready.Contains(instanceId))
            {
                _ready.AddLast(instanceId);
                _available.Set();
            }
        }
    }

    /// <summary>
    /// Forgets the waiting messages of a lost partition and returns them: the caller gives them
    /// back at once (queue messages to the new owner, in-memory answers as their work-item messages).
    /// </summary>
    public List<BufferedMessage> DropPartition(int partition)
    {
        var dropped = new List<BufferedMessage>();
        lock (_gate)
        {
            _open.Remove(partition);
            foreach (var (id, list) in _byInstance.ToList())
            {
                dropped.AddRange(list.Where(m => m.Partition == partition));
                list.RemoveAll(m => m.Partition == partition);
                if (list.Count == 0)
                {
                    _byInstance.Remove(id);
                    _ready.Remove(id);
                }
            }
        }

        return dropped;
    }
}
