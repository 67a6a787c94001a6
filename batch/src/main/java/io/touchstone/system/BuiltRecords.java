package io.touchstone.system;

import org.jooq.Configuration;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;

/**
 * Records built in Java by the million — a feed's validated rows, the mined comments — attached to
 * one shared configuration that holds only settings.
 *
 * <p><b>NOTE</b>: setting a primary-key column makes jOOQ read its settings (whether keys are
 * updatable). A record attached to no configuration gets a new default one for that, settings
 * copied and all: 2.5 GB of garbage for the benchmark's two million rows. The shared one runs no
 * query; the records are copied to the database by {@link CopyRows} or through a {@code DSLContext}.
 */
public final class BuiltRecords {

    private static final Configuration SETTINGS_ONLY = new DefaultConfiguration().set(SQLDialect.POSTGRES);

    private BuiltRecords() {
    }

    public static <R extends Record> R attached(R record) {
        record.attach(SETTINGS_ONLY);
        return record;
    }
}
