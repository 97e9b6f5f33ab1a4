using Xunit.Abstractions;
using Xunit.Sdk;

namespace BackupOrchestrator.Monitor.Tests;

/// <summary>The place of a test in its class: the tests share one night, and the retry changes it, so it goes last.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}

/// <summary>Runs a class's tests by their <see cref="StepAttribute"/> (xunit's default order is by id, not by meaning).</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string Name = "BackupOrchestrator.Monitor.Tests.StepOrderer";
    public const string Assembly = "BackupOrchestrator.Monitor.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName).FirstOrDefault()?.GetConstructorArguments().FirstOrDefault() as int? ?? int.MaxValue);
}
