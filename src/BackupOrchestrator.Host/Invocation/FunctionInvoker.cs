using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Invocation;

/// <summary>
/// Runs one invocation as the isolated worker does: a DI scope of its own, the function's class created in it
/// with constructor injection, the method called with its bound parameters and awaited, the class disposed.
/// </summary>
internal sealed class FunctionInvoker(IServiceProvider appServices, TimeSpan? functionTimeout, ILogger logger)
{
    /// <summary>Invokes <paramref name="function"/>; returns what its method returned (awaited), null for void.</summary>
    /// <param name="reason">Logged with Executing/Executed; null logs nothing (orchestrator episodes replay often).</param>
    /// <param name="applyTimeout">host.json functionTimeout; orchestrators replay and are exempt, as in Functions.</param>
    public async Task<object?> InvokeAsync(HostFunction function, InvocationInput input, string? reason, bool applyTimeout = true)
    {
        var started = Stopwatch.GetTimestamp();
        var invocationId = Guid.NewGuid().ToString();
        if (reason is not null)
        {
            Logs.Executing(logger, function.Name, reason, invocationId);
        }

        try
        {
            var result = await InvokeCoreAsync(function, input, invocationId, applyTimeout);
            if (reason is not null)
            {
                Logs.Executed(logger, function.Name, invocationId, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return result;
        }
        catch (Exception ex) when (reason is not null)
        {
            Logs.ExecutionFailed(logger, ex, function.Name, invocationId, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private async Task<object?> InvokeCoreAsync(HostFunction function, InvocationInput input, string invocationId, bool applyTimeout)
    {
        using var timeout = applyTimeout && functionTimeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(input.CancellationToken, timeout.Token);
        var token = linked?.Token ?? input.CancellationToken;
        input = input with { CancellationToken = token };

        await using var scope = appServices.CreateAsyncScope();
        var context = new HostFunctionContext(invocationId, function.Definition, scope.ServiceProvider, input.BindingData, token);
        if (input.HttpContext is not null)
        {
            context.Items[HostFunctionContext.HttpContextItem] = input.HttpContext;
        }

        var method = function.Method;
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, method.DeclaringType!);
        try
        {
            var arguments = new object?[function.Binders.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = function.Binders[i](context, input);
            }

            object? returned;
            try
            {
                returned = method.Invoke(instance, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }

            var result = await AwaitAsync(returned);
            if (timeout is { IsCancellationRequested: true })
            {
                throw new TimeoutException($"{function.Name} ran past host.json's functionTimeout ({functionTimeout}).");
            }

            return result;
        }
        catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true })
        {
            throw new TimeoutException($"{function.Name} ran past host.json's functionTimeout ({functionTimeout}).");
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static async Task<object?> AwaitAsync(object? returned)
    {
        switch (returned)
        {
            case null:
                return null;
            case Task task:
                await task;
                var type = task.GetType();
                // Task<T>'s Result; a plain Task's runtime type may be Task<VoidTaskResult>, which is not a result.
                return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult"
                    ? type.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
        }

        var returnedType = returned.GetType();
        if (returnedType.IsGenericType && returnedType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var asTask = (Task)returnedType.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
            return await AwaitAsync(asTask);
        }

        return returned;
    }
}
