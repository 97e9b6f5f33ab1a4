namespace BackupOrchestrator.Storage.Tables;

/// <summary>Replace drops properties the entity does not carry; Merge keeps them.</summary>
public enum TableUpdateMode
{
    Merge,
    Replace,
}

/// <summary>Where the next page of a query starts; pass it back to <see cref="TableClient.QueryAsync"/>.</summary>
public sealed record TableContinuation(string NextPartitionKey, string? NextRowKey);

/// <summary>One page of a query. <see cref="Continuation"/> is null on the last page (a page may be empty yet not last).</summary>
public sealed record TableQueryPage(IReadOnlyList<TableEntity> Entities, TableContinuation? Continuation);

public enum TableTransactionActionType
{
    /// <summary>Insert; the whole batch fails with 409 when the entity exists.</summary>
    Add,

    /// <summary>Insert or replace.</summary>
    UpsertReplace,

    /// <summary>Insert or merge.</summary>
    UpsertMerge,

    /// <summary>Replace an existing entity (If-Match: the action's ETag, or * when none).</summary>
    UpdateReplace,

    /// <summary>Merge into an existing entity (If-Match: the action's ETag, or *).</summary>
    UpdateMerge,

    /// <summary>Delete (If-Match: the action's ETag, or *).</summary>
    Delete,
}

/// <summary>One operation of an entity group transaction; <paramref name="IfMatch"/> defaults to the entity's ETag or *.</summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, string? IfMatch = null);
