using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Bolt.TestKit;

/// <summary>
/// One test kit connection. Requests arrive as <c>#request begin</c> / JSON / <c>#request end</c> and each gets exactly
/// one response framed the same way (test kit's nutkit/backend protocol). Driver objects live in tables keyed by the
/// ids we hand out, as the protocol asks.
/// </summary>
internal sealed class Backend : IAsyncDisposable
{
    private readonly StreamReader _reader;
    private readonly StreamWriter _writer;
    private readonly Dictionary<string, IDriver> _drivers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _refusedDrivers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SessionState> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IAsyncQueryRunner> _transactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResultState> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _errors = new(StringComparer.Ordinal);
    private int _nextId;

    public Backend(Stream stream)
    {
        _reader = new StreamReader(stream, new UTF8Encoding(false));
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var body = new StringBuilder();
        var inRequest = false;
        while (await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line == "#request begin")
            {
                inRequest = true;
                body.Clear();
            }
            else if (line == "#request end")
            {
                inRequest = false;
                var response = await HandleSafelyAsync(body.ToString(), cancellationToken).ConfigureAwait(false);
                await _writer.WriteLineAsync("#response begin").ConfigureAwait(false);
                await _writer.WriteLineAsync(response.ToString(Formatting.None)).ConfigureAwait(false);
                await _writer.WriteLineAsync("#response end").ConfigureAwait(false);
                await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (inRequest)
            {
                body.Append(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _sessions.Values)
        {
            if (s.Opened is { } session)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var d in _drivers.Values)
        {
            await d.DisposeAsync().ConfigureAwait(false);
        }

        _reader.Dispose();
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<JObject> HandleSafelyAsync(string json, CancellationToken ct)
    {
        JObject request;
        try
        {
            request = JObject.Parse(json);
        }
        catch (JsonException e)
        {
            return Response("BackendError", new JObject { ["msg"] = "request is not JSON: " + e.Message });
        }

        var name = request.Value<string>("name") ?? string.Empty;
        var data = request["data"] as JObject ?? [];
        try
        {
            return await HandleAsync(name, data, ct).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            return DriverError(e);
        }
        catch (ArgumentException e)
        {
            return DriverError(e);
        }
        catch (InvalidOperationException e)
        {
            return DriverError(e);
        }
        catch (NotSupportedException e)
        {
            return DriverError(e);
        }
        catch (TimeoutException e)
        {
            return DriverError(e);
        }
        catch (KeyNotFoundException e)
        {
            return Response("BackendError", new JObject { ["msg"] = $"{name}: {e.Message}" });
        }
    }

    private async Task<JObject> HandleAsync(string name, JObject data, CancellationToken ct)
    {
        switch (name)
        {
            case "StartTest":
                return Skips.Reason(data.Value<string>("testName") ?? string.Empty) is { } why
                    ? Response("SkipTest", new JObject { ["reason"] = why })
                    : Response("RunSubTests", []);
            case "StartSubTest":
                return Skips.SubTestReason(data["subtestArguments"] as JObject) is { } subWhy
                    ? Response("SkipTest", new JObject { ["reason"] = subWhy })
                    : Response("RunTest", []);
            case "GetFeatures":
                return Response("FeatureList", new JObject { ["features"] = new JArray(Features.Supported) });
            case "NewDriver":
                return NewDriver(data);
            case "DriverClose":
                {
                    var id = data.Value<string>("driverId")!;
                    if (_drivers.Remove(id, out var closing))
                    {
                        await closing.DisposeAsync().ConfigureAwait(false);
                    }
                    else
                    {
                        _refusedDrivers.Remove(id);
                    }

                    return Response("Driver", new JObject { ["id"] = id });
                }

            case "VerifyConnectivity":
                {
                    var id = data.Value<string>("driverId")!;
                    await Driver(id).VerifyConnectivityAsync(ct).ConfigureAwait(false);
                    return Response("Driver", new JObject { ["id"] = id });
                }

            case "GetServerInfo":
                {
                    var info = await Driver(data.Value<string>("driverId")!).GetServerInfoAsync(ct).ConfigureAwait(false);
                    return Response("ServerInfo", ServerInfo(info));
                }

            case "CheckMultiDBSupport":
                return Response("MultiDBSupport", new JObject { ["id"] = data.Value<string>("driverId"), ["available"] = true });
            case "NewSession":
                return NewSession(data);
            case "SessionClose":
                {
                    var id = data.Value<string>("sessionId")!;
                    if (_sessions[id].Opened is { } closingSession)
                    {
                        await closingSession.DisposeAsync().ConfigureAwait(false);
                    }

                    return Response("Session", new JObject { ["id"] = id });
                }

            case "SessionRun":
                {
                    var session = _sessions[data.Value<string>("sessionId")!].Session;
                    var cursor = await session.RunAsync(data.Value<string>("cypher")!, Parameters(data["params"]), c => ConfigureTx(c, data), ct).ConfigureAwait(false);
                    return await NewResultAsync(cursor, ct).ConfigureAwait(false);
                }

            case "SessionBeginTransaction":
                {
                    var session = _sessions[data.Value<string>("sessionId")!].Session;
                    var tx = await session.BeginTransactionAsync(c => ConfigureTx(c, data), ct).ConfigureAwait(false);
                    var id = NewId();
                    _transactions[id] = tx;
                    return Response("Transaction", new JObject { ["id"] = id });
                }

            case "SessionReadTransaction":
            case "SessionWriteTransaction":
                return await StartRetryableAsync(data, name == "SessionReadTransaction", ct).ConfigureAwait(false);
            case "RetryablePositive":
                return await _sessions[data.Value<string>("sessionId")!].Retry!.DecideAsync(null, ct).ConfigureAwait(false);
            case "RetryableNegative":
                {
                    var errorId = data.Value<string>("errorId") ?? string.Empty;
                    Exception error = errorId.Length > 0 && _errors.TryGetValue(errorId, out var known) ? known : new ClientAbortException();
                    return await _sessions[data.Value<string>("sessionId")!].Retry!.DecideAsync(error, ct).ConfigureAwait(false);
                }

            case "SessionLastBookmarks":
                {
                    var bookmarks = _sessions[data.Value<string>("sessionId")!].Session.LastBookmarks?.Values ?? [];
                    return Response("Bookmarks", new JObject { ["bookmarks"] = new JArray(bookmarks) });
                }

            case "TransactionRun":
                {
                    var tx = _transactions[data.Value<string>("txId")!];
                    var cursor = await tx.RunAsync(data.Value<string>("cypher")!, Parameters(data["params"]), ct).ConfigureAwait(false);
                    return await NewResultAsync(cursor, ct).ConfigureAwait(false);
                }

            case "TransactionCommit":
                return await EndTransactionAsync(data, t => t.CommitAsync(ct)).ConfigureAwait(false);
            case "TransactionRollback":
                return await EndTransactionAsync(data, t => t.RollbackAsync(ct)).ConfigureAwait(false);
            case "TransactionClose":
                {
                    var id = data.Value<string>("txId")!;
                    if (_transactions[id] is IAsyncTransaction tx)
                    {
                        await tx.DisposeAsync().ConfigureAwait(false);
                    }

                    return Response("Transaction", new JObject { ["id"] = id });
                }

            case "ResultNext":
                {
                    var record = await _results[data.Value<string>("resultId")!].NextAsync(ct).ConfigureAwait(false);
                    return record is null ? Response("NullRecord", []) : RecordResponse(record);
                }

            case "ResultPeek":
                {
                    var record = await _results[data.Value<string>("resultId")!].PeekAsync(ct).ConfigureAwait(false);
                    return record is null ? Response("NullRecord", []) : RecordResponse(record);
                }

            case "ResultSingle":
                {
                    var result = _results[data.Value<string>("resultId")!];
                    var first = await result.NextAsync(ct).ConfigureAwait(false) ?? throw new InvalidOperationException("Expected exactly one record, found none.");
                    if (await result.NextAsync(ct).ConfigureAwait(false) is not null)
                    {
                        await result.Cursor.ConsumeAsync(ct).ConfigureAwait(false);
                        throw new InvalidOperationException("Expected exactly one record, found more.");
                    }

                    return RecordResponse(first);
                }

            case "ResultSingleOptional":
                {
                    var result = _results[data.Value<string>("resultId")!];
                    var first = await result.NextAsync(ct).ConfigureAwait(false);
                    var warnings = new JArray();
                    if (first is not null && await result.NextAsync(ct).ConfigureAwait(false) is not null)
                    {
                        warnings.Add("Expected exactly one record, found more.");
                        while (await result.NextAsync(ct).ConfigureAwait(false) is not null)
                        {
                        }
                    }

                    return Response("RecordOptional", new JObject
                    {
                        ["record"] = first is null ? null : new JObject { ["values"] = Values(first) },
                        ["warnings"] = warnings,
                    });
                }

            case "ResultList":
                {
                    var result = _results[data.Value<string>("resultId")!];
                    var records = new JArray();
                    while (await result.NextAsync(ct).ConfigureAwait(false) is { } r)
                    {
                        records.Add(new JObject { ["values"] = Values(r) });
                    }

                    return Response("RecordList", new JObject { ["records"] = records });
                }

            case "ResultConsume":
                {
                    var result = _results[data.Value<string>("resultId")!];
                    var summary = await result.Cursor.ConsumeAsync(ct).ConfigureAwait(false);
                    return Response("Summary", Summary(summary));
                }

            default:
                return Response("BackendError", new JObject { ["msg"] = $"request {name} is not implemented by the GeoGraph.Bolt backend" });
        }
    }

    private JObject NewDriver(JObject data)
    {
        var auth = AuthToken(data["authorizationToken"]);
        var uri = data.Value<string>("uri")!;
        IDriver driver;
        try
        {
            driver = CreateDriver(uri, auth, data);
        }
        catch (ArgumentException e) when (uri.StartsWith("neo4j", StringComparison.OrdinalIgnoreCase))
        {
            // The driver refuses routing URIs when it is created. Suites open the driver before their try/finally that
            // stops the stub servers, so failing here would leave a server running and fail the next test ("stub
            // server in use"). Hand out an id and raise the driver's own refusal at first use instead.
            var refusedId = NewId();
            _refusedDrivers[refusedId] = e;
            return Response("Driver", new JObject { ["id"] = refusedId });
        }

        var id = NewId();
        _drivers[id] = driver;
        return Response("Driver", new JObject { ["id"] = id });
    }

    private IDriver Driver(string id) =>
        _refusedDrivers.TryGetValue(id, out var refusal) ? throw refusal : _drivers[id];

    private static IDriver CreateDriver(string uri, IAuthToken auth, JObject data) =>
        GraphDatabase.Driver(uri, auth, c =>
        {
            if (data.Value<string>("userAgent") is { Length: > 0 } agent)
            {
                c.WithUserAgent(agent);
            }

            if (data.Value<long?>("connectionTimeoutMs") is { } connectMs)
            {
                c.WithConnectionTimeout(TimeSpan.FromMilliseconds(connectMs));
            }

            if (data.Value<long?>("fetchSize") is { } fetch)
            {
                c.WithFetchSize(fetch);
            }

            if (data.Value<long?>("maxTxRetryTimeMs") is { } retryMs)
            {
                c.WithMaxTransactionRetryTime(TimeSpan.FromMilliseconds(retryMs));
            }

            if (data.Value<long?>("livenessCheckTimeoutMs") is { } liveMs)
            {
                c.WithConnectionLivenessCheckTimeout(TimeSpan.FromMilliseconds(liveMs));
            }

            if (data.Value<int?>("maxConnectionPoolSize") is { } pool)
            {
                c.WithMaxConnectionPoolSize(pool);
            }

            if (data.Value<long?>("connectionAcquisitionTimeoutMs") is { } acquireMs)
            {
                c.WithConnectionAcquisitionTimeout(TimeSpan.FromMilliseconds(acquireMs));
            }

            ConfigureNotifications(data, c.WithNotificationsDisabled, (min, cats) => c.WithNotifications(min, cats));
            if (data.Value<bool?>("telemetryDisabled") is { } telemetryOff)
            {
                c.WithTelemetryDisabled(telemetryOff);
            }
        });

    private static IAuthToken AuthToken(JToken? token)
    {
        if (token is not JObject { } o || o["data"] is not JObject d)
        {
            return AuthTokens.None;
        }

        return d.Value<string>("scheme") switch
        {
            "basic" => AuthTokens.Basic(d.Value<string>("principal") ?? string.Empty, d.Value<string>("credentials") ?? string.Empty, d.Value<string>("realm") is { Length: > 0 } realm ? realm : null),
            "bearer" => AuthTokens.Bearer(d.Value<string>("credentials") ?? string.Empty),
            "none" or null => AuthTokens.None,
            var other => throw new NotSupportedException($"auth scheme '{other}' is not supported by GeoGraph.Bolt"),
        };
    }

    private JObject NewSession(JObject data)
    {
        var driverId = data.Value<string>("driverId")!;
        if (_refusedDrivers.TryGetValue(driverId, out var refusal))
        {
            var refusedId = NewId();
            _sessions[refusedId] = new SessionState(null, refusal);
            return Response("Session", new JObject { ["id"] = refusedId });
        }

        var driver = _drivers[driverId];
        var session = driver.AsyncSession(c =>
        {
            c.WithDefaultAccessMode(data.Value<string>("accessMode") == "r" ? AccessMode.Read : AccessMode.Write);
            if (data["bookmarks"] is JArray bookmarks)
            {
                c.WithBookmarks(Bookmarks.From(bookmarks.Select(b => b.Value<string>()!)));
            }

            if (data.Value<string>("database") is { Length: > 0 } db)
            {
                c.WithDatabase(db);
            }

            if (data.Value<long?>("fetchSize") is { } fetch)
            {
                c.WithFetchSize(fetch);
            }

            if (data.Value<string>("impersonatedUser") is { Length: > 0 } user)
            {
                c.WithImpersonatedUser(user);
            }

            ConfigureNotifications(data, c.WithNotificationsDisabled, (min, cats) => c.WithNotifications(min, cats));
        });
        var id = NewId();
        _sessions[id] = new SessionState(session, null);
        return Response("Session", new JObject { ["id"] = id });
    }

    /// <summary>The test kit's notificationsMinSeverity ("OFF", "WARNING", "INFORMATION") and notificationsDisabledCategories.</summary>
    private static void ConfigureNotifications(JObject data, Func<object> disable, Func<NotificationSeverity?, IEnumerable<NotificationCategory>?, object> filter)
    {
        var severity = data.Value<string>("notificationsMinSeverity");
        var categories = data["notificationsDisabledCategories"] as JArray;
        if (severity == "OFF")
        {
            disable();
        }
        else if (severity is not null || categories is not null)
        {
            filter(
                severity is null ? null : Enum.Parse<NotificationSeverity>(severity, ignoreCase: true),
                categories?.Select(c => Enum.Parse<NotificationCategory>(c.Value<string>()!, ignoreCase: true)).ToArray());
        }
    }

    private static void ConfigureTx(TransactionConfigBuilder c, JObject data)
    {
        if (data["txMeta"] is JObject meta)
        {
            c.WithMetadata(meta.Properties().ToDictionary(p => p.Name, p => CypherValues.FromCypher(p.Value), StringComparer.Ordinal));
        }

        if (data.Value<long?>("timeout") is { } timeoutMs)
        {
            c.WithTimeout(TimeSpan.FromMilliseconds(timeoutMs));
        }
    }

    private async Task<JObject> StartRetryableAsync(JObject data, bool read, CancellationToken ct)
    {
        var state = _sessions[data.Value<string>("sessionId")!];
        var retry = new RetryableState();
        state.Retry = retry;
        Task<int> Work(IAsyncQueryRunner tx) => retry.RunAttemptAsync(tx, RegisterTransaction);
        var run = read
            ? state.Session.ExecuteReadAsync(Work, c => ConfigureTx(c, data), ct)
            : state.Session.ExecuteWriteAsync(Work, c => ConfigureTx(c, data), ct);
        _ = run.ContinueWith(t => retry.Finish(t.IsFaulted ? DriverError(t.Exception!.GetBaseException()) : Response("RetryableDone", [])), TaskScheduler.Default);
        return await retry.NextResponseAsync(ct).ConfigureAwait(false);
    }

    private string RegisterTransaction(IAsyncQueryRunner tx)
    {
        var id = NewId();
        _transactions[id] = tx;
        return id;
    }

    private async Task<JObject> EndTransactionAsync(JObject data, Func<IAsyncTransaction, Task> end)
    {
        var id = data.Value<string>("txId")!;
        if (_transactions[id] is not IAsyncTransaction tx)
        {
            throw new InvalidOperationException("A managed transaction is committed by its session, not by the caller.");
        }

        await end(tx).ConfigureAwait(false);
        return Response("Transaction", new JObject { ["id"] = id });
    }

    private async Task<JObject> NewResultAsync(IResultCursor cursor, CancellationToken ct)
    {
        var keys = await cursor.KeysAsync(ct).ConfigureAwait(false);
        var id = NewId();
        _results[id] = new ResultState(cursor);
        return Response("Result", new JObject { ["id"] = id, ["keys"] = new JArray(keys) });
    }

    private static IDictionary<string, object?>? Parameters(JToken? token) =>
        token is JObject o ? o.Properties().ToDictionary(p => p.Name, p => CypherValues.FromCypher(p.Value), StringComparer.Ordinal) : null;

    private static JObject RecordResponse(IRecord record) => Response("Record", new JObject { ["values"] = Values(record) });

    private static JArray Values(IRecord record) => new(record.Values.Select(CypherValues.ToCypher));

    private static JObject ServerInfo(IServerInfo info) => new()
    {
        ["address"] = info.Address,
        ["agent"] = info.Agent,
        ["protocolVersion"] = info.ProtocolVersion.ToString(2),
    };

    private static JObject Summary(IResultSummary s)
    {
        var c = s.Counters;
        return new JObject
        {
            ["serverInfo"] = ServerInfo(s.Server),
            ["counters"] = new JObject
            {
                ["constraintsAdded"] = c.ConstraintsAdded,
                ["constraintsRemoved"] = c.ConstraintsRemoved,
                ["containsSystemUpdates"] = c.ContainsSystemUpdates,
                ["containsUpdates"] = c.ContainsUpdates,
                ["indexesAdded"] = c.IndexesAdded,
                ["indexesRemoved"] = c.IndexesRemoved,
                ["labelsAdded"] = c.LabelsAdded,
                ["labelsRemoved"] = c.LabelsRemoved,
                ["nodesCreated"] = c.NodesCreated,
                ["nodesDeleted"] = c.NodesDeleted,
                ["propertiesSet"] = c.PropertiesSet,
                ["relationshipsCreated"] = c.RelationshipsCreated,
                ["relationshipsDeleted"] = c.RelationshipsDeleted,
                ["systemUpdates"] = c.SystemUpdates,
            },
            ["database"] = s.Database,
            // Servers that sent neither list get null, as the suites expect of a summary without notifications.
            ["notifications"] = s.Metadata.ContainsKey("notifications") || s.Metadata.ContainsKey("statuses")
                ? new JArray(s.Notifications.Select(Notification))
                : null,
            ["gqlStatusObjects"] = new JArray(s.GqlStatusObjects.Select(GqlStatusObject)),
            // GeoGraph.Bolt has no typed plan API; the raw maps are in the summary metadata, passed through as plain JSON.
            ["plan"] = s.Metadata.TryGetValue("plan", out var plan) ? PlainJson(plan) : null,
            ["profile"] = s.Metadata.TryGetValue("profile", out var profile) ? PlainJson(profile) : null,
            ["query"] = new JObject
            {
                ["text"] = s.Query,
                ["parameters"] = new JObject(s.QueryParameters.Select(p => new JProperty(p.Key, CypherValues.ToCypher(p.Value)))),
            },
            ["queryType"] = s.QueryType,
            ["resultAvailableAfter"] = s.ResultAvailableAfter is { } a ? (long)a.TotalMilliseconds : null,
            ["resultConsumedAfter"] = s.ResultConsumedAfter is { } b ? (long)b.TotalMilliseconds : null,
        };
    }

    private static JToken PlainJson(object? value) => value switch
    {
        null => JValue.CreateNull(),
        IReadOnlyDictionary<string, object?> map => new JObject(map.Select(kv => new JProperty(kv.Key, PlainJson(kv.Value)))),
        IReadOnlyList<object?> list => new JArray(list.Select(PlainJson)),
        _ => new JValue(value),
    };

    private static JObject Notification(INotification n)
    {
        var o = new JObject
        {
            ["severity"] = n.RawSeverityLevel,
            ["description"] = n.Description,
            ["code"] = n.Code,
            ["title"] = n.Title,
            ["rawSeverityLevel"] = n.RawSeverityLevel,
            ["severityLevel"] = n.SeverityLevel.ToString().ToUpperInvariant(),
            ["rawCategory"] = n.RawCategory,
            ["category"] = n.Category.ToString().ToUpperInvariant(),
        };
        if (n.Position is { } p)
        {
            o["position"] = Position(p);
        }

        return o;
    }

    private static JObject GqlStatusObject(IGqlStatusObject g) => new()
    {
        ["gqlStatus"] = g.GqlStatus,
        ["statusDescription"] = g.StatusDescription,
        ["position"] = g.Position is { } p ? Position(p) : null,
        ["classification"] = g.Classification.ToString().ToUpperInvariant(),
        ["rawClassification"] = g.RawClassification,
        ["severity"] = g.Severity.ToString().ToUpperInvariant(),
        ["rawSeverity"] = g.RawSeverity,
        ["diagnosticRecord"] = new JObject(g.DiagnosticRecord.Select(kv => new JProperty(kv.Key, CypherValues.ToCypher(kv.Value)))),
        ["isNotification"] = g.IsNotification,
    };

    private static JObject Position(InputPosition p) => new() { ["offset"] = p.Offset, ["line"] = p.Line, ["column"] = p.Column };

    private JObject DriverError(Exception e)
    {
        var id = NewId();
        _errors[id] = e;
        if (e is ClientAbortException)
        {
            return Response("FrontendError", new JObject { ["msg"] = e.Message });
        }

        var data = new JObject
        {
            ["id"] = id,
            // The names Neo4j's .NET driver backend reports: its Neo4j exceptions as "…Error", others by type name.
            ["errorType"] = e is Neo4jException && e.GetType().Name.EndsWith("Exception", StringComparison.Ordinal)
                ? e.GetType().Name[..^"Exception".Length] + "Error"
                : e.GetType().Name,
            ["msg"] = e.Message,
        };
        if (e is Neo4jException n)
        {
            data["code"] = n.Code;
            data["retryable"] = n.IsRetriable;
            AddGql(data, n);
        }
        else
        {
            data["retryable"] = false;
        }

        return Response("DriverError", data);
    }

    /// <summary>The GQL fields of an error, and its GQL cause chain as nested <c>GqlError</c> objects.</summary>
    private static void AddGql(JObject data, Neo4jException e)
    {
        if (e.GqlStatus is null)
        {
            return;
        }

        data["gqlStatus"] = e.GqlStatus;
        data["statusDescription"] = e.GqlStatusDescription;
        data["classification"] = e.GqlClassification;
        data["rawClassification"] = e.GqlRawClassification;
        data["diagnosticRecord"] = e.GqlDiagnosticRecord is { } record
            ? new JObject(record.Select(kv => new JProperty(kv.Key, CypherValues.ToCypher(kv.Value))))
            : null;
        if (e.InnerException is Neo4jException { GqlStatus: not null } cause)
        {
            var causeData = new JObject { ["msg"] = cause.Message };
            AddGql(causeData, cause);
            data["cause"] = Response("GqlError", causeData);
        }
    }

    private string NewId() => (++_nextId).ToString(CultureInfo.InvariantCulture);

    internal static JObject Response(string name, JObject data) => new() { ["name"] = name, ["data"] = data };

    private sealed class SessionState(IAsyncSession? session, Exception? refusal)
    {
        /// <summary>The session; a session of a refused driver throws the driver's refusal on every use.</summary>
        public IAsyncSession Session => session ?? throw refusal!;

        /// <summary>The session if one was opened (null for a refused driver's).</summary>
        public IAsyncSession? Opened => session;

        public RetryableState? Retry { get; set; }
    }
}
