using Microsoft.Azure.Functions.Worker;

namespace BackupOrchestrator.Host.Invocation;

/// <summary>
/// The FunctionContext a function receives here: its invocation id, definition, the invocation's DI scope and a
/// cancellation token. <c>context.GetLogger(...)</c> works (it reads ILoggerFactory from InstanceServices), and for
/// HTTP <c>context.GetHttpContext()</c> too (the ASP.NET Core integration keeps the HttpContext in Items).
/// </summary>
internal sealed class HostFunctionContext : FunctionContext
{
    /// <summary>The Items key under which the worker's ASP.NET Core integration looks up the HttpContext.</summary>
    public const string HttpContextItem = "HttpRequestContext";

    public HostFunctionContext(string invocationId, FunctionDefinition definition, IServiceProvider services, IReadOnlyDictionary<string, object?> bindingData, CancellationToken cancellationToken)
    {
        InvocationId = invocationId;
        FunctionDefinition = definition;
        InstanceServices = services;
        BindingContext = new HostBindingContext(bindingData);
        CancellationToken = cancellationToken;
    }

    public override string InvocationId { get; }

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext { get; } = new HostTraceContext();

    public override BindingContext BindingContext { get; }

    public override RetryContext RetryContext { get; } = new NoRetry();

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new HostInvocationFeatures();

    public override CancellationToken CancellationToken { get; }

    private sealed class HostBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }

    private sealed class NoRetry : RetryContext
    {
        public override int RetryCount => 0;

        public override int MaxRetryCount => 0;
    }

    private sealed class HostTraceContext : TraceContext
    {
        public override string TraceParent { get; } = System.Diagnostics.Activity.Current?.Id ?? string.Empty;

        public override string TraceState { get; } = string.Empty;
    }

    private sealed class HostInvocationFeatures : IInvocationFeatures
    {
        private readonly Dictionary<Type, object> _features = [];

        public T? Get<T>() => _features.TryGetValue(typeof(T), out var value) ? (T)value : default;

        public void Set<T>(T instance)
        {
            if (instance is null)
            {
                _features.Remove(typeof(T));
            }
            else
            {
                _features[typeof(T)] = instance;
            }
        }

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
