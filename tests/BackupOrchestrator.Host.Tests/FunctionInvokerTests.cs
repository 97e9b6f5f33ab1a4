using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Invocation;
using BackupOrchestrator.Host.Metadata;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The invoker in process, on functions of this test class.</summary>
public sealed class FunctionInvokerTests
{
    [Fact]
    public async Task InvokeAsync_PastFunctionTimeout_CancelsTheTokenAndThrowsTimeout()
    {
        var invoker = new FunctionInvoker(new ServiceCollection().BuildServiceProvider(), TimeSpan.FromMilliseconds(200), NullLogger.Instance);
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => invoker.InvokeAsync(Function(nameof(SlowFunction.Run)), new InvocationInput(), reason: "test"));
        Assert.Contains("functionTimeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ConstructorInjectionAndFunctionContext_ComeFromTheInvocationScope()
    {
        var services = new ServiceCollection().AddScoped<Marker>().BuildServiceProvider();
        var invoker = new FunctionInvoker(services, null, NullLogger.Instance);
        var result = (Marker[])(await invoker.InvokeAsync(Function(nameof(SlowFunction.Scoped)), new InvocationInput(), reason: null))!;
        Assert.Same(result[0], result[1]);
    }

    private static HostFunction Function(string method)
    {
        var metadata = new FunctionMetadata(method, "x.dll", $"{typeof(SlowFunction).FullName}.{method}", [new FunctionBinding("timer", FunctionBinding.TimerTrigger, Metadata.BindingDirection.In, new JsonObject { ["schedule"] = "0 0 0 1 1 *" })]);
        var info = typeof(SlowFunction).GetMethod(method)!;
        return new HostFunction(metadata, info, new HostFunctionDefinition(metadata, info), ParameterBinder.Create(metadata, info, () => throw new InvalidOperationException("no durable client")));
    }

    public sealed class Marker;

    public sealed class SlowFunction(Marker? marker = null)
    {
        public static async Task Run(CancellationToken cancellationToken) => await Task.Delay(Timeout.Infinite, cancellationToken);

        public Marker[] Scoped(FunctionContext context) => [marker!, context.InstanceServices.GetRequiredService<Marker>()];
    }
}
