using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Night.Bench;

/// <summary>
/// A catalog's night with simulated backups and nothing else changed: every service keeps its tier, offset, schedule,
/// dependencies and expected size (so the planner plans the same night), but backs up one small real file, after a
/// pre hook <c>sleep</c> of its planned duration divided by the compression. The primary target becomes a blob
/// container on the bench's Azurite; the other targets, retention and notifications are dropped (the copy and
/// prune after a backup are not what this measures).
/// </summary>
internal static class SimulatedCatalog
{
    public static string Write(string source, string dataRoot, string container, Func<string, TimeSpan> plannedDuration, int compression)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(source))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        root.Children[new YamlScalarNode("data_root")] = new YamlScalarNode(dataRoot);
        foreach (var key in new[] { "retention", "notifications", "encryption" })
        {
            root.Children.Remove(new YamlScalarNode(key));
        }

        root.Children[new YamlScalarNode("targets")] = new YamlMappingNode(
            new YamlScalarNode("primary"), new YamlMappingNode(
                new YamlScalarNode("kind"), new YamlScalarNode("blob"),
                new YamlScalarNode("connection_setting"), new YamlScalarNode("AzureWebJobsStorage"),
                new YamlScalarNode("container"), new YamlScalarNode(container),
                new YamlScalarNode("capacity"), new YamlScalarNode("2TB")));

        foreach (var service in ((YamlSequenceNode)root.Children[new YamlScalarNode("services")]).Children.Cast<YamlMappingNode>())
        {
            var name = ((YamlScalarNode)service.Children[new YamlScalarNode("name")]).Value!;
            var folder = Path.Combine(dataRoot, "data", name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "state.txt"), string.Concat(Enumerable.Repeat($"{name} state\n", 1000)));
            var seconds = (plannedDuration(name).TotalSeconds / compression).ToString("0.000", CultureInfo.InvariantCulture);
            service.Children[new YamlScalarNode("sources")] = new YamlSequenceNode(new YamlScalarNode("data/" + name));
            service.Children[new YamlScalarNode("pre_hooks")] = new YamlSequenceNode((YamlNode)new YamlSequenceNode(new YamlScalarNode("sleep"), new YamlScalarNode(seconds)));
            service.Children.Remove(new YamlScalarNode("post_hooks"));
        }

        var path = Path.Combine(dataRoot, "simulated.yaml");
        using (var writer = new StreamWriter(path))
        {
            stream.Save(writer, assignAnchors: false);
        }

        return path;
    }
}
