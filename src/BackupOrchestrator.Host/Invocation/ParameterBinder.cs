using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using BackupOrchestrator.Host.Configuration;
using BackupOrchestrator.Host.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Host.Invocation;

/// <summary>
/// Decides once, at start-up, where each parameter of a function's method comes from, so a parameter this host
/// cannot fill stops the start with the function and parameter named instead of failing at the first call.
/// </summary>
internal static class ParameterBinder
{
    public delegate object? Binder(HostFunctionContext context, InvocationInput input);

    public static Binder[] Create(FunctionMetadata function, MethodInfo method, Func<DurableTaskClient> durableClient)
        => [.. method.GetParameters().Select(p => Create(function, p, durableClient))];

    private static Binder Create(FunctionMetadata function, ParameterInfo parameter, Func<DurableTaskClient> durableClient)
    {
        var type = parameter.ParameterType;
        if (type == typeof(FunctionContext))
        {
            return (context, _) => context;
        }

        if (type == typeof(CancellationToken))
        {
            return (_, input) => input.CancellationToken;
        }

        var binding = function.Bindings.FirstOrDefault(b => string.Equals(b.Name, parameter.Name, StringComparison.Ordinal));
        if (binding is not null && binding.Is(FunctionBinding.DurableClient))
        {
            return typeof(DurableTaskClient).IsAssignableTo(type)
                ? (_, _) => durableClient()
                : throw Unbindable(function, parameter, "a [DurableClient] parameter must be a DurableTaskClient");
        }

        if (binding is not null && binding.IsTrigger)
        {
            if (binding.Is(FunctionBinding.HttpTrigger))
            {
                if (type == typeof(HttpRequest))
                {
                    return (_, input) => input.HttpContext!.Request;
                }

                if (type == typeof(HttpContext))
                {
                    return (_, input) => input.HttpContext;
                }

                throw Unbindable(function, parameter, "an HTTP trigger parameter must be an ASP.NET Core HttpRequest (HttpRequestData is not supported here)");
            }

            return (_, input) => input.Trigger;
        }

        if (type == typeof(HttpRequest) && function.Trigger.Is(FunctionBinding.HttpTrigger))
        {
            return (_, input) => input.HttpContext!.Request;
        }

        if (type == typeof(HttpContext) && function.Trigger.Is(FunctionBinding.HttpTrigger))
        {
            return (_, input) => input.HttpContext;
        }

        if (function.Trigger.Is(FunctionBinding.HttpTrigger) && IsSimple(type))
        {
            // Route parameters (and, as with the worker, query values) bind by name.
            var name = parameter.Name!;
            var fallback = parameter.HasDefaultValue ? parameter.DefaultValue : (type.IsValueType ? Activator.CreateInstance(type) : null);
            return (_, input) => input.BindingData.TryGetValue(name, out var value) && value is not null ? Convert(value, type, function, name) : fallback;
        }

        if (parameter.HasDefaultValue)
        {
            var value = parameter.DefaultValue;
            return (_, _) => value;
        }

        throw Unbindable(function, parameter, $"no binding named '{parameter.Name}' and no value of type {type.Name} this host provides");
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeSpan);
    }

    private static object? Convert(object value, Type type, FunctionMetadata function, string name)
    {
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        var text = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        try
        {
            return TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).ConvertFromInvariantString(text);
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException)
        {
            throw new BadHttpRequestException($"'{name}' of {function.Name}: '{text}' is not a {type.Name}.", StatusCodes.Status400BadRequest);
        }
    }

    private static HostConfigurationException Unbindable(FunctionMetadata function, ParameterInfo parameter, string why)
        => new(function.ScriptFile, $"{function.EntryPoint}({parameter.Name})", $"cannot be bound: {why}.", "Use a binding this host supports (docs/host.md), or run the app under `func start`.");
}
