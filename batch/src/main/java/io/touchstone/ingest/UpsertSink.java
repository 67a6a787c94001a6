package io.touchstone.ingest;

import static io.touchstone.sql.generated.Tables.DISPLACED_KEY;
import static io.touchstone.sql.generated.Tables.INGEST_FILE;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;

import io.touchstone.system.CopyRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.SQLDataType;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Upserts a feed's rows into its table by the table's primary key, which is the feed's natural
 * key ({@code response_id}; {@code post_id}; period, brand, region, touchpoint and metric for
 * benchmarks; period, metric, region and touchpoint for targets; {@code interaction_id};
 * response, action and its time for follow-ups; {@code customer_id} for accounts): a corrected
 * row replaces the old one.
 *
 * <p>Set-based, because row-at-a-time SQL is what made loading slow: a chunk of keys none of which
 * is stored yet, and none twice, is streamed with PostgreSQL's {@code COPY} straight into the
 * table ({@link #copiedAsNew}). Any other is copied into a session-local staging table shaped
 * like the feed's table, then inserted with one {@code INSERT … SELECT DISTINCT ON} when no key is
 * stored ({@link #insertAsNew}), or, when one is, merged with {@code … ON CONFLICT DO UPDATE}
 * after a probe of the stored rows (see {@link #merge}). Batched or
 * multi-row inserts manage a few tens of thousands of rows a second (a ten-thousand-row
 * {@code VALUES} list is also costly to render and parse); {@code COPY} several hundred
 * thousand.
 *
 * <p>When one chunk holds the same key twice, the later line wins, as it would had the lines
 * arrived in separate files. Such repeats are counted in the database before the merge, from the
 * staging table: a row is a repeat when an earlier line of its file had its key, in this chunk (a
 * window over the stage) or in an earlier one (the stored row, found by its key). So files of
 * millions of rows are counted with one chunk in memory. The line number comparison keeps a file
 * loaded again from its first line (a run taking over what an abandoned one left half loaded) from
 * counting its own earlier attempt.
 *
 * <p>The merge takes the staged rows in key order (the {@code DISTINCT ON} sort), so two files of
 * a feed loaded side by side lock overlapping keys in the same order and wait for each other
 * instead of deadlocking; and it keeps {@link #laterDeliveryWins the later delivery's} row.
 *
 * <p>The stage lives for one transaction ({@code ON COMMIT DELETE ROWS}): the sink runs in the
 * chunk's transaction, or in one of its own when called outside any.
 *
 * @param <R> the table's record type
 */
public final class UpsertSink<R extends Record> implements RowSink<R> {

    private static final Logger log = LoggerFactory.getLogger(UpsertSink.class);

    /** The first key of the advisory locks feeds' merges take turns by; the second is the table's. */
    static final int ADVISORY_LOCKS = 0x7C5F1E;
    private static final String NEW_KEYS = "new_keys";
    private static final String UNIQUE_VIOLATION = "23505";

    // The probe: per staged line, its file and line, its rank among the chunk's lines of its file
    // with its key, the stored row's file and line, and the key as text where it is needed.
    private final Field<Long> probeFile;
    private final Field<Long> probeLine;
    private final Field<Long> probeNth;
    private final Field<Long> probeStoredFile;
    private final Field<Long> probeStoredLine;
    private final Field<String> probeKey;

    private final DSLContext dsl;
    private final Table<R> table;
    private final List<Field<?>> columns;
    private final List<TableField<R, ?>> key;
    private final Field<Long> fileId;
    private final Field<Long> lineNo;
    /**
     * Where {@code file_id} sits in the table's records. Looked up once: a record's look-up by
     * field compares the coerced field by name, rendering it, and a chunk would pay that per row.
     */
    private final int fileIdAt;
    private final Table<Record> stage;
    private final Table<Record> probe;
    /** Where each key column sits in the table's records, for the chunk's own repeats. */
    private final int[] keyAt;
    /** Rows into the table, and the same rows into its stage. */
    private final CopyRows copy;
    private final CopyRows copyToStage;
    /**
     * Whether the table's last chunk held only new keys, so the next tries a plain insert first
     * ({@link #insertAsNew}). Read and written under the table's advisory lock, by whichever
     * partition thread holds it.
     */
    private volatile boolean lastChunkWasNew = true;

    public UpsertSink(DSLContext dsl, Table<R> table) {
        if (table.getPrimaryKey() == null) {
            throw new IllegalArgumentException(table.getName() + " has no primary key to upsert by; declare the"
                    + " feed's natural key as the table's primary key in its migration");
        }
        this.dsl = dsl;
        this.table = table;
        this.columns = List.of(table.fields());
        this.key = table.getPrimaryKey().getFields();
        this.fileId = table.field("file_id", Long.class);
        this.lineNo = table.field("line_no", Long.class);
        if (fileId == null || lineNo == null) {
            throw new IllegalArgumentException(table.getName() + " has no file_id and line_no: a feed's table keeps"
                    + " where each row came from");
        }
        this.fileIdAt = table.indexOf("file_id");
        this.stage = table(name(table.getName() + "_stage"));
        this.probe = table(name(table.getName() + "_probe"));
        this.probeFile = field(name(probe.getName(), "file_id"), SQLDataType.BIGINT);
        this.probeLine = field(name(probe.getName(), "line_no"), SQLDataType.BIGINT);
        this.probeNth = field(name(probe.getName(), "nth"), SQLDataType.BIGINT);
        this.probeStoredFile = field(name(probe.getName(), "stored_file_id"), SQLDataType.BIGINT);
        this.probeStoredLine = field(name(probe.getName(), "stored_line_no"), SQLDataType.BIGINT);
        this.probeKey = field(name(probe.getName(), "key_text"), SQLDataType.VARCHAR);
        this.keyAt = key.stream().mapToInt(table::indexOf).toArray();
        this.copy = new CopyRows(table, columns, table.getName());
        this.copyToStage = copy.into(stage, table.getName());
    }

    @Override
    public Map<Long, Long> upsert(List<R> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            // One feed's files load side by side, but their merges into its table take turns,
            // until each chunk commits: a merge then sees every row the one before it stored, so
            // the later delivery wins, repeats and displaced lines are counted exactly, and two
            // merges never wait on each other's keys. Parsing and checking still go side by side.
            tx.execute("select pg_advisory_xact_lock({0}, {1})", inline(ADVISORY_LOCKS), inline(table.getName().hashCode()));
            Set<Long> files = filesOf(rows);
            requireKnownFiles(tx, files);
            CopyRows.Encoded csv = copy.encode(rows);
            if (lastChunkWasNew && !repeatsAKey(rows) && copiedAsNew(tx, rows, csv)) {
                return Map.of();
            }
            // Shaped by LIKE, not as a query's result: planning even an unrun query over the
            // table counts a scan of it, and a night of new keys never creates the stage at all.
            tx.execute("create temporary table if not exists {0} (like {1}) on commit delete rows", stage, table);
            tx.createTemporaryTableIfNotExists(probe)
                    .columns(probeFile, probeLine, probeNth, probeStoredFile, probeStoredLine, probeKey)
                    .onCommitDeleteRows()
                    .execute();
            copyToStage.copy(tx, csv);
            if (lastChunkWasNew) {
                Map<Long, Long> repeats = insertAsNew(tx, rows.size(), files);
                if (repeats != null) {
                    return repeats;
                }
            }
            probeStoredRows(tx);
            keepDisplacedLines(tx);
            Map<Long, Long> duplicates = repeatedKeys(tx);
            boolean anyStored = tx.fetchExists(probe, probeStoredFile.isNotNull());
            merge(tx, anyStored);
            lastChunkWasNew = !anyStored;
            return duplicates;
        });
    }

    /**
     * Copies a chunk that holds no key twice straight into the table, as keys none of which is
     * stored yet: it then has no repeat to count and no stored row to replace. Returns whether it
     * did; when the primary key finds a key stored, the attempt is undone and the chunk goes the
     * staged way.
     *
     * <p><b>NOTE</b>: a night's new rows are most of what is ever loaded, and for them the stage
     * was a detour: measured on 100,000 responses (PostgreSQL 17, 2 cores), {@code COPY} into the
     * stage and the insert from it took 580-690 ms, {@code COPY} straight into the table 490-510.
     * No key may be in the chunk twice ({@link #repeatsAKey}, in memory): a repeat takes the staged
     * way, where the later line wins and the repeat is counted.
     * The copy runs under a savepoint, as {@link #insertAsNew} does.
     */
    private boolean copiedAsNew(DSLContext tx, List<R> rows, CopyRows.Encoded csv) {
        return asNewKeys(tx, () -> {
            copy.copy(tx, csv);
            return rows.size();
        }) != null;
    }

    /**
     * Runs an attempt to store the chunk as new keys under a savepoint and gives the rows it stored;
     * or {@code null}, the attempt undone, when the primary key found a key stored.
     */
    private Integer asNewKeys(DSLContext tx, Supplier<Integer> attempt) {
        tx.execute("savepoint " + NEW_KEYS);
        Integer stored;
        try {
            stored = attempt.get();
        } catch (RuntimeException e) {
            if (!isPrimaryKeyConflict(e)) {
                throw e;
            }
            tx.execute("rollback to savepoint " + NEW_KEYS);
            lastChunkWasNew = false;
            return null;
        }
        tx.execute("release savepoint " + NEW_KEYS);
        return stored;
    }

    /**
     * Whether two rows of the chunk have one key by Java's equality. Where the database's equality
     * is wider (one instant at two offsets), the primary key finds the repeat and the chunk goes the
     * staged way all the same.
     *
     * <p><b>NOTE</b>: an open-addressing table of row numbers by key hash, the hashes beside them,
     * and the keys compared only where the hashes agree: a {@code HashSet} of the keys allocated an
     * entry per row and was a twelfth of the loader thread's time in a profile.
     */
    private boolean repeatsAKey(List<R> rows) {
        int capacity = Integer.highestOneBit(Math.max(rows.size(), 1)) << 2;
        int[] rowAt = new int[capacity];
        int[] hashAt = new int[capacity];
        int mask = capacity - 1;
        for (int r = 0; r < rows.size(); r++) {
            R row = rows.get(r);
            int hash = keyHash(row);
            int slot = (hash ^ (hash >>> 16)) * 0x9E3779B9 & mask;
            while (rowAt[slot] != 0) {
                if (hashAt[slot] == hash && sameKey(rows.get(rowAt[slot] - 1), row)) {
                    return true;
                }
                slot = (slot + 1) & mask;
            }
            rowAt[slot] = r + 1;
            hashAt[slot] = hash;
        }
        return false;
    }

    private int keyHash(R row) {
        int hash = 1;
        for (int at : keyAt) {
            hash = 31 * hash + Objects.hashCode(row.get(at));
        }
        return hash;
    }

    private boolean sameKey(R one, R other) {
        for (int at : keyAt) {
            if (!Objects.equals(one.get(at), other.get(at))) {
                return false;
            }
        }
        return true;
    }

    /** The files a chunk's rows come from: nearly always one. */
    private Set<Long> filesOf(List<R> rows) {
        Set<Long> files = new HashSet<>();
        Object last = null;
        for (R row : rows) {
            Object file = row.get(fileIdAt);
            if (!file.equals(last)) {
                files.add((Long) file);
                last = file;
            }
        }
        return files;
    }

    /**
     * Tries the chunk as keys none of which is stored yet: the staged rows go in with a plain
     * insert, the last line of each key winning, and the repeats are counted from the stage alone.
     * Returns {@code null}, having undone the attempt, when the primary key finds a key stored:
     * then the chunk goes the whole way, the probe first.
     *
     * <p><b>NOTE</b>: this skips the probe for every chunk of a night's new rows. The probe looks up
     * each staged key in the table's index, and the insert does the same look-up again to place the
     * key: the primary key's uniqueness check is that look-up, done once. No row can arrive between
     * the attempt and its outcome (the table's merges take turns under the advisory lock), so a
     * conflict always means a stored key. The attempt runs under a savepoint; after a chunk that
     * held stored keys the next goes the whole way at once, so a feed delivered again whole (a
     * snapshot of every account each night) pays one failed attempt a load, not one a chunk.
     * PostgreSQL logs that attempt as an error (duplicate key value violates unique constraint).
     */
    private Map<Long, Long> insertAsNew(DSLContext tx, int rows, Set<Long> files) {
        Integer inserted = asNewKeys(tx, () -> insertStaged(tx).execute());
        if (inserted == null) {
            return null;
        }
        // A chunk of one file, the usual, has as many repeats as lines beyond its distinct keys.
        if (files.size() > 1) {
            return repeatsInStage(tx);
        }
        Long onlyFile = files.iterator().next();
        long repeats = rows - inserted;
        return repeats == 0 ? Map.of() : Map.of(onlyFile, repeats);
    }

    /** Per file, its staged lines whose key an earlier staged line of the same file had. */
    private Map<Long, Long> repeatsInStage(DSLContext tx) {
        Field<Long> staged = staged(fileId);
        List<Field<?>> stagedKey = key.stream().<Field<?>>map(this::staged).toList();
        Field<Integer> lines = count();
        Field<Integer> keys = countDistinct(stagedKey.toArray(Field[]::new));
        return tx.select(staged, lines, keys)
                .from(stage)
                .groupBy(staged)
                .having(lines.gt(keys))
                .fetchMap(staged, row -> (long) row.get(lines) - row.get(keys));
    }

    /** A failure of the table's own primary key (SQL state 23505 on its constraint). */
    private boolean isPrimaryKeyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                ServerErrorMessage message = sql.getServerErrorMessage();
                return message == null || table.getPrimaryKey().getName().equals(message.getConstraint());
            }
        }
        return false;
    }

    /**
     * Vacuums and analyzes the table once its load is over. A load of a million rows takes less
     * than autovacuum's minute, and the KPI queries that run next would otherwise plan for the
     * table as it was before, and read it while autovacuum, throttled, works through it: measured
     * on the benchmark, the response cube's queries took 0.9 s each until autovacuum had been
     * through the freshly loaded rows and 0.08 s after. Without the throttle the vacuum takes a
     * fraction of a second, and it reads only the pages written since the last one. Skipped when
     * autovacuum holds the table already; a database user that does not own the table gets a
     * warning from PostgreSQL and whatever autovacuum does.
     */
    @Override
    public void loaded() {
        try {
            dsl.execute("vacuum (analyze, skip_locked) {0}", table);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            log.warn("Could not vacuum and analyze {} after loading (autovacuum will): {}", table.getName(),
                    e.getMessage());
        }
    }

    /**
     * The staged rows into the table, the last line of each key winning.
     *
     * <p><b>NOTE</b>: when the probe found none of the chunk's keys stored (a chunk of new keys
     * right after one that held stored keys), the merge is a plain insert. {@code ON CONFLICT}
     * costs a speculative insertion per row (a look-up before the insert and one more WAL record
     * after it) for conflicts that cannot happen: the table's merges take turns under the advisory lock, held
     * until this chunk commits, so no row can have arrived since the probe. Were one to, the
     * primary key would fail the chunk, never lose a row.
     */
    private void merge(DSLContext tx, boolean anyStored) {
        var insert = insertStaged(tx);
        if (!anyStored) {
            insert.execute();
            return;
        }
        Map<Field<?>, Field<?>> updates = new HashMap<>();
        columns.stream().filter(column -> !key.contains(column))
                .forEach(column -> updates.put(column, excluded(column)));
        insert.onConflict(key)
                .doUpdate()
                .set(updates)
                .where(laterDeliveryWins(fileId))
                .execute();
    }

    /** The staged rows in key order, the last line (of the latest file) of each key only. */
    private InsertOnDuplicateStep<R> insertStaged(DSLContext tx) {
        List<SortField<?>> order = new ArrayList<>();
        key.forEach(field -> order.add(staged(field).asc()));
        order.add(staged(fileId).desc());
        order.add(staged(lineNo).desc());
        return tx.insertInto(table, columns)
                .select(tx.select(columns.stream().map(this::staged).toList())
                        .distinctOn(key.stream().map(this::staged).toList())
                        .from(stage)
                        .orderBy(order));
    }

    /**
     * Every row of the chunk names a file the registry holds: the rule a foreign key would check
     * per row, checked once per chunk with one look-up of its files (see migration V19).
     */
    private void requireKnownFiles(DSLContext tx, Set<Long> files) {
        Set<Long> unknown = new TreeSet<>(files);
        unknown.removeAll(tx.select(INGEST_FILE.FILE_ID).from(INGEST_FILE).where(INGEST_FILE.FILE_ID.in(files))
                .fetch(INGEST_FILE.FILE_ID));
        if (!unknown.isEmpty()) {
            throw new DataIntegrityViolationException(table.getName() + " rows name file ids " + unknown
                    + " that no ingest_file row has: rows are loaded only from registered files");
        }
    }

    /**
     * A stored row is replaced by a line of its own file (a later line, or the file loaded again)
     * or of a later delivery, never by an earlier delivery's: a feed's files are loaded side by
     * side, and the later file's row must win whichever partition commits first. File ids are
     * given in reading order, so this is the order the files would have been loaded one by one.
     */
    private static Condition laterDeliveryWins(Field<Long> fileId) {
        return excluded(fileId).ge(fileId);
    }

    /**
     * Looks up, once per staged line, the stored row with its key (its file and line, if any) and
     * the line's rank among the chunk's lines of its file with that key: everything the displaced
     * lines and the repeat count need, from one pass over the table's key index instead of one per
     * question.
     *
     * <p><b>NOTE</b>: the stored row is a {@code LATERAL} look-up by key, never a join the planner
     * may turn around. As a plain join, the plan PostgreSQL cached for the session's repeated
     * probe was costed while the table was still small and hashed the whole table for every
     * chunk until autovacuum happened to analyze it: at a million responses that was the largest
     * single cost of loading (13 of the step's 31 s, 150 ms a chunk against 35 ms by the index).
     */
    private void probeStoredRows(DSLContext tx) {
        Condition sameKey = noCondition();
        for (TableField<R, ?> field : key) {
            sameKey = sameKey.and(storedEqualsStaged(field));
        }
        Table<?> stored = tx.select(fileId.as(probeStoredFile.getName()), lineNo.as(probeStoredLine.getName()))
                .from(table)
                .where(sameKey)
                .limit(1)
                .asTable("stored");
        Field<Long> storedFile = stored.field(probeStoredFile.getName(), Long.class);
        Field<Long> storedLine = stored.field(probeStoredLine.getName(), Long.class);
        List<Field<?>> partition = new ArrayList<>();
        partition.add(staged(fileId));
        key.forEach(field -> partition.add(staged(field)));
        // The key as text is wanted only for lines another file's row touches, or when displaced
        // lines of this table are kept: rendering it for every line would cost more than the probe.
        Field<String> keyText = keepsDisplacedLines(tx)
                ? keyText(key.stream().map(this::staged).toList())
                : when(storedFile.isNotNull(), keyText(key.stream().map(this::staged).toList()));
        tx.insertInto(probe, probeFile, probeLine, probeNth, probeStoredFile, probeStoredLine, probeKey)
                .select(tx.select(staged(fileId), staged(lineNo),
                                rowNumber().over(partitionBy(partition).orderBy(staged(lineNo))).cast(Long.class),
                                storedFile, storedLine, keyText)
                        .from(stage)
                        .leftJoin(lateral(stored)).on(trueCondition()))
                .execute();
    }

    private boolean keepsDisplacedLines(DSLContext tx) {
        return tx.fetchExists(DISPLACED_KEY, DISPLACED_KEY.FEED_TABLE.eq(table.getName()));
    }

    /**
     * Keeps, for the repeat count, the lines of a file still loading that are not (or will no
     * longer be) in the table because another file holds their key: the stored row a later
     * delivery's staged row is about to replace, and the staged row an already stored later
     * delivery's row keeps out. Only keys two files share land here; they are forgotten when their
     * file is marked loaded.
     */
    private void keepDisplacedLines(DSLContext tx) {
        Field<String> feedTable = inline(table.getName());
        tx.insertInto(DISPLACED_KEY, DISPLACED_KEY.FEED_TABLE, DISPLACED_KEY.FILE_ID, DISPLACED_KEY.KEY_TEXT,
                        DISPLACED_KEY.LINE_NO)
                .select(tx.selectDistinct(feedTable, probeStoredFile, probeKey, probeStoredLine)
                        .from(probe)
                        .where(probeStoredFile.lt(probeFile))
                        .and(probeStoredFile.in(select(INGEST_FILE.FILE_ID).from(INGEST_FILE)
                                .where(INGEST_FILE.STATUS.eq(IngestFileRegistry.LOADING)))))
                .execute();
        tx.insertInto(DISPLACED_KEY, DISPLACED_KEY.FEED_TABLE, DISPLACED_KEY.FILE_ID, DISPLACED_KEY.KEY_TEXT,
                        DISPLACED_KEY.LINE_NO)
                .select(tx.select(feedTable, probeFile, probeKey, probeLine)
                        .from(probe)
                        .where(probeStoredFile.gt(probeFile)))
                .execute();
    }

    /** A key as one text, its columns apart by a unit separator, so one index serves every feed's key. */
    private static Field<String> keyText(List<? extends Field<?>> columns) {
        List<Field<?>> parts = new ArrayList<>();
        for (Field<?> column : columns) {
            if (!parts.isEmpty()) {
                parts.add(inline("\u001f"));
            }
            parts.add(column.cast(SQLDataType.VARCHAR));
        }
        return concat(parts.toArray(Field[]::new));
    }

    private <T> Condition storedEqualsStaged(Field<T> field) {
        return field.eq(staged(field));
    }

    /**
     * Per file, the staged lines whose key an earlier line of the same file had: in this chunk,
     * in the stored row, or among the file's displaced lines.
     */
    private Map<Long, Long> repeatedKeys(DSLContext tx) {
        Condition repeated = probeNth.gt(1L)
                .or(probeStoredFile.eq(probeFile).and(probeStoredLine.lt(probeLine)));
        if (keepsDisplacedLines(tx)) {
            repeated = repeated.or(exists(selectOne()
                    .from(DISPLACED_KEY)
                    .where(DISPLACED_KEY.FEED_TABLE.eq(table.getName()))
                    .and(DISPLACED_KEY.FILE_ID.eq(probeFile))
                    .and(DISPLACED_KEY.KEY_TEXT.eq(probeKey))
                    .and(DISPLACED_KEY.LINE_NO.lt(probeLine))));
        }
        Field<Integer> repeats = count();
        return tx.select(probeFile, repeats)
                .from(probe)
                .where(repeated)
                .groupBy(probeFile)
                .fetchMap(probeFile, row -> row.get(repeats).longValue());
    }

    private <T> Field<T> staged(Field<T> column) {
        return field(name(stage.getName(), column.getName()), column.getDataType());
    }
}
