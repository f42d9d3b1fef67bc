package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.testing.XieshangTest;

/** The engine's task table has our index on the parent task, on H2 and on PostgreSQL alike. */
@XieshangTest
class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_task_table_is_indexed_by_its_parent_task() throws Exception {
        Set<String> indexes = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"ACT_RU_TASK", "act_ru_task"}) {
                try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            indexes.add(rs.getString("INDEX_NAME").toUpperCase() + ":" + rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        assertThat(indexes).contains(EngineIndexes.TASK_PARENT + ":PARENT_TASK_ID_");
    }
}
