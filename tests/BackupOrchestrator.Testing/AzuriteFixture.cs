using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage;
using Azure.Storage.Blobs;
using BackupOrchestrator.Repository.Targets;
using Xunit;

namespace BackupOrchestrator.Testing;

/// <summary>
/// A real Azurite for integration tests (xunit IClassFixture / ICollectionFixture).
/// <list type="bullet">
/// <item>Env <c>AZURITE_CONNECTION_STRING</c> set: use that running Azurite (or account); nothing is started.</item>
/// <item>Otherwise: start Azurite on three free loopback ports with a temporary data folder, wait until all three
/// services accept connections, and kill the process tree on dispose, on process exit, and (through a small node
/// watchdog) when the test process dies without cleanup; the watchdog then also deletes the data folder.</item>
/// </list>
/// The binary is <c>AZURITE_BIN</c> or <c>node_modules/.bin/azurite</c> found by walking up from the test assembly.
/// Tests sharing one Azurite use unique names: <see cref="UniqueName"/>. Clients for it come from the official SDK with
/// the service version the product pins (<see cref="BlobConnection.CreateClientOptions"/>): <see cref="CreateBlobServiceClient"/>.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime, IDisposable
{
    public const string ConnectionStringVariable = "AZURITE_CONNECTION_STRING";
    public const string BinaryVariable = "AZURITE_BIN";

    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _dataDirectory;
    private string? _connectionString;

    /// <summary>The connection string of the Azurite in use.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("AzuriteFixture is not initialized (InitializeAsync has not run).");

    /// <summary>The name of the account Azurite serves by default.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The published, well-known key of Azurite's default account (not a secret).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>True when the fixture uses an Azurite it did not start.</summary>
    public bool IsExternal { get; private set; }

    /// <summary>Where the started Azurite keeps its data (null for an external one).</summary>
    public string? DataDirectory => _dataDirectory;

    /// <summary>Ports (blob, queue, table) of the Azurite in use.</summary>
    public (int Blob, int Queue, int Table) Ports { get; private set; }

    /// <summary>The blob endpoint of the Azurite in use, e.g. http://127.0.0.1:PORT/devstoreaccount1.</summary>
    public Uri BlobEndpoint => BlobConnection.FromConnectionString(ConnectionString, "the Azurite fixture").Endpoint;

    /// <summary>An official-SDK client for the fixture's blob service, with the product's pinned service version.</summary>
    public BlobServiceClient CreateBlobServiceClient() => new(ConnectionString, BlobConnection.CreateClientOptions());

    /// <summary>The account's Shared Key credential (for SAS made in tests); only for Azurite's well-known account.</summary>
    public StorageSharedKeyCredential CreateSharedKeyCredential() => new(DevelopmentAccountName, DevelopmentAccountKey);

    /// <summary>
    /// A name valid for a container, a queue and a table alike: lowercase letters and digits, 3-63 chars,
    /// starting with a letter, unique per call.
    /// </summary>
    public static string UniqueName(string prefix = "t")
    {
        var clean = new StringBuilder(prefix.Length);
        foreach (var c in prefix.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                clean.Append(c);
            }
        }

        if (clean.Length == 0 || clean[0] is < 'a' or > 'z')
        {
            clean.Insert(0, 't');
        }

        if (clean.Length > 40)
        {
            clean.Length = 40;
        }

        return clean + Guid.NewGuid().ToString("N")[..16];
    }

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            IsExternal = true;
            _connectionString = external;
            Ports = (EndpointPort(external, "BlobEndpoint", 10000), EndpointPort(external, "QueueEndpoint", 10001), EndpointPort(external, "TableEndpoint", 10002));
            return;
        }

        var binary = FindAzurite();
        Exception? last = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                await StartAsync(binary).ConfigureAwait(false);
                return;
            }
            catch (InvalidOperationException ex) when (attempt < 3)
            {
                // Most likely another process took one of the free ports between probe and bind.
                last = ex;
                Stop();
            }
        }

        throw new InvalidOperationException("Could not start Azurite.", last);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Stop();
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
    }

    /// <summary>node_modules/.bin/azurite above the test assembly, or AZURITE_BIN.</summary>
    public static string FindAzurite()
    {
        var fromEnv = Environment.GetEnvironmentVariable(BinaryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? fromEnv : throw new FileNotFoundException($"{BinaryVariable}={fromEnv} does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"Azurite not found: no node_modules/.bin/azurite above {AppContext.BaseDirectory}. Run `npm ci` in the repository root, " +
            $"or set {BinaryVariable} to the azurite executable, or {ConnectionStringVariable} to use a running Azurite.");
    }

    private async Task StartAsync(string binary)
    {
        var blob = FreePort();
        var queue = FreePort();
        var table = FreePort();
        Ports = (blob, queue, table);
        _dataDirectory = Path.Combine(Path.GetTempPath(), "azurite-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_dataDirectory);
        var args = new List<string>
        {
            "--silent", "--loose", "--location", _dataDirectory,
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var start = CreateStartInfo(binary, _dataDirectory, args);
        _output.Clear();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { blob, queue, table })
        {
            while (!await CanConnectAsync(port).ConfigureAwait(false))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite ({binary}) exited with code {process.ExitCode} before it was ready:\n{Output()}");
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Azurite ({binary}) did not listen on 127.0.0.1:{port} within 60 s:\n{Output()}");
                }

                await Task.Delay(50).ConfigureAwait(false);
            }
        }

        _connectionString = $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{DevelopmentAccountName};QueueEndpoint=http://127.0.0.1:{queue}/{DevelopmentAccountName};" +
            $"TableEndpoint=http://127.0.0.1:{table}/{DevelopmentAccountName};";
    }

    /// <summary>The port of one endpoint of a connection string (UseDevelopmentStorage=true: Azurite's default ports).</summary>
    private static int EndpointPort(string connectionString, string key, int developmentPort)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(part[(key.Length + 1)..], UriKind.Absolute, out var uri))
            {
                return uri.Port;
            }
        }
        return developmentPort;
    }

    /// <summary>
    /// Runs node_modules' azurite.js under a tiny node watchdog that kills it when this process disappears
    /// (a crashed or killed test host cannot run its cleanup, and an orphaned Azurite would hold ports and disk).
    /// </summary>
    private static ProcessStartInfo CreateStartInfo(string binary, string dataDirectory, List<string> args)
    {
        var resolved = new FileInfo(binary).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(binary);
        var node = FindOnPath("node");
        ProcessStartInfo start;
        if (resolved.EndsWith(".js", StringComparison.Ordinal) && node is not null)
        {
            var watchdog = Path.Combine(Path.GetTempPath(), "azurite-watchdog-v2.js");
            if (!File.Exists(watchdog))
            {
                // Write to a unique name, then move into place: parallel test processes may race here.
                var temp = watchdog + "." + Guid.NewGuid().ToString("N") + ".tmp";
                File.WriteAllText(temp, WatchdogScript);
                File.Move(temp, watchdog, overwrite: true);
            }

            start = new ProcessStartInfo(node);
            start.ArgumentList.Add(watchdog);
            start.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(dataDirectory);
            start.ArgumentList.Add(resolved);
        }
        else
        {
            start = new ProcessStartInfo(binary);
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return start;
    }

    private const string WatchdogScript = """
        // Runs Azurite as a child; when the parent test process is gone, kills it and deletes its data folder
        // (written by AzuriteFixture; args: parentPid dataDir azurite.js azurite-args...).
        const { spawn } = require('child_process');
        const fs = require('fs');
        const [parentPid, dataDir, script, ...args] = process.argv.slice(2);
        const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' });
        let stopping = false;
        const stop = (clean) => {
          if (stopping) return;
          stopping = true;
          child.once('exit', () => {
            if (clean) { try { fs.rmSync(dataDir, { recursive: true, force: true }); } catch (e) {} }
            process.exit(0);
          });
          try { child.kill('SIGKILL'); } catch (e) { process.exit(0); }
        };
        setInterval(() => { try { process.kill(Number(parentPid), 0); } catch (e) { stop(true); } }, 500);
        process.on('SIGTERM', () => stop(false));
        process.on('SIGINT', () => stop(false));
        child.on('exit', (code) => { if (!stopping) process.exit(code === null ? 1 : code); });
        """;

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        var process = _process;
        _process = null;
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        if (_dataDirectory is not null)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            _dataDirectory = null;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 16_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> CanConnectAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
