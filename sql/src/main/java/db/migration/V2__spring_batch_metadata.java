package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables from the script Spring Batch ships for
 * PostgreSQL, so Flyway versions the whole schema and the job repository lives in the same
 * database as the warehouse.
 */
public class V2__spring_batch_metadata extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ScriptUtils.executeSqlScript(context.getConnection(),
                new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
    }
}
